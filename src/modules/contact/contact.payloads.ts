import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { Contact } from "./contact.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of contactCreate." })
export class ContactCreatePayload {
  @Field(() => Contact, { nullable: true, description: "The contact found; null when userErrors says why not (e.g. NOT_FOUND: no profile has this identifier)." })
  contact!: Contact | null;

  @Field(() => [UserError], { description: "Why no contact was found or added; empty on success." })
  userErrors!: UserError[];
}
