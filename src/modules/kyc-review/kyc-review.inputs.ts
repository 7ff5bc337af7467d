import { Field, ID, InputType } from "type-graphql";
import type { FileUpload } from "graphql-upload/processRequest.mjs";
import { JSONObjectScalar } from "../../common/scalars/index.js";
import { UploadScalar } from "../../common/upload.js";
import { KycRequirementKey, KycReviewCreateType } from "./kyc-review.enums.js";

@InputType({ description: "A new KYC review for a customer action." })
export class KycReviewCreateInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile to review." })
  profileId!: string;

  @Field(() => KycReviewCreateType, { description: "The action the review is for." })
  type!: KycReviewCreateType;

  @Field(() => ID, { nullable: true, description: "The Quote the review is for; required when type is QUOTE, and of the same profile." })
  quoteId?: string | null;
}

@InputType({ description: "Where the Hosted KYC flow sends the customer back to." })
export class KycReviewRedirectUrlUpdateInput {
  @Field(() => ID, { description: "The KycReview." })
  kycReviewId!: string;

  @Field({ description: "An absolute http(s) URL; Wise appends `status=success`, `failed` or `closed` to it." })
  redirectUrl!: string;
}

@InputType({ description: "One requirement of a KYC review, provided through the API: its data, and files where it needs them (a multipart request)." })
export class KycRequirementSubmitInput {
  @Field(() => ID, { description: "The KycReview the requirement belongs to." })
  kycReviewId!: string;

  @Field(() => KycRequirementKey, { description: "The requirement to provide; it must be NOT_PROVIDED with apiCollectionSupported true." })
  requirementKey!: KycRequirementKey;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: 'The requirement\'s data as Wise defines it per requirement, e.g. `{"accountPurpose": "INVESTING"}` for ACCOUNT_PURPOSE.',
  })
  data?: Record<string, unknown> | null;

  @Field(() => [UploadScalar], { nullable: true, description: "Files the requirement needs (JPEG, PNG or PDF), e.g. for ID_DOCUMENT." })
  files?: Promise<FileUpload>[] | null;
}
