import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { sameNames } from "../../common/mutation-errors.js";
import { parseGlobalIdOf, parseQuoteId } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { readUploads } from "../../common/upload.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createKycReview, submitKycRequirement, updateKycReviewRedirectUrl } from "../../wise/endpoints/kyc-reviews.js";
import { KycReviewCreateType } from "./kyc-review.enums.js";
import { KycRequirementSubmitInput, KycReviewCreateInput, KycReviewRedirectUrlUpdateInput } from "./kyc-review.inputs.js";
import { splitKycReviewKey, toKycReview } from "./kyc-review.mapper.js";
import { KycRequirementSubmitPayload, KycReviewCreatePayload, KycReviewRedirectUrlUpdatePayload } from "./kyc-review.payloads.js";

/**
 * Reads the profile first, through the caller's own profiles: Wise answers these calls with 401,
 * not 403, for another user's profile, which would read as a bad token. Null when it exists and
 * is the caller's; userErrors (unknown profile) otherwise; FORBIDDEN is thrown.
 */
async function ownProfileProblem(ctx: Context, profileId: number, field: string[]): Promise<UserError[] | null> {
  const owner = await runMutation(() => ctx.loaders.profileById.load(profileId), { notFoundField: field });
  return "userErrors" in owner ? owner.userErrors : null;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

@Resolver()
export class KycReviewMutations {
  @Mutation(() => KycReviewCreatePayload, {
    description: "Opens a KYC review for a customer action; Wise answers it NEW and then says what it needs (KycReview.requirementGroups).",
  })
  async kycReviewCreate(
    @Arg("input", () => KycReviewCreateInput, { description: "The profile and the action to review." }) input: KycReviewCreateInput,
    @Ctx() ctx: Context,
  ): Promise<KycReviewCreatePayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new KycReviewCreatePayload(), { kycReview: null, userErrors });
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    let triggerId: string | null = null;
    if (input.quoteId) {
      const quote = parseQuoteId(input.quoteId, "input.quoteId");
      if (quote.profileId !== profileId) return failed([UserError.of(UserErrorCode.INVALID, "The quote belongs to another profile.", ["input", "quoteId"])]);
      triggerId = quote.quoteId;
    }
    if (input.type === KycReviewCreateType.QUOTE && triggerId === null)
      return failed([UserError.of(UserErrorCode.REQUIRED, "A QUOTE review needs quoteId.", ["input", "quoteId"])]);
    const problem = await ownProfileProblem(ctx, profileId, ["input", "profileId"]);
    if (problem) return failed(problem);
    const result = await runMutation(() => createKycReview(ctx.wise(), profileId, input.type, triggerId), {
      fields: sameNames(["type"], { triggerData: "quoteId" }),
      notFoundField: ["input", "quoteId"],
    });
    if ("userErrors" in result) return failed(result.userErrors);
    ctx.loaders.kycReviewsByProfile.clear(profileId);
    return Object.assign(new KycReviewCreatePayload(), { kycReview: toKycReview(profileId, result.value), userErrors: [] });
  }

  @Mutation(() => KycReviewRedirectUrlUpdatePayload, {
    description: "Sets where the Hosted KYC flow sends the customer back to, and gets the flow's link (KycReview.hostedLink) while the review waits for the customer.",
  })
  async kycReviewRedirectUrlUpdate(
    @Arg("input", () => KycReviewRedirectUrlUpdateInput, { description: "The review and the URL to come back to." }) input: KycReviewRedirectUrlUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<KycReviewRedirectUrlUpdatePayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new KycReviewRedirectUrlUpdatePayload(), { kycReview: null, userErrors });
    const { profileId, kycReviewId } = splitKycReviewKey(parseGlobalIdOf(input.kycReviewId, ["KycReview"], "input.kycReviewId").key);
    if (!isHttpUrl(input.redirectUrl)) return failed([UserError.of(UserErrorCode.INVALID, "redirectUrl must be an absolute http(s) URL.", ["input", "redirectUrl"])]);
    const problem = await ownProfileProblem(ctx, profileId, ["input", "kycReviewId"]);
    if (problem) return failed(problem);
    const result = await runMutation(() => updateKycReviewRedirectUrl(ctx.wise(), profileId, kycReviewId, input.redirectUrl), {
      fields: sameNames(["redirectUrl"]),
      notFoundField: ["input", "kycReviewId"],
    });
    if ("userErrors" in result) return failed(result.userErrors);
    ctx.loaders.kycReviewsByProfile.clear(profileId);
    ctx.loaders.kycReviewById.clear({ profileId, kycReviewId });
    return Object.assign(new KycReviewRedirectUrlUpdatePayload(), { kycReview: toKycReview(profileId, result.value), userErrors: [] });
  }

  @Mutation(() => KycRequirementSubmitPayload, {
    description:
      "Provides one requirement of a KYC review through the API: its data and, where it needs them, files (a GraphQL multipart request with an `apollo-require-preflight` header). The requirement then goes IN_REVIEW; once every group has one, the review is PROCESSING.",
  })
  async kycRequirementSubmit(
    @Arg("input", () => KycRequirementSubmitInput, { description: "The review, the requirement, its data and files." }) input: KycRequirementSubmitInput,
    @Ctx() ctx: Context,
  ): Promise<KycRequirementSubmitPayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new KycRequirementSubmitPayload(), { userErrors });
    const key = splitKycReviewKey(parseGlobalIdOf(input.kycReviewId, ["KycReview"], "input.kycReviewId").key);
    const problem = await ownProfileProblem(ctx, key.profileId, ["input", "kycReviewId"]);
    if (problem) return failed(problem);
    const read = await readUploads(input.files ?? [], ["input", "files"]);
    if ("userErrors" in read) return failed(read.userErrors);
    const result = await runMutation(
      () => submitKycRequirement(ctx.wise(), key.profileId, input.requirementKey, { kycReviewId: key.kycReviewId, data: input.data ?? null }, read.files),
      {
        // Wise names the data's own fields (`accountPurpose`, `useCases`): they are inside `data`.
        fields: (path) =>
          path === null ? null : path === "files" ? ["input", "files"] : path === "requirementKey" || path === "kycReviewId" ? ["input", path] : ["input", "data", path],
        notFoundField: ["input", "kycReviewId"],
        statusAsUserError: { 413: { code: UserErrorCode.FILE_TOO_LARGE, message: "Wise refused a file as too large.", field: ["input", "files"] } },
      },
    );
    if ("userErrors" in result) return failed(result.userErrors);
    ctx.loaders.kycReviewsByProfile.clear(key.profileId);
    ctx.loaders.kycReviewById.clear(key);
    return Object.assign(new KycRequirementSubmitPayload(), { reviewKey: key, userErrors: [] });
  }
}
