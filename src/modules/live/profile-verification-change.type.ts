import { Field, ObjectType } from "type-graphql";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "The profile's verification state changed (Wise's profiles#verification-state-change event); its `profile` field is the profile as Wise has it now.",
})
export class ProfileVerificationChange extends LiveEventFields {
  @Field(() => String, { description: "The verification state now, as Wise names it (verified or not_verified)." })
  currentState!: string;

  @Field({ description: "Whether the profile is verified now, so that its transfers will be processed." })
  verified!: boolean;

  /** The profile, to read it. */
  profileId!: number;
}
