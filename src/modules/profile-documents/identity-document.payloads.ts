import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { IdentityDocumentType } from "./identity-document.enums.js";

@ObjectType({ simpleResolvers: true, description: "The result of identityDocumentCreate." })
export class IdentityDocumentCreatePayload {
  @Field(() => IdentityDocumentType, { nullable: true, description: "The kind of document Wise took; null when userErrors says why not." })
  documentType!: IdentityDocumentType | null;

  /** The profile's Wise id, for the `profile` field; unset when nothing was taken. */
  profileWiseId?: number;

  @Field(() => [UserError], { description: "Why the document was not taken, each pointing at the input field at fault where one is; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of identityDocumentUpdate." })
export class IdentityDocumentUpdatePayload {
  @Field(() => IdentityDocumentType, { nullable: true, description: "The kind of document Wise updated; null when userErrors says why not." })
  documentType!: IdentityDocumentType | null;

  /** The profile's Wise id, for the `profile` field; unset when nothing was updated. */
  profileWiseId?: number;

  @Field(() => [UserError], { description: "Why the document was not updated, each pointing at the input field at fault where one is; empty on success." })
  userErrors!: UserError[];
}
