import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { SpendLimit } from "./spend-limit.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of profileSpendLimitsUpdate." })
export class ProfileSpendLimitsUpdatePayload {
  @Field(() => [SpendLimit], { nullable: true, description: "Every limit of the profile as Wise holds them now; null when userErrors says why nothing changed." })
  spendLimits!: SpendLimit[] | null;

  @Field(() => [UserError], { description: "Why the limits were not changed (a negative or over-precise amount, above Wise's maximum, the wrong currency); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardSpendLimitsUpdate and cardSpendLimitRemove." })
export class CardSpendLimitsPayload {
  @Field(() => [SpendLimit], {
    nullable: true,
    description: "Every limit the card is now checked against, as Card.spendLimits: its own, then its profile's; null when userErrors says why nothing changed.",
  })
  spendLimits!: SpendLimit[] | null;

  @Field(() => [UserError], { description: "Why the card's limits were not changed (a card not found, a negative or over-precise amount, the wrong currency); empty on success." })
  userErrors!: UserError[];
}
