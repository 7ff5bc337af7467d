import { Directive, Field, ObjectType } from "type-graphql";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";

@Directive("@cacheControl(maxAge: 3600, scope: PUBLIC)")
@ObjectType({ simpleResolvers: true, description: "A currency Wise supports, with how to display it." })
export class Currency {
  @Field(() => CurrencyCodeScalar, { description: 'ISO 4217 code, such as "EUR".' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'The symbol used to display amounts, such as "€".' })
  symbol!: string | null;

  @Field(() => String, { nullable: true, description: 'The currency\'s English name, such as "Euro".' })
  name!: string | null;

  @Field(() => [String], { description: "Country and region names that use the currency, useful for search." })
  countryKeywords!: string[];

  @Field({ description: "Whether amounts in this currency may have decimals (false for JPY, KRW and the like)." })
  supportsDecimals!: boolean;
}
