import { Field, InputType } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar } from "../../common/scalars/index.js";

@InputType({ description: "What a visitor wants priced: give exactly one of sourceAmount and targetAmount." })
export class PublicQuoteInput {
  @Field(() => CurrencyCodeScalar, { description: "The currency to send." })
  sourceCurrency!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency the recipient receives." })
  targetCurrency!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The amount to send, fees included: positive, with no more decimal places than sourceCurrency has; never rounded. Give this or targetAmount, not both.",
  })
  sourceAmount?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The amount the recipient should get: positive, with no more decimal places than targetCurrency has; never rounded. Give this or sourceAmount, not both.",
  })
  targetAmount?: string | null;
}
