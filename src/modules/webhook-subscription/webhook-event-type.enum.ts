import { registerEnumType } from "type-graphql";

/** The event types Wise sends webhooks for (its `trigger_on` names, e.g. `transfers#state-change`). */
export enum WebhookEventType {
  TRANSFERS_STATE_CHANGE = "TRANSFERS_STATE_CHANGE",
  TRANSFERS_ACTIVE_CASES = "TRANSFERS_ACTIVE_CASES",
  TRANSFERS_PAYOUT_FAILURE = "TRANSFERS_PAYOUT_FAILURE",
  TRANSFERS_REFUND = "TRANSFERS_REFUND",
  ACCOUNT_DETAILS_PAYMENT_STATE_CHANGE = "ACCOUNT_DETAILS_PAYMENT_STATE_CHANGE",
  BALANCES_CREDIT = "BALANCES_CREDIT",
  BALANCES_UPDATE = "BALANCES_UPDATE",
  BALANCES_ACCOUNT_STATE_CHANGE = "BALANCES_ACCOUNT_STATE_CHANGE",
  PROFILES_VERIFICATION_STATE_CHANGE = "PROFILES_VERIFICATION_STATE_CHANGE",
  PROFILES_CDD_CHECK_STATE_CHANGE = "PROFILES_CDD_CHECK_STATE_CHANGE",
  PROFILES_OVERDRAFT_LIMIT_THRESHOLD = "PROFILES_OVERDRAFT_LIMIT_THRESHOLD",
  BATCH_PAYMENT_INITIATIONS_STATE_CHANGE = "BATCH_PAYMENT_INITIATIONS_STATE_CHANGE",
  SWIFT_IN_CREDIT = "SWIFT_IN_CREDIT",
  CARDS_TRANSACTION_STATE_CHANGE = "CARDS_TRANSACTION_STATE_CHANGE",
  CARDS_CARD_STATUS_CHANGE = "CARDS_CARD_STATUS_CHANGE",
  CARDS_CARD_ORDER_STATUS_CHANGE = "CARDS_CARD_ORDER_STATUS_CHANGE",
  CARDS_CARD_PRODUCTION_STATUS_CHANGE = "CARDS_CARD_PRODUCTION_STATUS_CHANGE",
  CARDS_3DS_CHALLENGE = "CARDS_3DS_CHALLENGE",
  PARTNER_SUPPORT_CASE_CHANGED = "PARTNER_SUPPORT_CASE_CHANGED",
  TRANSACTION_DISPUTES_UPDATE = "TRANSACTION_DISPUTES_UPDATE",
  BULK_SETTLEMENT_PAYMENT_RECEIVED = "BULK_SETTLEMENT_PAYMENT_RECEIVED",
  USERS_STATE_CHANGE = "USERS_STATE_CHANGE",
  KYC_REVIEWS_STATE_CHANGE = "KYC_REVIEWS_STATE_CHANGE",
  ACCOUNT_DETAILS_ORDER_STATE_CHANGE = "ACCOUNT_DETAILS_ORDER_STATE_CHANGE",
}

/** What this API knows of each event type: Wise's name, what it reports, who may subscribe, its schema versions (oldest first). */
interface EventTypeFacts {
  wise: string;
  description: string;
  /** Profile subscriptions may receive it (application subscriptions may receive every type but two). */
  profile: boolean;
  application: boolean;
  versions: readonly string[];
}

const both = { profile: true, application: true };
const profileOnly = { profile: true, application: false };
const applicationOnly = { profile: false, application: true };

