import { Arg, ID, Resolver, Root, Subscription } from "type-graphql";
import { globalId } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import type { LiveEventPayload } from "../../live/live-event-payload.js";
import type { WiseEvent } from "../../live/wise-event.js";
import {
  cardEvents,
  cardOrderStatusData,
  cardProductionData,
  cardStatusData,
  cardTransactionData,
  provisioningVerificationData,
  threeDsChallengeData,
  type CardEventArgs,
} from "./card-events.js";
import { CardOrderStatusChange } from "./card-order-status-change.type.js";
import { CardProductionStatusChange } from "./card-production-status-change.type.js";
import { CardProvisioningVerification } from "./card-provisioning-verification.type.js";
import { CardStatusChange } from "./card-status-change.type.js";
import { CardThreeDsChallenge, CardThreeDsMerchant } from "./card-three-ds-challenge.type.js";
import { CardTransactionChange } from "./card-transaction-change.type.js";
import { eventMoney } from "./event-money.js";
import { eventData, eventOf, occurredAt } from "./live-events.js";

const PROFILE_ARG = "The global ID of the profile whose cards to follow.";
const CARD_ARG = "The global ID of one of its cards, to follow only that one.";
const OVER_WEBSOCKET = "(over WebSocket, graphql-ws). The token must be able to read the profile.";
/** Wise's `changed_by` when Wise itself changed a card's status. */
const WISE_ITSELF = "internal_system";

const base = (event: WiseEvent, time: string | null | undefined) => ({ occurredAt: occurredAt(event, time), deliveryId: event.deliveryId });
const cardIds = (profileId: number, cardToken: string) => ({ cardId: globalId("Card", profileId, cardToken), profileWiseId: profileId, cardToken });

/** The card families: transactions, card status, orders, kiosk production, 3D Secure challenges, wallet verification. */
@Resolver()
export class CardFamiliesSubscriptions {
  @Subscription(() => CardTransactionChange, {
    description: `Each card transaction of the profile made or moved on (authorised, captured, declined, reversed) ${OVER_WEBSOCKET}`,
    subscribe: ({ args, context }) => cardEvents(context as Context, args as CardEventArgs, "cards#transaction-state-change"),
  })
  cardTransactionChanged(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string,
    @Arg("cardId", () => ID, { nullable: true, description: CARD_ARG }) _cardId: string | null,
  ): CardTransactionChange {
    const event = eventOf(payload);
    const data = eventData(event, cardTransactionData);
    const { profile_id: profileId, card_token: cardToken } = data.resource;
    return Object.assign(new CardTransactionChange(), base(event, data.occurred_at), cardIds(profileId, cardToken), {
      transactionId: globalId("CardTransaction", profileId, data.transaction_id),
      transactionWiseId: data.transaction_id,
      state: data.transaction_state,
      stepType: data.transaction_step_type ?? null,
      transactionType: data.transaction_type,
      declineReason: data.decline_reason ?? null,
      amount: eventMoney(data.transaction_amount.value, data.transaction_amount.currency),
      billingAmount: data.billing_amount ? eventMoney(data.billing_amount.value, data.billing_amount.currency) : null,
      amountConfirmed: data.is_amount_confirmed ?? true,
    });
  }

  @Subscription(() => CardStatusChange, {
    description: `Each status change of the profile's cards (activated, frozen, blocked...), and each new card's first status ${OVER_WEBSOCKET}`,
    subscribe: ({ args, context }) => cardEvents(context as Context, args as CardEventArgs, "cards#card-status-change"),
  })
  cardStatusChanged(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string,
    @Arg("cardId", () => ID, { nullable: true, description: CARD_ARG }) _cardId: string | null,
  ): CardStatusChange {
    const event = eventOf(payload);
    const data = eventData(event, cardStatusData);
    return Object.assign(new CardStatusChange(), base(event, data.occurred_at), cardIds(data.resource.profile_id, data.resource.card_token), {
      status: data.card_status,
      changedByWise: data.changed_by === WISE_ITSELF,
    });
  }

