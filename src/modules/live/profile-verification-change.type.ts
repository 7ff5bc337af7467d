import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "The profile's verification state changed (Wise's profiles#verification-state-change event); its `profile` field is the profile as Wise has it now.",
})
export class ProfileVerificationChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => String, { description: "The verification state now, as Wise names it (verified or not_verified)." })
  currentState!: string;

  @Field({ description: "Whether the profile is verified now, so that its transfers will be processed." })
  verified!: boolean;

  /** The profile, to read it. */
  profileId!: number;
}
