import { registerEnumType } from "type-graphql";

/** An evidence Wise may ask for in additional verification. */
export enum VerificationEvidence {
  ACCOUNT_PURPOSE = "ACCOUNT_PURPOSE",
  ACCOUNT_PURPOSE_EXPLANATION = "ACCOUNT_PURPOSE_EXPLANATION",
  ANNUAL_VOLUME = "ANNUAL_VOLUME",
  INCOME = "INCOME",
  INCOME_EXPLANATION = "INCOME_EXPLANATION",
  USE_CASE_COUNTRIES = "USE_CASE_COUNTRIES",
  SOURCE_OF_WEALTH = "SOURCE_OF_WEALTH",
  ID_PROOF = "ID_PROOF",
  ADDRESS_PROOF = "ADDRESS_PROOF",
  SOURCE_OF_FUNDING = "SOURCE_OF_FUNDING",
  BUSINESS_MONTHLY_VOLUME = "BUSINESS_MONTHLY_VOLUME",
  BUSINESS_USE_CASE = "BUSINESS_USE_CASE",
  TRADING_ADDRESS_PROOF = "TRADING_ADDRESS_PROOF",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(VerificationEvidence, {
  name: "VerificationEvidence",
  description: "A piece of evidence Wise asks for to verify a customer, and how to give it.",
  valuesConfig: {
    ACCOUNT_PURPOSE: { description: "Why the customer uses Wise: `accountPurpose` of verificationEvidencesSubmit." },
    ACCOUNT_PURPOSE_EXPLANATION: { description: "More about the purpose, in free text: `accountPurposeExplanation`." },
    ANNUAL_VOLUME: { description: "The yearly volume the customer expects: `yearlyAnticipatedVolume`." },
    INCOME: { description: "Annual income and its main source: `annualIncome` with `mainSourceOfIncome`." },
    INCOME_EXPLANATION: { description: "Other income not shown by the documents, in free text: `incomeExplanation`." },
    USE_CASE_COUNTRIES: { description: "The countries the customer sends to and receives from: `intendedCountries`." },
    SOURCE_OF_WEALTH: { description: "A source-of-wealth document: verificationDocumentUpload with SOURCE_OF_WEALTH." },
    ID_PROOF: { description: "An identity document: verificationDocumentUpload with ID_PROOF." },
    ADDRESS_PROOF: { description: "A proof of residential address: verificationDocumentUpload with ADDRESS_PROOF." },
    SOURCE_OF_FUNDING: { description: "The business's main source of funding: `mainSourceOfFunding`." },
    BUSINESS_MONTHLY_VOLUME: { description: "The monthly volume the business expects: `monthlyAnticipatedVolume`." },
    BUSINESS_USE_CASE: { description: "What the business uses Wise for: `businessUseCase`." },
    TRADING_ADDRESS_PROOF: { description: "A proof of the business's operating address: verificationDocumentUpload with TRADING_ADDRESS_PROOF." },
    UNKNOWN: { description: "An evidence this API does not know yet." },
  },
});

/** The kind of document of verificationDocumentUpload. */
export enum VerificationDocumentType {
  SOURCE_OF_WEALTH = "SOURCE_OF_WEALTH",
  ID_PROOF = "ID_PROOF",
  ADDRESS_PROOF = "ADDRESS_PROOF",
  TRADING_ADDRESS_PROOF = "TRADING_ADDRESS_PROOF",
  BUSINESS_AUTH_REP_PROOF_BY_AUTH_LETTER = "BUSINESS_AUTH_REP_PROOF_BY_AUTH_LETTER",
}

registerEnumType(VerificationDocumentType, {
  name: "VerificationDocumentType",
  description: "What a verification document proves.",
  valuesConfig: {
    SOURCE_OF_WEALTH: { description: "Where the customer's money comes from." },
    ID_PROOF: { description: "The customer's identity." },
    ADDRESS_PROOF: { description: "The customer's residential address." },
    TRADING_ADDRESS_PROOF: { description: "The business's operating address." },
    BUSINESS_AUTH_REP_PROOF_BY_AUTH_LETTER: { description: "A letter authorising the person who represents the business." },
  },
});

/** How an upload-evidences call went, overall or for one evidence. */
export enum EvidenceSubmissionStatus {
  SUCCESS = "SUCCESS",
  PARTIAL_SUCCESS = "PARTIAL_SUCCESS",
  FAIL = "FAIL",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(EvidenceSubmissionStatus, {
  name: "EvidenceSubmissionStatus",
  description: "Whether Wise took submitted evidences.",
  valuesConfig: {
    SUCCESS: { description: "Taken (all of them, for the overall status)." },
    PARTIAL_SUCCESS: { description: "Some taken, some not: see each result." },
    FAIL: { description: "Not taken; submit it again later." },
    UNKNOWN: { description: "A status this API does not know yet." },
  },
});

export enum AccountPurpose {
  MOVING_SAVINGS = "MOVING_SAVINGS",
  SENDING_MONEY_TO_FRIENDS_OR_FAMILY = "SENDING_MONEY_TO_FRIENDS_OR_FAMILY",
  GENERAL_LIVING_EXPENSES = "GENERAL_LIVING_EXPENSES",
  BUYING_GOODS_OR_SERVICES_ABROAD = "BUYING_GOODS_OR_SERVICES_ABROAD",
  PAYING_FOR_MORTGAGE_OR_LOAN = "PAYING_FOR_MORTGAGE_OR_LOAN",
  PAYING_BILLS = "PAYING_BILLS",
  RECEIVING_SALARY_OR_PENSION = "RECEIVING_SALARY_OR_PENSION",
  INVESTING = "INVESTING",
}

registerEnumType(AccountPurpose, {
  name: "AccountPurpose",
  description: "The main reason a person uses Wise.",
  valuesConfig: Object.fromEntries(Object.keys(AccountPurpose).map((key) => [key, { description: `${key.toLowerCase().replace(/_/g, " ")}.` }])),
});

export enum IncomeSource {
  SALARY = "SALARY",
  INVESTMENTS = "INVESTMENTS",
  PENSION = "PENSION",
  INHERITANCE = "INHERITANCE",
  LOAN = "LOAN",
  OTHER = "OTHER",
}

registerEnumType(IncomeSource, {
  name: "IncomeSource",
  description: "A person's main source of income.",
  valuesConfig: Object.fromEntries(Object.keys(IncomeSource).map((key) => [key, { description: `Income from ${key.toLowerCase()}.` }])),
});

export enum BusinessUseCase {
  INVESTING_IN_FUNDS_STOCKS_BONDS_OR_SIMILAR = "INVESTING_IN_FUNDS_STOCKS_BONDS_OR_SIMILAR",
  DISTRIBUTING_COMPANY_PROFITS_OR_PAYING_DIVIDENDS = "DISTRIBUTING_COMPANY_PROFITS_OR_PAYING_DIVIDENDS",
  PAYING_MORTGAGE_BANK_LOAN_INSURANCE_OR_CREDIT = "PAYING_MORTGAGE_BANK_LOAN_INSURANCE_OR_CREDIT",
  PAYING_FOR_GOODS_PROPERTIES_OR_SERVICES_ABROAD = "PAYING_FOR_GOODS_PROPERTIES_OR_SERVICES_ABROAD",
  PAYING_RENT_OR_UTILITIES = "PAYING_RENT_OR_UTILITIES",
  PAYING_SUPPLIERS_CONTRACTORS_OR_EMPLOYEES = "PAYING_SUPPLIERS_CONTRACTORS_OR_EMPLOYEES",
  PAYING_TAX_ON_PROFIT_OR_PROPERTY = "PAYING_TAX_ON_PROFIT_OR_PROPERTY",
  TRANSFER_WITHIN_COMPANY_OR_GROUP = "TRANSFER_WITHIN_COMPANY_OR_GROUP",
  RECEIVE_INVESTMENTS_OR_FUNDS = "RECEIVE_INVESTMENTS_OR_FUNDS",
  RECEIVE_PAYMENTS_FROM_CLIENTS = "RECEIVE_PAYMENTS_FROM_CLIENTS",
  DONATION = "DONATION",
  OTHER = "OTHER",
}

registerEnumType(BusinessUseCase, {
  name: "BusinessUseCase",
  description: "What a business uses Wise for.",
  valuesConfig: Object.fromEntries(Object.keys(BusinessUseCase).map((key) => [key, { description: `${key.toLowerCase().replace(/_/g, " ")}.` }])),
});

export enum FundingSource {
  REVENUE = "REVENUE",
  BUSINESS_LOAN = "BUSINESS_LOAN",
  FUNDING_AND_SHAREHOLDER_INVESTMENTS = "FUNDING_AND_SHAREHOLDER_INVESTMENTS",
  INVESTMENT_INCOME = "INVESTMENT_INCOME",
  DONATIONS = "DONATIONS",
  GRANTS = "GRANTS",
  OTHER = "OTHER",
}

registerEnumType(FundingSource, {
  name: "FundingSource",
  description: "A business's main source of funding.",
  valuesConfig: Object.fromEntries(Object.keys(FundingSource).map((key) => [key, { description: `${key.toLowerCase().replace(/_/g, " ")}.` }])),
});

/**
 * A euro range as a GraphQL enum value: Wise's `0_11500` is `EUR_0_TO_11500`, `75001_+` is
 * `EUR_75001_OR_MORE`.
 */
function euroRanges(name: string, description: string, wiseValues: readonly string[]): Record<string, string> {
  const values = Object.fromEntries(wiseValues.map((value) => [rangeName(value), rangeName(value)]));
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      wiseValues.map((value) => {
        const [from, to] = value.split("_");
        return [rangeName(value), { description: to === "+" ? `${from} EUR or more.` : `From ${from} to ${to} EUR.` }];
      }),
    ),
  });
  return values;
}

