import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "One of the profile's KYC reviews changed state (Wise's kyc-reviews#state-change event); its `kycReview` field is the review as Wise has it now.",
})
export class KycReviewChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => String, { description: "The review's state as the event says, e.g. WAITING_CUSTOMER_INPUT or PASSED." })
  state!: string;

  /** The profile and review, to read it. */
  profileId!: number;
  kycReviewId!: string;
}
