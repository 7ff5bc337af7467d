import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { TransferStatus } from "../transfer/transfer-status.enum.js";

@ObjectType({
  simpleResolvers: true,
  description: "A transfer moved from one status to another (Wise's transfers#state-change event); its `transfer` field is the transfer as Wise has it now.",
})
export class TransferStateChange {
  @Field(() => ID, { description: "The global ID of the transfer, known without reading it." })
  transferId!: string;

  @Field(() => TransferStatus, { nullable: true, description: "The status it left; null when the event is about its creation." })
  previousStatus!: TransferStatus | null;

  @Field(() => TransferStatus, { description: "The status it reached, as the event says (the transfer itself may have moved on since)." })
  currentStatus!: TransferStatus;

  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  /** Wise's id of the transfer, to read it. */
  transferWiseId!: number;
}
