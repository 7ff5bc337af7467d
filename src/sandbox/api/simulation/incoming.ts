// Money arriving through a profile's issued bank account details, shared by the simulations that
// bring it (account-details payments, bank-transaction import, Swift in): the balance the details
// belong to is credited through the ledger (a DEPOSIT statement line and a BALANCE_DEPOSIT
// activity, so statements reconcile with balances) and the payment is kept, so it can be returned.

import { positiveAmount } from "../../format.js";
import { addBalanceActivity, addBalanceTransaction, adjustBalance } from "../../ledger.js";
import type { BalanceRecord, BalanceTransactionRecord, Decimal } from "../../model.js";
import type { Store } from "../../store.js";
import type { AccountDetailsPaymentRecord, AccountDetailsRecord } from "../account-details/model.js";

export interface IncomingPayment {
  details: AccountDetailsRecord;
  balance: BalanceRecord;
  /** The amount credited, at the currency's scale. */
  amount: Decimal;
  senderName: string;
  channel: AccountDetailsPaymentRecord["channel"];
  /** What the activity says under the sender's name. */
  description: string;
  nowMs: number;
}

/** Credits the payment to its balance and records it; answers the payment and its statement line. */
export function receiveIncomingPayment(store: Store, payment: IncomingPayment): { record: AccountDetailsPaymentRecord; transaction: BalanceTransactionRecord } {
  const { details, balance, amount, senderName, nowMs } = payment;
  adjustBalance(store, balance, amount, nowMs);
  const transaction = addBalanceTransaction(store, balance, "DEPOSIT", amount, nowMs, `Received from ${senderName}`);
  addBalanceActivity(store, {
    profileId: balance.profileId,
    type: "BALANCE_DEPOSIT",
    resourceId: transaction.id,
    title: `<strong>${senderName}</strong>`,
    description: payment.description,
    primaryAmount: positiveAmount(amount, balance.currency),
    nowMs,
  });
  const record: AccountDetailsPaymentRecord = {
    id: store.nextId("accountDetailsPayment"),
    profileId: balance.profileId,
    accountDetailsId: details.id,
    balanceId: balance.id,
    currency: balance.currency,
    amount,
    senderName,
    channel: payment.channel,
    createdMs: nowMs,
    returnId: null,
  };
  store.accountDetailsPayments.set(record.id, record);
  store.touch();
  return { record, transaction };
}
