import { registerEnumType } from "type-graphql";

export enum DisputeStatus {
  ACTIVE = "ACTIVE",
  CLOSED = "CLOSED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(DisputeStatus, {
  name: "DisputeStatus",
  description: "Whether a dispute is still open.",
  valuesConfig: {
    ACTIVE: { description: "Open: submitted, in review or being refunded or recovered." },
    CLOSED: { description: "Over: refunded, rejected, confirmed, withdrawn or not recovered." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

export enum DisputeSubStatus {
  SUBMITTED = "SUBMITTED",
  IN_REVIEW = "IN_REVIEW",
  REFUNDED = "REFUNDED",
  REJECTED = "REJECTED",
  WITHDRAWN = "WITHDRAWN",
  CONFIRMED = "CONFIRMED",
  REFUND_IN_PROGRESS = "REFUND_IN_PROGRESS",
  ATTEMPTING_RECOVERY = "ATTEMPTING_RECOVERY",
  RECOVERY_UNSUCCESSFUL = "RECOVERY_UNSUCCESSFUL",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(DisputeSubStatus, {
  name: "DisputeSubStatus",
  description: "Where a dispute stands in detail.",
  valuesConfig: {
    SUBMITTED: { description: "Just submitted." },
    IN_REVIEW: { description: "Wise is reviewing it, or needs more information." },
    REFUNDED: { description: "The money was refunded." },
    REJECTED: { description: "Wise found the dispute invalid." },
    WITHDRAWN: { description: "The customer withdrew it (disputeWithdraw)." },
    CONFIRMED: { description: "Reviewed, but no refund applies." },
    REFUND_IN_PROGRESS: { description: "A refund is on its way." },
    ATTEMPTING_RECOVERY: { description: "Wise asked the card scheme for a chargeback." },
    RECOVERY_UNSUCCESSFUL: { description: "The chargeback did not succeed." },
    UNKNOWN: { description: "A sub-status this API does not know yet." },
  },
});

export enum DisputeScheme {
  VISA = "VISA",
  MASTERCARD = "MASTERCARD",
}

registerEnumType(DisputeScheme, {
  name: "DisputeScheme",
  description: "The card network of the disputed transaction's card (Wise's `scheme`); it must be the card's own.",
  valuesConfig: {
    VISA: { description: "A Visa card." },
    MASTERCARD: { description: "A Mastercard card." },
  },
});

export enum DisputeFlowStepKind {
  DECISION = "DECISION",
  FORM = "FORM",
  FINAL = "FINAL",
  OTHER = "OTHER",
}

registerEnumType(DisputeFlowStepKind, {
  name: "DisputeFlowStepKind",
  description: "What a step of the dispute flow asks of the customer.",
  valuesConfig: {
    DECISION: { description: "Choose a more precise reason (`options`); ask for that reason's step next." },
    FORM: { description: "Answer the reason's questions and attach evidence (`fields`), then call disputeSubmit with `submitReason`." },
    FINAL: { description: "The dispute was submitted; show `message` and leave the flow." },
    OTHER: { description: "A step this API cannot read into fields; hand `json` to Wise's Dynamic Flow framework." },
  },
});

export enum DisputeFlowFieldType {
  TEXT = "TEXT",
  DATE = "DATE",
  BOOLEAN = "BOOLEAN",
  MONEY = "MONEY",
  FILE = "FILE",
  OTHER = "OTHER",
}

registerEnumType(DisputeFlowFieldType, {
  name: "DisputeFlowFieldType",
  description: "The kind of answer a dispute form field takes.",
  valuesConfig: {
    TEXT: { description: "Free text." },
    DATE: { description: "A date, `YYYY-MM-DD`." },
    BOOLEAN: { description: "Yes or no." },
    MONEY: { description: 'An amount: `{"value": "12.50", "currency": "GBP"}` (the value a decimal string).' },
    FILE: { description: "An evidence file: upload it with disputeEvidenceUpload and give its fileId in disputeSubmit's `files`." },
    OTHER: { description: "Another kind of answer; see the step's `json`." },
  },
});
