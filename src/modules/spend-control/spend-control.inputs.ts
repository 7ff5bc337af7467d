import { Field, InputType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { SpendControlOperation, SpendControlRuleType } from "./spend-control.enums.js";

@InputType({ description: "A new spend-control rule of the application. It does nothing until applied (spendControlRuleApply)." })
export class SpendControlRuleCreateInput {
  @Field(() => SpendControlRuleType, { description: "What the rule looks at: the merchant category code or the currency." })
  type!: SpendControlRuleType;

  @Field(() => SpendControlOperation, { description: "Whether the values are the only ones allowed (ALLOW) or the ones declined (BLOCK)." })
  operation!: SpendControlOperation;

  @Field(() => [String], {
    description: "1 to 1000 values: four-digit merchant category codes (e.g. `7995`) for MCC, ISO 4217 currency codes in upper case (e.g. `GBP`) for CURRENCY.",
  })
  values!: string[];

  @Field(() => String, { nullable: true, description: "What the rule is for, at most 255 characters." })
  description?: string | null;
}

@InputType({ description: "The spend-control rule to apply, unapply or delete." })
export class SpendControlRuleInput {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the rule (SpendControlRule.wiseId)." })
  ruleId!: number;
}
