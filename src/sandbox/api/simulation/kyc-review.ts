// KYC review simulations (v2), moving a review's requirements as Wise's reviewers would:
//   GET  .../kyc-reviews/{id}/requirements          every requirement with its state (NOT_PROVIDED,
//                                                   IN_REVIEW, VERIFIED, REJECTED), groups flattened;
//   POST .../kyc-reviews/{id}/requirements/add      business profiles only: asks BUSINESS_USE_CASE
//                                                   again (a new requirement group);
//   POST .../kyc-reviews/{id}/requirements/submit   provides one requirement, as the hosted journey
//                                                   would: it goes IN_REVIEW;
//   POST .../kyc-reviews/{id}/verify                APPROVE (VERIFIED) or REJECT (REJECTED) the listed
//                                                   requirements, or every one not yet verified.
// Paths start /v2/simulation/profiles/{profileId}. The POSTs answer 202 with no body. The review's
// status follows its requirements (PASSED, PROCESSING, WAITING_CUSTOMER_INPUT) and a change is
// told to kyc-reviews#state-change subscribers. Wise lists the requirements its submit simulation
// takes; the sandbox's reviews ask others (ACCOUNT_PURPOSE, ID_DOCUMENT...), so any requirement of
// the review is taken. Refusals: {code, category: "CLIENT", description, details: null}.

import { isUuid, jsonBody, optString, plain } from "../../body.js";
import { HttpError, json } from "../../http.js";
import type { Ctx, RouteDef } from "../../route.js";
import { statusFromRequirements, type KycRequirementRecord, type KycReviewRecord } from "../kyc-review/model.js";
import { kycProfile, setKycReviewStatus } from "../kyc-review/routes.js";

const ACTIONS = ["APPROVE", "REJECT"];
/** What requirements/add asks again. */
const ADDED_REQUIREMENT = "BUSINESS_USE_CASE";

const clientError = (status: number, code: string, description: string) => new HttpError(status, { code, category: "CLIENT", description, details: null });
const invalidRequest = (description: string) => clientError(400, "invalid-request", description);
const notOnReview = (key: string) => invalidRequest(`Invalid request. KycRequirement {${key}} was not found for KycReview`);

/** The caller's review named in the path: 404 kyc_review.not_found otherwise. */
function reviewOf(ctx: Ctx): KycReviewRecord {
  const profile = kycProfile(ctx);
  const id = ctx.params.kycReviewId ?? "";
  const review = isUuid(id) ? ctx.store.kycReviews.get(id.toLowerCase()) : undefined;
  if (review === undefined || review.profileId !== profile.id) throw clientError(404, "kyc_review.not_found", "KycReview not found");
  return review;
}

const requirementsOf = (review: KycReviewRecord): KycRequirementRecord[] => review.requirements.flat();

/** After a change: the review's status from its requirements, and the event if it moved. */
function settle(ctx: Ctx, review: KycReviewRecord): void {
  const nowMs = ctx.now();
  const status = statusFromRequirements(review);
  review.updatedMs = nowMs;
  if (status !== "WAITING_CUSTOMER_INPUT") review.link = null;
  ctx.store.touch();
  setKycReviewStatus(ctx.store, review, status, nowMs);
}

const accepted = () => ({ status: 202, body: "" });

export const kycReviewSimulationRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v2/simulation/profiles/:profileId/kyc-reviews/:kycReviewId/requirements",
    handler: (ctx) => json({ requirements: requirementsOf(reviewOf(ctx)).map((item) => ({ key: item.key, state: item.state, description: null })) }),
  },
  {
    method: "POST",
    path: "/v2/simulation/profiles/:profileId/kyc-reviews/:kycReviewId/requirements/add",
    handler: async (ctx) => {
      const review = reviewOf(ctx);
      const body = await jsonBody(ctx);
      const action = optString(body, "requestedAction");
      if (action !== undefined && !ACTIONS.includes(action)) throw clientError(400, "kyc_review.state_update_not_allowed", `Invalid action passed in request, action: ${action}`);
      const profile = ctx.store.profiles.get(review.profileId)!;
      if (profile.type !== "BUSINESS") throw invalidRequest(`Profile ${profile.id}L is a personal type, not permitted to simulate evidence request`);
      const open = requirementsOf(review).some((item) => item.key === ADDED_REQUIREMENT && (item.state === "NOT_PROVIDED" || item.state === "IN_REVIEW"));
      if (!open) {
        // Asked again: the old group (verified or rejected) gives way to a fresh one.
        review.requirements = review.requirements.filter((group) => !group.some((item) => item.key === ADDED_REQUIREMENT));
        review.requirements.push([{ key: ADDED_REQUIREMENT, state: "NOT_PROVIDED", apiCollectionSupported: true, submission: null }]);
        settle(ctx, review);
      }
      return accepted();
    },
  },
  {
    method: "POST",
    path: "/v2/simulation/profiles/:profileId/kyc-reviews/:kycReviewId/requirements/submit",
    handler: async (ctx) => {
      const review = reviewOf(ctx);
      const key = optString(await jsonBody(ctx), "requirement")?.trim();
      if (!key) throw invalidRequest("Invalid request. requirement must not be blank");
      const item = requirementsOf(review).find((candidate) => candidate.key === key);
      if (item === undefined) throw notOnReview(key);
      if (item.state === "IN_REVIEW" || item.state === "VERIFIED") throw invalidRequest(`Invalid request. KycRequirement {${key}} is ${item.state}, nothing to submit`);
      item.state = "IN_REVIEW";
      item.submission = { data: { simulated: true }, files: [] };
      settle(ctx, review);
      return accepted();
    },
  },
  {
    method: "POST",
    path: "/v2/simulation/profiles/:profileId/kyc-reviews/:kycReviewId/verify",
    handler: async (ctx) => {
      const review = reviewOf(ctx);
      const body = await jsonBody(ctx);
      const action = optString(body, "requestedAction");
      if (action === undefined || !ACTIONS.includes(action))
        throw clientError(400, "kyc_review.state_update_not_allowed", `Invalid action passed in request, action: ${action ?? "null"}`);
      const listed = plain(body.requirements ?? null);
      if (listed !== null && (!Array.isArray(listed) || !listed.every((key) => typeof key === "string")))
        throw invalidRequest("Invalid request. requirements must be a list of requirement keys");
      const all = requirementsOf(review);
      const targets = listed === null ? all.filter((item) => item.state !== "VERIFIED") : (listed as string[]).map((key) => all.find((item) => item.key === key) ?? key);
      const missing = targets.find((target): target is string => typeof target === "string");
      if (missing !== undefined) throw notOnReview(missing);
      for (const item of targets as KycRequirementRecord[]) item.state = action === "APPROVE" ? "VERIFIED" : "REJECTED";
      settle(ctx, review);
      return accepted();
    },
  },
];
