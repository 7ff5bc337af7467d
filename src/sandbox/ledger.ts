// Money effects shared by the money-movement routes: exact balance debits and credits
// (each with its balance transaction), transfer status changes mirrored into the
// profile's activity feed, and new activities. All amounts are decimal strings; big.js
// does the arithmetic at the currency's scale. Every balance movement and transfer status
// change recorded here raises the webhooks Wise would send (webhooks/events/), after the
// state changed, so every route and simulation that moves money through here raises them.

import Big from "big.js";
import type { ActivityStatus, BalanceRecord, BalanceTransactionRecord, BalanceTransactionType, Decimal, TransferRecord, TransferStatus } from "./model.js";
import { transferActivity } from "./seed/activities.js";
import { currencyScale } from "./reference/currencies.js";
import type { Store } from "./store.js";
import { syncBreaches } from "./api/balance/limits.js";
import { multiCurrencyAccountOf } from "./api/multi-currency-account/routes.js";
import { balanceCredit, balanceUpdate } from "./webhooks/events/balances.js";
import { BOUNCED_BACK_CASE, transferActiveCases, transferPayoutFailure, transferRefund, transferStateChange, UNSPECIFIED_PAYOUT_FAILURE } from "./webhooks/events/transfers.js";

/** Adds `delta` (negative for a debit) to a balance's available, cash and total amounts. */
export function adjustBalance(store: Store, balance: BalanceRecord, delta: Decimal, nowMs: number): void {
  const scale = currencyScale(balance.currency);
  balance.amount = new Big(balance.amount).plus(delta).toFixed(scale);
  balance.cashAmount = new Big(balance.cashAmount).plus(delta).toFixed(scale);
  balance.totalWorth = new Big(balance.totalWorth).plus(delta).toFixed(scale);
  balance.modifiedUs = Math.max(balance.modifiedUs + 1, nowMs * 1000);
  store.touch();
}

/** What a statement line may say beyond its amount: the transfer it paid, its fee, a conversion's exchange, the card transaction it captured. */
type LineDetails = { transferId?: number; fee?: Decimal; exchange?: BalanceTransactionRecord["exchange"]; card?: BalanceTransactionRecord["card"] };

/** Records a statement line on a balance (signed amount, the balance already adjusted) and returns it; raises balances#update. */
export function addBalanceTransaction(
  store: Store,
  balance: BalanceRecord,
  type: BalanceTransactionType,
  amount: Decimal,
  createdMs: number,
  description: string,
  about: LineDetails = {},
): BalanceTransactionRecord {
  const record = recordBalanceTransaction(store, balance, type, amount, createdMs, description, about);
  balanceMoved(store, balance, record, false);
  return record;
}

/**
 * Money arriving in a balance from outside it (a top-up, a payment received, a refund): credits
 * the balance, records its line and raises balances#update and balances#credit.
 */
export function creditBalance(
  store: Store,
  balance: BalanceRecord,
  type: BalanceTransactionType,
  amount: Decimal,
  nowMs: number,
  description: string,
  about: LineDetails = {},
): BalanceTransactionRecord {
  adjustBalance(store, balance, amount, nowMs);
  const record = recordBalanceTransaction(store, balance, type, amount, nowMs, description, about);
  balanceMoved(store, balance, record, true);
  return record;
}

function recordBalanceTransaction(
  store: Store,
  balance: BalanceRecord,
  type: BalanceTransactionType,
  amount: Decimal,
  createdMs: number,
  description: string,
  about: LineDetails,
): BalanceTransactionRecord {
  const scale = currencyScale(balance.currency);
  const record: BalanceTransactionRecord = {
    id: store.nextId("balanceTransaction"),
    profileId: balance.profileId,
    balanceId: balance.id,
    type,
    amount: new Big(amount).toFixed(scale),
    currency: balance.currency,
    createdMs,
    description,
    ...(about.transferId === undefined ? {} : { transferId: about.transferId }),
    ...(about.fee === undefined || new Big(about.fee).eq(0) ? {} : { fee: new Big(about.fee).toFixed(scale) }),
    ...(about.exchange === undefined ? {} : { exchange: about.exchange }),
    ...(about.card === undefined ? {} : { card: about.card }),
  };
  store.balanceTransactions.set(record.id, record);
  store.touch();
  return record;
}

