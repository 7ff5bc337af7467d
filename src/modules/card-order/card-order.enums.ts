import { registerEnumType } from "type-graphql";

export enum CardOrderStatus {
  PLACED = "PLACED",
  REQUIREMENTS_FULFILLED = "REQUIREMENTS_FULFILLED",
  CARD_DETAILS_CREATED = "CARD_DETAILS_CREATED",
  PRODUCED = "PRODUCED",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
  RETURNED = "RETURNED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardOrderStatus, {
  name: "CardOrderStatus",
  description: "Where a card order stands in Wise's flow, from placed to a card ready to use.",
  valuesConfig: {
    PLACED: { description: "Ordered; the card is made once every requirement is met (see CardOrder.requirements)." },
    REQUIREMENTS_FULFILLED: { description: "Every requirement is met; the card is being made." },
    CARD_DETAILS_CREATED: { description: "The card exists (CardOrder.card): its number, expiry and CVV are made. A physical card is not produced yet." },
    PRODUCED: { description: "The physical card is produced and handed to the delivery vendor (physical cards only)." },
    COMPLETED: { description: "The card is activated and ready to use; the order is over." },
    CANCELLED: { description: "The order was cancelled; a card already made for it is blocked." },
    RETURNED: { description: "Delivery failed and the physical card came back; it is blocked (physical cards only)." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

export enum CardDeliveryOption {
  POSTAL_SERVICE_STANDARD = "POSTAL_SERVICE_STANDARD",
  POSTAL_SERVICE_WITH_TRACKING = "POSTAL_SERVICE_WITH_TRACKING",
  KIOSK_COLLECTION = "KIOSK_COLLECTION",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardDeliveryOption, {
  name: "CardDeliveryOption",
  description: "How a physical card reaches its holder.",
  valuesConfig: {
    POSTAL_SERVICE_STANDARD: { description: "Ordinary post, without tracking (the default in most regions)." },
    POSTAL_SERVICE_WITH_TRACKING: { description: "Tracked post, where offered: vendor and tracking appear once the card is produced." },
    KIOSK_COLLECTION: { description: "Printed at a kiosk machine where the holder collects it (select regions)." },
    UNKNOWN: { description: "A delivery option this API does not know yet." },
  },
});

export enum CardOrderRequirementType {
  VERIFICATION = "VERIFICATION",
  ADDRESS = "ADDRESS",
  PIN = "PIN",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardOrderRequirementType, {
  name: "CardOrderRequirementType",
  description: "Something a card order needs before its card is made.",
  valuesConfig: {
    VERIFICATION: { description: "The customer's verification (KYC) by Wise." },
    ADDRESS: { description: "A valid address for the card (billing address, and the delivery address of a physical card)." },
    PIN: { description: "A PIN chosen in advance, for programs set up for it (optional)." },
    UNKNOWN: { description: "A requirement this API does not know yet." },
  },
});

export enum CardOrderRequirementStatus {
  NOT_INITIATED = "NOT_INITIATED",
  NEEDS_ACTION = "NEEDS_ACTION",
  PENDING = "PENDING",
  COMPLETED = "COMPLETED",
  FAILED = "FAILED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(CardOrderRequirementStatus, {
  name: "CardOrderRequirementStatus",
  description: "How far a card order requirement is.",
  valuesConfig: {
    NOT_INITIATED: { description: "Not started." },
    NEEDS_ACTION: { description: "The customer or partner must act (verify the customer, fix the address)." },
    PENDING: { description: "Given; Wise is checking it." },
    COMPLETED: { description: "Met." },
    FAILED: { description: "Failed; the order cannot go on as it is." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

export enum CardOrderStepState {
  DONE = "DONE",
  CURRENT = "CURRENT",
  UPCOMING = "UPCOMING",
  SKIPPED = "SKIPPED",
}

registerEnumType(CardOrderStepState, {
  name: "CardOrderStepState",
  description: "Where one step of a card order's progress stands.",
  valuesConfig: {
    DONE: { description: "Reached." },
    CURRENT: { description: "The step the order is working towards now (at most one)." },
    UPCOMING: { description: "Still to come." },
    SKIPPED: { description: "Never to be reached: the order was cancelled or returned first." },
  },
});

export enum CardReplacementReason {
  CARD_DAMAGED = "CARD_DAMAGED",
  CARD_EXPIRING = "CARD_EXPIRING",
}

registerEnumType(CardReplacementReason, {
  name: "CardReplacementReason",
  description: "Why a card is replaced by a new order.",
  valuesConfig: {
    CARD_DAMAGED: { description: "The card is damaged." },
    CARD_EXPIRING: { description: "The card expires soon." },
  },
});
