import { Field, ObjectType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { SpendControlOperation, SpendControlRuleType } from "./spend-control.enums.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "A spend control: one of the partner application's authorisation rules at Wise. Once applied, every authorisation of every card of the application must satisfy it, or it is declined with the reason TRANSACTION_TYPE_NOT_SUPPORTED.",
})
export class SpendControlRule {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the rule (the apply, unapply and delete mutations take it)." })
  wiseId!: number;

  @Field(() => SpendControlRuleType, { nullable: true, description: "What the rule looks at; null for a type this API does not know yet (wiseType names it)." })
  type!: SpendControlRuleType | null;

  @Field({ description: "Wise's name of the rule type, e.g. `MCC`." })
  wiseType!: string;

  @Field(() => SpendControlOperation, {
    nullable: true,
    description: "Whether the values are the only ones allowed or the ones blocked; null for an operation this API does not know yet (wiseOperation names it).",
  })
  operation!: SpendControlOperation | null;

  @Field({ description: "Wise's name of the operation, e.g. `BLOCK`." })
  wiseOperation!: string;

  @Field(() => String, { nullable: true, description: "The description given at creation; null when none was." })
  description!: string | null;

  @Field(() => [String], { description: "The merchant category codes or currency codes the rule names, as given at creation." })
  values!: string[];

  @Field({ description: "Whether it is applied: authorisations are checked against applied rules only." })
  applied!: boolean;
}
