import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { Quote } from "./quote.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of quoteCreate." })
export class QuoteCreatePayload {
  @Field(() => Quote, { nullable: true, description: "The new quote; null when userErrors says why not." })
  quote!: Quote | null;

  @Field(() => [UserError], { description: "Why no quote was made; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of quoteUpdate." })
export class QuoteUpdatePayload {
  @Field(() => Quote, { nullable: true, description: "The re-priced quote; null when userErrors says why not." })
  quote!: Quote | null;

  @Field(() => [UserError], { description: "Why the quote was not changed; empty on success." })
  userErrors!: UserError[];
}
