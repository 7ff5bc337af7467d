import { registerEnumType } from "type-graphql";

export enum CardStatus {
  ACTIVE = "ACTIVE",
  INACTIVE = "INACTIVE",
  FROZEN = "FROZEN",
  BLOCKED = "BLOCKED",
  PARTNER_SUSPENDED = "PARTNER_SUSPENDED",
  EXPIRED = "EXPIRED",
  PURGED = "PURGED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardStatus, {
  name: "CardStatus",
  description: "Where a card stands: whether it can be used, and what may change that.",
  valuesConfig: {
    ACTIVE: { description: "The card can be used." },
    INACTIVE: { description: "Issued but not activated yet (a physical card until the cardholder has it): every transaction is declined. cardUnfreeze activates it." },
    FROZEN: { description: "Blocked for now by the cardholder or partner (cardFreeze): every transaction is declined until cardUnfreeze." },
    BLOCKED: { description: "Blocked for good (cardBlock): it never changes status again." },
    PARTNER_SUSPENDED: { description: "Suspended by Wise for now (fraud checks, say); not to be shown to the cardholder as such." },
    EXPIRED: { description: "Past its expiry date." },
    PURGED: { description: "Its cardholder data (PAN, PIN) was deleted after the retention period that follows its expiry." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

export enum CardScheme {
  VISA = "VISA",
  MASTERCARD = "MASTERCARD",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardScheme, {
  name: "CardScheme",
  description: "The card network a card runs on.",
  valuesConfig: {
    VISA: { description: "Visa." },
    MASTERCARD: { description: "Mastercard." },
    UNKNOWN: { description: "A scheme this API does not know yet." },
  },
});

export enum CardType {
  PHYSICAL = "PHYSICAL",
  VIRTUAL = "VIRTUAL",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardType, {
  name: "CardType",
  description: "Whether a card is a plastic card or exists only as its details.",
  valuesConfig: {
    PHYSICAL: { description: "A physical card: chip, contactless, magstripe and ATM can be used." },
    VIRTUAL: { description: "A virtual card: online and mobile wallet payments only." },
    UNKNOWN: { description: "A card type this API does not know yet." },
  },
});
