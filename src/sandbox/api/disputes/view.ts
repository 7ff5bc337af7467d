// A dispute as Wise's dispute endpoints answer it.

import type { DisputeRecord, DisputeSubStatus } from "./model.js";

const STATUS_MESSAGES: Record<DisputeSubStatus, string> = {
  SUBMITTED: "Submitted",
  IN_REVIEW: "In review",
  REFUNDED: "Refunded",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  CONFIRMED: "Confirmed",
  REFUND_IN_PROGRESS: "Refund in progress",
  ATTEMPTING_RECOVERY: "Attempting recovery",
  RECOVERY_UNSUCCESSFUL: "Recovery unsuccessful",
};

/** A dispute can be withdrawn while it is still being looked at, before any money moved for it. */
export function canWithdraw(dispute: DisputeRecord): boolean {
  return dispute.status === "ACTIVE" && (dispute.subStatus === "SUBMITTED" || dispute.subStatus === "IN_REVIEW");
}

export function statusMessage(dispute: DisputeRecord): string {
  return STATUS_MESSAGES[dispute.subStatus];
}

export function disputeView(dispute: DisputeRecord): Record<string, unknown> {
  return {
    id: dispute.id,
    transactionId: dispute.transactionId,
    profileId: dispute.profileId,
    reason: dispute.reason,
    status: dispute.status,
    subStatus: dispute.subStatus,
    statusMessage: statusMessage(dispute),
    createdAt: new Date(dispute.createdMs).toISOString(),
    createdBy: dispute.createdBy,
    lastUpdatedAt: new Date(dispute.lastUpdatedMs).toISOString(),
    canWithdraw: canWithdraw(dispute),
  };
}
