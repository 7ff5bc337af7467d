import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "The list of a transfer's open issues changed (Wise's transfers#active-cases event); its `transfer` field is the transfer as Wise has it now.",
})
export class TransferActiveCasesChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the transfer, known without reading it." })
  transferId!: string;

  @Field(() => [String], { description: "Wise's codes of the transfer's open issues now, e.g. deposit_amount_less_invoice; empty when none is left." })
  activeCases!: string[];

  /** Wise's id of the transfer, to read it. */
  transferWiseId!: number;
}
