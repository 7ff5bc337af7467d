// A payment received through a profile's bank account details: the balance is credited (with its
// statement line and activity), the payment recorded, and account-details-payment#state-change
// raised after the balance's own webhooks. Shared by every way money reaches issued details
// (the account-details payment simulation, bank-transaction import, Swift in).

import { positiveAmount } from "../../format.js";
import { addBalanceActivity, creditBalance } from "../../ledger.js";
import type { BalanceRecord, Decimal } from "../../model.js";
import type { Store } from "../../store.js";
import { accountDetailsPaymentStateChange } from "../../webhooks/events/account-details.js";
import type { AccountDetailsPaymentRecord, AccountDetailsRecord } from "./model.js";

export interface IncomingPayment {
  /** Positive, at the currency's scale. */
  amount: Decimal;
  senderName: string;
  channel: AccountDetailsPaymentRecord["channel"];
  senderDetails?: AccountDetailsPaymentRecord["senderDetails"];
  /** What the activity says under the sender's name; by default that it reached the currency's account details. */
  description?: string;
}

export function receiveAccountDetailsPayment(
  store: Store,
  details: AccountDetailsRecord,
  balance: BalanceRecord,
  incoming: IncomingPayment,
  nowMs: number,
): AccountDetailsPaymentRecord {
  const tx = creditBalance(store, balance, "DEPOSIT", incoming.amount, nowMs, `Received from ${incoming.senderName}`);
  addBalanceActivity(store, {
    profileId: balance.profileId,
    type: "BALANCE_DEPOSIT",
    resourceId: tx.id,
    title: `<strong>${incoming.senderName}</strong>`,
    description: incoming.description ?? `Received to your ${balance.currency} account details`,
    primaryAmount: positiveAmount(incoming.amount, balance.currency),
    nowMs,
  });
  const payment: AccountDetailsPaymentRecord = {
    id: store.nextId("accountDetailsPayment"),
    profileId: balance.profileId,
    accountDetailsId: details.id,
    balanceId: balance.id,
    currency: balance.currency,
    amount: incoming.amount,
    senderName: incoming.senderName,
    ...(incoming.senderDetails === undefined ? {} : { senderDetails: incoming.senderDetails }),
    channel: incoming.channel,
    createdMs: nowMs,
    returnId: null,
  };
  store.accountDetailsPayments.set(payment.id, payment);
  store.touch();
  store.webhooks.emit(accountDetailsPaymentStateChange(payment, "COMPLETED", null, nowMs), nowMs);
  return payment;
}
