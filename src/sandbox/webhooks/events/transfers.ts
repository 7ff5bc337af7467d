// transfers#state-change, transfers#active-cases, transfers#payout-failure and transfers#refund:
// the data Wise sends about a transfer, made from the transfer record.

import type { Decimal, TransferRecord, TransferStatus } from "../../model.js";
import { versionedTime, webhookTime, type SandboxEvent } from "../hub.js";
import { exactMagnitude } from "./values.js";

/** The active case of a transfer whose payout came back (Wise documents no name for it). */
export const BOUNCED_BACK_CASE = "payment_bounced_back";

/** Why a payout failed: one of Wise's failure reason codes and its description. */
export interface PayoutFailure {
  code: string;
  description: string;
}

/** The failure the sandbox reports for a bounce it was not told the reason of. */
export const UNSPECIFIED_PAYOUT_FAILURE: PayoutFailure = { code: "REASON_NOT_SPECIFIED", description: "Reason not specified" };

function transferResource(t: TransferRecord) {
  return { type: "transfer", id: t.id, profile_id: t.profileId, account_id: t.targetAccount };
}

/** The transfer moved from `previous` (null: it was just created) to its current status. */
export function transferStateChange(t: TransferRecord, previous: TransferStatus | null, nowMs: number): SandboxEvent {
  const current = t.status;
  return {
    eventType: "transfers#state-change",
    profileId: t.profileId,
    data: (version) => ({ resource: transferResource(t), current_state: current, previous_state: previous, occurred_at: versionedTime(nowMs, version) }),
  };
}

/** The transfer's list of ongoing issues changed (empty: none left). */
export function transferActiveCases(t: TransferRecord, activeCases: readonly string[]): SandboxEvent {
  return { eventType: "transfers#active-cases", profileId: t.profileId, data: { resource: transferResource(t), active_cases: [...activeCases] } };
}

/** The transfer's payout failed. Wise's example writes this event's time with milliseconds and an offset. */
export function transferPayoutFailure(t: TransferRecord, failure: PayoutFailure, nowMs: number): SandboxEvent {
  return {
    eventType: "transfers#payout-failure",
    profileId: t.profileId,
    data: {
      transfer_id: t.id,
      profile_id: t.profileId,
      failure_reason_code: failure.code,
      failure_description: failure.description,
      occurred_at: new Date(nowMs).toISOString().replace(/Z$/, "+00:00"),
    },
  };
}

/** The transfer's money went back to the sender: `amount` in its source currency, fees included. */
export function transferRefund(t: TransferRecord, amount: Decimal, nowMs: number): SandboxEvent {
  return {
    eventType: "transfers#refund",
    profileId: t.profileId,
    data: {
      resource: { ...transferResource(t), refund_amount: exactMagnitude(amount), refund_currency: t.sourceCurrency },
      occurred_at: webhookTime(nowMs),
    },
  };
}
