import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { Recipient } from "./recipient.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of recipientConfirmationsAccept." })
export class RecipientConfirmationsAcceptPayload {
  @Field(() => Recipient, { nullable: true, description: "The recipient with its confirmations accepted; null when userErrors says why not." })
  recipient!: Recipient | null;

  @Field(() => [UserError], { description: "Why the outcomes were not accepted; empty on success." })
  userErrors!: UserError[];
}
