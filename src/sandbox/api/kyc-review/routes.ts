// KYC reviews: POST and GET /v1/profiles/{profileId}/kyc-reviews, PATCH /v1/profiles/{profileId}/kyc-reviews/{id}
// (redirect URL and Hosted KYC link), GET /v2/profiles/{profileId}/kyc-reviews/{id} (with requirements), and
// POST /v2/profiles/{profileId}/kyc-requirements/{requirementKey} (multipart: submissionData JSON and files).
//
// States: a review answers NEW when created, then waits for the customer (WAITING_CUSTOMER_INPUT: Wise
// assesses it at once here). Each requirement submitted goes IN_REVIEW; once every group has one in
// review, the review is PROCESSING. Another user's profile answers 401, as the spec lists for this group.

import { randomUUID } from "node:crypto";
import { isObject, isUuid, jsonBody, optString, plain } from "../../body.js";
import { HttpError, json, notFound, springError, toJson, wiseErrors } from "../../http.js";
import type { ProfileRecord } from "../../model.js";
import { multipartBody, type FilePart } from "../../multipart.js";
import { pathLong, queryInt } from "../../params.js";
import type { Ctx, RouteDef } from "../../route.js";
import { EVIDENCE_FIELDS } from "../verification/evidences.js";
import { MAX_DOCUMENT_BYTES } from "../verification/routes.js";
import type { Store } from "../../store.js";
import { kycReviewStateChange } from "../../webhooks/events/kyc-reviews.js";
import type { KycRequirementRecord, KycReviewRecord, KycReviewStatus } from "./model.js";
import { kycReviewView } from "./view.js";

const CREATE_TYPES = ["QUOTE", "PROACTIVE_SEND_MONEY", "CARD"];
const LINK_LIFETIME_MS = 10 * 60_000;
const MAX_FILES = 5;

const requirement = (key: string, apiCollectionSupported = true): KycRequirementRecord => ({ key, state: "NOT_PROVIDED", apiCollectionSupported, submission: null });

/** What a new review asks of each profile type: one requirement of each group. */
const FIRST_REQUIREMENTS: Record<ProfileRecord["type"], () => KycRequirementRecord[][]> = {
  PERSONAL: () => [[requirement("ACCOUNT_PURPOSE")], [requirement("ID_DOCUMENT")]],
  BUSINESS: () => [[requirement("BUSINESS_USE_CASE")], [requirement("BUSINESS_SOURCE_OF_WEALTH")], [requirement("BUSINESS_REGISTRATION_DOCS", false)]],
};

const BUSINESS_SOURCES_OF_WEALTH = [
  "REVENUE",
  "PERSONAL_FUNDING",
  "BUSINESS_LOAN",
  "FUNDING_AND_SHAREHOLDER_INVESTMENTS",
  "INVESTMENT_INCOME",
  "DONATIONS",
  "GRANTS",
  "OTHER",
  "LEGAL",
];
const DOCUMENT_MEDIA: Record<string, string> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", pdf: "application/pdf" };

/** The validation error body of the requirement submit call, as the spec's examples show it. */
function validation(ctx: Ctx, code: string, detail: string, ref: string | null, attributes: Record<string, unknown> | null = null): HttpError {
  return new HttpError(400, { errors: [{ attributes, code, detail, ref }], instance: ctx.path, status: 400, title: "Validation Error", type: "/errors/types/validation" });
}

function problemNotFound(ctx: Ctx, detail: string): HttpError {
  return new HttpError(404, {
    errors: [{ attributes: null, code: "not_found", detail, ref: null }],
    instance: ctx.path,
    status: 404,
    title: "Not Found",
    type: "/errors/types/not-found",
  });
}

/** The caller's profile from the path: 404 unknown, 401 someone else's. */
export function kycProfile(ctx: Ctx): ProfileRecord {
  const id = pathLong(ctx, "profileId");
  const profile = ctx.store.profiles.get(id);
  if (profile === undefined) throw notFound("Profile", "profileId", String(id));
  if (profile.userId !== ctx.user.id) throw springError(401, "Unauthorized", "User is not authorised to access the resource", ctx.path);
  return profile;
}

function reviewOf(ctx: Ctx, profile: ProfileRecord, id: string | undefined): KycReviewRecord {
  const review = id !== undefined && isUuid(id) ? ctx.store.kycReviews.get(id.toLowerCase()) : undefined;
  if (review === undefined || review.profileId !== profile.id) throw notFound("KYC Review", "kycReviewId", id ?? "");
  return review;
}

