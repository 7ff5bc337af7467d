import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { CurrencyCodeScalar, DateTimeScalar } from "../../common/scalars/index.js";
import { CardScheme, CardStatus, CardType } from "./card.enums.js";

@ObjectType({ simpleResolvers: true, description: "The card program a card belongs to: its network, default currency and type." })
export class CardProgram {
  @Field({ description: "Wise's name of the program, e.g. VISA_DEBIT_CONSUMER_GB_1." })
  name!: string;

  @Field(() => CardScheme, { description: "The card network." })
  scheme!: CardScheme;

  @Field(() => CurrencyCodeScalar, { description: "The card's default currency: a payment in it is taken from the balance in that currency first." })
  defaultCurrency!: string;

  @Field(() => CardType, { description: "Physical or virtual." })
  type!: CardType;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType("Card", { simpleResolvers: true, implements: Node, description: "A Wise card issued to a profile. Its number, CVV and PIN are never part of it." })
export class Card extends Node {
  @Field({ description: "Wise's id of the card: its token (a UUID), as every Node names Wise's id." })
  wiseId!: string;

  @Field({ description: "Wise's token of the card (a UUID), the name Wise's card API gives it; the same value as wiseId." })
  wiseToken!: string;

  @Field(() => CardStatus, { description: "Where the card stands; cardFreeze, cardUnfreeze and cardBlock change it." })
  status!: CardStatus;

  @Field({ description: "The name printed on the card." })
  cardHolderName!: string;

  @Field(() => DateTimeScalar, { description: "When the card expires (the last day of its expiry month)." })
  expiryDate!: Date;

  @Field({ description: "The last four digits of the card number." })
  lastFourDigits!: string;

  @Field(() => String, { nullable: true, description: "The bank identification number: the first six digits of the card number." })
  bankIdentificationNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The phone number the card is registered with (3-D Secure codes go to it)." })
  phoneNumber!: string | null;

  @Field(() => CardProgram, { description: "The card's program: network, default currency and type." })
  program!: CardProgram;

  @Field(() => DateTimeScalar, { description: "When the card was issued." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: "When the card last changed." })
  updatedAt!: Date;

  /** The owning profile's Wise id (the card is read through it); for other modules' field resolvers. */
  profileId!: number;

  /** Wise's card token, as the card's paths need it; for other modules' field resolvers. */
  token!: string;
}
