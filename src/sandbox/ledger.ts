// Money effects shared by the money-movement routes: exact balance debits and credits
// (each with its balance transaction), transfer status changes mirrored into the
// profile's activity feed, and new activities. All amounts are decimal strings; big.js
// does the arithmetic at the currency's scale.

import Big from "big.js";
import type { ActivityStatus, BalanceRecord, BalanceTransactionRecord, BalanceTransactionType, Decimal, TransferRecord, TransferStatus } from "./model.js";
import { transferActivity } from "./seed/activities.js";
import { currencyScale } from "./reference/currencies.js";
import type { Store } from "./store.js";

/** Adds `delta` (negative for a debit) to a balance's available, cash and total amounts. */
export function adjustBalance(store: Store, balance: BalanceRecord, delta: Decimal, nowMs: number): void {
  const scale = currencyScale(balance.currency);
  balance.amount = new Big(balance.amount).plus(delta).toFixed(scale);
  balance.cashAmount = new Big(balance.cashAmount).plus(delta).toFixed(scale);
  balance.totalWorth = new Big(balance.totalWorth).plus(delta).toFixed(scale);
  balance.modifiedUs = Math.max(balance.modifiedUs + 1, nowMs * 1000);
  store.touch();
}

/** Records a statement line on a balance (signed amount) and returns it. */
export function addBalanceTransaction(
  store: Store,
  balance: BalanceRecord,
  type: BalanceTransactionType,
  amount: Decimal,
  createdMs: number,
  description: string,
  about: { transferId?: number; fee?: Decimal; exchange?: BalanceTransactionRecord["exchange"] } = {},
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
  };
  store.balanceTransactions.set(record.id, record);
  store.touch();
  return record;
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

/** Changes a transfer's status and its activity. */
export function setTransferStatus(store: Store, t: TransferRecord, status: TransferStatus, nowMs: number): void {
  t.status = status;
  t.hasActiveIssues = status === "bounced_back";
  store.touch();
  syncTransferActivity(store, t, nowMs);
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
  adjustBalance(store, balance, funding.amount, nowMs);
  return addBalanceTransaction(store, balance, "TRANSFER", funding.amount, nowMs, `Refund of transfer ${t.id}`, { transferId: t.id });
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
