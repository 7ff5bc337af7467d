// How a card order moves through Wise's statuses in the sandbox (Wise's sandbox has no card
// factory, and its docs say nothing of how orders move there):
//   PLACED -> REQUIREMENTS_FULFILLED once every requirement is met (the profile verified), checked
//   whenever the order is created or read, as Wise moves it in the background;
//   a virtual card is then issued ACTIVE at once: CARD_DETAILS_CREATED -> COMPLETED;
//   a physical card moves on through the sandbox-only simulation (advanceOrder):
//   CARD_DETAILS_CREATED (card issued INACTIVE) -> PRODUCED (tracking for tracked delivery), and
//   COMPLETED once its card is activated (ACTIVE); a replaced card is then blocked.
// Each change raises cards#card-order-status-change and updates the order's CARD_ORDER activity.

import { randomUUID } from "node:crypto";
import type { ActivityStatus } from "../../model.js";
import type { Store } from "../../store.js";
import { emitCardOrderStatusChange, emitCardProductionStatusChange, emitCardStatusChange } from "../../webhooks/events/cards.js";
import { isVerified } from "../profile/profile-records.js";
import type { CardOrderRecord, CardOrderStatus } from "./model.js";
import { fixedDeliveryEstimateMs } from "./order-view.js";
import { makeCard } from "./state.js";

export type CardOrderRequirementType = "PIN" | "VERIFICATION" | "ADDRESS";
export type CardOrderRequirementStatus = "NOT_INITIATED" | "NEEDS_ACTION" | "PENDING" | "COMPLETED" | "FAILED";

export interface CardOrderRequirement {
  type: CardOrderRequirementType;
  status: CardOrderRequirementStatus;
}

/** Statuses an order reaches only with every requirement met. */
const PAST_REQUIREMENTS = new Set<CardOrderStatus>(["REQUIREMENTS_FULFILLED", "CARD_DETAILS_CREATED", "PRODUCED", "COMPLETED", "RETURNED"]);

/**
 * The order's requirements: the profile's verification, and its address (checked when the order
 * was made, so always met). The sandbox offers no preset PIN requirement.
 */
export function orderRequirements(store: Store, order: CardOrderRecord): CardOrderRequirement[] {
  const met = PAST_REQUIREMENTS.has(order.status) || order.cardToken !== null;
  const profile = store.profiles.get(order.profileId);
  const verified = met || (profile !== undefined && isVerified(store, profile));
  return [
    { type: "VERIFICATION", status: verified ? "COMPLETED" : "NEEDS_ACTION" },
    { type: "ADDRESS", status: "COMPLETED" },
  ];
}

function activityStatus(store: Store, order: CardOrderRecord): ActivityStatus {
  if (order.status === "COMPLETED") return "COMPLETED";
  if (order.status === "CANCELLED" || order.status === "RETURNED") return "CANCELLED";
  if (order.status === "PLACED" && orderRequirements(store, order).some((r) => r.status !== "COMPLETED")) return "REQUIRES_ATTENTION";
  return "IN_PROGRESS";
}

const cardKind = (order: CardOrderRecord) => `${order.program.scheme === "VISA" ? "Visa" : "Mastercard"} ${order.program.cardType === "PHYSICAL" ? "card" : "virtual card"}`;

/** Adds the order's CARD_ORDER activity to the profile's feed (at creation). */
export function addOrderActivity(store: Store, order: CardOrderRecord): void {
  store.addActivity({
    profileId: order.profileId,
    type: "CARD_ORDER",
    resourceType: "CARD_ORDER",
    resourceId: String(order.id),
    title: `<strong>${cardKind(order)}</strong>`,
    description: "Card ordered",
    primaryAmount: "",
    secondaryAmount: "",
    status: activityStatus(store, order),
    createdMs: order.creationMs,
    updatedMs: order.creationMs,
  });
}

const ACTIVITY_DESCRIPTIONS: Record<CardOrderStatus, string> = {
  PLACED: "Card ordered",
  REQUIREMENTS_FULFILLED: "Card order accepted",
  CARD_DETAILS_CREATED: "Card issued",
  PRODUCED: "Card on its way",
  COMPLETED: "Card ready to use",
  CANCELLED: "Card order cancelled",
  RETURNED: "Card returned undelivered",
};

/** Moves the order to `status`: its times, its activity, and Wise's event. */
export function setOrderStatus(store: Store, order: CardOrderRecord, status: CardOrderStatus, nowMs: number): void {
  order.status = status;
  order.modificationMs = nowMs;
  const activity = store.activityOf(order.profileId, "CARD_ORDER", String(order.id));
  if (activity !== undefined) store.updateActivity(activity, { status: activityStatus(store, order), description: ACTIVITY_DESCRIPTIONS[status], updatedMs: nowMs });
  store.touch();
  emitCardOrderStatusChange(store, order, nowMs);
}

