import { Field, ID, ObjectType } from "type-graphql";
import { LiveEventFields } from "./live-event.fields.js";
import { TransferStatus } from "../transfer/transfer-status.enum.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "A transfer moved from one status to another (Wise's transfers#state-change event); its `transfer` field is the transfer as Wise has it now.",
})
export class TransferStateChange extends LiveEventFields {
  @Field(() => ID, { description: "The global ID of the transfer, known without reading it." })
  transferId!: string;

  @Field(() => TransferStatus, { nullable: true, description: "The status it left; null when the event is about its creation." })
  previousStatus!: TransferStatus | null;

  @Field(() => TransferStatus, { description: "The status it reached, as the event says (the transfer itself may have moved on since)." })
  currentStatus!: TransferStatus;

  /** Wise's id of the transfer, to read it. */
  transferWiseId!: number;
}
