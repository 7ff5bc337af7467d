// The body of a subscription creation, `{name, trigger_on, delivery: {version, url}}`, checked as
// Wise checks it: every field present (400 `NotNull`, all listed), then its values (422
// `NOT_VALID`, all listed): an event type Wise has and allows at this subscription level, a
// schema version it is sent in, and an absolute URL. Wise wants an HTTPS URL; the sandbox also
// takes plain HTTP to a loopback host (127.0.0.1, localhost, ::1), for receivers on the same machine.

import { isObject, jsonBody, optString } from "../../body.js";
import { wiseErrors, type WiseErrorItem } from "../../http.js";
import type { OpenCtx } from "../../route.js";
import { webhookEventType } from "../../webhooks/event-types.js";

/** What a valid creation body asks for. */
export interface SubscriptionRequest {
  name: string;
  triggerOn: string;
  delivery: { version: string; url: string };
}

export type SubscriptionLevel = "profile" | "application";

const MAX_NAME = 255;
const MAX_URL = 2048;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

const notNull = (path: string): WiseErrorItem => ({ code: "NotNull", message: "must not be null", path, arguments: [] });
const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });

/** Why a delivery URL is refused, or null when the sandbox can deliver to it. */
function urlProblem(raw: string): string | null {
  if (raw.length > MAX_URL) return `The URL must be at most ${MAX_URL} characters long.`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "The URL must be absolute, e.g. https://example.com/webhooks.";
  }
  if (url.username !== "" || url.password !== "") return "The URL must not carry credentials.";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOOPBACK.has(url.hostname)) return null;
  return "The URL must use HTTPS (the sandbox also takes http:// to 127.0.0.1, localhost or [::1]).";
}

/** Reads and checks a creation body for a subscription of this level; throws Wise's 400 or 422. */
export async function subscriptionRequest(ctx: OpenCtx, level: SubscriptionLevel): Promise<SubscriptionRequest> {
  const body = await jsonBody(ctx);
  const name = optString(body, "name");
  const triggerOn = optString(body, "trigger_on");
  const delivery = body.delivery;
  if (delivery !== undefined && delivery !== null && !isObject(delivery))
    throw wiseErrors(400, { code: "bad.request", message: "JSON parse error: 'delivery' should be an object" });
  const version = isObject(delivery) ? optString(delivery, "version") : undefined;
  const url = isObject(delivery) ? optString(delivery, "url") : undefined;

  const missing: WiseErrorItem[] = [];
  if (name === undefined) missing.push(notNull("name"));
  if (triggerOn === undefined) missing.push(notNull("trigger_on"));
  if (!isObject(delivery)) missing.push(notNull("delivery"));
  else {
    if (version === undefined) missing.push(notNull("delivery.version"));
    if (url === undefined) missing.push(notNull("delivery.url"));
  }
  if (missing.length > 0 || name === undefined || triggerOn === undefined || version === undefined || url === undefined) throw wiseErrors(400, ...missing);

  const problems: WiseErrorItem[] = [];
  if (name.trim() === "" || name.length > MAX_NAME) problems.push(notValid("name", `The name must be 1 to ${MAX_NAME} characters long.`, name));
  const type = webhookEventType(triggerOn);
  if (type === undefined) problems.push(notValid("trigger_on", `Unknown event type ${triggerOn}.`, triggerOn));
  else if (!type[level]) problems.push(notValid("trigger_on", `Event type ${triggerOn} is not available to ${level} subscriptions.`, triggerOn));
  else if (!type.versions.includes(version))
    problems.push(notValid("delivery.version", `Event type ${triggerOn} is sent in schema version ${type.versions.join(" or ")}.`, version));
  const badUrl = urlProblem(url);
  if (badUrl !== null) problems.push(notValid("delivery.url", badUrl, url));
  if (problems.length > 0) throw wiseErrors(422, ...problems);
  return { name, triggerOn, delivery: { version, url } };
}
