import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { toEnum } from "../../common/enum.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import type { UserError } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { listKycReviewSimulationRequirements, simulateKycRequirementAdd, simulateKycRequirementSubmit, simulateKycReviewVerify } from "../../wise/endpoints/simulations.js";
import { splitKycReviewKey, toKycReview } from "../kyc-review/kyc-review.mapper.js";
import type { KycReview } from "../kyc-review/kyc-review.type.js";
import { KycReviewSimulationRequirementState } from "./simulation.enums.js";
import { KycReviewSimulateRequirementAddInput, KycReviewSimulateRequirementSubmitInput, KycReviewSimulateVerifyInput } from "./simulation.inputs.js";
import { KycReviewSimulatePayload } from "./simulation.payloads.js";
import { KycReviewSimulationRequirement } from "./simulation.types.js";
import { pointUnpathedAt } from "./unpathed-errors.js";

const reviewKey = (id: string, argument: string) => splitKycReviewKey(parseGlobalIdOf(id, ["KycReview"], argument).key);
const done = (kycReview: KycReview | null, userErrors: UserError[]) => Object.assign(new KycReviewSimulatePayload(), { kycReview, userErrors });

/**
 * Runs one KYC review simulation and reads the review back. The profile is read first: Wise
 * answers another user's profile with 401 here, which would read as a bad token.
 */
async function simulateOnReview(
  ctx: Context,
  kycReviewId: string,
  call: (profileId: number, reviewId: string) => Promise<void>,
  field: string[],
): Promise<KycReviewSimulatePayload> {
  const key = reviewKey(kycReviewId, "input.kycReviewId");
  const owner = await runMutation(() => ctx.loaders.profileById.load(key.profileId), { notFoundField: ["input", "kycReviewId"] });
  if ("userErrors" in owner) return done(null, owner.userErrors);
  const result = await runMutation(() => call(key.profileId, key.kycReviewId), { notFoundField: ["input", "kycReviewId"] });
  if ("userErrors" in result) return done(null, pointUnpathedAt(result.userErrors, field));
  ctx.loaders.kycReviewById.clear(key);
  ctx.loaders.kycReviewsByProfile.clear(key.profileId);
  return done(toKycReview(key.profileId, await ctx.loaders.kycReviewById.load(key)), []);
}

/** Sandbox-only KYC review simulations, left out of the schema served for a real Wise. */
@Resolver()
export class KycReviewSimulationResolver {
  @Query(() => [KycReviewSimulationRequirement], {
    description:
      "Wise sandbox only: every requirement of a KYC review with its state, verified and rejected ones included (KycReview.requirementGroups shows only what still blocks).",
  })
  async kycReviewSimulationRequirements(
    @Arg("kycReviewId", () => ID, { description: "The KycReview." }) kycReviewId: string,
    @Ctx() ctx: Context,
  ): Promise<KycReviewSimulationRequirement[]> {
    const key = reviewKey(kycReviewId, "kycReviewId");
    await ctx.loaders.profileById.load(key.profileId);
    const requirements = await listKycReviewSimulationRequirements(ctx.wise(), key.profileId, key.kycReviewId);
    return requirements.map((requirement) =>
      Object.assign(new KycReviewSimulationRequirement(), {
        key: requirement.key,
        state: toEnum(KycReviewSimulationRequirementState, "KycReviewSimulationRequirementState", requirement.state),
        description: requirement.description ?? null,
      }),
    );
  }

  @Mutation(() => KycReviewSimulatePayload, {
    description:
      "Wise sandbox only, business profiles: the review asks BUSINESS_USE_CASE (again, if it was verified), as Wise does when it needs more evidence. Asking while it is still open changes nothing.",
  })
  kycReviewSimulateRequirementAdd(
    @Arg("input", () => KycReviewSimulateRequirementAddInput, { description: "The review." }) input: KycReviewSimulateRequirementAddInput,
    @Ctx() ctx: Context,
  ): Promise<KycReviewSimulatePayload> {
    return simulateOnReview(ctx, input.kycReviewId, (profileId, reviewId) => simulateKycRequirementAdd(ctx.wise(), profileId, reviewId), ["input", "kycReviewId"]);
  }

  @Mutation(() => KycReviewSimulatePayload, {
    description:
      "Wise sandbox only: one requirement of the review is provided, as through the hosted journey; it goes IN_REVIEW, and once every group has one the review is PROCESSING. A requirement already provided gets INVALID.",
  })
  kycReviewSimulateRequirementSubmit(
    @Arg("input", () => KycReviewSimulateRequirementSubmitInput, { description: "The review and the requirement." }) input: KycReviewSimulateRequirementSubmitInput,
    @Ctx() ctx: Context,
  ): Promise<KycReviewSimulatePayload> {
    return simulateOnReview(ctx, input.kycReviewId, (profileId, reviewId) => simulateKycRequirementSubmit(ctx.wise(), profileId, reviewId, input.requirement), [
      "input",
      "requirement",
    ]);
  }

  @Mutation(() => KycReviewSimulatePayload, {
    description:
      "Wise sandbox only: Wise's reviewer approves or rejects requirements of the review (every one not yet verified when none are named). The review is PASSED once every group is verified, and waits for the customer again after a rejection.",
  })
  kycReviewSimulateVerify(
    @Arg("input", () => KycReviewSimulateVerifyInput, { description: "The review, the decision and the requirements." }) input: KycReviewSimulateVerifyInput,
    @Ctx() ctx: Context,
  ): Promise<KycReviewSimulatePayload> {
    return simulateOnReview(ctx, input.kycReviewId, (profileId, reviewId) => simulateKycReviewVerify(ctx.wise(), profileId, reviewId, input.action, input.requirements ?? null), [
      "input",
      "requirements",
    ]);
  }
}
