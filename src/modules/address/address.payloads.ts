import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { Address } from "./address.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of addressCreate." })
export class AddressCreatePayload {
  @Field(() => Address, { nullable: true, description: "The new address; null when userErrors says why not." })
  address!: Address | null;

  @Field(() => [UserError], { description: "Why the address was not created, each pointing at the input field at fault; empty on success." })
  userErrors!: UserError[];
}