export const WEBHOOK_EVENT_TYPES: Record<WebhookEventType, EventTypeFacts> = {
  TRANSFERS_STATE_CHANGE: { wise: "transfers#state-change", description: "A transfer moved to another status.", ...both, versions: ["2.0.0", "4.0.0"] },
  TRANSFERS_ACTIVE_CASES: { wise: "transfers#active-cases", description: "The open problems holding a transfer up changed.", ...profileOnly, versions: ["2.0.0", "4.0.0"] },
  TRANSFERS_PAYOUT_FAILURE: { wise: "transfers#payout-failure", description: "Paying a transfer out to its recipient failed.", ...both, versions: ["2.0.0"] },
  TRANSFERS_REFUND: { wise: "transfers#refund", description: "A transfer's money was refunded to the sender.", ...both, versions: ["1.0.0"] },
  ACCOUNT_DETAILS_PAYMENT_STATE_CHANGE: {
    wise: "account-details-payment#state-change",
    description: "A payment received to the profile's account details changed status.",
    ...both,
    versions: ["2.0.0", "4.0.0"],
  },
  BALANCES_CREDIT: { wise: "balances#credit", description: "Money arrived in a balance.", ...profileOnly, versions: ["2.0.0"] },
  BALANCES_UPDATE: { wise: "balances#update", description: "A balance was credited or debited.", ...both, versions: ["3.0.0"] },
  BALANCES_ACCOUNT_STATE_CHANGE: { wise: "balances#account-state-change", description: "A multi-currency account changed state.", ...applicationOnly, versions: ["2.0.0"] },
  PROFILES_VERIFICATION_STATE_CHANGE: {
    wise: "profiles#verification-state-change",
    description: "A profile's verification state changed.",
    ...applicationOnly,
    versions: ["2.0.0"],
  },
  PROFILES_CDD_CHECK_STATE_CHANGE: {
    wise: "profiles#cdd-check-state-change",
    description: "A profile's additional verification (due diligence check) changed state.",
    ...applicationOnly,
    versions: ["2.0.0"],
  },
  PROFILES_OVERDRAFT_LIMIT_THRESHOLD: {
    wise: "profiles#overdraft-limit-threshold",
    description: "A profile's use of its overdraft crossed a threshold.",
    ...applicationOnly,
    versions: ["2.0.0"],
  },
  BATCH_PAYMENT_INITIATIONS_STATE_CHANGE: {
    wise: "batch-payment-initiations#state-change",
    description: "The payment initiation of a batch group changed state.",
    ...applicationOnly,
    versions: ["2.0.0"],
  },
  SWIFT_IN_CREDIT: { wise: "swift-in#credit", description: "A Swift payment was received and credited to a balance.", ...both, versions: ["3.0.0"] },
  CARDS_TRANSACTION_STATE_CHANGE: { wise: "cards#transaction-state-change", description: "A card transaction was made or changed.", ...applicationOnly, versions: ["2.0.0"] },
  CARDS_CARD_STATUS_CHANGE: { wise: "cards#card-status-change", description: "A card changed status.", ...applicationOnly, versions: ["2.0.0"] },
  CARDS_CARD_ORDER_STATUS_CHANGE: { wise: "cards#card-order-status-change", description: "A card order changed status.", ...applicationOnly, versions: ["2.0.0"] },
  CARDS_CARD_PRODUCTION_STATUS_CHANGE: { wise: "cards#card-production-status-change", description: "A card's production changed status.", ...applicationOnly, versions: ["2.0.0"] },
  CARDS_3DS_CHALLENGE: { wise: "cards#3ds-challenge", description: "A card payment asks the cardholder for a 3D Secure challenge.", ...applicationOnly, versions: ["2.0.0"] },
  PARTNER_SUPPORT_CASE_CHANGED: { wise: "partner-support#case-changed", description: "A support case of the partner changed.", ...applicationOnly, versions: ["2.0.0"] },
  TRANSACTION_DISPUTES_UPDATE: { wise: "transaction-disputes#update", description: "A dispute of a card transaction changed.", ...applicationOnly, versions: ["2.0.0"] },
  BULK_SETTLEMENT_PAYMENT_RECEIVED: {
    wise: "bulk-settlement#payment-received",
    description: "Money for a bulk settlement journal was received.",
    ...applicationOnly,
    versions: ["2.0.0", "3.0.0"],
  },
  USERS_STATE_CHANGE: { wise: "users#state-change", description: "A user's account changed state (deactivated, restricted...).", ...applicationOnly, versions: ["2.0.0"] },
  KYC_REVIEWS_STATE_CHANGE: { wise: "kyc-reviews#state-change", description: "A KYC review changed state.", ...applicationOnly, versions: ["2.0.0"] },
  ACCOUNT_DETAILS_ORDER_STATE_CHANGE: {
    wise: "account-details-order#order-state-change",
    description: "An order of account details changed state.",
    ...applicationOnly,
    versions: ["2.0.0"],
  },
};

const BY_WISE_NAME = new Map(Object.entries(WEBHOOK_EVENT_TYPES).map(([value, facts]) => [facts.wise, value as WebhookEventType]));

/** The enum value of a Wise event type name; null for one this API does not know. */
export function eventTypeOfWise(name: string): WebhookEventType | null {
  return BY_WISE_NAME.get(name) ?? null;
}

registerEnumType(WebhookEventType, {
  name: "WebhookEventType",
  description: "An event Wise sends webhooks about. Each value says which subscriptions may receive it and the schema versions it is sent in.",
  valuesConfig: Object.fromEntries(
    Object.entries(WEBHOOK_EVENT_TYPES).map(([value, facts]) => {
      const who = facts.profile && facts.application ? "profile and application subscriptions" : facts.profile ? "profile subscriptions only" : "application subscriptions only";
      return [value, { description: `${facts.description} Wise's \`${facts.wise}\`; ${who}; schema version ${facts.versions.join(" or ")}.` }];
    }),
  ),
});