/** After a balance moved: its webhooks, and the hold limit breach the profile's new holdings open or close. */
function balanceMoved(store: Store, balance: BalanceRecord, tx: BalanceTransactionRecord, incoming: boolean): void {
  const profile = store.profiles.get(balance.profileId);
  const accountId = () => (profile === undefined ? undefined : multiCurrencyAccountOf(store, profile)?.id) ?? balance.id;
  store.webhooks.emit(balanceUpdate(balance, tx, accountId), tx.createdMs);
  if (incoming) store.webhooks.emit(balanceCredit(balance, tx, accountId), tx.createdMs);
  if (profile !== undefined) syncBreaches(store, profile, tx.createdMs);
}

/** True when the balance can pay `amount` from what is available. */
export function canPay(balance: BalanceRecord, amount: Decimal): boolean {
  return new Big(balance.amount).gte(amount);
}

/** Name shown in a transfer's activity title. */
export function recipientName(store: Store, t: TransferRecord): string {
  return store.recipients.get(t.targetAccount)?.accountHolderName ?? "Recipient";
}

/** Adds the TRANSFER activity of a new transfer. */
export function addTransferActivity(store: Store, t: TransferRecord, nowMs: number): void {
  store.addActivity(transferActivity(t, recipientName(store, t), nowMs));
}

/** Brings a transfer's activity in line with the transfer (status, description, amounts). */
export function syncTransferActivity(store: Store, t: TransferRecord, nowMs: number): void {
  const draft = transferActivity(t, recipientName(store, t), nowMs);
  const existing = store.activityOf(t.profileId, "TRANSFER", String(t.id));
  if (existing === undefined) {
    store.addActivity(draft);
    return;
  }
  store.updateActivity(existing, {
    title: draft.title,
    description: draft.description,
    primaryAmount: draft.primaryAmount,
    secondaryAmount: draft.secondaryAmount,
    status: draft.status,
    updatedMs: Math.max(existing.updatedMs, nowMs),
  });
}

/** Changes a transfer's status and its activity; a change raises the transfer's webhooks. */
export function setTransferStatus(store: Store, t: TransferRecord, status: TransferStatus, nowMs: number): void {
  const previous = t.status;
  const hadIssues = t.hasActiveIssues;
  t.status = status;
  t.hasActiveIssues = status === "bounced_back";
  store.touch();
  syncTransferActivity(store, t, nowMs);
  if (previous !== status) transferMoved(store, t, previous, hadIssues, nowMs);
}

/** A transfer's status changed: the change itself, its active cases when they changed, a failed payout, a refund. */
function transferMoved(store: Store, t: TransferRecord, previous: TransferStatus, hadIssues: boolean, nowMs: number): void {
  const hub = store.webhooks;
  hub.emit(transferStateChange(t, previous, nowMs), nowMs);
  if (t.hasActiveIssues !== hadIssues) hub.emit(transferActiveCases(t, t.hasActiveIssues ? [BOUNCED_BACK_CASE] : []), nowMs);
  if (t.status === "bounced_back") hub.emit(transferPayoutFailure(t, UNSPECIFIED_PAYOUT_FAILURE, nowMs), nowMs);
  if (t.status === "funds_refunded") hub.emit(transferRefund(t, t.funding?.amount ?? new Big(t.sourceValue).plus(t.fee).toFixed(), nowMs), nowMs);
}

/**
 * Gives a funded transfer's money back to the balance it came from (cancellation of a
 * funded transfer, funds_refunded). No-op when it was never funded or the balance is gone.
 */
export function refundTransfer(store: Store, t: TransferRecord, nowMs: number): BalanceTransactionRecord | null {
  const funding = t.funding;
  if (funding === null || funding.balanceId === null) return null;
  const balance = store.balances.get(funding.balanceId);
  if (balance === undefined) return null;
  return creditBalance(store, balance, "TRANSFER", funding.amount, nowMs, `Refund of transfer ${t.id}`, { transferId: t.id });
}

/** A BALANCE_TRANSACTION activity for money moved by the user (top-ups, conversions, jar moves). */
export function addBalanceActivity(
  store: Store,
  input: {
    profileId: number;
    type: string;
    resourceId: number;
    title: string;
    description: string;
    primaryAmount: string;
    secondaryAmount?: string;
    status?: ActivityStatus;
    nowMs: number;
  },
): void {
  store.addActivity({
    profileId: input.profileId,
    type: input.type,
    resourceType: "BALANCE_TRANSACTION",
    resourceId: String(input.resourceId),
    title: input.title,
    description: input.description,
    primaryAmount: input.primaryAmount,
    secondaryAmount: input.secondaryAmount ?? "",
    status: input.status ?? "COMPLETED",
    createdMs: input.nowMs,
    updatedMs: input.nowMs,
  });
}
