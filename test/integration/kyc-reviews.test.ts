// KYC reviews through GraphQL over HTTP against the sandbox: kycReviewCreate for a quote,
// Profile.kycReviews and node(id:) with their requirement groups, the Hosted KYC link from
// kycReviewRedirectUrlUpdate, kycRequirementSubmit (JSON data, and files as a multipart request)
// moving the review from WAITING_CUSTOMER_INPUT to PROCESSING, and bob kept out of alice's reviews.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { print } from "graphql";
import { toGlobalId } from "graphql-relay";
import { KycRequirementSubmitDocument, KycReviewCreateDocument, KycReviewNodeDocument, KycReviewRedirectUrlUpdateDocument, KycReviewsDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { gbpToEurQuote, personalProfileId } from "../helpers/money.js";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});

async function createReview(type: "QUOTE" | "PROACTIVE_SEND_MONEY" = "PROACTIVE_SEND_MONEY", quoteId?: string) {
  const res = await h.request(KycReviewCreateDocument, { input: { profileId: personalProfileId(h), type, quoteId } });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.kycReviewCreate.userErrors).toEqual([]);
  return res.body.data!.kycReviewCreate.kycReview!;
}

/** kycRequirementSubmit with files, as a GraphQL multipart request. */
async function submitWithFiles(kycReviewId: string, requirementKey: string, files: { bytes: Buffer; type: string; name: string }[], token = h.alice.token) {
  const form = new FormData();
  const input = { kycReviewId, requirementKey, data: {}, files: files.map(() => null) };
  form.append("operations", JSON.stringify({ query: print(KycRequirementSubmitDocument), variables: { input } }));
  form.append("map", JSON.stringify(Object.fromEntries(files.map((_file, index) => [String(index), [`variables.input.files.${index}`]]))));
  files.forEach((file, index) => form.append(String(index), new Blob([file.bytes], { type: file.type }), file.name));
  const response = await fetch(h.url, { method: "POST", headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" }, body: form });
  return (await response.json()) as {
    data?: {
      kycRequirementSubmit: {
        kycReview: { status: string; requirementGroups: { anyOf: { key: string; state: string }[] }[] } | null;
        userErrors: { code: string; field: string[] | null }[];
      };
    } | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

describe("KYC reviews", () => {
  it("a review for a quote answers NEW, then lists as WAITING_CUSTOMER_INPUT with its requirement groups", async () => {
    const quote = await gbpToEurQuote(h);
    const created = await createReview("QUOTE", quote.id);
    expect(created.status).toBe("NEW");
    expect(created.triggers).toEqual([{ type: "QUOTE", triggerId: quote.wiseId, data: { id: quote.wiseId } }]);
    expect(created.redirectUrl).toBeNull();
    expect(created.hostedLink).toBeNull();

    // The create payload already read the new review's requirements (v2); the list is counted from here.
    const before = (await h.stats()).routes;
    const listed = await h.request(KycReviewsDocument, { id: personalProfileId(h) });
    expect(listed.body.errors).toBeUndefined();
    const [review] = listed.body.data!.profile!.kycReviews!;
    expect(review).toMatchObject({ id: created.id, status: "WAITING_CUSTOMER_INPUT" });
    expect(review!.requirementGroups).toEqual([
      { anyOf: [{ key: "ACCOUNT_PURPOSE", state: "NOT_PROVIDED", apiCollectionSupported: true }] },
      { anyOf: [{ key: "ID_DOCUMENT", state: "NOT_PROVIDED", apiCollectionSupported: true }] },
    ]);
    // The list has no requirements: each review's are one v2 read.
    const after = (await h.stats()).routes;
    const calls = (route: string) => (after[route] ?? 0) - (before[route] ?? 0);
    expect([calls("GET /v1/profiles/:profileId/kyc-reviews"), calls("GET /v2/profiles/:profileId/kyc-reviews/:kycReviewId")]).toEqual([1, 1]);

    const node = await h.request(KycReviewNodeDocument, { id: created.id });
    expect(node.body.data?.node).toMatchObject({ id: created.id, wiseId: created.wiseId, profile: { id: personalProfileId(h) } });
  });

  it("a QUOTE review needs a quote of the same profile; nothing is sent without one", async () => {
    const missing = await h.request(KycReviewCreateDocument, { input: { profileId: personalProfileId(h), type: "QUOTE" } });
    expect(missing.body.data?.kycReviewCreate.userErrors).toEqual([expect.objectContaining({ code: "REQUIRED", field: ["input", "quoteId"] })]);
    const otherProfile = toGlobalId("Quote", `${h.alice.businessProfileId}:5b0f3d3e-1111-4c7b-9a3e-000000000000`);
    const mismatch = await h.request(KycReviewCreateDocument, { input: { profileId: personalProfileId(h), type: "QUOTE", quoteId: otherProfile } });
    expect(mismatch.body.data?.kycReviewCreate.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "quoteId"] })]);
    const unknown = await h.request(KycReviewCreateDocument, {
      input: { profileId: personalProfileId(h), type: "QUOTE", quoteId: toGlobalId("Quote", `${h.alice.personalProfileId}:5b0f3d3e-1111-4c7b-9a3e-000000000000`) },
    });
    expect(unknown.body.data?.kycReviewCreate.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "quoteId"] })]);
    expect(h.sandbox.store.kycReviews.size).toBe(0);
  });

  it("the redirect URL brings the Hosted KYC link; a URL that is not http(s) is INVALID with no Wise call", async () => {
    const review = await createReview();
    const bad = await h.request(KycReviewRedirectUrlUpdateDocument, { input: { kycReviewId: review.id, redirectUrl: "javascript:alert(1)" } });
    expect(bad.body.data?.kycReviewRedirectUrlUpdate.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "redirectUrl"] })]);
    expect((await h.stats()).routes["PATCH /v1/profiles/:profileId/kyc-reviews/:kycReviewId"]).toBeUndefined();

    const res = await h.request(KycReviewRedirectUrlUpdateDocument, { input: { kycReviewId: review.id, redirectUrl: "https://partner.example/kyc-done?order=7" } });
    const updated = res.body.data!.kycReviewRedirectUrlUpdate.kycReview!;
    expect(updated.redirectUrl).toBe("https://partner.example/kyc-done?order=7");
    expect(updated.hostedLink?.url).toMatch(/^https:\/\/wise-sandbox\.com\/embedded-flows\/verification\?token=/);
    expect(Date.parse(updated.hostedLink!.expiresAt)).toBeGreaterThan(Date.now());
  });

  it("requirements submitted go IN_REVIEW; with every group provided the review is PROCESSING", async () => {
    const review = await createReview();
    const invalid = await h.request(KycRequirementSubmitDocument, { input: { kycReviewId: review.id, requirementKey: "ACCOUNT_PURPOSE", data: { accountPurpose: "GAMBLING" } } });
    expect(invalid.body.data?.kycRequirementSubmit).toEqual({
      kycReview: null,
      userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "data", "accountPurpose"] })],
    });
    const noFile = await h.request(KycRequirementSubmitDocument, { input: { kycReviewId: review.id, requirementKey: "ID_DOCUMENT" } });
    expect(noFile.body.data?.kycRequirementSubmit.userErrors).toEqual([expect.objectContaining({ field: ["input", "files"] })]);

    const purpose = await h.request(KycRequirementSubmitDocument, { input: { kycReviewId: review.id, requirementKey: "ACCOUNT_PURPOSE", data: { accountPurpose: "INVESTING" } } });
    expect(purpose.body.data?.kycRequirementSubmit.userErrors).toEqual([]);
    expect(purpose.body.data?.kycRequirementSubmit.kycReview).toMatchObject({
      status: "WAITING_CUSTOMER_INPUT",
      requirementGroups: [{ anyOf: [{ key: "ACCOUNT_PURPOSE", state: "IN_REVIEW" }] }, { anyOf: [{ key: "ID_DOCUMENT", state: "NOT_PROVIDED" }] }],
    });

    const document = await submitWithFiles(review.id, "ID_DOCUMENT", [{ bytes: PNG, type: "image/png", name: "passport.png" }]);
    expect(document.errors).toBeUndefined();
    expect(document.data?.kycRequirementSubmit.userErrors).toEqual([]);
    expect(document.data?.kycRequirementSubmit.kycReview).toMatchObject({
      status: "PROCESSING",
      requirementGroups: [{ anyOf: [{ state: "IN_REVIEW" }] }, { anyOf: [{ state: "IN_REVIEW" }] }],
    });
    const stored = h.sandbox.store.kycReviews.get(review.wiseId)!.requirements[1]![0]!.submission;
    expect(stored?.files).toEqual([{ name: "passport.png", type: "image/png", size: PNG.length }]);

    // A PROCESSING review takes no more submissions: Wise's 400 as a userError.
    const late = await h.request(KycRequirementSubmitDocument, { input: { kycReviewId: review.id, requirementKey: "ACCOUNT_PURPOSE", data: { accountPurpose: "INVESTING" } } });
    expect(late.body.data?.kycRequirementSubmit.userErrors).toHaveLength(1);
  });

  it("a file of the wrong type is refused before Wise", async () => {
    const review = await createReview();
    const res = await submitWithFiles(review.id, "ID_DOCUMENT", [{ bytes: Buffer.from("MZ not a picture"), type: "image/jpeg", name: "id.jpg" }]);
    expect(res.data?.kycRequirementSubmit.userErrors).toEqual([expect.objectContaining({ code: "UNSUPPORTED_FILE_TYPE", field: ["input", "files", "0"] })]);
    expect((await h.stats()).routes["POST /v2/profiles/:profileId/kyc-requirements/:requirementKey"]).toBeUndefined();
  });
});

