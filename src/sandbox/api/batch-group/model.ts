// Records of batch groups, their direct-debit payment initiations and settlement journals.

import type { Decimal } from "../../model.js";

/** Wise's batch group statuses. */
export type BatchGroupStatus = "NEW" | "COMPLETED" | "MARKED_FOR_CANCELLATION" | "PROCESSING_CANCEL" | "CANCELLED";

export interface BatchGroupRecord {
  /** UUID. */
  id: string;
  profileId: number;
  userId: number;
  /** Changes with every change of the group (status, transfers); compared by PATCH. */
  version: number;
  name: string;
  sourceCurrency: string;
  status: BatchGroupStatus;
  /** In the order they were added. */
  transferIds: number[];
  /** Short reference used in pay-in details ("B" and a number). */
  shortId: number;
  createdMs: number;
  /** How the group was paid, once it was (balance) or once a direct debit was initiated. */
  funding: { type: "BALANCE"; balanceTransactionId: number; amount: Decimal; fundedMs: number } | { type: "DIRECT_DEBIT"; paymentInitiationId: number } | null;
}

export type PaymentInitiationStatus = "NEW" | "PROCESSING" | "COMPLETED" | "FAILED" | "CHARGED_BACK";

export interface PaymentInitiationRecord {
  id: number;
  batchGroupId: string;
  profileId: number;
  userId: number;
  reference: string;
  status: PaymentInitiationStatus;
  accountId: number;
  transferId: number | null;
  createdMs: number;
}

/** A settlement journal a partner sent (POST /v1/settlements), as received. */
export interface SettlementJournalRecord {
  id: number;
  clientId: string;
  settlementReference: string;
  settlementDate: string;
  settlementCurrency: string | null;
  transfers: { id: number; sourceAmount: Decimal; sourceCurrency: string; partnerReference: string; exchangeRate: Decimal | null }[];
  refundedTransferIds: number[];
  balanceTransfer: Decimal;
  receivedMs: number;
}
