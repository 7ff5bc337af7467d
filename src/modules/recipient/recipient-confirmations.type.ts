import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { RecipientConfirmationOutcome } from "../recipient-compatibility/recipient-compatibility.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "Wise's check of a recipient's details with their bank (name matching), for the currencies where Wise runs one, and whether the sender accepted its outcome. An outcome with requiresCustomerAcceptance blocks payments to the recipient until the sender accepts it (recipientConfirmationsAccept).",
})
export class RecipientConfirmations {
  @Field({ description: "Whether the sender has accepted the outcomes." })
  accepted!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the sender accepted the outcomes; null until then." })
  acceptedAt!: Date | null;

  @Field(() => ID, { nullable: true, description: "The global ID of the quote the check ran for, if it ran for one: accepting then names this quote." })
  quoteId!: string | null;

  @Field(() => [RecipientConfirmationOutcome], { description: "The outcomes of the checks (Wise gives one)." })
  outcomes!: RecipientConfirmationOutcome[];

  @Field({ description: "True when an outcome waits for the sender's acceptance before the recipient can be paid." })
  acceptanceRequired!: boolean;
}
