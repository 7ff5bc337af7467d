import Big from "big.js";
import { z } from "zod";
import { parseWiseTime } from "../../common/time.js";
import { isJsonNumber, jsonNumberText, type JsonNumber } from "../../wise/json.js";
import { apiError, ErrorCode } from "../../common/errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { liveAccess } from "../../live/live-context.js";
import type { LiveEventPayload } from "../../live/live-event-payload.js";
import type { WiseEvent } from "../../live/wise-event.js";

const PROFILE_TYPES = ["PersonalProfile", "BusinessProfile"] as const;

/** Wise's numeric ids in webhook data: numbers, sometimes sent as decimal strings. */
export const wiseEventId = z.union([
  z.number().int().nonnegative(),
  z.custom<JsonNumber>((value) => isJsonNumber(value) && /^\d{1,15}$/.test(jsonNumberText(value))).transform((value) => Number(jsonNumberText(value))),
  z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
]);

/**
 * The `subscribe` step of a Subscription field: the profile's events of these types, once the
 * subscriber's token has shown it may read the profile. `profileId` is the profile's global ID.
 */
export function profileEvents(
  context: Context,
  profileId: string,
  eventTypes: readonly string[],
  accepts?: (event: WiseEvent) => boolean,
): Promise<AsyncIterable<LiveEventPayload>> {
  const { key } = parseGlobalIdOf(profileId, PROFILE_TYPES, "profileId");
  return liveAccess(context).events({ profileId: Number(key), eventTypes, accepts });
}

/** The event a Subscription field resolves; a clear error when the operation came over HTTP (no event). */
export function eventOf(payload: LiveEventPayload | undefined): WiseEvent {
  if (!payload?.event) {
    throw apiError(ErrorCode.BAD_USER_INPUT, "Subscriptions are served over WebSocket (the graphql-ws protocol, graphql-transport-ws) at /graphql, not over HTTP POST.");
  }
  return payload.event;
}

/** Reads an event's data with its decoder; data off Wise's shape is a clear error on that event (the subscription goes on). */
export function eventData<T>(event: WiseEvent, decoder: z.ZodType<T>): T {
  const parsed = decoder.safeParse(event.data);
  if (!parsed.success) throw apiError(ErrorCode.UPSTREAM_UNAVAILABLE, `Wise's ${event.eventType} event (delivery ${event.deliveryId}) did not have the expected data.`);
  return parsed.data;
}

/** Wise's amounts in webhook data (JSON numbers, or decimal strings), as exact decimal strings. */
export const wiseEventDecimal = z
  .union([z.number().finite(), z.string().regex(/^-?\d{1,20}(\.\d{1,20})?$/), z.custom<JsonNumber>(isJsonNumber)])
  .transform((value) => new Big(typeof value === "object" ? jsonNumberText(value) : value).toFixed());

/** When the change happened: the data's own time when it has one, else the envelope's (WiseEvent.occurredAt). */
export function occurredAt(event: WiseEvent, dataTime: string | null | undefined): Date {
  return parseWiseTime(dataTime ?? event.occurredAt);
}