function rangeName(wiseValue: string): string {
  const [from, to] = wiseValue.split("_");
  return to === "+" ? `EUR_${from}_OR_MORE` : `EUR_${from}_TO_${to}`;
}

/** Wise's value of a euro range enum value (`EUR_0_TO_11500` is `0_11500`). */
export function wiseRange(value: string): string {
  return value.replace(/^EUR_/, "").replace("_OR_MORE", "_+").replace("_TO_", "_");
}

export const YearlyVolume = euroRanges("YearlyVolume", "The yearly amount a person expects to move through Wise, in euros.", [
  "0_2350",
  "2351_6000",
  "6001_11500",
  "11501_60000",
  "60001_175000",
  "175001_+",
]);

export const AnnualIncome = euroRanges("AnnualIncome", "A person's annual income, in euros.", ["0_11500", "11501_19000", "19001_28500", "28501_47500", "47501_75000", "75001_+"]);

export const MonthlyVolume = euroRanges("MonthlyVolume", "The monthly amount a business expects to move through Wise, in euros.", [
  "0_1200",
  "1201_6000",
  "6001_12000",
  "12001_60000",
  "60001_120000",
  "120001_235000",
  "235001_600000",
  "600001_1200000",
  "1200001_6000000",
  "6000001_12000000",
  "12000001_+",
]);
