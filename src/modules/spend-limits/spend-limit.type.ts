import { Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { SpendLimitGranularity, SpendLimitScope, SpendLimitTransactionType } from "./spend-limits.enums.js";

@ObjectType({ simpleResolvers: true, description: "One spend limit: a payment that would take the spending of its window above it is declined." })
export class SpendLimit {
  @Field(() => SpendLimitGranularity, { description: "What the limit adds up: one payment, a day, a month, the card's life." })
  granularity!: SpendLimitGranularity;

  @Field(() => SpendLimitTransactionType, { description: "The spending it counts: all of a card's, or the profile's purchases or cash withdrawals." })
  transactionType!: SpendLimitTransactionType;

  @Field(() => SpendLimitScope, { description: "Whether it is a card's own limit or the profile's." })
  scope!: SpendLimitScope;

  @Field({ description: "True on a card when the limit is the profile's, applying to the card through it; false for the card's own limits and on the profile." })
  inherited!: boolean;

  @Field(() => Money, { description: "The limit, exact." })
  limit!: Money;

  @Field(() => Money, {
    nullable: true,
    description: "What was authorised in the current window (payments in progress and completed); null for a per-payment limit, which has no window.",
  })
  used!: Money | null;

  @Field(() => Money, { nullable: true, description: "What can still be spent in the window (the limit less what was used, never below zero); null for a per-payment limit." })
  remaining!: Money | null;

  @Field(() => Money, { nullable: true, description: "The most Wise allows this limit to be set to; null for a card's own limits, for which Wise states none." })
  maximum!: Money | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the window ends and the usage starts again from zero; null for per-payment and lifetime limits." })
  resetsAt!: Date | null;
}
