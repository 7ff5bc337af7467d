// What the sandbox keeps about card transaction disputes and the evidence files uploaded for them.

export type DisputeStatus = "ACTIVE" | "CLOSED";
export type DisputeSubStatus =
  "SUBMITTED" | "IN_REVIEW" | "REFUNDED" | "REJECTED" | "WITHDRAWN" | "CONFIRMED" | "REFUND_IN_PROGRESS" | "ATTEMPTING_RECOVERY" | "RECOVERY_UNSUCCESSFUL";

export interface DisputeRecord {
  /** A UUID. */
  id: string;
  transactionId: number;
  profileId: number;
  /** The reason code it was submitted with (a leaf reason: a sub-option where the reason has them). */
  reason: string;
  status: DisputeStatus;
  subStatus: DisputeSubStatus;
  createdMs: number;
  /** The submitting user's id, as text (Wise's `createdBy`). */
  createdBy: string;
  lastUpdatedMs: number;
  /** Where Wise writes about the dispute (the submission's `transaction.email`). */
  email: string | null;
  /** The reason's form answers as submitted. */
  form: Record<string, unknown>;
  /** Form file field -> the evidence file id it names. */
  files: Record<string, string>;
}

/** An evidence file uploaded for a dispute: usable by one submission within two hours. */
export interface DisputeFileRecord {
  id: string;
  profileId: number;
  /** The multipart part's name (Wise answers `{ <part name>: <file id> }`). */
  field: string;
  name: string;
  type: string;
  size: number;
  uploadedMs: number;
  /** The dispute that used it; a file backs one dispute only. */
  disputeId: string | null;
}
