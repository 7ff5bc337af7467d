import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { Money } from "../../common/money.type.js";

@ObjectType({
  simpleResolvers: true,
  description: "A transfer's money was refunded to the sender (Wise's transfers#refund event); its `transfer` field is the transfer as Wise has it now.",
})
export class TransferRefund {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the transfer, known without reading it." })
  transferId!: string;

  @Field(() => Money, { nullable: true, description: "What was refunded, fees included, exact; null when the event did not say." })
  refundAmount!: Money | null;

  /** Wise's id of the transfer, to read it. */
  transferWiseId!: number;
}
