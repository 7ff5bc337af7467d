import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { CardSimulationPointOfSale, CardSimulationTransactionType } from "./card-simulation.enums.js";

@InputType({ description: "Wise sandbox only: a merchant asks to hold money on a card." })
export class CardSimulateAuthorisationInput {
  @Field(() => ID, { description: "The Card used." })
  cardId!: string;

  @Field(() => DecimalScalar, { description: "The amount the merchant asks, as an exact decimal with no more decimals than its currency has." })
  amount!: string;

  @Field(() => CurrencyCodeScalar, { description: "The merchant's currency." })
  currency!: string;

  @Field(() => CardSimulationTransactionType, { defaultValue: CardSimulationTransactionType.GOODS_AND_SERVICES, description: "A purchase unless said otherwise." })
  transactionType!: CardSimulationTransactionType;

  @Field(() => CardSimulationPointOfSale, { defaultValue: CardSimulationPointOfSale.CHIP_AND_PIN, description: "How the card is presented; chip and PIN unless said otherwise." })
  pos!: CardSimulationPointOfSale;

  @Field(() => String, { defaultValue: "5999", description: 'The merchant category code (MCC), four digits: "5411" groceries, "6011" an ATM, "7995" gambling.' })
  mcc!: string;

  @Field(() => String, {
    nullable: true,
    description: "The merchant's country (ISO 3166-1 alpha-2); the card's country when omitted. The embedded sandbox reads it; Wise's sandbox may ignore it.",
  })
  merchantCountry?: string | null;
}

@InputType({ description: "Wise sandbox only: the merchant captures an authorisation." })
export class CardSimulateClearingInput {
  @Field(() => ID, { description: "The CardTransaction to clear: an authorisation this server simulated." })
  transactionId!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The amount captured, in the transaction's currency; it may differ from the one authorised. The authorised amount when omitted.",
  })
  amount?: string | null;
}

@InputType({ description: "Wise sandbox only: the merchant gives up an authorisation, wholly or in part." })
export class CardSimulateReversalInput {
  @Field(() => ID, { description: "The CardTransaction to reverse: an authorisation this server simulated." })
  transactionId!: string;

  @Field(() => DecimalScalar, { defaultValue: "0", description: "What the transaction is worth after the reversal, in its currency: 0 (the default) gives it all up." })
  finalAmount!: string;
}
