import { registerEnumType } from "type-graphql";

export enum QuoteStatus {
  PENDING = "PENDING",
  ACCEPTED = "ACCEPTED",
  FUNDED = "FUNDED",
  EXPIRED = "EXPIRED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(QuoteStatus, {
  name: "QuoteStatus",
  description: "Where a quote stands.",
  valuesConfig: {
    PENDING: { description: "Priced and usable for a transfer until it expires." },
    ACCEPTED: { description: "A transfer was created from it." },
    FUNDED: { description: "The transfer created from it was funded." },
    EXPIRED: { description: "Past its expiry time; create a new quote." },
    UNKNOWN: { description: "A status Wise added after this API was built." },
  },
});

export enum RateType {
  FIXED = "FIXED",
  FLOATING = "FLOATING",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(RateType, {
  name: "RateType",
  description: "Whether a quote's rate is locked.",
  valuesConfig: {
    FIXED: { description: "The rate is guaranteed until the quote's rate expiry." },
    FLOATING: { description: "The rate follows the market until the money is converted." },
    UNKNOWN: { description: "A rate type Wise added after this API was built." },
  },
});

export enum AmountType {
  SOURCE = "SOURCE",
  TARGET = "TARGET",
}

registerEnumType(AmountType, {
  name: "AmountType",
  description: "Which side of a quote the caller fixed.",
  valuesConfig: {
    SOURCE: { description: "The amount to send was given; the recipient gets what it converts to after fees." },
    TARGET: { description: "The amount to arrive was given; the amount to send follows from it." },
  },
});

export enum PayOutMethod {
  BANK_TRANSFER = "BANK_TRANSFER",
  BALANCE = "BALANCE",
  SWIFT = "SWIFT",
  SWIFT_OUR = "SWIFT_OUR",
  INTERAC = "INTERAC",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(PayOutMethod, {
  name: "PayOutMethod",
  description: "How the money reaches the recipient.",
  valuesConfig: {
    BANK_TRANSFER: { description: "A local bank transfer to the recipient's account (the default)." },
    BALANCE: { description: "Into one of the profile's own Wise balances (for conversions)." },
    SWIFT: { description: "An international SWIFT payment, fees shared." },
    SWIFT_OUR: { description: "A SWIFT payment where the sender pays all fees." },
    INTERAC: { description: "Canada's Interac e-Transfer." },
    UNKNOWN: { description: "A method Wise added after this API was built. Not accepted as input." },
  },
});

export enum QuoteNoticeType {
  INFO = "INFO",
  WARNING = "WARNING",
  BLOCKED = "BLOCKED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(QuoteNoticeType, {
  name: "QuoteNoticeType",
  description: "How serious a quote notice is.",
  valuesConfig: {
    INFO: { description: "Information for the user." },
    WARNING: { description: "Something the user should know before sending." },
    BLOCKED: { description: "The quote must not be used for a transfer." },
    UNKNOWN: { description: "A notice type Wise added after this API was built." },
  },
});
