import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "Paying a transfer out to its recipient failed (Wise's transfers#payout-failure event); its `transfer` field is the transfer as Wise has it now.",
})
export class TransferPayoutFailure {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the transfer, known without reading it." })
  transferId!: string;

  @Field(() => String, { nullable: true, description: "Wise's failure code, e.g. ACCOUNT_DOES_NOT_EXIST or WRONG_CURRENCY; Wise may add codes." })
  failureCode!: string | null;

  @Field(() => String, { nullable: true, description: "Wise's description of the failure." })
  failureDescription!: string | null;

  /** Wise's id of the transfer, to read it. */
  transferWiseId!: number;
}
