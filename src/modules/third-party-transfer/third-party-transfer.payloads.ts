import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";

@ObjectType({ simpleResolvers: true, description: "The result of transferThirdPartyCreate." })
export class TransferThirdPartyCreatePayload {
  /** Wise's id of the transfer made (or found for the originalTransferId); the `transfer` field reads it. */
  createdTransferId!: number | null;

  @Field({ description: "The originalTransferId of this call: repeat with it after OUTCOME_UNKNOWN." })
  originalTransferId!: string;

  @Field(() => [UserError], { description: "Why no transfer was made, or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}