  @Subscription(() => CardOrderStatusChange, {
    description: `Each status change of the profile's card orders (placed, card created, produced, completed...) ${OVER_WEBSOCKET}`,
    subscribe: ({ args, context }) => cardEvents(context as Context, { profileId: (args as CardEventArgs).profileId }, "cards#card-order-status-change"),
  })
  cardOrderStatusChanged(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string): CardOrderStatusChange {
    const event = eventOf(payload);
    const data = eventData(event, cardOrderStatusData);
    const { profile_id: profileId, card_token: cardToken } = data.resource;
    return Object.assign(new CardOrderStatusChange(), base(event, data.occurred_at), {
      cardOrderId: globalId("CardOrder", profileId, data.order_id),
      cardId: cardToken ? globalId("Card", profileId, cardToken) : null,
      status: data.order_status,
      deliveryVendor: data.delivery_vendor ?? null,
      profileWiseId: profileId,
      orderWiseId: data.order_id,
    });
  }

  @Subscription(() => CardProductionStatusChange, {
    description: `Each step of the production of the profile's cards collected at a kiosk ${OVER_WEBSOCKET}`,
    subscribe: ({ args, context }) => cardEvents(context as Context, { profileId: (args as CardEventArgs).profileId }, "cards#card-production-status-change"),
  })
  cardProductionStatusChanged(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string): CardProductionStatusChange {
    const event = eventOf(payload);
    const data = eventData(event, cardProductionData);
    return Object.assign(new CardProductionStatusChange(), base(event, data.occurred_at), cardIds(data.resource.profile_id, data.resource.card_token), {
      status: data.status,
      kioskId: data.kiosk_id ?? null,
      errorCode: data.error_code ?? null,
      description: data.description ?? null,
    });
  }

  @Subscription(() => CardThreeDsChallenge, {
    description: `Each card payment of the profile that waits for the cardholder's approval (3D Secure, challenge method PUSH) ${OVER_WEBSOCKET}`,
    subscribe: ({ args, context }) => cardEvents(context as Context, { profileId: (args as CardEventArgs).profileId }, "cards#3ds-challenge"),
  })
  cardThreeDsChallengeRequested(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string): CardThreeDsChallenge {
    const event = eventOf(payload);
    const data = eventData(event, threeDsChallengeData);
    const at = occurredAt(event, data.occurred_at);
    const { money_value: money, merchant } = data.transaction;
    return Object.assign(new CardThreeDsChallenge(), base(event, data.occurred_at), cardIds(data.resource.profile_id, data.resource.card_token), {
      transactionReference: data.transaction.reference,
      amount: eventMoney(money.value, money.currency),
      merchant: Object.assign(new CardThreeDsMerchant(), {
        name: merchant?.name ?? null,
        country: merchant?.country ?? null,
        category: merchant?.category ?? null,
        url: merchant?.url ?? null,
      }),
      channel: data.transaction.channel ?? null,
      challengeMethod: data.challenge_method ?? "PUSH",
      expiresAfterSeconds: data.challenge_expires_after,
      expiresAt: new Date(at.getTime() + data.challenge_expires_after * 1000),
    });
  }

  @Subscription(() => CardProvisioningVerification, {
    description: `Each card of the profile added to a digital wallet by hand that waits for the cardholder to verify it ${OVER_WEBSOCKET}`,
    subscribe: ({ args, context }) => cardEvents(context as Context, { profileId: (args as CardEventArgs).profileId }, "cards#manual-provisioning-verification"),
  })
  cardProvisioningVerificationRequested(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: PROFILE_ARG }) _profileId: string,
  ): CardProvisioningVerification {
    const event = eventOf(payload);
    const data = eventData(event, provisioningVerificationData);
    return Object.assign(new CardProvisioningVerification(), base(event, data.creation_time), cardIds(data.resource.profile_id, data.resource.card_token), {
      paymentTokenUniqueReference: data.payment_token_unique_reference,
      walletName: data.wallet_name ?? null,
      lastFourDigits: data.last_four_digits ?? null,
    });
  }
}
