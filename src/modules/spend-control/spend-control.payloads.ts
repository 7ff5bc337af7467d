import { Field, ObjectType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { UserError } from "../../common/user-error.js";
import { SpendControlRule } from "./spend-control.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of spendControlRuleCreate, spendControlRuleApply or spendControlRuleUnapply." })
export class SpendControlRulePayload {
  @Field(() => SpendControlRule, {
    nullable: true,
    description:
      "The rule as it is now (applied or not); null when userErrors says why nothing changed, or, after an apply or unapply that Wise made, when the rule could not be read back.",
  })
  spendControlRule!: SpendControlRule | null;

  @Field(() => [UserError], { description: "Why nothing changed (a malformed code, a currency Wise does not know, no such rule...); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of spendControlRuleDelete." })
export class SpendControlRuleDeletePayload {
  @Field(() => SafeIntScalar, { nullable: true, description: "The wiseId of the rule deleted; null when userErrors says why not." })
  deletedRuleId!: number | null;

  @Field(() => [UserError], { description: "Why nothing was deleted (no such rule, or it is applied: unapply it first); empty on success." })
  userErrors!: UserError[];
}
