import { parseWiseJson } from "../wise/json.js";
import type { WiseEvent } from "../live/wise-event.js";
import { eventOccurredAt, eventProfileId, eventResourceKey } from "./event-subjects.js";

/** What the receiver knows of a delivery besides its body. */
export interface DeliveryHeaders {
  deliveryId: string;
  test: boolean;
  receivedAt: number;
}

/** A signed body that is not one of Wise's event envelopes. */
export class EnvelopeError extends Error {
  override readonly name = "EnvelopeError";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Reads Wise's envelope (`{data, subscription_id, event_type, schema_version, sent_at}`) into a
 * WiseEvent. Called only on a body whose signature has been verified.
 */
export function parseWiseEnvelope(text: string, headers: DeliveryHeaders): WiseEvent {
  let envelope: unknown;
  try {
    // Numbers stay exact ({"\u0000": "<digits>"}, which survives JSON through Redis): amounts are money.
    envelope = parseWiseJson(text);
  } catch {
    throw new EnvelopeError("The body is not JSON.");
  }
  if (!isObject(envelope)) throw new EnvelopeError("The body is not a JSON object.");
  const { data, event_type: eventType, schema_version: schemaVersion, sent_at: sentAt } = envelope;
  if (typeof eventType !== "string" || !/^[a-z0-9-]{1,80}#[a-z0-9-]{1,80}$/.test(eventType)) throw new EnvelopeError("event_type is missing or not an event type.");
  if (!isObject(data)) throw new EnvelopeError("data is missing or not an object.");
  if (typeof schemaVersion !== "string" || schemaVersion.length > 20) throw new EnvelopeError("schema_version is missing.");
  const sent = typeof sentAt === "string" && sentAt.length <= 40 && Number.isFinite(Date.parse(sentAt)) ? sentAt : null;
  const occurredAt = eventOccurredAt(data) ?? sent;
  if (occurredAt === null) throw new EnvelopeError("Neither data.occurred_at nor sent_at is a timestamp.");
  return {
    eventType,
    deliveryId: headers.deliveryId,
    schemaVersion,
    profileId: eventProfileId(eventType, data),
    resourceKey: eventResourceKey(eventType, data),
    occurredAt,
    receivedAt: headers.receivedAt,
    test: headers.test,
    data,
  };
}
