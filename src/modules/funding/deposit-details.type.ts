import { Field, ObjectType } from "type-graphql";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";

@ObjectType({ simpleResolvers: true, description: "A postal address of a bank or of a Wise company, as Wise gives it for a bank transfer." })
export class PayInAddress {
  @Field({ description: "The ISO 3166-1 alpha-2 country code." })
  country!: string;

  @Field(() => String, { nullable: true, description: "The street address." })
  firstLine!: string | null;

  @Field(() => String, { nullable: true, description: "The post code." })
  postCode!: string | null;

  @Field(() => String, { nullable: true, description: "The city." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "The state, where the country has them." })
  state!: string | null;

  @Field(() => String, { nullable: true, description: "A phone number, when Wise gives one." })
  phone!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One line of the bank details to pay to, to show as label and value (IBAN, sort code, account number...)." })
export class DepositAccountDetail {
  @Field({ description: 'What the line is, as Wise names it ("iban", "bic", "sortCode", "accountNumber", "recipientName", ...).' })
  type!: string;

  @Field({ description: "The label to show next to the value." })
  label!: string;

  @Field({ description: "The value, unformatted: what the sender types into their bank." })
  value!: string;

  @Field(() => String, { nullable: true, description: 'The value formatted for reading ("BE11 1111 1111 1111"); null when Wise gives none.' })
  formattedValue!: string | null;

  @Field(() => String, { nullable: true, description: "What the line means." })
  description!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Where to send the money to pay a transfer by bank transfer: the receiving bank, the account in Wise's name and the Wise company that owns it. The transfer waits until the money arrives.",
})
export class DepositDetails {
  @Field({ description: "The name of the receiving bank." })
  bankName!: string;

  @Field(() => PayInAddress, { nullable: true, description: "The receiving bank's address, when Wise gives it." })
  bankAddress!: PayInAddress | null;

  @Field(() => CurrencyCodeScalar, { description: "The currency to send: the transfer's source currency." })
  currency!: string;

  @Field(() => String, { nullable: true, description: "The kind of account Wise collects into (e.g. RECIPIENT)." })
  bankAccountType!: string | null;

  @Field(() => [DepositAccountDetail], { description: "The account details to show, in Wise's order, each as label and value." })
  accountDetails!: DepositAccountDetail[];

  @Field(() => String, { nullable: true, description: "The Wise company that owns the account (some banks ask for it)." })
  wiseCompanyName!: string | null;

  @Field(() => PayInAddress, { nullable: true, description: "The address of that Wise company." })
  wiseCompanyAddress!: PayInAddress | null;
}
