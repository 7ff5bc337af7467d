import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "The payment that funds one of the profile's batch groups changed state (Wise's batch-payment-initiations#state-change event); its `batchGroup` field is the group as Wise has it now.",
})
export class BatchPaymentInitiationChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

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
