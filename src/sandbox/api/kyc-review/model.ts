// A KYC review as the sandbox keeps it: its state, what triggered it and its requirements.

import type { ReceivedFile } from "../verification/model.js";

export type KycReviewStatus = "NEW" | "PASSED" | "PASSED_WITH_REQUIREMENTS" | "WAITING_CUSTOMER_INPUT" | "PROCESSING";

export interface KycRequirementRecord {
  key: string;
  state: "NOT_PROVIDED" | "IN_REVIEW";
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
