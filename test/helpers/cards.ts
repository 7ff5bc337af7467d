// Cards put straight into a running sandbox's store, for tests that need a card the seed does not
// have: an INACTIVE card waiting for its order, or a physical card ordered for kiosk collection.

import { makeCard } from "../../src/sandbox/api/card/state.js";
import type { CardOrderRecord, CardRecord, CardStatus } from "../../src/sandbox/api/card/model.js";
import type { Store } from "../../src/sandbox/store.js";

export interface IssuedCard {
  card: CardRecord;
  order: CardOrderRecord;
}

/** A physical GBP card of the user's personal profile, issued from a new order (its status, its order's delivery and status as asked). */
export function issueOrderedCard(
  store: Store,
  userName: string,
  options: { status?: CardStatus; delivery?: CardOrderRecord["deliveryOption"]; orderStatus?: CardOrderRecord["status"]; createdMs?: number } = {},
): IssuedCard {
  const user = [...store.users.values()].find((u) => u.name === userName)!;
  const profile = store.profiles.get(user.personalProfileId)!;
  const nowMs = options.createdMs ?? Date.now();
  const program = { name: "VISA_DEBIT_CONSUMER_GB_1", scheme: "VISA" as const, defaultCurrency: "GBP", cardType: "PHYSICAL" as const };
  const id = store.cards.newOrderId();
  const card = makeCard({
    token: crypto.randomUUID(),
    profile,
    user,
    program,
    status: options.status ?? "INACTIVE",
    cardHolderName: "Kiosk Holder",
    phoneNumber: "+447700900123",
    nowMs,
    orderId: id,
  });
  const order: CardOrderRecord = {
    id,
    profileId: profile.id,
    userId: user.id,
    clientId: card.clientId,
    program,
    address: null,
    cardToken: card.token,
    replacesCard: null,
    creationMs: nowMs,
    modificationMs: nowMs,
    status: options.orderStatus ?? "CARD_DETAILS_CREATED",
    cardHolderName: card.cardHolderName,
    phoneNumber: card.phoneNumber,
    lifetimeLimit: null,
    deliveryEstimateMs: null,
    deliveryOption: options.delivery ?? "KIOSK_COLLECTION",
    deliveryVendor: null,
    trackingUrl: null,
    trackingNumber: null,
  };
  store.cards.cards.set(card.token, card);
  store.cards.orders.set(id, order);
  store.touch();
  return { card, order };
}
