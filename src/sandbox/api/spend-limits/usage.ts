// What a card or a profile has spent against its limits: the billing amounts of its card
// transactions that Wise authorised and has not given back (IN_PROGRESS and COMPLETED; DECLINED
// and CANCELLED count nothing), within a window. Wise counts what was authorised: a refund is a
// transaction of its own, a credit, and does not lower the usage.

import Big from "big.js";
import { midRate } from "../../market.js";
import type { Store } from "../../store.js";
import type { CardAmount, CardTransactionRecord, CardTransactionType } from "../card/model.js";
import type { ProfileLimitType } from "./state.js";
import type { SpendWindow } from "./windows.js";

/** The transaction types that spend money from the card; the others (refunds, credits) bring money in. */
const SPENDING_TYPES: ReadonlySet<CardTransactionType> = new Set(["POS_PURCHASE", "ECOM_PURCHASE", "CASH_WITHDRAWAL", "CASH_ADVANCE", "ACCOUNT_FUNDING"]);
const CASH_TYPES: ReadonlySet<CardTransactionType> = new Set(["CASH_WITHDRAWAL", "CASH_ADVANCE"]);

export function isSpending(type: CardTransactionType): boolean {
  return SPENDING_TYPES.has(type);
}

/** Which profile limit a spending transaction counts against: cash against ATM_WITHDRAWAL, the rest against PURCHASE. */
export function profileLimitTypeOf(type: CardTransactionType): ProfileLimitType {
  return CASH_TYPES.has(type) ? "ATM_WITHDRAWAL" : "PURCHASE";
}

/** An amount in `currency`, exact (converted at the mid-market rate of `atMs` when it is in another currency). */
export function amountIn(amount: CardAmount, currency: string, atMs: number): Big {
  const value = new Big(amount.value);
  return amount.currency === currency ? value : value.times(midRate(amount.currency, currency, atMs));
}

function counts(tx: CardTransactionRecord, window: SpendWindow | null): boolean {
  if (tx.state !== "IN_PROGRESS" && tx.state !== "COMPLETED") return false;
  if (!isSpending(tx.type)) return false;
  return window === null || (tx.creationMs >= window.startMs && tx.creationMs < window.endMs);
}

function sum(txs: Iterable<CardTransactionRecord>, currency: string, keep: (tx: CardTransactionRecord) => boolean): Big {
  let total = new Big(0);
  for (const tx of txs) if (keep(tx)) total = total.plus(amountIn(tx.billingAmount, currency, tx.creationMs));
  return total;
}

/** What the card spent in the window (null: since it was issued), in `currency`, exact. */
export function cardUsage(store: Store, cardToken: string, currency: string, window: SpendWindow | null): Big {
  return sum(store.cards.transactions.values(), currency, (tx) => tx.cardToken === cardToken && counts(tx, window));
}

/** What every card of the profile spent in the window on one kind of limit (purchases or cash), in `currency`, exact. */
export function profileUsage(store: Store, profileId: number, type: ProfileLimitType, currency: string, window: SpendWindow): Big {
  return sum(store.cards.transactions.values(), currency, (tx) => tx.profileId === profileId && profileLimitTypeOf(tx.type) === type && counts(tx, window));
}
