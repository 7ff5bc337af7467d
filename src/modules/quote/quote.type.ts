import { Directive, Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { Node } from "../../common/node/node.interface.js";
import { CurrencyCodeScalar, DateTimeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { AmountType, PayOutMethod, QuoteNoticeType, QuoteStatus, RateType } from "./quote.enums.js";

@ObjectType({ simpleResolvers: true, description: "What a way of paying costs, split by who charges it." })
export class QuoteFee {
  @Field(() => Money, { description: "All fees together, in the source currency." })
  total!: Money;

  @Field(() => Money, { nullable: true, description: "Wise's own fee." })
  wise!: Money | null;

  @Field(() => Money, { nullable: true, description: "The fee for the pay-in method (e.g. card fees)." })
  payIn!: Money | null;

  @Field(() => Money, { nullable: true, description: "Any discount applied (a positive amount reduces the total)." })
  discount!: Money | null;

  @Field(() => Money, { nullable: true, description: "A partner's fee, if any." })
  partner!: Money | null;
}

@ObjectType({ simpleResolvers: true, description: "One line of a payment option's price: a fee (or the total), exact, with Wise's label." })
export class QuotePriceItem {
  @Field(() => String, { nullable: true, description: 'Wise\'s kind of the line, such as "TRANSFERWISE", "PAYIN", "DISCOUNT", "PARTNER" or "TOTAL".' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'Wise\'s label of the line, such as "Our fee", ready to show.' })
  label!: string | null;

  @Field(() => Money, { description: "The amount of the line, exact, in the currency Wise gives it in; negative for a discount." })
  amount!: Money;

  @Field(() => String, { nullable: true, description: "Wise's explanation of the line in plain text, when it gives one." })
  explanation!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A payment option's price as Wise itemises it: every fee line and their total." })
export class QuotePrice {
  @Field(() => QuotePriceItem, { nullable: true, description: "All the lines together." })
  total!: QuotePriceItem | null;

  @Field(() => [QuotePriceItem], { description: "The fee lines, in Wise's order." })
  items!: QuotePriceItem[];
}

@ObjectType({ simpleResolvers: true, description: "Why a payment option cannot be used, as Wise gives it." })
export class QuoteDisabledReason {
  @Field(() => String, { nullable: true, description: 'Wise\'s code of the reason, such as "error.payInmethod.disabled", for a screen to act on.' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: "Wise's wording of the reason, ready to show." })
  message!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Something that may make a payment option's money arrive later than estimated." })
export class QuoteDeliveryDelay {
  @Field(() => String, { description: "Wise's reason for the possible delay, as Wise words it." })
  reason!: string;
}

@ObjectType({ simpleResolvers: true, description: "One way to pay for and deliver a quote, with its own amounts, fees and speed." })
export class QuotePaymentOption {
  @Field({ description: "How the sender pays, as Wise names it: BALANCE, BANK_TRANSFER, CARD, DEBIT, SWIFT, ..." })
  payIn!: string;

  @Field(() => PayOutMethod, { description: "How the recipient is paid." })
  payOut!: PayOutMethod;

  @Field({ description: "Whether this option can be used; see `disabledReason` when not." })
  disabled!: boolean;

  @Field(() => String, { nullable: true, description: "Why the option cannot be used, when it is disabled." })
  disabledReason!: string | null;

  @Field(() => QuoteDisabledReason, { nullable: true, description: "Why the option cannot be used, with Wise's code and message; null when it can be used." })
  disabledReasonDetail!: QuoteDisabledReason | null;

  @Field(() => QuotePrice, { nullable: true, description: "The fees of this option itemised as Wise prices them; null when Wise gives no itemised price." })
  price!: QuotePrice | null;

  @Field(() => [QuoteDeliveryDelay], { description: "Reasons the money may arrive later than estimatedDelivery; empty when Wise expects none." })
  estimatedDeliveryDelays!: QuoteDeliveryDelay[];

  @Field(() => Money, { nullable: true, description: "What the sender pays with this option, fees included." })
  sourceAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "What the recipient gets with this option." })
  targetAmount!: Money | null;

  @Field(() => QuoteFee, { nullable: true, description: "The fees of this option." })
  fee!: QuoteFee | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the money should arrive if sent now." })
  estimatedDelivery!: Date | null;

  @Field(() => String, { nullable: true, description: 'Wise\'s wording of the delivery estimate, such as "by Monday, January 6".' })
  formattedEstimatedDelivery!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A message Wise attaches to a quote." })
export class QuoteNotice {
  @Field({ description: "The message." })
  text!: string;

  @Field(() => String, { nullable: true, description: "A link with more detail, if any." })
  link!: string | null;

  @Field(() => QuoteNoticeType, { description: "How serious it is; BLOCKED means the quote must not be used." })
  type!: QuoteNoticeType;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: Node, description: "A priced offer to convert and send money: rate, fees and amounts, valid until it expires (30 minutes)." })
export class Quote extends Node {
  @Field({ description: "Wise's id of the quote (a UUID); Wise's transfer calls name it `quoteUuid`." })
  wiseId!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency sent." })
  sourceCurrency!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency received." })
  targetCurrency!: string;

  @Field(() => AmountType, { description: "Which amount the caller fixed when asking for the quote." })
  providedAmountType!: AmountType;

  @Field(() => Money, {
    nullable: true,
    description: "The amount sent, fees included: as given for a SOURCE quote, or from the selected payment option for a TARGET quote.",
  })
  sourceAmount!: Money | null;

  @Field(() => Money, {
    nullable: true,
    description: "The amount received: as given for a TARGET quote, or from the selected payment option for a SOURCE quote.",
  })
  targetAmount!: Money | null;

  @Field(() => DecimalScalar, { description: "The exchange rate applied (units of target per unit of source), exact." })
  rate!: string;

  @Field(() => RateType, { description: "Whether the rate is fixed or floating." })
  rateType!: RateType;

  @Field(() => QuoteStatus, { description: "Where the quote stands." })
  status!: QuoteStatus;

  @Field(() => PayOutMethod, { description: "How the recipient will be paid." })
  payOut!: PayOutMethod;

  @Field(() => String, { nullable: true, description: "The pay-in method the quote is priced for, as Wise names it." })
  preferredPayIn!: string | null;

  @Field(() => QuotePaymentOption, {
    nullable: true,
    description: "The payment option matching the quote's pay-out and preferred pay-in: the one to show the user.",
  })
  selectedPaymentOption!: QuotePaymentOption | null;

  @Field(() => [QuotePaymentOption], { description: "Every way to pay for this quote, enabled or not." })
  paymentOptions!: QuotePaymentOption[];

  @Field(() => [QuoteNotice], { description: "Messages Wise attached to the quote." })
  notices!: QuoteNotice[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the quote was created." })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "After this moment the quote can no longer back a transfer." })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Until when the rate is guaranteed." })
  rateExpiresAt!: Date | null;

  /** Wise id of the profile the quote was made for. */
  profileId!: number;
  /** Wise id of the attached recipient, if any. */
  recipientId!: number | null;
}
