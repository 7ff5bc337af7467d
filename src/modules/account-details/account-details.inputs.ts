import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { PaymentReturnReason } from "./account-details.enums.js";

@InputType({ description: "An order for bank details in a currency the profile holds a balance in." })
export class BankAccountDetailsOrderCreateInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, {
    description: "The currency; the profile needs a balance in it, and Wise must offer details in it (Profile.multiCurrencyAccount.bankDetailsCurrencies).",
  })
  currency!: string;
}

@InputType({ description: "Bank details issued on a balance at once (a Wise partner feature)." })
export class BankAccountDetailsCreateInput {
  @Field(() => ID, { description: "The standard Balance to issue details on." })
  balanceId!: string;
}

@InputType({ description: "A payment received through bank details, to send back to its sender." })
export class BankAccountDetailsPaymentReturnInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile that received the payment." })
  profileId!: string;

  @Field(() => SafeIntScalar, { description: "Wise's id of the received payment (from Wise's payment notification)." })
  paymentId!: number;

  @Field(() => PaymentReturnReason, { nullable: true, description: "Why; required for a payment received by Swift." })
  reason?: PaymentReturnReason | null;
}

@InputType({ description: "Wise sandbox only: the open order to move one step." })
export class BankAccountDetailsOrderSimulateInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency of the open order." })
  currency!: string;
}

@InputType({ description: "Wise sandbox only: a payment to receive through the profile's issued bank details." })
export class BankAccountDetailsPaymentSimulateInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile that receives it." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency; the profile needs issued details in it." })
  currency!: string;

  @Field(() => DecimalScalar, { description: "The amount received, as an exact decimal (`250.00`)." })
  amount!: string;

  @Field({ defaultValue: "A sender", description: "Who sent it." })
  senderName!: string;

  @Field({ defaultValue: false, description: "True for a payment received by Swift (its return then needs a reason)." })
  swift!: boolean;
}
