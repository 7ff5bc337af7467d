import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { PayOutMethod } from "./quote.enums.js";

@InputType({ description: "What to price: give exactly one of sourceAmount and targetAmount." })
export class QuoteCreateInput {
  @Field(() => ID, { description: "The global ID of the profile that will send the money." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency to send." })
  sourceCurrency!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency the recipient receives." })
  targetCurrency!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      "The amount to send, fees included: positive, with no more decimal places than sourceCurrency has (none for JPY); never rounded. Give this or targetAmount, not both.",
  })
  sourceAmount?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The amount the recipient should get: positive, with no more decimal places than targetCurrency has; never rounded. Give this or sourceAmount, not both.",
  })
  targetAmount?: string | null;

  @Field(() => ID, { nullable: true, description: "A recipient's global ID, if already known: the quote is then priced for it." })
  recipientId?: string | null;

  @Field(() => PayOutMethod, { nullable: true, description: "How the recipient is paid; BANK_TRANSFER by default, BALANCE to convert between own balances." })
  payOut?: PayOutMethod | null;

  @Field(() => String, { nullable: true, description: 'The pay-in method to price for, as Wise names it (e.g. "BALANCE", "BANK_TRANSFER").' })
  preferredPayIn?: string | null;
}

@InputType({ description: "Changes to a quote: typically attaching the recipient, which re-prices it." })
export class QuoteUpdateInput {
  @Field(() => ID, { description: "The quote's global ID." })
  quoteId!: string;

  @Field(() => ID, { nullable: true, description: "The recipient's global ID to attach." })
  recipientId?: string | null;

  @Field(() => PayOutMethod, { nullable: true, description: "A new pay-out method." })
  payOut?: PayOutMethod | null;
}
