import { Field, ObjectType } from "type-graphql";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "One of the profile's KYC reviews changed state (Wise's kyc-reviews#state-change event); its `kycReview` field is the review as Wise has it now.",
})
export class KycReviewChange extends LiveEventFields {
  @Field(() => String, { description: "The review's state as the event says, e.g. WAITING_CUSTOMER_INPUT or PASSED." })
  state!: string;

  /** The profile and review, to read it. */
  profileId!: number;
  kycReviewId!: string;
}
