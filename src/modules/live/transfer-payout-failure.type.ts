import { Field, ID, ObjectType } from "type-graphql";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "Paying a transfer out to its recipient failed (Wise's transfers#payout-failure event); its `transfer` field is the transfer as Wise has it now.",
})
export class TransferPayoutFailure extends LiveEventFields {
  @Field(() => ID, { description: "The global ID of the transfer, known without reading it." })
  transferId!: string;

  @Field(() => String, { nullable: true, description: "Wise's failure code, e.g. ACCOUNT_DOES_NOT_EXIST or WRONG_CURRENCY; Wise may add codes." })
  failureCode!: string | null;

  @Field(() => String, { nullable: true, description: "Wise's description of the failure." })
  failureDescription!: string | null;

  /** Wise's id of the transfer, to read it. */
  transferWiseId!: number;
}
