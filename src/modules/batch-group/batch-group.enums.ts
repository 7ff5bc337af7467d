import { registerEnumType } from "type-graphql";

export enum BatchGroupStatus {
  NEW = "NEW",
  COMPLETED = "COMPLETED",
  MARKED_FOR_CANCELLATION = "MARKED_FOR_CANCELLATION",
  PROCESSING_CANCEL = "PROCESSING_CANCEL",
  CANCELLED = "CANCELLED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BatchGroupStatus, {
  name: "BatchGroupStatus",
  description: "Where a batch group stands.",
  valuesConfig: {
    NEW: { description: "Open: transfers can be added; none can be paid yet." },
    COMPLETED: { description: "Closed to changes: the transfers can be paid (batchGroupFund, or a bank transfer with payInDetails). Says nothing of whether they were paid." },
    MARKED_FOR_CANCELLATION: { description: "Cancellation was asked for." },
    PROCESSING_CANCEL: { description: "Wise is cancelling the transfers." },
    CANCELLED: { description: "The group and its transfers are cancelled." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

/** Statuses a group never leaves: cancellation asked for or done. */
export const CANCELLING = new Set<BatchGroupStatus>([BatchGroupStatus.MARKED_FOR_CANCELLATION, BatchGroupStatus.PROCESSING_CANCEL, BatchGroupStatus.CANCELLED]);

export enum PaymentInitiationStatus {
  NEW = "NEW",
  PROCESSING = "PROCESSING",
  COMPLETED = "COMPLETED",
  FAILED = "FAILED",
  CHARGED_BACK = "CHARGED_BACK",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(PaymentInitiationStatus, {
  name: "BatchGroupPaymentInitiationStatus",
  description: "Where a direct-debit payment of a batch group stands.",
  valuesConfig: {
    NEW: { description: "Created; the debit has not been sent yet." },
    PROCESSING: { description: "The debit is on its way." },
    COMPLETED: { description: "The money arrived." },
    FAILED: { description: "The debit failed." },
    CHARGED_BACK: { description: "The account holder's bank took the money back." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});
