// What the sandbox keeps about card orders beyond the orders themselves (store.cards.orders):
// the X-idempotence-uuid each order was created with. store.cardOrders; reset() with the store,
// after the card program, so the seeded cards' orders are made then.

import type { Store } from "../../store.js";
import { seedCardOrders } from "./order-seed.js";

export class CardOrderState {
  /** "<profileId>:<X-idempotence-uuid>" -> the order that key created. */
  byIdempotencyKey = new Map<string, number>();

  reset(store: Store): void {
    this.byIdempotencyKey = new Map();
    seedCardOrders(store);
  }
}
