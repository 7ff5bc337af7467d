// balances#update (every credit and debit of a balance) and balances#credit (money arriving):
// the data Wise sends about a balance movement, made from the balance and its statement line.
// `resource` is the profile's multi-currency account (Wise's "balance-account"), `balance_id` the
// balance itself; `transfer_reference` is the transfer's id for a transfer's line, else the line's
// statement reference, so a webhook and a statement line can be matched.

import Big from "big.js";
import type { BalanceRecord, BalanceTransactionRecord } from "../../model.js";
import { DETAIL_TYPES } from "../../api/balance/statement-data.js";
import { webhookTime, type SandboxEvent } from "../hub.js";
import { exactMagnitude, exactNumber, schemaMajor } from "./values.js";

/** The statement's reference of a line ("TRANSFER-58000012" is written as the transfer id, as Wise's debit example does). */
function transferReference(tx: BalanceTransactionRecord): string {
  return tx.transferId === undefined ? `${DETAIL_TYPES[tx.type]}-${tx.id}` : String(tx.transferId);
}

const balanceAccount = (accountId: number, balance: BalanceRecord) => ({ id: accountId, profile_id: balance.profileId, type: "balance-account" });

/**
 * A line was recorded on the balance (after the balance changed). `accountId` gives the profile's
 * multi-currency account id; it is asked only when a subscription wants the event.
 */
export function balanceUpdate(balance: BalanceRecord, tx: BalanceTransactionRecord, accountId: () => number): SandboxEvent {
  const after = balance.amount;
  return {
    eventType: "balances#update",
    profileId: balance.profileId,
    // step_id came with schema 3.0.0.
    data: (version) => ({
      resource: balanceAccount(accountId(), balance),
      amount: exactMagnitude(tx.amount),
      balance_id: balance.id,
      channel_name: DETAIL_TYPES[tx.type],
      currency: balance.currency,
      occurred_at: webhookTime(tx.createdMs),
      post_transaction_balance_amount: exactNumber(after),
      ...(schemaMajor(version) >= 3 ? { step_id: tx.id } : {}),
      transaction_type: new Big(tx.amount).lt(0) ? "debit" : "credit",
      transfer_reference: transferReference(tx),
    }),
  };
}

/** Money arrived in the balance from outside it (a top-up, an incoming payment, a refund). */
export function balanceCredit(balance: BalanceRecord, tx: BalanceTransactionRecord, accountId: () => number): SandboxEvent {
  const after = balance.amount;
  return {
    eventType: "balances#credit",
    profileId: balance.profileId,
    data: () => ({
      resource: { type: "balance-account", id: accountId(), profile_id: balance.profileId },
      transaction_type: "credit",
      amount: exactMagnitude(tx.amount),
      currency: balance.currency,
      post_transaction_balance_amount: exactNumber(after),
      occurred_at: webhookTime(tx.createdMs),
    }),
  };
}
