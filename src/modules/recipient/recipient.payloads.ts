import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { Recipient } from "./recipient.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of recipientCreate." })
export class RecipientCreatePayload {
  /** The new recipient's Wise id; the `recipient` field reads it (RecipientCreatePayloadResolver). Null when none was created. */
  createdRecipientId!: number | null;

  @Field(() => [UserError], { description: "Why the recipient was not created, per form field; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of recipientDelete." })
export class RecipientDeletePayload {
  @Field(() => Recipient, { nullable: true, description: "The recipient, now inactive; null when userErrors says why not." })
  recipient!: Recipient | null;

  @Field(() => ID, { nullable: true, description: "The global ID of the deleted recipient, to remove it from client caches." })
  deletedRecipientId!: string | null;

  @Field(() => [UserError], { description: "Why the recipient was not deleted; empty on success." })
  userErrors!: UserError[];
}