describe("isolation", () => {
  it("bob neither reads nor changes alice's reviews, and what he sends never reaches Wise's review routes", async () => {
    const review = await createReview();
    const before = await h.stats();
    const asBob = { token: h.bob.token };
    expect(errorCodes(await h.request(KycReviewNodeDocument, { id: review.id }, asBob))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await h.request(KycReviewsDocument, { id: personalProfileId(h) }, asBob))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await h.request(KycReviewRedirectUrlUpdateDocument, { input: { kycReviewId: review.id, redirectUrl: "https://evil.example" } }, asBob))).toEqual([
      "FORBIDDEN",
    ]);
    expect(errorCodes(await h.request(KycReviewCreateDocument, { input: { profileId: personalProfileId(h), type: "PROACTIVE_SEND_MONEY" } }, asBob))).toEqual(["FORBIDDEN"]);
    expect(
      errorCodes(
        await h.request(KycRequirementSubmitDocument, { input: { kycReviewId: review.id, requirementKey: "ACCOUNT_PURPOSE", data: { accountPurpose: "INVESTING" } } }, asBob),
      ),
    ).toEqual(["FORBIDDEN"]);
    const files = await submitWithFiles(review.id, "ID_DOCUMENT", [{ bytes: PNG, type: "image/png", name: "x.png" }], h.bob.token);
    expect(files.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    const after = await h.stats();
    const kycCalls = (stats: typeof before) =>
      Object.entries(stats.routes)
        .filter(([route]) => route.includes("kyc-re"))
        .reduce((sum, [, n]) => sum + n, 0);
    expect(kycCalls(after)).toBe(kycCalls(before));
    expect(h.sandbox.store.kycReviews.size).toBe(1);
    expect(h.sandbox.store.kycReviews.get(review.wiseId)).toMatchObject({ redirectUrl: null, requirements: [[{ state: "NOT_PROVIDED" }], [{ state: "NOT_PROVIDED" }]] });
  });
});
