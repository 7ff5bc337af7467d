import { Field, ID, ObjectType } from "type-graphql";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "The list of a transfer's open issues changed (Wise's transfers#active-cases event); its `transfer` field is the transfer as Wise has it now.",
})
export class TransferActiveCasesChange extends LiveEventFields {
  @Field(() => ID, { description: "The global ID of the transfer, known without reading it." })
  transferId!: string;

  @Field(() => [String], { description: "Wise's codes of the transfer's open issues now, e.g. deposit_amount_less_invoice; empty when none is left." })
  activeCases!: string[];

  /** Wise's id of the transfer, to read it. */
  transferWiseId!: number;
}
