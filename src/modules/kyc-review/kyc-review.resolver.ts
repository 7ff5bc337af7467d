import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { toKycReview, toRequirementGroups } from "./kyc-review.mapper.js";
import { KycRequirementSubmitPayload } from "./kyc-review.payloads.js";
import { KycRequirementGroup, KycReview } from "./kyc-review.type.js";

@Resolver(() => Profile)
export class ProfileKycReviewsResolver {
  @FieldResolver(() => [KycReview], {
    nullable: true,
    description: "The profile's active KYC reviews (Wise's first page: up to 100); null (with an error) when Wise could not be read.",
  })
  async kycReviews(@Root() profile: Profile, @Ctx() ctx: Context): Promise<KycReview[]> {
    return (await ctx.loaders.kycReviewsByProfile.load(profile.wiseId)).map((review) => toKycReview(profile.wiseId, review));
  }
}

@Resolver(() => KycReview)
export class KycReviewResolver {
  @FieldResolver(() => [KycRequirementGroup], {
    nullable: true,
    description: "What the review needs: every group must be met, each by any one of its requirements. Null (with an error) when Wise could not be read.",
  })
  async requirementGroups(@Root() review: KycReview, @Ctx() ctx: Context): Promise<KycRequirementGroup[]> {
    const groups = review.wiseRequirements ?? (await ctx.loaders.kycReviewById.load({ profileId: review.profileWiseId, kycReviewId: review.wiseId })).requirements ?? [];
    return toRequirementGroups(groups);
  }

  @FieldResolver(() => Profile, { nullable: true, description: "The profile under review." })
  async profile(@Root() review: KycReview, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(review.profileWiseId));
  }
}

@Resolver(() => KycRequirementSubmitPayload)
export class KycRequirementSubmitPayloadResolver {
  // A field of its own, so that a failed read nulls only this field: the submission stands.
  @FieldResolver(() => KycReview, {
    nullable: true,
    description: "The review as it stands after the submission; null when nothing was taken, or (with an error) when Wise could not be read.",
  })
  async kycReview(@Root() payload: KycRequirementSubmitPayload, @Ctx() ctx: Context): Promise<KycReview | null> {
    if (!payload.reviewKey) return null;
    return toKycReview(payload.reviewKey.profileId, await ctx.loaders.kycReviewById.load(payload.reviewKey));
  }
}
