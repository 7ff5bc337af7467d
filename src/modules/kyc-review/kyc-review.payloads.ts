import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { KycReview } from "./kyc-review.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of kycReviewCreate." })
export class KycReviewCreatePayload {
  @Field(() => KycReview, { nullable: true, description: "The new review; null when userErrors says why not." })
  kycReview!: KycReview | null;

  @Field(() => [UserError], { description: "Why no review was made; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of kycReviewRedirectUrlUpdate." })
export class KycReviewRedirectUrlUpdatePayload {
  @Field(() => KycReview, {
    nullable: true,
    description: "The review with its redirect URL and, while it waits for the customer, the Hosted KYC link; null when userErrors says why not.",
  })
  kycReview!: KycReview | null;

  @Field(() => [UserError], { description: "Why the review was not changed; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of kycRequirementSubmit." })
export class KycRequirementSubmitPayload {
  /** The review's key, read again for the `kycReview` field; unset when nothing was taken. */
  reviewKey?: { profileId: number; kycReviewId: string };

  @Field(() => [UserError], { description: "Why the requirement was not taken; empty on success." })
  userErrors!: UserError[];
}
