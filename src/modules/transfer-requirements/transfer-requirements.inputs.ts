import { Field, ID, InputType } from "type-graphql";
import { RecipientFieldInput } from "../../common/requirements/requirement-form.type.js";

@InputType({ description: "The transfer to describe (its quote and recipient) and the answers given so far to its form." })
export class TransferRequirementsInput {
  @Field(() => ID, { description: "The global ID of the quote the transfer would use." })
  quoteId!: string;

  @Field(() => ID, { description: "The global ID of the recipient the transfer would pay." })
  recipientId!: string;

  @Field(() => [RecipientFieldInput], {
    nullable: true,
    description:
      'The answers so far by field key, such as { key: "transferPurpose", value: "verification.transfers.purpose.pay.bills" }. Pass them after a field with refreshRequirementsOnChange changes: the form may grow.',
  })
  details?: RecipientFieldInput[] | null;
}
