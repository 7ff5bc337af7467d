import { registerEnumType } from "type-graphql";

export enum SpendLimitGranularity {
  TRANSACTION = "TRANSACTION",
  DAILY = "DAILY",
  MONTHLY = "MONTHLY",
  LIFETIME = "LIFETIME",
}

registerEnumType(SpendLimitGranularity, {
  name: "SpendLimitGranularity",
  description: "What a spend limit adds up: one payment, a day, a calendar month, or the card's whole life.",
  valuesConfig: {
    TRANSACTION: { description: "Each payment on its own (card limits only)." },
    DAILY: { description: "What was spent in the day; resets at midnight UK time." },
    MONTHLY: { description: "What was spent in the calendar month; resets on the 1st at midnight UK time." },
    LIFETIME: { description: "Everything the card ever spent; never resets (card limits only)." },
  },
});

export enum SpendLimitScope {
  CARD = "CARD",
  PROFILE = "PROFILE",
}

registerEnumType(SpendLimitScope, {
  name: "SpendLimitScope",
  description: "Whose limit it is.",
  valuesConfig: {
    CARD: { description: "One card's own limit (optional; set with cardSpendLimitsUpdate)." },
    PROFILE: { description: "The profile's limit, shared by all its cards (always set; changed with profileSpendLimitsUpdate, never removed)." },
  },
});

export enum SpendLimitTransactionType {
  ALL = "ALL",
  PURCHASE = "PURCHASE",
  ATM_WITHDRAWAL = "ATM_WITHDRAWAL",
}

registerEnumType(SpendLimitTransactionType, {
  name: "SpendLimitTransactionType",
  description: "The spending a limit counts.",
  valuesConfig: {
    ALL: { description: "Every payment and withdrawal of the card (a card's own limits)." },
    PURCHASE: { description: "Purchases: chip and PIN, contactless, magnetic stripe, online and mobile wallet payments." },
    ATM_WITHDRAWAL: { description: "Cash withdrawals." },
  },
});

export enum ProfileSpendLimitType {
  PURCHASE = "PURCHASE",
  ATM_WITHDRAWAL = "ATM_WITHDRAWAL",
}

registerEnumType(ProfileSpendLimitType, {
  name: "ProfileSpendLimitType",
  description: "The two kinds of a profile's spend limits.",
  valuesConfig: {
    PURCHASE: { description: "Purchases: chip and PIN, contactless, magnetic stripe, online and mobile wallet payments." },
    ATM_WITHDRAWAL: { description: "Cash withdrawals." },
  },
});
