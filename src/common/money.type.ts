import { Field, ObjectType } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar } from "./scalars/index.js";

@ObjectType("Money", { simpleResolvers: true, description: "An exact amount of money in one currency." })
export class Money {
  @Field(() => DecimalScalar, { description: 'The amount as an exact decimal string, such as "1234.50"; never a float.' })
  amount!: string;

  @Field(() => CurrencyCodeScalar, { description: "The ISO 4217 code of the amount's currency." })
  currency!: string;

  static of(amount: string, currency: string): Money {
    return Object.assign(new Money(), { amount, currency });
  }
}
