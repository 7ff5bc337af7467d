// The webhook a card transaction's change raises: cards#transaction-state-change, built by the
// card event builders (webhooks/events/cards.ts) from the record as it now is and the step made.

import type { Store } from "../../store.js";
import { emitCardTransactionStateChange, type CardTransactionStep } from "../../webhooks/events/cards.js";
import type { CardTransactionRecord } from "./model.js";

/** Raises the transaction's state change (after the change is stored). */
export function raiseStateChange(store: Store, tx: CardTransactionRecord, nowMs: number, step: CardTransactionStep = {}): void {
  emitCardTransactionStateChange(store, tx, nowMs, { arn: tx.arn ?? null, ...step });
}
