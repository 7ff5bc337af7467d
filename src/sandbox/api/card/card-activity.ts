// A card transaction in the profile's activity feed: CARD_PAYMENT (CASH_WITHDRAWAL for an ATM),
// resource CARD_TRANSACTION with the transaction's id, following the transaction's state as the
// seed's card payments do (Pending, Spent by you, Declined, Cancelled, Refunded).

import Big from "big.js";
import { displayAmount, positiveAmount, struckAmount } from "../../format.js";
import type { ActivityStatus } from "../../model.js";
import type { Store } from "../../store.js";
import type { CardTransactionRecord } from "./model.js";

const STATUS: Record<CardTransactionRecord["state"], ActivityStatus> = {
  IN_PROGRESS: "IN_PROGRESS",
  COMPLETED: "COMPLETED",
  DECLINED: "CANCELLED",
  CANCELLED: "CANCELLED",
  UNKNOWN: "REQUIRES_ATTENTION",
};

function descriptionOf(tx: CardTransactionRecord): string {
  if (tx.type === "REFUND") return tx.state === "COMPLETED" ? "Refunded to you" : tx.state === "IN_PROGRESS" ? "Refund pending" : "Refund cancelled";
  return {
    IN_PROGRESS: "Pending",
    COMPLETED: tx.type === "CASH_WITHDRAWAL" ? "Withdrawn by you" : "Spent by you",
    DECLINED: "Declined",
    CANCELLED: "Cancelled",
    UNKNOWN: "Needs your attention",
  }[tx.state];
}

/** Adds the transaction's activity, or brings it in line with the transaction. */
export function syncCardActivity(store: Store, tx: CardTransactionRecord, nowMs: number): void {
  const amount = tx.transactionAmount;
  const struck = tx.state === "DECLINED" || tx.state === "CANCELLED";
  const primaryAmount = struck
    ? struckAmount(amount.value, amount.currency)
    : tx.type === "REFUND"
      ? positiveAmount(amount.value, amount.currency)
      : displayAmount(amount.value, amount.currency);
  const billing = tx.billingAmount;
  const secondaryAmount = billing.currency !== amount.currency && new Big(billing.value).gt(0) ? displayAmount(billing.value, billing.currency) : "";
  const fields = {
    title: tx.type === "CASH_WITHDRAWAL" ? "<strong>Cash withdrawal</strong>" : `<strong>${tx.merchant.name}</strong>`,
    description: descriptionOf(tx),
    primaryAmount,
    secondaryAmount,
    status: STATUS[tx.state],
  };
  const existing = store.activityOf(tx.profileId, "CARD_TRANSACTION", String(tx.id));
  if (existing === undefined) {
    store.addActivity({
      profileId: tx.profileId,
      type: tx.type === "CASH_WITHDRAWAL" ? "CASH_WITHDRAWAL" : "CARD_PAYMENT",
      resourceType: "CARD_TRANSACTION",
      resourceId: String(tx.id),
      ...fields,
      createdMs: tx.creationMs,
      updatedMs: nowMs,
    });
    return;
  }
  store.updateActivity(existing, { ...fields, updatedMs: Math.max(existing.updatedMs, nowMs) });
}
