// transaction-disputes#update: a dispute was submitted or changed, made from the dispute record.

import type { DisputeRecord } from "../../api/disputes/model.js";
import { canWithdraw, statusMessage } from "../../api/disputes/view.js";
import { isoSeconds } from "../../format.js";
import type { SandboxEvent } from "../hub.js";

export function disputeUpdate(dispute: DisputeRecord, nowMs: number): SandboxEvent {
  return {
    eventType: "transaction-disputes#update",
    profileId: dispute.profileId,
    data: {
      resource: { id: dispute.id, profile_id: dispute.profileId, transaction_id: dispute.transactionId, type: "transaction-dispute" },
      reason: dispute.reason,
      status: dispute.status,
      sub_status: dispute.subStatus,
      status_message: statusMessage(dispute),
      created_at: isoSeconds(dispute.createdMs),
      created_by: dispute.createdBy,
      can_withdraw: canWithdraw(dispute),
      occurred_at: isoSeconds(nowMs),
    },
  };
}