/** The data a requirement needs, checked as Wise's validation does (null: fine). */
function dataProblem(ctx: Ctx, key: string, data: Record<string, unknown>, files: FilePart[]): HttpError | null {
  switch (key) {
    case "ACCOUNT_PURPOSE": {
      const allowed = EVIDENCE_FIELDS.PERSONAL.accountPurpose!.values!;
      if (typeof data.accountPurpose !== "string" || data.accountPurpose === "") return validation(ctx, "parameter_missing", "No value provided", "accountPurpose");
      return allowed.includes(data.accountPurpose) ? null : validation(ctx, "invalid_value", "Not an accepted account purpose", "accountPurpose", { acceptedValues: allowed });
    }
    case "BUSINESS_USE_CASE": {
      const useCases = data.useCases;
      if (!Array.isArray(useCases) || useCases.length === 0) return validation(ctx, "parameter_missing", "No value provided", "useCases");
      const allowed = EVIDENCE_FIELDS.BUSINESS.businessUseCase!.values!;
      return useCases.every((value) => typeof value === "string" && allowed.includes(value))
        ? null
        : validation(ctx, "invalid_value", "Not an accepted use case", "useCases", { acceptedValues: allowed });
    }
    case "BUSINESS_SOURCE_OF_WEALTH": {
      const list = data.sourceOfWealthList;
      const ok = Array.isArray(list) && list.length > 0 && list.every((value) => typeof value === "string" && BUSINESS_SOURCES_OF_WEALTH.includes(value));
      return ok ? null : validation(ctx, "invalid_value", "No business source of wealth provided", "sourceOfWealthList", { acceptedValues: BUSINESS_SOURCES_OF_WEALTH });
    }
    case "ID_DOCUMENT":
      if (files.length === 0) return validation(ctx, "parameter_missing", "No file provided", "files");
      return null;
    default:
      return null;
  }
}

function fileProblem(ctx: Ctx, file: FilePart): HttpError | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "";
  if (DOCUMENT_MEDIA[extension] === undefined || DOCUMENT_MEDIA[extension] !== file.type.toLowerCase()) {
    return validation(ctx, "invalid_request", `'${file.name}' must be a .png, .jpg/.jpeg or .pdf file with the matching content type`, "files");
  }
  if (file.size === 0) return validation(ctx, "invalid_request", `'${file.name}' is empty`, "files");
  if (file.size > MAX_DOCUMENT_BYTES)
    return new HttpError(413, { errors: [{ code: "payload.too.large", message: `'${file.name}' is larger than ${MAX_DOCUMENT_BYTES} bytes`, path: "files" }] });
  return null;
}

/** Moves a review to another state and raises kyc-reviews#state-change (every change of state goes through here). */
export function setKycReviewStatus(store: Store, review: KycReviewRecord, status: KycReviewStatus, nowMs: number): void {
  if (review.status === status) return;
  review.status = status;
  review.updatedMs = nowMs;
  store.touch();
  store.webhooks.emit(kycReviewStateChange(review), nowMs);
}

