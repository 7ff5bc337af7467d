import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { BalanceTopUpChannel, KycReviewSimulationAction } from "./simulation.enums.js";

@InputType({ description: "Wise sandbox only: the profile whose verification passes." })
export class ProfileSimulateVerificationInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile to verify." })
  profileId!: string;
}

@InputType({ description: "Wise sandbox only: money added to a balance." })
export class BalanceSimulateTopUpInput {
  @Field(() => ID, { description: "The Balance to top up; the amount is in its currency." })
  balanceId!: string;

  @Field(() => DecimalScalar, { description: "The amount added, as an exact decimal (`100.00`) with no more decimals than the currency has." })
  amount!: string;

  @Field(() => BalanceTopUpChannel, { defaultValue: BalanceTopUpChannel.CARD, description: "How the money arrives; CARD unless said otherwise." })
  channel!: BalanceTopUpChannel;
}

@InputType({ description: "Wise sandbox only: a bank transfer arriving through the profile's bank details." })
export class BankTransactionImportSimulateInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile that receives it." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, { description: "USD, EUR or GBP; the profile needs issued bank details in it." })
  currency!: string;

  @Field(() => DecimalScalar, { description: "The amount received, as an exact decimal (`2000.00`)." })
  amount!: string;
}

@InputType({ description: "An address on a Swift payment." })
export class SwiftAddressInput {
  @Field({ nullable: true, description: "Street, house and apartment." })
  addressLine?: string;

  @Field({ nullable: true, description: "City." })
  city?: string;

  @Field({ nullable: true, description: "Postal code." })
  postalCode?: string;

  @Field({ nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  country?: string;
}

@InputType({ description: "A fee a correspondent bank declared on a Swift payment." })
export class SwiftChargeInput {
  @Field(() => DecimalScalar, { description: "The fee, as an exact decimal." })
  amount!: string;

  @Field(() => CurrencyCodeScalar, { description: "The fee's currency." })
  currency!: string;

  @Field({ description: "The BIC of the bank that took it." })
  agent!: string;
}

@InputType({ description: "Wise sandbox only: a Swift payment arriving through the profile's bank details." })
export class SwiftInSimulateInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile that receives it." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency received; the profile needs issued bank details in it." })
  currency!: string;

  @Field(() => DecimalScalar, { description: "The amount that reached Wise (after the correspondents' charges), as an exact decimal." })
  amount!: string;

  @Field({ nullable: true, description: "The ultimate beneficiary's name." })
  beneficiaryName?: string;

  @Field({ nullable: true, description: "The beneficiary's account: an IBAN or a local account number." })
  beneficiaryAccount?: string;

  @Field(() => SwiftAddressInput, { nullable: true, description: "The beneficiary's address." })
  beneficiaryAddress?: SwiftAddressInput;

  @Field({ nullable: true, description: "The sender's name." })
  senderName?: string;

  @Field({ nullable: true, description: "The BIC of the sender's bank." })
  senderBic?: string;

  @Field({ nullable: true, description: "The sender's account: an IBAN or a local account number." })
  senderAccount?: string;

  @Field(() => SwiftAddressInput, { nullable: true, description: "The sender's address." })
  senderAddress?: SwiftAddressInput;

  @Field({ nullable: true, description: "The sender's payment reference." })
  paymentReference?: string;

  @Field(() => [SwiftChargeInput], { nullable: true, description: "Fees correspondents declared (reported, not deducted: `amount` is what arrived)." })
  charges?: SwiftChargeInput[];

  @Field(() => [String], { nullable: true, description: "BICs of up to 3 banks the payment passed through." })
  previousInstructingAgents?: string[];
}

@InputType({ description: "Wise sandbox only: a KYC review to ask BUSINESS_USE_CASE of (business profiles only)." })
export class KycReviewSimulateRequirementAddInput {
  @Field(() => ID, { description: "The KycReview." })
  kycReviewId!: string;
}

@InputType({ description: "Wise sandbox only: one requirement of a KYC review provided, as through the hosted journey." })
export class KycReviewSimulateRequirementSubmitInput {
  @Field(() => ID, { description: "The KycReview." })
  kycReviewId!: string;

  @Field({ description: "The requirement's key, such as ACCOUNT_PURPOSE." })
  requirement!: string;
}

@InputType({ description: "Wise sandbox only: the reviewer's decision on requirements of a KYC review." })
export class KycReviewSimulateVerifyInput {
  @Field(() => ID, { description: "The KycReview." })
  kycReviewId!: string;

  @Field(() => KycReviewSimulationAction, { description: "Approve or reject." })
  action!: KycReviewSimulationAction;

  @Field(() => [String], { nullable: true, description: "The requirement keys decided on; every requirement not yet verified when absent." })
  requirements?: string[] | null;
}
