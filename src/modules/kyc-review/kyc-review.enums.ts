import { registerEnumType } from "type-graphql";

export enum KycReviewStatus {
  NEW = "NEW",
  WAITING_CUSTOMER_INPUT = "WAITING_CUSTOMER_INPUT",
  PROCESSING = "PROCESSING",
  PASSED = "PASSED",
  PASSED_WITH_REQUIREMENTS = "PASSED_WITH_REQUIREMENTS",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(KycReviewStatus, {
  name: "KycReviewStatus",
  description: "Where a KYC review stands, taken over all its requirements. Wise may move a review from any status to any other.",
  valuesConfig: {
    NEW: { description: "Just created; Wise has not assessed it yet." },
    WAITING_CUSTOMER_INPUT: {
      description: "Wise waits for the customer: provide the requirements (kycRequirementSubmit) or send the customer to the Hosted KYC flow (kycReviewRedirectUrlUpdate).",
    },
    PROCESSING: { description: "Everything asked was provided; Wise is reviewing it." },
    PASSED: { description: "Verified; nothing more is needed." },
    PASSED_WITH_REQUIREMENTS: { description: "Verified for now; the requirements must be met by `requiredBy`." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

export enum KycRequirementState {
  NOT_PROVIDED = "NOT_PROVIDED",
  IN_REVIEW = "IN_REVIEW",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(KycRequirementState, {
  name: "KycRequirementState",
  description: "Where one KYC requirement stands.",
  valuesConfig: {
    NOT_PROVIDED: { description: "Still to be provided." },
    IN_REVIEW: { description: "Provided; Wise is reviewing it. Nothing to do." },
    UNKNOWN: { description: "A state this API does not know yet." },
  },
});

export enum KycReviewCreateType {
  QUOTE = "QUOTE",
  PROACTIVE_SEND_MONEY = "PROACTIVE_SEND_MONEY",
  CARD = "CARD",
}

registerEnumType(KycReviewCreateType, {
  name: "KycReviewCreateType",
  description: "The customer action a new KYC review is for.",
  valuesConfig: {
    QUOTE: { description: "Sending money with a quote (give quoteId)." },
    PROACTIVE_SEND_MONEY: { description: "Verifying ahead of sending money, with no quote yet." },
    CARD: { description: "Ordering or using a card." },
  },
});

/** The requirement keys Wise takes through its requirement submit call. */
export enum KycRequirementKey {
  ACCOUNT_INTENT = "ACCOUNT_INTENT",
  ACCOUNT_PURPOSE = "ACCOUNT_PURPOSE",
  ANNUAL_VOLUME = "ANNUAL_VOLUME",
  BUSINESS_ANNUAL_INCOME = "BUSINESS_ANNUAL_INCOME",
  BUSINESS_AUTHORISATION_ID = "BUSINESS_AUTHORISATION_ID",
  BUSINESS_AUTHORISATION_LETTER = "BUSINESS_AUTHORISATION_LETTER",
  BUSINESS_DIRECTORS_CHECK = "BUSINESS_DIRECTORS_CHECK",
  BUSINESS_MONTHLY_VOLUME = "BUSINESS_MONTHLY_VOLUME",
  BUSINESS_REGISTRATION_DOCS = "BUSINESS_REGISTRATION_DOCS",
  BUSINESS_SHAREHOLDERS_CHECK = "BUSINESS_SHAREHOLDERS_CHECK",
  BUSINESS_SOURCE_OF_WEALTH = "BUSINESS_SOURCE_OF_WEALTH",
  BUSINESS_SOURCE_OF_WEALTH_INFO = "BUSINESS_SOURCE_OF_WEALTH_INFO",
  BUSINESS_SOURCE_OF_WEALTH_PROOF = "BUSINESS_SOURCE_OF_WEALTH_PROOF",
  BUSINESS_ULTIMATE_BENEFICIAL_OWNER_ID = "BUSINESS_ULTIMATE_BENEFICIAL_OWNER_ID",
  BUSINESS_USE_CASE = "BUSINESS_USE_CASE",
  ID_DOCUMENT = "ID_DOCUMENT",
  INCOME = "INCOME",
  INDIA_TRANSFER_PURPOSE = "INDIA_TRANSFER_PURPOSE",
  PROOF_OF_TRADING_ADDRESS = "PROOF_OF_TRADING_ADDRESS",
  SOURCE_OF_FUNDS = "SOURCE_OF_FUNDS",
  SOURCE_OF_WEALTH = "SOURCE_OF_WEALTH",
  SOURCE_OF_WEALTH_INFO = "SOURCE_OF_WEALTH_INFO",
  SOURCE_OF_WEALTH_PROOF = "SOURCE_OF_WEALTH_PROOF",
  TAX_RESIDENCY = "TAX_RESIDENCY",
  USE_CASE_COUNTRIES = "USE_CASE_COUNTRIES",
}

registerEnumType(KycRequirementKey, {
  name: "KycRequirementKey",
  description: "A KYC requirement that can be provided through kycRequirementSubmit (when its `apiCollectionSupported` is true).",
  valuesConfig: Object.fromEntries(Object.keys(KycRequirementKey).map((key) => [key, { description: `The ${key.toLowerCase().replace(/_/g, " ")} requirement.` }])),
});
