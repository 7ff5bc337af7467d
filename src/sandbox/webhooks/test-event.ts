// The `data` of a test notification, as Wise makes them: the event type's shape, with entity
// ids of 0, fresh random UUIDs and the current time, and its status values as they are.

import { randomUUID } from "node:crypto";
import type { WebhookEventType } from "./event-types.js";
import { webhookTime } from "./hub.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
/** Keys naming an entity: `id`, `profile_id`, `balanceId`... */
const ID_KEY = /(^id$|_id$|[a-z]Id$)/;

/** Schema 4.0.0 differs from 2.0.0 only in its timestamps, which carry milliseconds. */
function timeFor(version: string, nowMs: number): string {
  return version.startsWith("4.") ? new Date(nowMs).toISOString() : webhookTime(nowMs);
}

function fill(value: unknown, key: string | null, now: string): unknown {
  if (Array.isArray(value)) return value.map((item) => fill(item, key, now));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, k, now)]));
  }
  if (typeof value === "number" && key !== null && ID_KEY.test(key)) return 0;
  if (typeof value === "string" && UUID.test(value)) return randomUUID();
  if (typeof value === "string" && DATE_TIME.test(value)) return now;
  return value;
}

/** The dummy `data` of a test notification of this event type and schema version. */
export function testEventData(type: WebhookEventType, version: string, nowMs: number): Record<string, unknown> {
  return fill(type.sample, null, timeFor(version, nowMs)) as Record<string, unknown>;
}