export const kycReviewRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/profiles/:profileId/kyc-reviews",
    handler: async (ctx) => {
      const profile = kycProfile(ctx);
      const body = plain(await jsonBody(ctx)) as Record<string, unknown>;
      const type = optString(body, "type");
      if (type === undefined || !CREATE_TYPES.includes(type)) {
        throw wiseErrors(400, { code: "NOT_VALID", message: `'type' should be one of ${CREATE_TYPES.join(", ")}`, path: "type", arguments: [] });
      }
      const triggerData = body.triggerData ?? {};
      if (!isObject(triggerData)) throw wiseErrors(400, { code: "NOT_VALID", message: "'triggerData' should be an object", path: "triggerData", arguments: [] });
      const triggerId = triggerData.id ?? null;
      if (triggerId !== null && (typeof triggerId !== "string" || !isUuid(triggerId))) {
        throw wiseErrors(400, { code: "NOT_VALID", message: "'triggerData.id' should be a valid 'UUID'", path: "triggerData.id", arguments: [] });
      }
      if (type === "QUOTE") {
        const quote = typeof triggerId === "string" ? ctx.store.quotes.get(triggerId.toLowerCase()) : undefined;
        if (quote === undefined || quote.profileId !== profile.id) throw notFound("Quote", "triggerData.id", String(triggerId));
      }
      const now = ctx.now();
      const review: KycReviewRecord = {
        id: randomUUID(),
        profileId: profile.id,
        status: "NEW",
        createdMs: now,
        updatedMs: now,
        triggerReferences: [{ type, triggerData: triggerId === null ? {} : { id: triggerId } }],
        redirectUrl: null,
        link: null,
        requirements: FIRST_REQUIREMENTS[profile.type](),
      };
      const answer = toJson(kycReviewView(review, 1));
      ctx.store.kycReviews.set(review.id, review);
      // Wise assesses a new review after answering; the sandbox does it at once.
      setKycReviewStatus(ctx.store, review, "WAITING_CUSTOMER_INPUT", now);
      return { status: 202, body: answer };
    },
  },
  {
    method: "GET",
    path: "/v1/profiles/:profileId/kyc-reviews",
    handler: (ctx) => {
      const profile = kycProfile(ctx);
      const pageNumber = queryInt(ctx, "pageNumber") ?? 1;
      const pageSize = queryInt(ctx, "pageSize") ?? 100;
      if (pageNumber < 1) throw wiseErrors(400, { code: "Min", message: "must be greater than or equal to 1", path: "pageNumber", arguments: [] });
      if (pageSize < 1 || pageSize > 100) throw wiseErrors(400, { code: pageSize < 1 ? "Min" : "Max", message: "must be between 1 and 100", path: "pageSize", arguments: [] });
      const reviews = [...ctx.store.kycReviews.values()].filter((review) => review.profileId === profile.id);
      return json(reviews.slice((pageNumber - 1) * pageSize, pageNumber * pageSize).map((review) => kycReviewView(review, 1)));
    },
  },
  {
    method: "GET",
    path: "/v2/profiles/:profileId/kyc-reviews/:kycReviewId",
    handler: (ctx) => json(kycReviewView(reviewOf(ctx, kycProfile(ctx), ctx.params.kycReviewId), 2)),
  },
  {
    method: "PATCH",
    path: "/v1/profiles/:profileId/kyc-reviews/:kycReviewId",
    handler: async (ctx) => {
      const review = reviewOf(ctx, kycProfile(ctx), ctx.params.kycReviewId);
      const redirectUrl = optString(await jsonBody(ctx), "redirectUrl");
      let url: URL | null = null;
      try {
        url = redirectUrl === undefined ? null : new URL(redirectUrl);
      } catch {
        url = null;
      }
      if (url === null || !/^https?:$/.test(url.protocol))
        throw wiseErrors(400, { code: "NOT_VALID", message: "'redirectUrl' should be a valid URL", path: "redirectUrl", arguments: [] });
      const now = ctx.now();
      review.redirectUrl = redirectUrl!;
      review.updatedMs = now;
      review.link =
        review.status === "WAITING_CUSTOMER_INPUT"
          ? { value: `https://wise-sandbox.com/embedded-flows/verification?token=${randomUUID()}&checkId=${ctx.store.kycReviews.size}`, expiresMs: now + LINK_LIFETIME_MS }
          : null;
      ctx.store.touch();
      return json(kycReviewView(review, 1));
    },
  },
  {
    method: "POST",
    path: "/v2/profiles/:profileId/kyc-requirements/:requirementKey",
    handler: async (ctx) => {
      const profile = kycProfile(ctx);
      const key = ctx.params.requirementKey ?? "";
      const form = await multipartBody(ctx, MAX_FILES * MAX_DOCUMENT_BYTES + 64 * 1024);
      // A text field, or a part with its own content type (curl's `-F 'submissionData=...;type=application/json'`).
      const part = form.files.get("submissionData")?.[0];
      const text = form.fields.get("submissionData")?.[0] ?? (part ? Buffer.from(part.bytes).toString("utf8") : undefined);
      if (text === undefined) throw validation(ctx, "parameter_missing", "No value provided", "submissionData");
      let submission: unknown;
      try {
        submission = JSON.parse(text);
      } catch {
        throw validation(ctx, "invalid_request", "submissionData is not valid JSON", "submissionData");
      }
      if (!isObject(submission)) throw validation(ctx, "invalid_request", "submissionData should be a JSON object", "submissionData");
      if (submission.version !== "V1") throw validation(ctx, "invalid_value", "Unsupported submission version", "version", { acceptedValues: ["V1"] });
      const reviewId = typeof submission.kycReviewId === "string" ? submission.kycReviewId : undefined;
      const review = reviewId !== undefined && isUuid(reviewId) ? ctx.store.kycReviews.get(reviewId.toLowerCase()) : undefined;
      if (review === undefined || review.profileId !== profile.id) throw problemNotFound(ctx, "KYC Review not found");
      const found = review.requirements.flat().find((item) => item.key === key);
      if (found === undefined) throw problemNotFound(ctx, `Requirement ${key} not found on this KYC Review`);
      if (review.status !== "WAITING_CUSTOMER_INPUT" && review.status !== "PASSED_WITH_REQUIREMENTS") {
        throw validation(ctx, "invalid_state", `The KYC Review is ${review.status} and takes no submissions`, "kycReviewId");
      }
      if (!found.apiCollectionSupported) throw validation(ctx, "invalid_request", `${key} can only be provided through the Hosted KYC flow`, "requirementKey");
      if (found.state === "IN_REVIEW" || found.state === "VERIFIED") throw validation(ctx, "invalid_state", `${key} was already provided and is in review`, "requirementKey");
      const files = form.files.get("files") ?? [];
      if (files.length > MAX_FILES) throw validation(ctx, "invalid_request", `At most ${MAX_FILES} files`, "files");
      for (const file of files) {
        const problem = fileProblem(ctx, file);
        if (problem) throw problem;
      }
      const data = isObject(submission.data) ? submission.data : {};
      const problem = dataProblem(ctx, key, data, files);
      if (problem) throw problem;
      found.state = "IN_REVIEW";
      found.submission = { data, files: files.map(({ name, type, size }) => ({ name, type, size })) };
      review.updatedMs = ctx.now();
      if (review.requirements.every((group) => group.some((item) => item.state === "IN_REVIEW" || item.state === "VERIFIED"))) {
        review.link = null;
        setKycReviewStatus(ctx.store, review, "PROCESSING", review.updatedMs);
      }
      ctx.store.touch();
      return { status: 202, body: "" };
    },
  },
];
