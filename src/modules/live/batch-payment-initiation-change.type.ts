import { Field, ObjectType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description:
    "The payment that funds one of the profile's batch groups changed state (Wise's batch-payment-initiations#state-change event); its `batchGroup` field is the group as Wise has it now.",
})
export class BatchPaymentInitiationChange extends LiveEventFields {
  @Field(() => SafeIntScalar, { description: "Wise's id of the payment initiation." })
  paymentInitiationWiseId!: number;

  @Field(() => String, { description: "Its state now, as Wise names it (NEW, PROCESSING, COMPLETED, FAILED, CHARGED_BACK)." })
  currentStatus!: string;

  @Field(() => String, { nullable: true, description: "The state it left, when the event said." })
  previousStatus!: string | null;

  @Field(() => String, { nullable: true, description: "The underlying payment system's return code, when the event gave one." })
  returnCode!: string | null;

  /** The profile and batch group, to read the group. */
  profileId!: number;
  batchGroupId!: string;
}
