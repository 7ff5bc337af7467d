import { Field, ID, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "A transfer's money was refunded to the sender (Wise's transfers#refund event); its `transfer` field is the transfer as Wise has it now.",
})
export class TransferRefund extends LiveEventFields {
  @Field(() => ID, { description: "The global ID of the transfer, known without reading it." })
  transferId!: string;

  @Field(() => Money, { nullable: true, description: "What was refunded, fees included, exact; null when the event did not say." })
  refundAmount!: Money | null;

  /** Wise's id of the transfer, to read it. */
  transferWiseId!: number;
}
