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

export enum CardSpendingPermissionType {
  ECOM = "ECOM",
  POS_CHIP = "POS_CHIP",
  POS_CONTACTLESS = "POS_CONTACTLESS",
  POS_MAGSTRIPE = "POS_MAGSTRIPE",
  ATM_WITHDRAWAL = "ATM_WITHDRAWAL",
  MOBILE_WALLETS = "MOBILE_WALLETS",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardSpendingPermissionType, {
  name: "CardSpendingPermissionType",
  description: "A way of using a card that can be switched on or off.",
  valuesConfig: {
    ECOM: { description: "Online payments." },
    POS_CHIP: { description: "In-person payments with the chip inserted (chip and PIN)." },
    POS_CONTACTLESS: { description: "In-person payments by tapping the card; can be switched on once the card's order is COMPLETED." },
    POS_MAGSTRIPE: { description: "In-person payments by swiping the card; can be switched on once the card's order is COMPLETED." },
    ATM_WITHDRAWAL: { description: "Cash withdrawals at ATMs." },
    MOBILE_WALLETS: { description: "Payments through a digital wallet (Apple Pay, Google Pay)." },
    UNKNOWN: { description: "A permission this API does not know yet; not accepted as input." },
  },
});

export enum CardKioskProductionStatus {
  READY = "READY",
  IN_PROGRESS = "IN_PROGRESS",
  PRODUCED = "PRODUCED",
  PRODUCTION_ERROR = "PRODUCTION_ERROR",
  REQUEST_ERROR = "REQUEST_ERROR",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardKioskProductionStatus, {
  name: "CardKioskProductionStatus",
  description: "Where the production of a card at a kiosk machine stands.",
  valuesConfig: {
    READY: { description: "The card's details are ready: cardKioskProduce can send it to a kiosk." },
    IN_PROGRESS: { description: "The kiosk machine is producing the card." },
    PRODUCED: { description: "The card was produced and collected. Final." },
    PRODUCTION_ERROR: { description: "Production failed (errorCode says why); once the cause is fixed, cardKioskProduce can try again." },
    REQUEST_ERROR: { description: "The kiosk did not accept the production request (errorCode says why)." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

export enum CardProductionSimulationStatus {
  PRODUCED = "PRODUCED",
  PRODUCTION_ERROR = "PRODUCTION_ERROR",
}

registerEnumType(CardProductionSimulationStatus, {
  name: "CardProductionSimulationStatus",
  description: "How a simulated kiosk production ends.",
  valuesConfig: {
    PRODUCED: { description: "The card is produced and collected." },
    PRODUCTION_ERROR: { description: "Production fails with the given error code." },
  },
});
