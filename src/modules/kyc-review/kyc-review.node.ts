import { numericUuidKey } from "../../common/node/node-key.js";
import type { Context } from "../../context/context.js";
import { defineNode } from "../module.js";
import { splitKycReviewKey, toKycReview } from "./kyc-review.mapper.js";
import { KycReview } from "./kyc-review.type.js";

/**
 * Refetches a KycReview for `node(id:)`; its key is `profileId:reviewUuid`. The profile is read
 * first: Wise answers 401 (not 403) for another user's profile here, which would read as a bad token.
 */
export async function fetchKycReviewNode(ctx: Context, key: string): Promise<KycReview> {
  const { profileId, kycReviewId } = splitKycReviewKey(key);
  await ctx.loaders.profileById.load(profileId);
  return toKycReview(profileId, await ctx.loaders.kycReviewById.load({ profileId, kycReviewId }));
}

export const kycReviewNode = defineNode({
  name: "KycReview",
  type: KycReview,
  key: numericUuidKey,
  fetch: fetchKycReviewNode,
  // The seed has no reviews, so the sample is a fresh one.
  sample: async (api) => {
    const profileId = (await api.request<{ profiles: { id: string }[] }>("{ profiles { id } }")).profiles[0].id;
    const created = await api.request<{ kycReviewCreate: { kycReview: { id: string } } }>(
      "mutation($input: KycReviewCreateInput!) { kycReviewCreate(input: $input) { kycReview { id } } }",
      { input: { profileId, type: "PROACTIVE_SEND_MONEY" } },
    );
    return created.kycReviewCreate.kycReview.id;
  },
});
