import { Directive, Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { Node } from "../../common/node/node.interface.js";
import { DateTimeScalar, DecimalScalar, SafeIntScalar } from "../../common/scalars/index.js";
import type { WiseCardCredit, WiseCardDebit } from "../../wise/schemas/card-transaction.js";
import { CardTransactionState, CardTransactionType } from "./card-transaction.enums.js";

@ObjectType({ simpleResolvers: true, description: "Where a card was used: the merchant as the card scheme names it." })
export class CardMerchant {
  @Field(() => String, { nullable: true, description: "The merchant's name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's city." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'The merchant\'s country as Wise names it (a country name, such as "France").' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's post code." })
  postCode!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's region, where the scheme gives one." })
  region!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's state, where the scheme gives one." })
  state!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant category code (MCC), four digits." })
  categoryCode!: string | null;

  @Field(() => String, { nullable: true, description: "Wise's name of the merchant category." })
  categoryName!: string | null;

  @Field(() => String, { nullable: true, description: "Wise's description of the merchant category." })
  categoryDescription!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A fee charged on a card transaction by someone other than Wise (an ATM operator's, for example)." })
export class CardTransactionFee {
  @Field(() => Money, { description: "The fee." })
  amount!: Money;

  @Field(() => String, { nullable: true, description: "Wise's fee type, such as ATM_ACQUIRER." })
  type!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Money a card transaction took from one balance (or gave back, when negative: a released hold)." })
export class CardTransactionDebit {
  @Field(() => SafeIntScalar, { description: "Wise's id of the balance debited." })
  balanceWiseId!: number;

  @Field(() => Money, { description: "What was taken from the balance, in its currency, the conversion fee included." })
  debitedAmount!: Money;

  @Field(() => Money, { description: "What it paid, in the transaction's currency." })
  forAmount!: Money;

  @Field(() => DecimalScalar, { nullable: true, description: "The exact exchange rate from the balance's currency to the transaction's; 1 without a conversion." })
  rate!: string | null;

  @Field(() => Money, { nullable: true, description: "The conversion fee, in the balance's currency (part of `debited`)." })
  fee!: Money | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the money was taken (or released)." })
  createdAt!: Date | null;

  /** The profile the balance belongs to: how `balance` is read. */
  profileId!: number;
}

@ObjectType({ simpleResolvers: true, description: "Money a card transaction gave to one balance (a refund)." })
export class CardTransactionCredit {
  @Field(() => SafeIntScalar, { description: "Wise's id of the balance credited." })
  balanceWiseId!: number;

  @Field(() => Money, { description: "What the balance received, in its currency." })
  creditedAmount!: Money;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the money arrived." })
  createdAt!: Date | null;

  /** The profile the balance belongs to: how `balance` is read. */
  profileId!: number;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType("CardTransaction", {
  simpleResolvers: true,
  implements: Node,
  description: "A payment, withdrawal or refund made with a Wise card, with its amounts in both currencies.",
})
export class CardTransaction extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the transaction." })
  wiseId!: number;

  @Field(() => CardTransactionType, { description: "What kind of transaction it is." })
  type!: CardTransactionType;

  @Field(() => CardTransactionState, { description: "Where the transaction stands." })
  state!: CardTransactionState;

  @Field(() => String, {
    nullable: true,
    description:
      "Why it was declined, as Wise's code (INSUFFICIENT_FUNDS, CARD_FROZEN, PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED...); a string because Wise adds reasons. Null unless declined.",
  })
  declineReason!: string | null;

  @Field(() => String, { nullable: true, description: "Wise's more detailed decline code, where it gives one." })
  detailedDeclineReason!: string | null;

  @Field(() => Money, { description: "The amount the merchant asked, in the merchant's currency (negative for a refund)." })
  amount!: Money;

  @Field(() => Money, { nullable: true, description: "The merchant's amount with the fees of `fees` added, in the merchant's currency." })
  amountWithFees!: Money | null;

  @Field(() => Money, { nullable: true, description: "What the cardholder pays in the card's billing currency, conversion fees included (negative for a refund)." })
  billingAmount!: Money | null;

  @Field(() => [CardTransactionFee], { description: "Fees charged by others than Wise (an ATM operator's), included in `amountWithFees`." })
  fees!: CardTransactionFee[];

  @Field(() => CardMerchant, { nullable: true, description: "Where the card was used." })
  merchant!: CardMerchant | null;

  @Field(() => String, { nullable: true, description: "How the card was presented (CHIP_AND_PIN, CONTACTLESS, MANUAL_ENTRY, E_COMMERCE_NO_3DS...)." })
  authorisationMethod!: string | null;

  @Field(() => String, { nullable: true, description: "The authorisation code the merchant was given; null when declined." })
  approvalCode!: string | null;

  @Field(() => String, { nullable: true, description: "The acquirer reference number, once the merchant captured it." })
  acquirerReferenceNumber!: string | null;

  @Field(() => DateTimeScalar, { description: "When the transaction was made." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it last changed." })
  updatedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the held money will be released if the merchant never captures it; null once settled." })
  holdExpiresAt!: Date | null;

  /** Wise's profile id: the first part of the node key. */
  profileId!: number;
  /** The card's token, for `card`. */
  cardToken!: string;
  /** The debits and credits when Wise gave them (read by id); null when the transaction came from a list. */
  wiseDebits!: WiseCardDebit[] | null;
  wiseCredits!: WiseCardCredit[] | null;
}
