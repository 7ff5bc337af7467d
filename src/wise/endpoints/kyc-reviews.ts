import { z } from "zod";
import { route } from "../route.js";
import { wiseKycReview, type WiseKycReview } from "../schemas/kyc-review.js";
import { wiseNoContent } from "../schemas/verification.js";
import type { WiseSession } from "../session.js";
import type { WiseFile } from "./verification.js";

/** Wise's largest page of KYC reviews. */
export const KYC_REVIEW_PAGE_SIZE = 100;

/**
 * `GET /v1/profiles/{profileId}/kyc-reviews`: the profile's active reviews (without requirements).
 * @wiseOperation GET /v1/profiles/{profileId}/kyc-reviews
 */
export function listKycReviews(wise: WiseSession, profileId: number, pageNumber = 1): Promise<WiseKycReview[]> {
  return wise.call({
    method: "GET",
    route: route`/v1/profiles/${profileId}/kyc-reviews`,
    searchParams: { pageNumber, pageSize: KYC_REVIEW_PAGE_SIZE },
    decoder: z.array(wiseKycReview),
  });
}

/**
 * `GET /v2/profiles/{profileId}/kyc-reviews/{kycReviewId}`: one review with its requirements.
 * @wiseOperation GET /v2/profiles/{profileId}/kyc-reviews/{kycReviewId}
 */
export function getKycReview(wise: WiseSession, profileId: number, kycReviewId: string): Promise<WiseKycReview> {
  return wise.call({ method: "GET", route: route`/v2/profiles/${profileId}/kyc-reviews/${kycReviewId}`, decoder: wiseKycReview });
}

/**
 * `POST /v1/profiles/{profileId}/kyc-reviews`: a review for a customer action (a quote, say). It
 * carries no idempotency key: sent twice, it may make two reviews.
 * @wiseOperation POST /v1/profiles/{profileId}/kyc-reviews
 */
export function createKycReview(wise: WiseSession, profileId: number, type: string, triggerId: string | null): Promise<WiseKycReview> {
  return wise.call({
    method: "POST",
    route: route`/v1/profiles/${profileId}/kyc-reviews`,
    json: { type, ...(triggerId === null ? {} : { triggerData: { id: triggerId } }) },
    decoder: wiseKycReview,
  });
}

/**
 * `PATCH /v1/profiles/{profileId}/kyc-reviews/{kycReviewId}`: sets where the Hosted KYC flow sends
 * the customer back to, and answers the review with the flow's link.
 * @wiseOperation PATCH /v1/profiles/{profileId}/kyc-reviews/{kycReviewId}
 */
export function updateKycReviewRedirectUrl(wise: WiseSession, profileId: number, kycReviewId: string, redirectUrl: string): Promise<WiseKycReview> {
  return wise.call({ method: "PATCH", route: route`/v1/profiles/${profileId}/kyc-reviews/${kycReviewId}`, json: { redirectUrl }, decoder: wiseKycReview });
}

/**
 * `POST /v2/profiles/{profileId}/kyc-requirements/{requirementKey}`: provides one requirement of a
 * review (multipart: the `submissionData` JSON and any files); Wise answers 202.
 * @wiseOperation POST /v2/profiles/{profileId}/kyc-requirements/{requirementKey}
 */
export async function submitKycRequirement(
  wise: WiseSession,
  profileId: number,
  requirementKey: string,
  submission: { kycReviewId: string; data: Record<string, unknown> | null },
  files: readonly WiseFile[],
): Promise<void> {
  const form = new FormData();
  const submissionData = { ...(submission.data ? { data: submission.data } : {}), version: "V1", kycReviewId: submission.kycReviewId };
  form.append("submissionData", JSON.stringify(submissionData));
  for (const file of files) form.append("files", new Blob([file.bytes], { type: file.type }), file.name);
  await wise.call({ method: "POST", route: route`/v2/profiles/${profileId}/kyc-requirements/${requirementKey}`, form, decoder: wiseNoContent });
}
