import { z } from "zod";
import { jsonNumber } from "../json.js";
import { route } from "../route.js";
import { wiseDecimal, wiseId } from "../schemas/common.js";
import { wiseNoContent } from "../schemas/verification.js";
import type { WiseSession } from "../session.js";

// Wise's sandbox simulations other than the transfer states (src/wise/endpoints/transfers.ts).
// None takes an idempotency key, and the money ones credit again when sent again: the client
// never resends a POST, so a lost answer is the caller's to check (read the balance) before
// trying again.

/** How a simulated top-up arrived. */
export type WiseTopUpChannel = "CARD" | "TRANSFER";

export const wiseTopUpResult = z.object({
  transactionId: wiseId,
  state: z.string(),
  balancesAfter: z.array(z.object({ id: wiseId, value: wiseDecimal, currency: z.string() })),
});
export type WiseTopUpResult = z.infer<typeof wiseTopUpResult>;

/**
 * `POST /v1/simulation/balance/topup`: Wise sandbox only: money added to a balance (by card unless
 * `channel` says TRANSFER); answers the statement line's id and the balance after.
 * @wiseOperation POST /v1/simulation/balance/topup
 */
export function simulateBalanceTopUp(
  wise: WiseSession,
  topUp: { profileId: number; balanceId: number; currency: string; amount: string; channel: WiseTopUpChannel },
): Promise<WiseTopUpResult> {
  return wise.call({
    method: "POST",
    route: route`/v1/simulation/balance/topup`,
    json: { ...topUp, amount: jsonNumber(topUp.amount) },
    decoder: wiseTopUpResult,
  });
}

/**
 * `POST /v1/simulation/profiles/{profileId}/verifications`: Wise sandbox only: the profile's
 * verification passes. No body in the answer.
 * @wiseOperation POST /v1/simulation/profiles/{profileId}/verifications
 */
export async function simulateProfileVerification(wise: WiseSession, profileId: number): Promise<void> {
  await wise.call({ method: "POST", route: route`/v1/simulation/profiles/${profileId}/verifications`, decoder: wiseNoContent });
}

/**
 * `POST /v1/simulation/verify-profile`: Wise sandbox only: every profile of the token's user passes
 * verification. No body in the answer.
 * @wiseOperation POST /v1/simulation/verify-profile
 */
export async function simulateVerifyAllProfiles(wise: WiseSession): Promise<void> {
  await wise.call({ method: "POST", route: route`/v1/simulation/verify-profile`, decoder: wiseNoContent });
}

/** A KYC requirement as the sandbox's simulation lists it. */
export const wiseKycSimulationRequirement = z.object({
  key: z.string(),
  state: z.string(),
  description: z.string().nullish(),
});
export type WiseKycSimulationRequirement = z.infer<typeof wiseKycSimulationRequirement>;

/**
 * `GET /v2/simulation/profiles/{profileId}/kyc-reviews/{kycReviewId}/requirements`: Wise sandbox
 * only: every requirement of a review with its state (VERIFIED and REJECTED included).
 * @wiseOperation GET /v2/simulation/profiles/{profileId}/kyc-reviews/{kycReviewId}/requirements
 */
export async function listKycReviewSimulationRequirements(wise: WiseSession, profileId: number, kycReviewId: string): Promise<WiseKycSimulationRequirement[]> {
  const answer = await wise.call({
    method: "GET",
    route: route`/v2/simulation/profiles/${profileId}/kyc-reviews/${kycReviewId}/requirements`,
    decoder: z.object({ requirements: z.array(wiseKycSimulationRequirement) }),
  });
  return answer.requirements;
}

/**
 * `POST /v2/simulation/profiles/{profileId}/kyc-reviews/{kycReviewId}/requirements/add`: Wise
 * sandbox only, business profiles: the review asks BUSINESS_USE_CASE (again). Answers 202.
 * @wiseOperation POST /v2/simulation/profiles/{profileId}/kyc-reviews/{kycReviewId}/requirements/add
 */
export async function simulateKycRequirementAdd(wise: WiseSession, profileId: number, kycReviewId: string): Promise<void> {
  await wise.call({
    method: "POST",
    route: route`/v2/simulation/profiles/${profileId}/kyc-reviews/${kycReviewId}/requirements/add`,
    json: { requestedAction: "APPROVE", requirement: "BUSINESS_USE_CASE" },
    decoder: wiseNoContent,
  });
}

