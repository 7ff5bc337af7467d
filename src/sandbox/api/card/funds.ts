// Where a card transaction's money comes from and how it is held. A purchase is paid from the
// STANDARD balance in its own currency when that balance can pay it, else from the balance in
// the card's default currency, converted at the sandbox's market rate with Wise's balance
// conversion fee (pricing.ts, exact decimals). A hold moves money from `amount` (available) to
// `reservedAmount`; the cash stays where it is until the merchant captures it, so holds never
// appear on a statement (the statement counts cash).

import Big from "big.js";
import type { BalanceRecord, Decimal } from "../../model.js";
import { isRateCurrency, midRate } from "../../market.js";
import { price } from "../../pricing.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Store } from "../../store.js";
import type { CardAmount, CardDebitRecord, CardRecord } from "./model.js";

/** What one balance pays for an amount in another (or the same) currency. */
export interface Funding {
  balance: BalanceRecord;
  /** Taken from the balance, the fee included. */
  debited: CardAmount;
  rate: Decimal;
  fee: CardAmount;
}

/** The profile's STANDARD balance in a currency, if it has one. */
export function standardBalance(store: Store, profileId: number, currency: string): BalanceRecord | undefined {
  return store.balancesOf(profileId).find((b) => b.type === "STANDARD" && b.currency === currency);
}

/** What `balance` pays for `amount` at `rate` (from the balance's currency to the amount's): exact, the fee included. */
export function fundingAt(balance: BalanceRecord, amount: CardAmount, rate: Decimal): Funding {
  const zero = { value: new Big(0).toFixed(currencyScale(balance.currency)), currency: balance.currency };
  if (balance.currency === amount.currency) return { balance, debited: { ...amount }, rate: "1", fee: zero };
  const priced = price({ sourceCurrency: balance.currency, targetCurrency: amount.currency, providedAmountType: "TARGET", amount: amount.value, rate }, "BALANCE", "BALANCE");
  return { balance, debited: { value: priced.sourceAmount, currency: balance.currency }, rate, fee: { value: priced.totalFee, currency: balance.currency } };
}

/** The card's default-currency balance and what it would pay for `amount` now; null without such a balance or rate. */
export function cardCurrencyFunding(store: Store, card: CardRecord, amount: CardAmount, nowMs: number): Funding | null {
  const balance = standardBalance(store, card.profileId, card.program.defaultCurrency);
  if (balance === undefined) return null;
  if (balance.currency !== amount.currency && !(isRateCurrency(balance.currency) && isRateCurrency(amount.currency))) return null;
  return fundingAt(balance, amount, midRate(balance.currency, amount.currency, nowMs));
}

/** The balance that pays a purchase now (its own currency first, then the card's currency), or null: INSUFFICIENT_FUNDS. */
export function fundingFor(store: Store, card: CardRecord, amount: CardAmount, nowMs: number): Funding | null {
  const same = standardBalance(store, card.profileId, amount.currency);
  if (same !== undefined && new Big(same.amount).gte(amount.value)) return fundingAt(same, amount, "1");
  const converted = cardCurrencyFunding(store, card, amount, nowMs);
  if (converted !== null && converted.balance !== same && new Big(converted.balance.amount).gte(converted.debited.value)) return converted;
  return null;
}

/** Moves `value` (negative to release) from the balance's available money into its reserved money. */
export function hold(store: Store, balance: BalanceRecord, value: Decimal, nowMs: number): void {
  const scale = currencyScale(balance.currency);
  balance.amount = new Big(balance.amount).minus(value).toFixed(scale);
  balance.reservedAmount = new Big(balance.reservedAmount).plus(value).toFixed(scale);
  balance.modifiedUs = Math.max(balance.modifiedUs + 1, nowMs * 1000);
  store.touch();
}

/** A debit entry of a transaction's list: a hold, a release (negative) or an adjustment at capture. */
export function debitEntry(funding: Funding, forAmount: CardAmount, sign: 1 | -1, nowMs: number): CardDebitRecord {
  const signed = (a: CardAmount) => ({ value: sign === 1 ? a.value : new Big(a.value).neg().toFixed(currencyScale(a.currency)), currency: a.currency });
  return {
    balanceId: funding.balance.id,
    debitedAmount: signed(funding.debited),
    forAmount: signed(forAmount),
    rate: funding.rate,
    fee: signed(funding.fee),
    balanceTransactionId: null,
    creationMs: nowMs,
  };
}

/** The sum of a transaction's debit entries on one balance: what is held (or was taken) there now. */
export function netDebited(debits: readonly CardDebitRecord[]): { value: Big; forValue: Big; fee: Big } {
  return debits.reduce((sum, d) => ({ value: sum.value.plus(d.debitedAmount.value), forValue: sum.forValue.plus(d.forAmount.value), fee: sum.fee.plus(d.fee.value) }), {
    value: new Big(0),
    forValue: new Big(0),
    fee: new Big(0),
  });
}
