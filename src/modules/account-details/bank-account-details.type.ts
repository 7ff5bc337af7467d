import { Field, ObjectType } from "type-graphql";
import { CurrencyCodeScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { BankAccountDetailsStatus, BankReceiveOptionType } from "./account-details.enums.js";

@ObjectType({ simpleResolvers: true, description: "One labelled value of bank details, as Wise asks to show it (for currencies whose values have no typed field here)." })
export class BankAccountDetail {
  @Field({ description: "What the value is, in Wise's terms: ACCOUNT_HOLDER, IBAN, BANK_CODE, SWIFT_CODE, ACCOUNT_NUMBER, ROUTING_NUMBER..." })
  type!: string;

  @Field({ description: "The label to show, e.g. `Sort code` or `BSB code`." })
  label!: string;

  @Field({ description: "The value to show; may span lines (a bank's address)." })
  value!: string;

  @Field({ description: "Whether Wise asks to keep it out of view." })
  hidden!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A short fact about receiving by this option, e.g. how long payments take." })
export class BankReceiveOptionSummary {
  @Field({ description: "Wise's kind of fact: TIME, INFO, FEE, LIMIT, SAFETY..." })
  type!: string;

  @Field({ description: "The fact, to show as is." })
  title!: string;
}

@ObjectType({ simpleResolvers: true, description: "Details to give a sender paying in one way (locally, or internationally by Swift)." })
export class BankReceiveOption {
  @Field(() => BankReceiveOptionType, { description: "Local or international." })
  type!: BankReceiveOptionType;

  @Field({ description: "Wise's name for the option, e.g. `Local` or `Global · Swift`." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the option is for, as Wise words it (may contain HTML links)." })
  description!: string | null;

  @Field({ description: "False when the currency cannot be received this way: then there are no details." })
  available!: boolean;

  @Field(() => String, { nullable: true, description: "The name to pay to." })
  accountHolder!: string | null;

  @Field(() => String, { nullable: true, description: "The account number (for RON, Wise gives the IBAN here)." })
  accountNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The IBAN, grouped in fours as Wise shows it." })
  iban!: string | null;

  @Field(() => String, { nullable: true, description: "The bank's BIC (Swift code)." })
  swiftCode!: string | null;

  @Field(() => String, { nullable: true, description: "The local bank code: the UK sort code, the Australian BSB, Singapore's bank code." })
  bankCode!: string | null;

  @Field(() => String, { nullable: true, description: "The UK sort code; null for other currencies." })
  sortCode!: string | null;

  @Field(() => String, { nullable: true, description: "The routing number: ACH/wire for USD, the institution number for CAD." })
  routingNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The account type, e.g. `Checking` (USD)." })
  accountType!: string | null;

  @Field(() => String, { nullable: true, description: "The bank's (or partner bank's) name." })
  bankName!: string | null;

  @Field(() => String, { nullable: true, description: "The bank's address, on one line." })
  bankAddress!: string | null;

  @Field(() => String, { nullable: true, description: "The payment network senders use, e.g. `FAST` (SGD)." })
  paymentNetwork!: string | null;

  @Field(() => [BankAccountDetail], { description: "Every value in Wise's order, labelled: render these for any currency." })
  details!: BankAccountDetail[];

  @Field(() => [BankReceiveOptionSummary], { description: "Short facts: how long payments take, limits, fees." })
  summaries!: BankReceiveOptionSummary[];
}

@ObjectType({ simpleResolvers: true, description: "Whether a feature of bank details works in this currency." })
export class BankFeature {
  @Field({ description: "Wise's key: LOCAL_RECEIVE, SWIFT, DIRECT_DEBITS, PLATFORM_RECEIVE..." })
  key!: string;

  @Field({ description: "The feature, worded for display." })
  title!: string;

  @Field({ description: "Whether it works with these details." })
  supported!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A profile's bank details in one currency, to receive money into its balance: issued, or an example of what ordering gives." })
export class BankAccountDetails {
  @Field(() => SafeIntScalar, { nullable: true, description: "Wise's id of the issued details; null while they are only an example." })
  wiseId!: number | null;

  @Field(() => CurrencyCodeScalar, { description: "The currency received." })
  currency!: string;

  @Field({ description: "The currency's name as Wise shows it here." })
  currencyName!: string;

  @Field(() => BankAccountDetailsStatus, { description: "Issued (ACTIVE) or only an example (AVAILABLE)." })
  status!: BankAccountDetailsStatus;

  @Field({ description: "Wise's heading for these details." })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the details consist of, e.g. `IBAN and Swift/BIC`." })
  subtitle!: string | null;

  @Field({ description: "True when Wise issued newer details in this currency: these still work, but stop sharing them." })
  deprecated!: boolean;

  @Field(() => BankReceiveOption, { nullable: true, description: "The details for local payments; null when Wise gives none." })
  local!: BankReceiveOption | null;

  @Field(() => BankReceiveOption, { nullable: true, description: "The details for international (Swift) payments; null when Wise gives none." })
  international!: BankReceiveOption | null;

  @Field(() => [BankReceiveOption], { description: "Every way to pay in, as Wise lists them." })
  receiveOptions!: BankReceiveOption[];

  @Field(() => [BankFeature], { description: "What these details can do: receive locally, by Swift, direct debits..." })
  bankFeatures!: BankFeature[];

  /** Wise id of the balance the details belong to (null while only an example). */
  balanceWiseId!: number | null;

  /** Wise id of the owning profile. */
  profileId!: number;
}
