import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "The recipient whose name-check outcomes the sender accepts." })
export class RecipientConfirmationsAcceptInput {
  @Field(() => ID, { description: "The recipient's global ID." })
  recipientId!: string;

  @Field(() => ID, { nullable: true, description: "The global ID of the quote the check ran for, when Recipient.confirmations.quoteId names one." })
  quoteId?: string | null;
}