/** Issues the order's card: ACTIVE for a virtual card, INACTIVE (until activated) for a physical one. */
function issueCard(store: Store, order: CardOrderRecord, nowMs: number): void {
  const profile = store.profiles.get(order.profileId);
  const user = store.users.get(order.userId);
  if (profile === undefined || user === undefined) return;
  const card = makeCard({
    token: randomUUID(),
    profile,
    user,
    program: order.program,
    status: order.program.cardType === "PHYSICAL" ? "INACTIVE" : "ACTIVE",
    cardHolderName: order.cardHolderName,
    phoneNumber: order.phoneNumber,
    nowMs,
    orderId: order.id,
    pin: order.presetPin ?? null,
  });
  store.cards.cards.set(card.token, card);
  order.cardToken = card.token;
  setOrderStatus(store, order, "CARD_DETAILS_CREATED", nowMs);
  // A kiosk card can be produced from now on: Wise tells of it as READY.
  const production = store.cardProduction.productionOf(store, card);
  if (production !== null) emitCardProductionStatusChange(store, card, production, nowMs);
}

/** Completes the order (its card is in use), blocking the card it replaces. */
export function completeOrder(store: Store, order: CardOrderRecord, nowMs: number): void {
  setOrderStatus(store, order, "COMPLETED", nowMs);
  const replaced = order.replacesCard === null ? undefined : store.cards.cards.get(order.replacesCard);
  if (replaced !== undefined && replaced.status !== "BLOCKED") {
    replaced.status = "BLOCKED";
    replaced.modificationMs = nowMs;
    emitCardStatusChange(store, replaced, nowMs, "wise");
  }
}

/** Moves an order on as far as Wise's background would by now (reads and creation call it). */
export function settleOrder(store: Store, order: CardOrderRecord, nowMs: number): void {
  if (order.status === "PLACED" && orderRequirements(store, order).every((r) => r.status === "COMPLETED")) {
    if (order.program.cardType === "PHYSICAL") order.deliveryEstimateMs = fixedDeliveryEstimateMs(order, nowMs);
    setOrderStatus(store, order, "REQUIREMENTS_FULFILLED", nowMs);
  }
  if (order.program.cardType !== "PHYSICAL") {
    if (order.status === "REQUIREMENTS_FULFILLED") issueCard(store, order, nowMs);
    if (order.status === "CARD_DETAILS_CREATED") completeOrder(store, order, nowMs);
    return;
  }
  const card = order.cardToken === null ? undefined : store.cards.cards.get(order.cardToken);
  if ((order.status === "CARD_DETAILS_CREATED" || order.status === "PRODUCED") && card?.status === "ACTIVE") completeOrder(store, order, nowMs);
}

/** Why the simulation cannot move the order on, or null when it can. */
export function advanceRefusal(store: Store, order: CardOrderRecord): string | null {
  if (order.status === "PLACED") return "The card order waits for its requirements (the profile's verification).";
  if (order.status === "PRODUCED") return "The card order completes when its card is activated.";
  if (order.status === "COMPLETED" || order.status === "CANCELLED" || order.status === "RETURNED") return `The card order is ${order.status} and moves no further.`;
  return null;
}

/** One step of a physical card's production (after settleOrder; advanceRefusal said it can move). */
export function advanceOrder(store: Store, order: CardOrderRecord, nowMs: number): void {
  if (order.status === "REQUIREMENTS_FULFILLED") {
    issueCard(store, order, nowMs);
    return;
  }
  if (order.status === "CARD_DETAILS_CREATED") {
    if (order.deliveryOption === "POSTAL_SERVICE_WITH_TRACKING") {
      order.deliveryVendor = "DHL";
      order.trackingNumber = String(1_900_000_000 + order.id);
      order.trackingUrl = `https://www.dhl.com/gb-en/home/tracking/tracking-express.html?submit=1&tracking-id=${order.trackingNumber}`;
    }
    setOrderStatus(store, order, "PRODUCED", nowMs);
  }
}

/** Why the order cannot be cancelled, or null when it can. */
export function cancelRefusal(order: CardOrderRecord): string | null {
  if (order.status === "COMPLETED" || order.status === "RETURNED" || order.status === "CANCELLED") return `A card order in status ${order.status} cannot be cancelled.`;
  return null;
}

/** Cancels the order; a card already issued for it is blocked (a physical one may still arrive). */
export function cancelOrder(store: Store, order: CardOrderRecord, nowMs: number): void {
  const card = order.cardToken === null ? undefined : store.cards.cards.get(order.cardToken);
  if (card !== undefined && card.status !== "BLOCKED") {
    card.status = "BLOCKED";
    card.modificationMs = nowMs;
    emitCardStatusChange(store, card, nowMs, "client");
  }
  setOrderStatus(store, order, "CANCELLED", nowMs);
}
