// account-details-payment#state-change (a payment received through bank account details, or sent
// back) and account-details-order#order-state-change (an order for details moving), made from the
// payment and order records. The payment event follows the spec's field names (current_state,
// previous_state, resource.type), which the prose docs predate.

import type { AccountDetailsOrderRecord, AccountDetailsPaymentRecord } from "../../api/account-details/model.js";
import { versionedTime, webhookTime, type SandboxEvent } from "../hub.js";
import { exactMagnitude } from "./values.js";

/** What the sandbox says of a sender whose bank details it was not given (the values of Wise's own example). */
const SANDBOX_SENDER = { accountNumber: "12345678", bankCode: "TESTBANK", address: "Test Address" };

export type AccountDetailsPaymentState = "PROCESSING" | "COMPLETED" | "CANCELLED" | "REFUNDED";

/** The payment moved from `previous` (null: it just arrived) to `current`. */
export function accountDetailsPaymentStateChange(
  payment: AccountDetailsPaymentRecord,
  current: AccountDetailsPaymentState,
  previous: AccountDetailsPaymentState | null,
  nowMs: number,
): SandboxEvent {
  const sender = payment.senderDetails ?? SANDBOX_SENDER;
  return {
    eventType: "account-details-payment#state-change",
    profileId: payment.profileId,
    data: (version) => ({
      resource: { id: payment.balanceId, profile_id: payment.profileId, type: "balance-account" },
      account_details_id: String(payment.accountDetailsId),
      target_account_id: String(payment.balanceId),
      transfer: { id: payment.id, type: "credit", amount: exactMagnitude(payment.amount), currency: payment.currency },
      sender: { name: payment.senderName, account_number: sender.accountNumber, bank_code: sender.bankCode, address: sender.address },
      current_state: current,
      previous_state: previous,
      occurred_at: versionedTime(nowMs, version),
    }),
  };
}

/** The order's status changed (its requirements with it). */
export function accountDetailsOrderStateChange(order: AccountDetailsOrderRecord, nowMs: number): SandboxEvent {
  return {
    eventType: "account-details-order#order-state-change",
    profileId: order.profileId,
    data: {
      creation_time: webhookTime(order.createdMs),
      currency: order.currency,
      is_account_details_issued: order.status === "DONE",
      modification_time: webhookTime(nowMs),
      order_id: String(order.id),
      order_status: order.status,
      profile_id: order.profileId,
      requirements: order.requirements.map((r) => ({ status: r.status, type: r.type })),
    },
  };
}
