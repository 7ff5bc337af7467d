import { z } from "zod";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import type { LiveEventPayload } from "../../live/live-event-payload.js";
import type { WiseEvent } from "../../live/wise-event.js";
import { profileEvents, wiseEventDecimal, wiseEventId } from "./live-events.js";

// The data of Wise's card events, read as this API needs it: every card event names its card in
// `resource` (`card_token`, with the owning `profile_id`, a number or a decimal string).

/** A card token as Wise writes it (a UUID in practice); anything else is off Wise's shape. */
const cardToken = z.string().regex(/^[A-Za-z0-9-]{1,100}$/);
const cardResource = z.object({ profile_id: wiseEventId, card_token: cardToken });
const amount = z.object({ value: wiseEventDecimal, currency: z.string().regex(/^[A-Z]{3}$/) });

/** `cards#transaction-state-change` data. */
export const cardTransactionData = z.object({
  resource: cardResource,
  transaction_id: wiseEventId,
  transaction_type: z.string(),
  transaction_step_type: z.string().nullish(),
  transaction_state: z.string(),
  decline_reason: z.string().nullish(),
  transaction_amount: amount,
  billing_amount: amount.nullish(),
  is_amount_confirmed: z.boolean().nullish(),
  occurred_at: z.string().optional(),
});

/** `cards#card-status-change` data. */
export const cardStatusData = z.object({ resource: cardResource, card_status: z.string(), changed_by: z.string().nullish(), occurred_at: z.string().optional() });

/** `cards#card-order-status-change` data: the card token is null until the order made a card. */
export const cardOrderStatusData = z.object({
  resource: z.object({ profile_id: wiseEventId, card_token: cardToken.nullish(), card_program: z.string().nullish() }),
  order_id: wiseEventId,
  order_status: z.string(),
  delivery_vendor: z.string().nullish(),
  occurred_at: z.string().optional(),
});

/** `cards#card-production-status-change` data. */
export const cardProductionData = z.object({
  resource: cardResource,
  status: z.string(),
  kiosk_id: z.string().nullish(),
  error_code: z.string().nullish(),
  description: z.string().nullish(),
  occurred_at: z.string().optional(),
});

/** `cards#3ds-challenge` data. */
export const threeDsChallengeData = z.object({
  resource: cardResource,
  challenge_expires_after: wiseEventId,
  challenge_method: z.string().nullish(),
  occurred_at: z.string().optional(),
  transaction: z.object({
    reference: z.string().min(1).max(100),
    channel: z.string().nullish(),
    merchant: z.object({ name: z.string().nullish(), country: z.string().nullish(), category: z.string().nullish(), url: z.string().nullish() }).nullish(),
    money_value: amount,
  }),
});

/** `cards#manual-provisioning-verification` data (Wise sends no occurred_at with it). */
export const provisioningVerificationData = z.object({
  resource: cardResource,
  payment_token_unique_reference: z.string(),
  last_four_digits: z.string().nullish(),
  creation_time: z.string().nullish(),
  wallet_name: z.string().nullish(),
});

/** The card token an event names, when it names one. */
function eventCardToken(event: WiseEvent): string | null {
  const resource = event.data.resource;
  if (resource === null || typeof resource !== "object") return null;
  const token = (resource as Record<string, unknown>).card_token;
  return typeof token === "string" ? token.toLowerCase() : null;
}

/** The arguments of a card family's Subscription field. */
export interface CardEventArgs {
  profileId: string;
  cardId?: string | null;
}

/**
 * The `subscribe` step of a card family's field: the profile's events of this type, narrowed to
 * one card when `cardId` (a Card's global ID, `profileId:cardToken`) is given, by the card token
 * the event names.
 */
export function cardEvents(context: Context, args: CardEventArgs, eventType: string): Promise<AsyncIterable<LiveEventPayload>> {
  if (!args.cardId) return profileEvents(context, args.profileId, [eventType]);
  const { key } = parseGlobalIdOf(args.cardId, ["Card"], "cardId");
  const wanted = key.slice(key.indexOf(":") + 1).toLowerCase();
  return profileEvents(context, args.profileId, [eventType], (event) => eventCardToken(event) === wanted);
}
