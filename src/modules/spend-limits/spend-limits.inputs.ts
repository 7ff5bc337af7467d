import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { ProfileSpendLimitType, SpendLimitGranularity } from "./spend-limits.enums.js";

@InputType({ description: "A limit's amount: zero or more, exact, in the limit's currency (the card's, or the profile's)." })
export class SpendLimitAmountInput {
  @Field(() => DecimalScalar, {
    description: 'The amount as an exact decimal string ("250.00"), zero or more, with no more decimals than the currency has. Zero allows no spending at all.',
  })
  amount!: string;

  @Field(() => CurrencyCodeScalar, { description: "The limit's currency: the card's billing currency for a card's limits, the profile's limit currency for a profile's." })
  currency!: string;
}

@InputType({ description: "A profile's daily and monthly limits of one kind of spending (Wise takes both together)." })
export class ProfileSpendLimitsUpdateInput {
  @Field(() => ID, { description: "The global ID of the profile." })
  profileId!: string;

  @Field(() => ProfileSpendLimitType, { description: "The kind of spending the limits are for: purchases or cash withdrawals." })
  transactionType!: ProfileSpendLimitType;

  @Field(() => SpendLimitAmountInput, { description: "The daily limit, at most Wise's maximum (SpendLimit.maximum)." })
  daily!: SpendLimitAmountInput;

  @Field(() => SpendLimitAmountInput, { description: "The monthly limit, at most Wise's maximum (SpendLimit.maximum)." })
  monthly!: SpendLimitAmountInput;
}

@InputType({ description: "Limits to set on one card; those left out stay as they are. At least one." })
export class CardSpendLimitsUpdateInput {
  @Field(() => ID, { description: "The global ID of the card." })
  cardId!: string;

  @Field(() => SpendLimitAmountInput, { nullable: true, description: "The most one payment may be." })
  transaction?: SpendLimitAmountInput | null;

  @Field(() => SpendLimitAmountInput, { nullable: true, description: "The most the card may spend in a day." })
  daily?: SpendLimitAmountInput | null;

  @Field(() => SpendLimitAmountInput, { nullable: true, description: "The most the card may spend in a calendar month." })
  monthly?: SpendLimitAmountInput | null;

  @Field(() => SpendLimitAmountInput, { nullable: true, description: "The most the card may ever spend." })
  lifetime?: SpendLimitAmountInput | null;
}

@InputType({ description: "One of a card's own limits to remove." })
export class CardSpendLimitRemoveInput {
  @Field(() => ID, { description: "The global ID of the card." })
  cardId!: string;

  @Field(() => SpendLimitGranularity, { description: "The limit to remove; the card's other limits, and the profile's, stay." })
  granularity!: SpendLimitGranularity;
}
