import { Directive, Field, ObjectType } from "type-graphql";
import { CurrencyCodeScalar, DateTimeScalar, DecimalScalar } from "../../common/scalars/index.js";

@Directive("@cacheControl(maxAge: 60, scope: PUBLIC)")
@ObjectType({ simpleResolvers: true, description: "Wise's mid-market exchange rate between two currencies at one moment." })
export class Rate {
  @Field(() => CurrencyCodeScalar, { description: "The currency converted from." })
  source!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency converted to." })
  target!: string;

  @Field(() => DecimalScalar, { description: "How many units of `target` one unit of `source` buys, as an exact decimal." })
  rate!: string;

  @Field(() => DateTimeScalar, { description: "The moment the rate applies to." })
  time!: Date;
}
