import { registerEnumType } from "type-graphql";

/** A business's legal form, as Wise names it. */
export enum CompanyType {
  LIMITED = "LIMITED",
  PARTNERSHIP = "PARTNERSHIP",
  SOLE_TRADER = "SOLE_TRADER",
  LIMITED_BY_GUARANTEE = "LIMITED_BY_GUARANTEE",
  LIMITED_LIABILITY_COMPANY = "LIMITED_LIABILITY_COMPANY",
  FOR_PROFIT_CORPORATION = "FOR_PROFIT_CORPORATION",
  NON_PROFIT_CORPORATION = "NON_PROFIT_CORPORATION",
  LIMITED_PARTNERSHIP = "LIMITED_PARTNERSHIP",
  LIMITED_LIABILITY_PARTNERSHIP = "LIMITED_LIABILITY_PARTNERSHIP",
  GENERAL_PARTNERSHIP = "GENERAL_PARTNERSHIP",
  SOLE_PROPRIETORSHIP = "SOLE_PROPRIETORSHIP",
  PRIVATE_LIMITED_COMPANY = "PRIVATE_LIMITED_COMPANY",
  PUBLIC_LIMITED_COMPANY = "PUBLIC_LIMITED_COMPANY",
  TRUST = "TRUST",
  OTHER = "OTHER",
}

registerEnumType(CompanyType, {
  name: "CompanyType",
  description: "A business's legal form.",
  valuesConfig: {
    LIMITED: { description: "A limited company." },
    PARTNERSHIP: { description: "A partnership." },
    SOLE_TRADER: { description: "A sole trader." },
    LIMITED_BY_GUARANTEE: { description: "A company limited by guarantee." },
    LIMITED_LIABILITY_COMPANY: { description: "A limited liability company (LLC)." },
    FOR_PROFIT_CORPORATION: { description: "A for-profit corporation." },
    NON_PROFIT_CORPORATION: { description: "A non-profit corporation." },
    LIMITED_PARTNERSHIP: { description: "A limited partnership." },
    LIMITED_LIABILITY_PARTNERSHIP: { description: "A limited liability partnership (LLP)." },
    GENERAL_PARTNERSHIP: { description: "A general partnership." },
    SOLE_PROPRIETORSHIP: { description: "A sole proprietorship." },
    PRIVATE_LIMITED_COMPANY: { description: "A private limited company." },
    PUBLIC_LIMITED_COMPANY: { description: "A public limited company." },
    TRUST: { description: "A trust." },
    OTHER: { description: "Another legal form: the business then needs a webpage and a free-form description." },
  },
});

/** The managing person's role in the business. */
export enum CompanyRole {
  OWNER = "OWNER",
  DIRECTOR = "DIRECTOR",
  OTHER = "OTHER",
}

registerEnumType(CompanyRole, {
  name: "CompanyRole",
  description: "The managing person's role in the business.",
  valuesConfig: {
    OWNER: { description: "Owns the business." },
    DIRECTOR: { description: "A director of the business." },
    OTHER: { description: "Another role." },
  },
});

/** What a change of the business representative does. */
export enum BusinessRepresentativeUpdateContext {
  UPDATE_DETAILS = "UPDATE_DETAILS",
  TRANSFER_OF_AUTHORISATION = "TRANSFER_OF_AUTHORISATION",
}

registerEnumType(BusinessRepresentativeUpdateContext, {
  name: "BusinessRepresentativeUpdateContext",
  description: "What a change of the business representative does.",
  valuesConfig: {
    UPDATE_DETAILS: {
      description: "Changes the details given of the same person; for every business they represent. Wise restricts what a verified representative may change.",
    },
    TRANSFER_OF_AUTHORISATION: { description: "Hands the business to a new person, who must then be verified; every detail is required." },
  },
});

/** Whether a profile is verified for paying by bank transfer from a currency. */
export enum BankTransferVerificationStatus {
  VERIFIED = "VERIFIED",
  NOT_VERIFIED = "NOT_VERIFIED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BankTransferVerificationStatus, {
  name: "BankTransferVerificationStatus",
  description: "Whether Wise has verified a profile enough for its bank-transfer payments from a currency to go through without verification holding them.",
  valuesConfig: {
    VERIFIED: { description: "Verified: payments go ahead (regional limits may still apply)." },
    NOT_VERIFIED: { description: "Not verified yet: payments beyond the maximum entitled amount wait for verification." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});
