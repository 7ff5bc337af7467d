import { registerEnumType } from "type-graphql";

export enum BankAccountDetailsStatus {
  ACTIVE = "ACTIVE",
  AVAILABLE = "AVAILABLE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BankAccountDetailsStatus, {
  name: "BankAccountDetailsStatus",
  description: "Whether a currency's bank details are issued to the profile.",
  valuesConfig: {
    ACTIVE: { description: "Issued: share them to receive money into the balance." },
    AVAILABLE: { description: "Not issued yet: the values are a masked example of what ordering them gives." },
    UNKNOWN: { description: "A status Wise added that this API does not know yet." },
  },
});

export enum BankReceiveOptionType {
  LOCAL = "LOCAL",
  INTERNATIONAL = "INTERNATIONAL",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BankReceiveOptionType, {
  name: "BankReceiveOptionType",
  description: "How a sender pays into the details.",
  valuesConfig: {
    LOCAL: { description: "From a bank in the currency's own country or zone, by its local payment system." },
    INTERNATIONAL: { description: "From a bank elsewhere, by Swift." },
    UNKNOWN: { description: "A kind Wise added that this API does not know yet." },
  },
});

export enum BankAccountDetailsOrderStatus {
  PENDING_USER = "PENDING_USER",
  PENDING_TW = "PENDING_TW",
  REQUIREMENTS_FULFILLED = "REQUIREMENTS_FULFILLED",
  DONE = "DONE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BankAccountDetailsOrderStatus, {
  name: "BankAccountDetailsOrderStatus",
  description: "Where an order for bank details stands.",
  valuesConfig: {
    PENDING_USER: { description: "Waiting for the customer (see the requirements)." },
    PENDING_TW: { description: "Waiting for Wise." },
    REQUIREMENTS_FULFILLED: { description: "Every requirement is met; Wise is issuing the details." },
    DONE: { description: "The details are issued." },
    UNKNOWN: { description: "A status Wise added that this API does not know yet." },
  },
});

export enum BankAccountDetailsRequirementType {
  VERIFICATION = "VERIFICATION",
  TOP_UP = "TOP_UP",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BankAccountDetailsRequirementType, {
  name: "BankAccountDetailsRequirementType",
  description: "What an order for bank details needs before Wise issues them.",
  valuesConfig: {
    VERIFICATION: { description: "The customer must be fully verified." },
    TOP_UP: { description: "A fee must be paid (on wise.com)." },
    UNKNOWN: { description: "A requirement Wise added that this API does not know yet." },
  },
});

export enum BankAccountDetailsRequirementStatus {
  PENDING_USER = "PENDING_USER",
  PENDING_TW = "PENDING_TW",
  DONE = "DONE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BankAccountDetailsRequirementStatus, {
  name: "BankAccountDetailsRequirementStatus",
  description: "Where one requirement of an order stands.",
  valuesConfig: {
    PENDING_USER: { description: "The customer has something to do." },
    PENDING_TW: { description: "Wise has something to do." },
    DONE: { description: "Met." },
    UNKNOWN: { description: "A status Wise added that this API does not know yet." },
  },
});

export enum PaymentReturnReason {
  INCORRECT_ACCOUNT_NUMBER = "INCORRECT_ACCOUNT_NUMBER",
  CLOSED_ACCOUNT = "CLOSED_ACCOUNT",
  BLOCKED_ACCOUNT = "BLOCKED_ACCOUNT",
  CANCELLATION_REQUEST = "CANCELLATION_REQUEST",
  REGULATORY = "REGULATORY",
  CUSTOMER_REQUEST = "CUSTOMER_REQUEST",
}

registerEnumType(PaymentReturnReason, {
  name: "PaymentReturnReason",
  description: "Why a received payment is sent back; a Swift payment needs one.",
  valuesConfig: {
    INCORRECT_ACCOUNT_NUMBER: { description: "The sender used the wrong account number." },
    CLOSED_ACCOUNT: { description: "The account is closed." },
    BLOCKED_ACCOUNT: { description: "The account is blocked." },
    CANCELLATION_REQUEST: { description: "The sender asked to cancel the payment." },
    REGULATORY: { description: "A regulatory reason." },
    CUSTOMER_REQUEST: { description: "The account holder asked to return it." },
  },
});

export enum MultiCurrencyAccountType {
  FULL = "FULL",
  RECEIVE_ONLY = "RECEIVE_ONLY",
  INELIGIBLE = "INELIGIBLE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(MultiCurrencyAccountType, {
  name: "MultiCurrencyAccountType",
  description: "Which multi-currency account a customer may have.",
  valuesConfig: {
    FULL: { description: "Hold, convert, send and receive." },
    RECEIVE_ONLY: { description: "Only receive." },
    INELIGIBLE: { description: "None." },
    UNKNOWN: { description: "A type Wise added that this API does not know yet." },
  },
});
