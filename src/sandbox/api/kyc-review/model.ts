// A KYC review as the sandbox keeps it: its state, what triggered it and its requirements.

import type { ReceivedFile } from "../verification/model.js";

export type KycReviewStatus = "NEW" | "PASSED" | "PASSED_WITH_REQUIREMENTS" | "WAITING_CUSTOMER_INPUT" | "PROCESSING";

export interface KycRequirementRecord {
  key: string;
  /** VERIFIED and REJECTED come only from the sandbox's verify simulation (Wise's reviews show neither). */
  state: "NOT_PROVIDED" | "IN_REVIEW" | "VERIFIED" | "REJECTED";
  apiCollectionSupported: boolean;
  /** What was submitted through the requirement submit call. */
  submission: { data: unknown; files: ReceivedFile[] } | null;
}

export interface KycReviewRecord {
  /** UUID. */
  id: string;
  profileId: number;
  status: KycReviewStatus;
  createdMs: number;
  updatedMs: number;
  triggerReferences: { type: string; triggerData: Record<string, unknown> }[];
  redirectUrl: string | null;
  link: { value: string; expiresMs: number } | null;
  /** Groups of alternatives: the review needs one requirement of each group. */
  requirements: KycRequirementRecord[][];
}

/**
 * The review's status from its requirements: PASSED once every group has a verified requirement,
 * WAITING_CUSTOMER_INPUT while a group has none provided (or only rejected ones), else PROCESSING.
 */
export function statusFromRequirements(review: KycReviewRecord): KycReviewStatus {
  const groups = review.requirements.map((group) =>
    group.some((item) => item.state === "VERIFIED") ? "verified" : group.some((item) => item.state === "IN_REVIEW") ? "in-review" : "needs-input",
  );
  if (groups.every((group) => group === "verified")) return "PASSED";
  return groups.includes("needs-input") ? "WAITING_CUSTOMER_INPUT" : "PROCESSING";
}
