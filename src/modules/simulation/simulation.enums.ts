import { registerEnumType } from "type-graphql";

export enum BalanceTopUpChannel {
  CARD = "CARD",
  TRANSFER = "TRANSFER",
}

registerEnumType(BalanceTopUpChannel, {
  name: "BalanceTopUpChannel",
  description: "How a simulated top-up reaches the balance.",
  valuesConfig: {
    CARD: { description: "Paid by card (Wise's default)." },
    TRANSFER: { description: "Paid by bank transfer." },
  },
});

export enum KycReviewSimulationAction {
  APPROVE = "APPROVE",
  REJECT = "REJECT",
}

registerEnumType(KycReviewSimulationAction, {
  name: "KycReviewSimulationAction",
  description: "What Wise's simulated reviewer decides about KYC requirements.",
  valuesConfig: {
    APPROVE: { description: "The requirements are verified." },
    REJECT: { description: "The requirements are rejected: the customer provides them again." },
  },
});

export enum KycReviewSimulationRequirementState {
  NOT_PROVIDED = "NOT_PROVIDED",
  IN_REVIEW = "IN_REVIEW",
  VERIFIED = "VERIFIED",
  REJECTED = "REJECTED",
}

registerEnumType(KycReviewSimulationRequirementState, {
  name: "KycReviewSimulationRequirementState",
  description: "Where one requirement of a KYC review stands, as Wise's simulation reports it.",
  valuesConfig: {
    NOT_PROVIDED: { description: "Waiting for the customer." },
    IN_REVIEW: { description: "Provided, waiting for Wise's review." },
    VERIFIED: { description: "Reviewed and accepted." },
    REJECTED: { description: "Reviewed and refused: to provide again." },
  },
});
