// What follows an authorisation: the merchant captures it (clearing) or gives it up (reversal).
// Clearing releases what is held and takes the captured amount, which may differ from the one
// authorised, at the authorisation's rate: one CARD statement line, the transaction COMPLETED.
// A refund's clearing credits the balance in its currency (or the card's, converted). A reversal
// releases the hold, wholly (CANCELLED) or down to a final amount (still IN_PROGRESS). Every
// movement is an entry of the transaction's debits, so they always add up to what it holds or took.

import Big from "big.js";
import { displayAmount } from "../../format.js";
import { addBalanceTransaction, adjustBalance, creditBalance } from "../../ledger.js";
import { midRate } from "../../market.js";
import { currencyScale } from "../../reference/currencies.js";
import type { BalanceRecord, BalanceTransactionRecord } from "../../model.js";
import type { Store } from "../../store.js";
import { syncCardActivity } from "./card-activity.js";
import { debitEntry, fundingAt, hold, netDebited, standardBalance, type Funding } from "./funds.js";
import type { CardAmount, CardRecord, CardTransactionRecord } from "./model.js";
import { raiseStateChange } from "./transaction-events.js";
import type { CardTransactionStep } from "../../webhooks/events/cards.js";

/** Why a clearing or reversal cannot apply to the transaction (the simulation's `error`), or null. */
export type SettlementRefusal = string | null;

/** A clearing's outcome: the statement line it recorded, or why it could not. */
type Cleared = { line: BalanceTransactionRecord } | { refusal: string };

function changed(store: Store, tx: CardTransactionRecord, state: CardTransactionRecord["state"], nowMs: number, step: CardTransactionStep): void {
  tx.state = state;
  tx.modificationMs = Math.max(tx.modificationMs, nowMs);
  store.touch();
  syncCardActivity(store, tx, nowMs);
  raiseStateChange(store, tx, nowMs, step);
}

/** The balance movement a clearing made: the line it recorded, as the event reports it. */
function movementOf(line: BalanceTransactionRecord): NonNullable<CardTransactionStep["balanceMovements"]>[number] {
  const amount = new Big(line.amount);
  return { balanceId: line.balanceId, type: amount.lt(0) ? "debit" : "credit", amount: { value: amount.abs().toFixed(), currency: line.currency }, creationMs: line.createdMs };
}

/** The balance and rate the authorisation used (its first debit), to price a new amount the same way. */
function authorisedFunding(store: Store, tx: CardTransactionRecord, amount: CardAmount): Funding | null {
  const first = tx.debits[0];
  const balance = first === undefined ? undefined : store.balances.get(first.balanceId);
  if (first === undefined || balance === undefined) return null;
  return fundingAt(balance, amount, first.rate);
}

/** Releases what the transaction holds on its balance now (its debits' sum), adding the release entry. */
function releaseHold(store: Store, tx: CardTransactionRecord, funding: Funding, nowMs: number): Big {
  const net = netDebited(tx.debits);
  if (net.value.eq(0)) return net.value;
  hold(store, funding.balance, net.value.neg().toFixed(), nowMs);
  return net.value;
}

function statementDetails(tx: CardTransactionRecord, amount: CardAmount): NonNullable<BalanceTransactionRecord["card"]> {
  const m = tx.merchant;
  return {
    transactionId: tx.id,
    amount: { ...amount },
    merchant: { name: m.name, city: m.city, postCode: m.zipCode, state: m.state, country: m.country, category: m.categoryDescription ?? m.categoryName },
  };
}

const description = (tx: CardTransactionRecord, amount: CardAmount) =>
  `Card transaction of ${displayAmount(amount.value, amount.currency)} issued by ${tx.merchant.name}${tx.merchant.city ? ` ${tx.merchant.city}` : ""}`;

/** The merchant captures a purchase or withdrawal: the hold released, the captured amount debited once. */
function capture(store: Store, tx: CardTransactionRecord, amount: CardAmount, nowMs: number): Cleared {
  const funding = authorisedFunding(store, tx, amount);
  if (funding === null) return { refusal: "The balance that paid this authorisation no longer exists." };
  const wasHeld = tx.state === "IN_PROGRESS";
  if (wasHeld) releaseHold(store, tx, funding, nowMs);
  const scale = currencyScale(funding.balance.currency);
  const taken = new Big(funding.debited.value);
  adjustBalance(store, funding.balance, taken.neg().toFixed(scale), nowMs);
  const exchange = funding.balance.currency === amount.currency ? undefined : { from: { ...funding.debited }, to: { ...amount }, rate: funding.rate };
  const line = addBalanceTransaction(store, funding.balance, "CARD", taken.neg().toFixed(scale), nowMs, description(tx, amount), {
    fee: funding.fee.value,
    exchange,
    card: statementDetails(tx, amount),
  });
  // The entries now add up to what was taken: an adjustment when the amount changed (or the hold was gone).
  const net = wasHeld ? netDebited(tx.debits) : { value: new Big(0), forValue: new Big(0), fee: new Big(0) };
  const adjustment: Funding = {
    balance: funding.balance,
    debited: { value: taken.minus(net.value).toFixed(scale), currency: funding.balance.currency },
    rate: funding.rate,
    fee: { value: new Big(funding.fee.value).minus(net.fee).toFixed(scale), currency: funding.balance.currency },
  };
  const forDifference = { value: new Big(amount.value).minus(net.forValue).toFixed(currencyScale(amount.currency)), currency: amount.currency };
  if (!wasHeld || !new Big(adjustment.debited.value).eq(0) || !new Big(forDifference.value).eq(0)) tx.debits.push(debitEntry(adjustment, forDifference, 1, nowMs));
  for (const debit of wasHeld ? tx.debits : tx.debits.slice(-1)) debit.balanceTransactionId = line.id;
  tx.transactionAmount = { ...amount };
  tx.billingAmount = { ...funding.debited };
  return { line };
}

