import { Field, ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { HoldLimitBreachClosingReason, HoldLimitBreachState } from "./balance-limits.enums.js";

@ObjectType({ simpleResolvers: true, description: "How much more money a profile may receive into its balances, where its country caps what it may hold." })
export class BalanceCapacity {
  @Field({ description: "Whether the profile's country caps what it may hold (a regulatory hold limit)." })
  hasLimit!: boolean;

  @Field(() => Money, { nullable: true, description: "How much more it may receive, in the currency asked for; null without a limit." })
  depositLimit!: Money | null;
}

@ObjectType({ simpleResolvers: true, description: "The overdraft Wise granted a profile, in one currency." })
export class Overdraft {
  @Field(() => Money, { nullable: true, description: "The approved overdraft; zero without one." })
  limit!: Money | null;

  @Field(() => Money, { nullable: true, description: "How much of it is in use." })
  used!: Money | null;

  @Field(() => Money, { nullable: true, description: "How much of it is left (limit minus used)." })
  available!: Money | null;

  @Field(() => [Money], { description: "What is left, in each currency the profile holds a balance in." })
  availableByCurrency!: Money[];
}

@ObjectType({ simpleResolvers: true, description: "Everything a profile holds, all balances converted by Wise into one currency." })
export class TotalFunds {
  @Field(() => Money, { description: "Total worth: cash plus the value of invested balances." })
  totalWorth!: Money;

  @Field(() => Money, { description: "What can be spent: cash plus the available overdraft." })
  totalAvailable!: Money;

  @Field(() => Money, { description: "Cash in every balance, savings jars included, investments excluded." })
  totalCash!: Money;

  @Field(() => Overdraft, { nullable: true, description: "The overdraft, when Wise reports one." })
  overdraft!: Overdraft | null;
}

@ObjectType({ simpleResolvers: true, description: "A time a profile held more than its country's hold limit: the excess has to leave its balances." })
export class HoldLimitBreach {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the breach (holdLimitBreachClose takes it)." })
  wiseId!: number;

  @Field(() => Money, { description: "The money above the limit." })
  amount!: Money;

  @Field(() => HoldLimitBreachState, { description: "Open or closed." })
  state!: HoldLimitBreachState;

  @Field(() => HoldLimitBreachClosingReason, { nullable: true, description: "How it was closed; null while open." })
  closingReason!: HoldLimitBreachClosingReason | null;

  @Field(() => DateTimeScalar, { description: "When the breach opened." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it last changed." })
  updatedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "A page of a profile's hold limit breaches, newest first." })
export class HoldLimitBreachConnection extends Connection(HoldLimitBreach, "hold limit breach") {}
