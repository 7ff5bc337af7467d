import { registerEnumType } from "type-graphql";

// Wise's activity enums (openapi ActivityType, ActivityStatus, ActivityResourceType), plus UNKNOWN
// for values Wise adds later. Values follow the spec's lists; descriptions follow Wise's docs.

export enum ActivityType {
  ACQUIRING_PAYMENT = "ACQUIRING_PAYMENT",
  AUTO_CONVERSION = "AUTO_CONVERSION",
  BALANCE_ADJUSTMENT = "BALANCE_ADJUSTMENT",
  BALANCE_ASSET_FEE = "BALANCE_ASSET_FEE",
  BALANCE_CASHBACK = "BALANCE_CASHBACK",
  BALANCE_DEPOSIT = "BALANCE_DEPOSIT",
  BALANCE_HOLD_FEE = "BALANCE_HOLD_FEE",
  BALANCE_INTEREST = "BALANCE_INTEREST",
  BANK_DETAILS_ORDER = "BANK_DETAILS_ORDER",
  BATCH_TRANSFER = "BATCH_TRANSFER",
  CARD_CASHBACK = "CARD_CASHBACK",
  CARD_CHECK = "CARD_CHECK",
  CARD_ORDER = "CARD_ORDER",
  CARD_PAYMENT = "CARD_PAYMENT",
  CASH_WITHDRAWAL = "CASH_WITHDRAWAL",
  CLAIMABLE_SEND_ORDER = "CLAIMABLE_SEND_ORDER",
  DIRECT_DEBIT_TRANSACTION = "DIRECT_DEBIT_TRANSACTION",
  EXCESS_REFUND = "EXCESS_REFUND",
  FEE_REFUND = "FEE_REFUND",
  INCORPORATION_ORDER = "INCORPORATION_ORDER",
  INTERBALANCE = "INTERBALANCE",
  PAYMENT_REQUEST = "PAYMENT_REQUEST",
  PREFUNDING_TRANSFER = "PREFUNDING_TRANSFER",
  REWARD = "REWARD",
  SCHEDULED_SEND_ORDER = "SCHEDULED_SEND_ORDER",
  TRANSFER = "TRANSFER",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(ActivityType, {
  name: "ActivityType",
  description: "What kind of action an activity records.",
  valuesConfig: {
    ACQUIRING_PAYMENT: { description: "A payment received from a customer through Wise acquiring." },
    AUTO_CONVERSION: { description: "An automatic conversion between balances." },
    BALANCE_ADJUSTMENT: { description: "A correction Wise made to a balance." },
    BALANCE_ASSET_FEE: { description: "A fee charged for holding invested assets." },
    BALANCE_CASHBACK: { description: "Cashback paid into a balance." },
    BALANCE_DEPOSIT: { description: "Money added to a balance." },
    BALANCE_HOLD_FEE: { description: "A fee for holding money in a balance." },
    BALANCE_INTEREST: { description: "Interest paid on a balance." },
    BANK_DETAILS_ORDER: { description: "An order for account details (bank details) for a balance." },
    BATCH_TRANSFER: { description: "A batch of transfers sent together." },
    CARD_CASHBACK: { description: "Cashback earned on card spending." },
    CARD_CHECK: { description: "A card verification check, usually for zero." },
    CARD_ORDER: { description: "An order for a Wise card." },
    CARD_PAYMENT: { description: "A payment made with a Wise card." },
    CASH_WITHDRAWAL: { description: "Cash taken out with a Wise card." },
    CLAIMABLE_SEND_ORDER: { description: "Money sent to be claimed by the recipient." },
    DIRECT_DEBIT_TRANSACTION: { description: "A direct debit collected from a balance." },
    EXCESS_REFUND: { description: "A refund of money sent in excess." },
    FEE_REFUND: { description: "A refund of fees." },
    INCORPORATION_ORDER: { description: "An order to incorporate a company." },
    INTERBALANCE: { description: "A move of money between the profile's own balances." },
    PAYMENT_REQUEST: { description: "A request for payment sent to someone." },
    PREFUNDING_TRANSFER: { description: "A transfer that prefunds an account." },
    REWARD: { description: "A reward credited by Wise." },
    SCHEDULED_SEND_ORDER: { description: "A transfer scheduled for later or repeated." },
    TRANSFER: { description: "A transfer of money to a recipient." },
    UNKNOWN: { description: "A type Wise added after this API was built." },
  },
});

export enum ActivityStatus {
  REQUIRES_ATTENTION = "REQUIRES_ATTENTION",
  IN_PROGRESS = "IN_PROGRESS",
  UPCOMING = "UPCOMING",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(ActivityStatus, {
  name: "ActivityStatus",
  description: "Where an activity stands.",
  valuesConfig: {
    REQUIRES_ATTENTION: { description: "The user needs to act on it." },
    IN_PROGRESS: { description: "Started but not yet complete, such as a top-up in progress." },
    UPCOMING: { description: "Scheduled for the future; shown from two days before the date." },
    COMPLETED: { description: "Finished." },
    CANCELLED: { description: "Cancelled before it finished." },
    UNKNOWN: { description: "A status Wise added after this API was built. Not accepted as a filter." },
  },
});

export enum ActivityResourceType {
  ACCRUAL_CHARGE = "ACCRUAL_CHARGE",
  ACQUIRING_PAYMENT = "ACQUIRING_PAYMENT",
  ASSETS_WITHDRAWAL = "ASSETS_WITHDRAWAL",
  BALANCE_CASHBACK = "BALANCE_CASHBACK",
  BALANCE_INTEREST = "BALANCE_INTEREST",
  BALANCE_TRANSACTION = "BALANCE_TRANSACTION",
  BANK_DETAILS_ORDER = "BANK_DETAILS_ORDER",
  BATCH_TRANSFER = "BATCH_TRANSFER",
  CARD_CASHBACK = "CARD_CASHBACK",
  CARD_ORDER = "CARD_ORDER",
  CARD_TRANSACTION = "CARD_TRANSACTION",
  DIRECT_DEBIT_INSTRUCTION = "DIRECT_DEBIT_INSTRUCTION",
  DIRECT_DEBIT_TRANSACTION = "DIRECT_DEBIT_TRANSACTION",
  FEE_REFUND = "FEE_REFUND",
  INCIDENT_REFUND = "INCIDENT_REFUND",
  INCORPORATION_ORDER = "INCORPORATION_ORDER",
  OPERATIONAL_TRANSACTION = "OPERATIONAL_TRANSACTION",
  PAYMENT_REQUEST = "PAYMENT_REQUEST",
  REWARD = "REWARD",
  REWARDS_REDEMPTION = "REWARDS_REDEMPTION",
  SEND_ORDER = "SEND_ORDER",
  SEND_ORDER_EXECUTION = "SEND_ORDER_EXECUTION",
  TRANSFER = "TRANSFER",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(ActivityResourceType, {
  name: "ActivityResourceType",
  description: "The kind of Wise resource behind an activity (Wise's monetary resource type).",
  valuesConfig: {
    ACCRUAL_CHARGE: { description: "The activity is about an accrual charge." },
    ACQUIRING_PAYMENT: { description: "The activity is about an acquiring payment." },
    ASSETS_WITHDRAWAL: { description: "The activity is about an assets withdrawal." },
    BALANCE_CASHBACK: { description: "The activity is about a balance cashback." },
    BALANCE_INTEREST: { description: "The activity is about a balance interest." },
    BALANCE_TRANSACTION: { description: "The activity is about a balance transaction." },
    BANK_DETAILS_ORDER: { description: "The activity is about a bank details order." },
    BATCH_TRANSFER: { description: "The activity is about a batch transfer." },
    CARD_CASHBACK: { description: "The activity is about a card cashback." },
    CARD_ORDER: { description: "The activity is about a card order." },
    CARD_TRANSACTION: { description: "The activity is about a card transaction." },
    DIRECT_DEBIT_INSTRUCTION: { description: "The activity is about a direct debit instruction." },
    DIRECT_DEBIT_TRANSACTION: { description: "The activity is about a direct debit transaction." },
    FEE_REFUND: { description: "The activity is about a fee refund." },
    INCIDENT_REFUND: { description: "The activity is about an incident refund." },
    INCORPORATION_ORDER: { description: "The activity is about an incorporation order." },
    OPERATIONAL_TRANSACTION: { description: "The activity is about an operational transaction." },
    PAYMENT_REQUEST: { description: "The activity is about a payment request." },
    REWARD: { description: "The activity is about a reward." },
    REWARDS_REDEMPTION: { description: "The activity is about a rewards redemption." },
    SEND_ORDER: { description: "The activity is about a send order." },
    SEND_ORDER_EXECUTION: { description: "The activity is about a send order execution." },
    TRANSFER: { description: "The activity is about a transfer." },
    UNKNOWN: { description: "A resource type Wise added after this API was built. Not accepted as a filter." },
  },
});

export enum ActivityDirection {
  IN = "IN",
  OUT = "OUT",
  NONE = "NONE",
}

registerEnumType(ActivityDirection, {
  name: "ActivityDirection",
  description: "Which way money moved in an activity, as Wise marks its amounts and title.",
  valuesConfig: {
    IN: { description: "Money came in (Wise marks it positive)." },
    OUT: { description: "Money went out (Wise marks it negative or with a minus sign)." },
    NONE: { description: "Wise marked no direction." },
  },
});
