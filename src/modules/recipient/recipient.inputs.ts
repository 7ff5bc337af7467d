import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { RecipientFieldInput } from "../../common/requirements/requirement-form.type.js";

@InputType({ description: "Which recipient form to fetch: for a quote, or for a currency pair and amount." })
export class RecipientRequirementsInput {
  @Field(() => ID, { nullable: true, description: "A quote's global ID; the form then fits that quote's route and amount." })
  quoteId?: string | null;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: "The currency sent, when no quote is given." })
  sourceCurrency?: string | null;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: "The currency the recipient receives, when no quote is given." })
  targetCurrency?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The amount sent, when no quote is given: positive, with no more decimal places than sourceCurrency has." })
  sourceAmount?: string | null;

  @Field(() => String, { nullable: true, description: "The account type chosen so far, when refreshing the form after a change." })
  type?: string | null;

  @Field(() => [RecipientFieldInput], {
    nullable: true,
    description: "The answers so far. Pass them after a field with refreshRequirementsOnChange changes: the form may grow.",
  })
  details?: RecipientFieldInput[] | null;
}

@InputType({ description: "A new recipient, filled in from the form RecipientRequirement describes." })
export class RecipientCreateInput {
  @Field(() => ID, { description: "The global ID of the profile that will send to this recipient." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency the account receives." })
  currency!: string;

  @Field({ description: 'The account type, from RecipientRequirement.type, such as "iban".' })
  type!: string;

  @Field({ description: "The account holder's full name (for a person, first and last name)." })
  accountHolderName!: string;

  @Field(() => Boolean, { nullable: true, description: "Whether the account belongs to the profile's own holder." })
  ownedByCustomer?: boolean | null;

  @Field(() => [RecipientFieldInput], { description: 'The form\'s answers by field key, such as { key: "IBAN", value: "DE89..." } and { key: "legalType", value: "PRIVATE" }.' })
  details!: RecipientFieldInput[];
}

@InputType({ description: "The recipient to delete." })
export class RecipientDeleteInput {
  @Field(() => ID, { description: "The recipient's global ID." })
  recipientId!: string;
}
