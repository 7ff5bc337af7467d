import { Directive, Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { Node } from "../../common/node/node.interface.js";
import { CurrencyCodeScalar, DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { BalanceInvestmentState, BalanceType } from "./balance.enums.js";

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: Node, description: "Money held in one currency in a profile's Wise multi-currency account." })
export class Balance extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of this balance." })
  wiseId!: number;

  @Field(() => CurrencyCodeScalar, { description: "The currency of the balance." })
  currency!: string;

  @Field(() => BalanceType, { description: "A standard balance or a savings jar." })
  type!: BalanceType;

  @Field(() => String, { nullable: true, description: "The jar's name; null for standard balances." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The jar's icon (an emoji), when one is set." })
  icon!: string | null;

  @Field(() => Money, { description: "Money available to spend or send now." })
  amount!: Money;

  @Field(() => Money, { description: "Money held back for pending transactions." })
  reservedAmount!: Money;

  @Field(() => Money, { description: "Money held as cash (not invested)." })
  cashAmount!: Money;

  @Field(() => Money, { description: "Everything in the balance: cash plus the value of investments." })
  totalWorth!: Money;

  @Field(() => BalanceInvestmentState, { description: "Whether the balance is invested in assets." })
  investmentState!: BalanceInvestmentState;

  @Field({ description: "Whether the user shows this balance in their account." })
  visible!: boolean;

  @Field({ description: "Whether this is the primary balance of its currency." })
  primary!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the balance was opened." })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the balance last changed." })
  updatedAt!: Date | null;

  /** Wise id of the owning profile. */
  profileId!: number;
}
