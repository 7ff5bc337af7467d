import { Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { CurrencyCodeScalar, DateTimeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { AmountType } from "../quote/quote.enums.js";
import { QuotePaymentOption } from "../quote/quote.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "An example price for someone who is not signed in: Wise's rate, fees, amounts and delivery for a route and amount. It belongs to nobody and cannot back a transfer; to send money, create a Quote with quoteCreate.",
})
export class PublicQuote {
  @Field(() => CurrencyCodeScalar, { description: "The currency sent." })
  sourceCurrency!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency received." })
  targetCurrency!: string;

  @Field(() => AmountType, { description: "Which amount the visitor fixed." })
  providedAmountType!: AmountType;

  @Field(() => Money, { nullable: true, description: "What the sender pays, fees included, paying by bank transfer (the option Wise shows first); exact." })
  sourceAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "What the recipient gets, paying by bank transfer; exact." })
  targetAmount!: Money | null;

  @Field(() => DecimalScalar, { description: "The exchange rate applied (units of target per unit of source), exact." })
  rate!: string;

  @Field(() => QuotePaymentOption, { nullable: true, description: "The option the amounts above are taken from: paying by bank transfer, delivered to a bank account." })
  selectedPaymentOption!: QuotePaymentOption | null;

  @Field(() => [QuotePaymentOption], { description: "Every way to pay, with its own amounts, fees and delivery; paying from a balance is disabled, as a visitor has none." })
  paymentOptions!: QuotePaymentOption[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When Wise priced it." })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Until when the price is indicative; after that, ask again." })
  expiresAt!: Date | null;
}