/**
 * `POST /v2/simulation/profiles/{profileId}/kyc-reviews/{kycReviewId}/requirements/submit`: Wise
 * sandbox only: one requirement provided, as through the hosted journey. Answers 202.
 * @wiseOperation POST /v2/simulation/profiles/{profileId}/kyc-reviews/{kycReviewId}/requirements/submit
 */
export async function simulateKycRequirementSubmit(wise: WiseSession, profileId: number, kycReviewId: string, requirement: string): Promise<void> {
  await wise.call({
    method: "POST",
    route: route`/v2/simulation/profiles/${profileId}/kyc-reviews/${kycReviewId}/requirements/submit`,
    json: { requirement },
    decoder: wiseNoContent,
  });
}

/**
 * `POST /v2/simulation/profiles/{profileId}/kyc-reviews/{kycReviewId}/verify`: Wise sandbox only:
 * approves or rejects the listed requirements (every blocking one when `requirements` is null).
 * Answers 202.
 * @wiseOperation POST /v2/simulation/profiles/{profileId}/kyc-reviews/{kycReviewId}/verify
 */
export async function simulateKycReviewVerify(
  wise: WiseSession,
  profileId: number,
  kycReviewId: string,
  requestedAction: "APPROVE" | "REJECT",
  requirements: string[] | null,
): Promise<void> {
  await wise.call({
    method: "POST",
    route: route`/v2/simulation/profiles/${profileId}/kyc-reviews/${kycReviewId}/verify`,
    json: { requestedAction, ...(requirements === null ? {} : { requirements }) },
    decoder: wiseNoContent,
  });
}

/**
 * `POST /v1/simulation/profiles/{profileId}/bank-transactions/import`: Wise sandbox only: a bank
 * transfer (USD, EUR or GBP) arrives through the profile's account details. Answers 201, no body.
 * @wiseOperation POST /v1/simulation/profiles/{profileId}/bank-transactions/import
 */
export async function simulateBankTransactionImport(wise: WiseSession, profileId: number, payment: { currency: string; amount: string }): Promise<void> {
  await wise.call({
    method: "POST",
    route: route`/v1/simulation/profiles/${profileId}/bank-transactions/import`,
    json: { currency: payment.currency, amount: jsonNumber(payment.amount) },
    decoder: wiseNoContent,
  });
}

/** An address as the Swift simulation takes it. */
export interface WiseSwiftAddress {
  addressLine?: string;
  city?: string;
  postalCode?: string;
  country?: string;
}

export interface WiseSwiftInRequest {
  currencyCode: string;
  amount: string;
  beneficiaryName?: string;
  beneficiaryAccount?: string;
  beneficiaryAddress?: WiseSwiftAddress;
  senderName?: string;
  senderBic?: string;
  senderAccount?: string;
  senderAddress?: WiseSwiftAddress;
  paymentReference?: string;
  charges?: { amount: string; currency: string; agent: string }[];
  previousInstructingAgents?: string[];
}

/** The Swift message Wise logged for a simulated incoming payment. */
export const wiseSwiftInMessage = z.object({
  id: wiseId,
  uetr: z.string(),
  messageType: z.string().nullish(),
  state: z.string(),
  direction: z.string().nullish(),
  processTime: z.string().nullish(),
  amount: wiseDecimal,
  currency: z.string(),
});
export type WiseSwiftInMessage = z.infer<typeof wiseSwiftInMessage>;

/**
 * `POST /v1/simulation/profiles/{profileId}/swift-in`: Wise sandbox only: a Swift payment arrives
 * through the profile's account details, credits the balance and raises swift-in#credit.
 * @wiseOperation POST /v1/simulation/profiles/{profileId}/swift-in
 */
export function simulateSwiftIn(wise: WiseSession, profileId: number, request: WiseSwiftInRequest): Promise<WiseSwiftInMessage> {
  return wise.call({
    method: "POST",
    route: route`/v1/simulation/profiles/${profileId}/swift-in`,
    json: {
      ...request,
      amount: jsonNumber(request.amount),
      ...(request.charges === undefined ? {} : { charges: request.charges.map((charge) => ({ ...charge, amount: jsonNumber(charge.amount) })) }),
    },
    decoder: wiseSwiftInMessage,
  });
}
