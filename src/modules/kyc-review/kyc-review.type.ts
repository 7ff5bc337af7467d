import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { DateTimeScalar, JSONObjectScalar } from "../../common/scalars/index.js";
import type { WiseKycRequirement } from "../../wise/schemas/kyc-review.js";
import { KycRequirementState, KycReviewStatus } from "./kyc-review.enums.js";

@ObjectType({ simpleResolvers: true, description: "The link to Wise's Hosted KYC flow, where the customer provides what the review needs." })
export class KycHostedLink {
  @Field({ description: "The URL to send the customer to." })
  url!: string;

  @Field(() => DateTimeScalar, { description: "When the link's one-time token expires; after it, ask for a new link (kycReviewRedirectUrlUpdate)." })
  expiresAt!: Date;
}

@ObjectType({ simpleResolvers: true, description: "The customer action or process a KYC review is for." })
export class KycReviewTrigger {
  @Field({ description: "What triggered the review, as Wise names it: QUOTE, TRANSFER, PROACTIVE_SEND_MONEY, CARD, BANK_ACCOUNT_DETAILS..." })
  type!: string;

  @Field(() => String, { nullable: true, description: "The id of the object that triggered it (a quote's UUID, a transfer's id), when it has one." })
  triggerId!: string | null;

  @Field(() => JSONObjectScalar, { description: "Wise's data about the trigger as given (for BANK_ACCOUNT_DETAILS, the `currencies`)." })
  data!: Record<string, unknown>;
}

@ObjectType({ simpleResolvers: true, description: "One requirement of a KYC review." })
export class KycRequirement {
  @Field({ description: "The requirement, as Wise names it (ACCOUNT_PURPOSE, ID_DOCUMENT...)." })
  key!: string;

  @Field(() => KycRequirementState, { description: "Whether it is still to be provided." })
  state!: KycRequirementState;

  @Field({ description: "Whether kycRequirementSubmit can provide it; when false, only the Hosted KYC flow can." })
  apiCollectionSupported!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Alternatives of a KYC review: providing any one of them meets the group." })
export class KycRequirementGroup {
  @Field(() => [KycRequirement], { description: "The alternatives; one is enough." })
  anyOf!: KycRequirement[];
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: Node, description: "A KYC review: what Wise needs to verify a customer for an action (a quote, a card), and where that stands." })
export class KycReview extends Node {
  @Field({ description: "Wise's id of the review (a UUID)." })
  wiseId!: string;

  @Field(() => KycReviewStatus, { description: "Where the review stands." })
  status!: KycReviewStatus;

  @Field(() => DateTimeScalar, { description: "When the review was created." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the review last changed." })
  updatedAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the requirements must be met by, for a PASSED_WITH_REQUIREMENTS review." })
  requiredBy!: Date | null;

  @Field(() => KycHostedLink, { nullable: true, description: "The Hosted KYC flow's link, once kycReviewRedirectUrlUpdate asked for one while the review waits for the customer." })
  hostedLink!: KycHostedLink | null;

  @Field(() => String, { nullable: true, description: "Where the Hosted KYC flow sends the customer back to (with `status=success`, `failed` or `closed`)." })
  redirectUrl!: string | null;

  @Field(() => [KycReviewTrigger], { description: "What the review is for." })
  triggers!: KycReviewTrigger[];

  /** The profile's Wise id (the review is read through it). */
  profileWiseId!: number;

  /** The requirements when Wise's answer had them (its v2 read); otherwise read on demand. */
  wiseRequirements!: WiseKycRequirement[][] | null;
}
