// Which evidences additional verification asks of a profile, and which request field or document
// type answers each one. A new profile is asked for the usual set of its type; each answer or
// document received takes its evidence off the list.

import type { ProfileRecord } from "../../model.js";
import type { Store } from "../../store.js";
import type { VerificationRecord } from "./model.js";
import { isVerified } from "../profile/profile-records.js";
import { profileVerificationStateChange } from "../../webhooks/events/profiles.js";

const FIRST_ASKED = {
  PERSONAL: ["ACCOUNT_PURPOSE", "ANNUAL_VOLUME", "INCOME", "USE_CASE_COUNTRIES", "SOURCE_OF_WEALTH", "ID_PROOF"],
  BUSINESS: ["BUSINESS_USE_CASE", "BUSINESS_MONTHLY_VOLUME", "SOURCE_OF_FUNDING", "USE_CASE_COUNTRIES", "TRADING_ADDRESS_PROOF"],
} as const;

/** A request field of upload-evidences: the values it takes (null: free text; list: an array) and the evidence it answers. */
export interface EvidenceField {
  evidence: string;
  values: readonly string[] | null;
  list?: boolean;
  /** A field Wise takes only together with this other one. */
  with?: string;
}

const range = (...values: string[]) => values;

export const EVIDENCE_FIELDS: Record<ProfileRecord["type"], Record<string, EvidenceField>> = {
  PERSONAL: {
    accountPurpose: {
      evidence: "ACCOUNT_PURPOSE",
      values: [
        "MOVING_SAVINGS",
        "SENDING_MONEY_TO_FRIENDS_OR_FAMILY",
        "GENERAL_LIVING_EXPENSES",
        "BUYING_GOODS_OR_SERVICES_ABROAD",
        "PAYING_FOR_MORTGAGE_OR_LOAN",
        "PAYING_BILLS",
        "RECEIVING_SALARY_OR_PENSION",
        "INVESTING",
      ],
    },
    accountPurposeExplanation: { evidence: "ACCOUNT_PURPOSE_EXPLANATION", values: null },
    intendedCountries: { evidence: "USE_CASE_COUNTRIES", values: null, list: true },
    yearlyAnticipatedVolume: { evidence: "ANNUAL_VOLUME", values: range("0_2350", "2351_6000", "6001_11500", "11501_60000", "60001_175000", "175001_+") },
    mainSourceOfIncome: { evidence: "INCOME", values: ["SALARY", "INVESTMENTS", "PENSION", "INHERITANCE", "LOAN", "OTHER"], with: "annualIncome" },
    annualIncome: { evidence: "INCOME", values: range("0_11500", "11501_19000", "19001_28500", "28501_47500", "47501_75000", "75001_+"), with: "mainSourceOfIncome" },
    incomeExplanation: { evidence: "INCOME_EXPLANATION", values: null },
  },
  BUSINESS: {
    businessUseCase: {
      evidence: "BUSINESS_USE_CASE",
      list: true,
      values: [
        "INVESTING_IN_FUNDS_STOCKS_BONDS_OR_SIMILAR",
        "DISTRIBUTING_COMPANY_PROFITS_OR_PAYING_DIVIDENDS",
        "PAYING_MORTGAGE_BANK_LOAN_INSURANCE_OR_CREDIT",
        "PAYING_FOR_GOODS_PROPERTIES_OR_SERVICES_ABROAD",
        "PAYING_RENT_OR_UTILITIES",
        "PAYING_SUPPLIERS_CONTRACTORS_OR_EMPLOYEES",
        "PAYING_TAX_ON_PROFIT_OR_PROPERTY",
        "TRANSFER_WITHIN_COMPANY_OR_GROUP",
        "RECEIVE_INVESTMENTS_OR_FUNDS",
        "RECEIVE_PAYMENTS_FROM_CLIENTS",
        "DONATION",
        "OTHER",
      ],
    },
    intendedCountries: { evidence: "USE_CASE_COUNTRIES", values: null, list: true },
    mainSourceOfFunding: {
      evidence: "SOURCE_OF_FUNDING",
      values: ["REVENUE", "BUSINESS_LOAN", "FUNDING_AND_SHAREHOLDER_INVESTMENTS", "INVESTMENT_INCOME", "DONATIONS", "GRANTS", "OTHER"],
    },
    monthlyAnticipatedVolume: {
      evidence: "BUSINESS_MONTHLY_VOLUME",
      values: range(
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
      ),
    },
  },
};

/** upload-document's document types; the ones that are evidences answer the evidence of the same name. */
export const DOCUMENT_TYPES = ["SOURCE_OF_WEALTH", "ID_PROOF", "ADDRESS_PROOF", "TRADING_ADDRESS_PROOF", "BUSINESS_AUTH_REP_PROOF_BY_AUTH_LETTER"] as const;

/** The profile's verification state, made on first use with the evidences its type is first asked for. */
export function verificationOf(store: Store, profile: ProfileRecord): VerificationRecord {
  let record = store.verifications.get(profile.id);
  if (record === undefined) {
    record = { profileId: profile.id, required: [...FIRST_ASKED[profile.type]], answers: {}, documents: new Map() };
    store.verifications.set(profile.id, record);
  }
  return record;
}

/**
 * Takes evidences off the list once answered. A profile this leaves verified with nothing more to
 * provide (the last evidence of a profile made through the API, or of a seeded one's additional
 * verification) raises profiles#verification-state-change.
 */
export function markProvided(store: Store, record: VerificationRecord, evidences: Iterable<string>, nowMs: number): void {
  const profile = store.profiles.get(record.profileId);
  const complete = () => profile !== undefined && isVerified(store, profile) && record.required.length === 0;
  const wasComplete = complete();
  const provided = new Set(evidences);
  record.required = record.required.filter((key) => !provided.has(key));
  store.touch();
  if (!wasComplete && complete()) store.webhooks.emit(profileVerificationStateChange(profile!.id, true, nowMs), nowMs);
}