/** The refund arrives: credited to the balance in its currency, else to the card's balance converted at the market rate. */
function refund(store: Store, card: CardRecord, tx: CardTransactionRecord, amount: CardAmount, nowMs: number): Cleared {
  let balance: BalanceRecord | undefined = standardBalance(store, tx.profileId, amount.currency);
  let credited: CardAmount = { ...amount };
  let exchange: BalanceTransactionRecord["exchange"];
  if (balance === undefined) {
    balance = standardBalance(store, tx.profileId, card.program.defaultCurrency);
    if (balance === undefined) return { refusal: "The profile has no balance to receive this refund." };
    const rate = midRate(amount.currency, balance.currency, nowMs);
    credited = {
      value: new Big(amount.value).times(rate).round(currencyScale(balance.currency), Big.roundDown).toFixed(currencyScale(balance.currency)),
      currency: balance.currency,
    };
    exchange = { from: { ...amount }, to: { ...credited }, rate };
  }
  const line = creditBalance(store, balance, "CARD", credited.value, nowMs, `Refund of ${displayAmount(amount.value, amount.currency)} from ${tx.merchant.name}`, {
    exchange,
    card: statementDetails(tx, amount),
  });
  tx.credits = [...(tx.credits ?? []), { balanceId: balance.id, creditedAmount: credited, creationMs: nowMs, balanceTransactionId: line.id }];
  tx.transactionAmount = { ...amount };
  tx.billingAmount = { ...credited };
  return { line };
}

/** Wise's acquirer reference number: 23 digits, from the transaction id. */
const arnOf = (id: number) => `0430001${String(id).padStart(16, "0")}`;

/** The merchant captures the transaction (`amount` in the authorisation's currency). */
export function clear(store: Store, card: CardRecord, tx: CardTransactionRecord, amount: CardAmount, nowMs: number): SettlementRefusal {
  if (tx.state === "DECLINED") return "A declined authorisation cannot be cleared.";
  if (tx.state === "COMPLETED") return "This authorisation is already cleared.";
  if (amount.currency !== tx.transactionAmount.currency) return `The clearing must be in ${tx.transactionAmount.currency}, the authorisation's currency.`;
  if (tx.type === "REFUND" && tx.state === "CANCELLED") return "A cancelled refund cannot be cleared.";
  const cleared = tx.type === "REFUND" ? refund(store, card, tx, amount, nowMs) : capture(store, tx, amount, nowMs);
  if ("refusal" in cleared) return cleared.refusal;
  tx.arn = arnOf(tx.id);
  const credit = tx.type === "REFUND" ? { balanceId: cleared.line.balanceId, creditedAmount: { value: cleared.line.amount, currency: cleared.line.currency } } : null;
  changed(store, tx, "COMPLETED", nowMs, { stepType: "CAPTURE", balanceMovements: [movementOf(cleared.line)], credit });
  return null;
}

/** The merchant gives up the authorisation, down to `finalAmount` (0: all of it). */
export function reverse(store: Store, tx: CardTransactionRecord, finalAmount: CardAmount, nowMs: number): SettlementRefusal {
  if (tx.state !== "IN_PROGRESS") return `Only an authorisation in progress can be reversed; this one is ${tx.state}.`;
  if (finalAmount.currency !== tx.transactionAmount.currency) return "REVERSAL_NOT_MATCHING_AUTH_CURRENCY";
  if (new Big(finalAmount.value).gte(tx.transactionAmount.value))
    return `A reversal lowers the amount: the final amount must be below ${tx.transactionAmount.value} ${tx.transactionAmount.currency}.`;
  const full = new Big(finalAmount.value).eq(0);
  if (tx.type !== "REFUND") {
    const funding = authorisedFunding(store, tx, finalAmount);
    if (funding === null) return "The balance that paid this authorisation no longer exists.";
    const net = netDebited(tx.debits);
    const now = full ? { value: new Big(0), fee: new Big(0) } : { value: new Big(funding.debited.value), fee: new Big(funding.fee.value) };
    const scale = currencyScale(funding.balance.currency);
    const released = net.value.minus(now.value);
    hold(store, funding.balance, released.neg().toFixed(scale), nowMs);
    const entry: Funding = {
      balance: funding.balance,
      debited: { value: released.toFixed(scale), currency: funding.balance.currency },
      rate: funding.rate,
      fee: { value: net.fee.minus(now.fee).toFixed(scale), currency: funding.balance.currency },
    };
    const forReleased = { value: net.forValue.minus(finalAmount.value).toFixed(currencyScale(finalAmount.currency)), currency: finalAmount.currency };
    tx.debits.push(debitEntry(entry, forReleased, -1, nowMs));
    if (!full) tx.billingAmount = { ...funding.debited };
  }
  if (!full) tx.transactionAmount = { ...finalAmount };
  changed(store, tx, full ? "CANCELLED" : "IN_PROGRESS", nowMs, { stepType: full ? "FULL_REVERSAL" : "PARTIAL_REVERSAL", balanceMovements: [] });
  return null;
}
