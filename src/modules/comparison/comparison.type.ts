import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { CurrencyCodeScalar, DateTimeScalar, DecimalScalar } from "../../common/scalars/index.js";

export enum ComparisonAmountType {
  SEND = "SEND",
  RECIPIENT_GETS = "RECIPIENT_GETS",
}

registerEnumType(ComparisonAmountType, {
  name: "ComparisonAmountType",
  description: "Which amount a comparison was asked for.",
  valuesConfig: {
    SEND: { description: "The amount to send: each quote says what would arrive (receivedAmount)." },
    RECIPIENT_GETS: { description: "The amount to arrive: each quote says what must be sent (sendAmount)." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One provider's estimated price and speed for the route, paying and receiving by bank transfer." })
export class ComparisonQuote {
  @Field(() => DecimalScalar, { description: "The exchange rate the provider is estimated to give, exact." })
  rate!: string;

  @Field(() => Money, { description: "The provider's estimated fee, in the source currency." })
  fee!: Money;

  @Field(() => DecimalScalar, { nullable: true, description: "How far the rate is below the mid-market rate, in percent (0 for the mid-market rate)." })
  markup!: string | null;

  @Field(() => Money, { nullable: true, description: "What would arrive, in the target currency; set when the comparison was asked for an amount to send." })
  receivedAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "What must be sent, in the source currency; set when the comparison was asked for an amount to arrive." })
  sendAmount!: Money | null;

  @Field(() => String, {
    nullable: true,
    description: "The shortest time the provider says delivery takes, as an ISO 8601 duration (PT24H); null when it gives only an upper bound.",
  })
  deliveryMin!: string | null;

  @Field(() => String, { nullable: true, description: "The longest time the provider says delivery takes, as an ISO 8601 duration; null when it gives only a lower bound." })
  deliveryMax!: string | null;

  @Field({ description: "Whether the provider publishes a delivery estimate at all." })
  providerGivesEstimate!: boolean;

  @Field({ description: "Whether the rate counts as the mid-market rate (no hidden markup)." })
  isConsideredMidMarketRate!: boolean;

  @Field(() => String, { nullable: true, description: "The sender's country this quote applies to (ISO 3166-1 alpha-2), when the provider prices by country." })
  sourceCountry!: string | null;

  @Field(() => String, { nullable: true, description: "The recipient's country this quote applies to (ISO 3166-1 alpha-2), when the provider prices by country." })
  targetCountry!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the provider's price this estimate is based on was collected." })
  collectedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "A money transfer provider (Wise, a bank, another service) with its estimated quotes for the route." })
export class ComparisonProvider {
  @Field(() => Int, { description: "Wise's id of the provider." })
  wiseId!: number;

  @Field({ description: "A stable lowercase name of the provider, such as wise." })
  alias!: string;

  @Field({ description: "The provider's name, to show." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The kind of provider, as Wise names it: bank, moneyTransferProvider or travelMoney." })
  type!: string | null;

  @Field({ description: "Whether the provider is a partner of Wise." })
  partner!: boolean;

  @Field(() => String, { nullable: true, description: "A link to the provider's logo (SVG), when Wise has one." })
  logoUrl!: string | null;

  @Field(() => [ComparisonQuote], { description: "The provider's estimates: one per combination of countries, price and speed it has." })
  quotes!: ComparisonQuote[];
}

@ObjectType({ simpleResolvers: true, description: "What Wise and other providers would charge, and how fast, to send an amount between two currencies by bank transfer." })
export class Comparison {
  @Field(() => CurrencyCodeScalar, { description: "The currency sent." })
  sourceCurrency!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency received." })
  targetCurrency!: string;

  @Field(() => DecimalScalar, { description: "The amount compared, exact: in the source currency for SEND, the target currency for RECIPIENT_GETS." })
  amount!: string;

  @Field(() => ComparisonAmountType, { description: "Which amount was given." })
  amountType!: ComparisonAmountType;

  @Field(() => [ComparisonProvider], { description: "The providers, in Wise's order (Wise first)." })
  providers!: ComparisonProvider[];
}
