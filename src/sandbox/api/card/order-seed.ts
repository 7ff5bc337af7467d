// The orders the seeded cards were issued from: each seeded card has a COMPLETED order, so a
// demo user's card orders list is not empty and each card names its order.

import type { Store } from "../../store.js";
import type { CardOrderAddressRecord, CardOrderRecord } from "./model.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The profile's main address as a card order address, if it has one. */
export function profileCardAddress(store: Store, profileId: number): CardOrderAddressRecord | null {
  const profile = store.profiles.get(profileId);
  const address = profile && store.addresses.get(profile.addressId);
  if (!address) return null;
  return { firstLine: address.firstLine, secondLine: null, thirdLine: null, city: address.city, postCode: address.postCode, state: address.state, country: address.country };
}

/** Adds a COMPLETED order behind every seeded card (ordered an hour before the card was made). */
export function seedCardOrders(store: Store): void {
  const seeded = [...store.cards.cards.values()].filter((card) => card.orderId === null).sort((a, b) => a.creationMs - b.creationMs);
  for (const card of seeded) {
    const physical = card.program.cardType === "PHYSICAL";
    const order: CardOrderRecord = {
      id: store.cards.newOrderId(),
      profileId: card.profileId,
      userId: card.userId,
      clientId: card.clientId,
      program: { ...card.program },
      address: profileCardAddress(store, card.profileId),
      cardToken: card.token,
      replacesCard: null,
      creationMs: card.creationMs - HOUR_MS,
      // A physical card's order completes when the delivered card is activated, days later.
      modificationMs: physical ? card.creationMs + 6 * DAY_MS : card.creationMs,
      status: "COMPLETED",
      cardHolderName: card.cardHolderName,
      phoneNumber: card.phoneNumber,
      lifetimeLimit: null,
      deliveryEstimateMs: physical ? card.creationMs + 5 * DAY_MS : null,
      deliveryOption: "POSTAL_SERVICE_STANDARD",
      deliveryVendor: null,
      trackingUrl: null,
      trackingNumber: null,
    };
    store.cards.orders.set(order.id, order);
    card.orderId = order.id;
  }
}
