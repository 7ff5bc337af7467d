import { Field, Int, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { CardPaymentTokenStatus, CardWallet } from "./card-secure.enums.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "Wise's RSA public key for card data. The client wraps its own AES-256 key with it (RSAES-PKCS1-v1_5) into the JWE it sends to cardSensitiveDetailsReveal, cardPinReveal or cardOrderPinSet.",
})
export class CardEncryptionKey {
  @Field(() => Int, { description: "The key's version: send it as keyVersion." })
  version!: number;

  @Field({ description: "The RSA public key, base64 of its DER SubjectPublicKeyInfo, as Wise gives it." })
  key!: string;
}

@ObjectType({ simpleResolvers: true, description: "A card as one wallet holds it: the scheme's token standing in for the card number." })
export class CardPaymentToken {
  @Field(() => CardWallet, { description: "The wallet." })
  wallet!: CardWallet;

  @Field({ description: "The scheme's reference of this wallet token; cardPaymentTokenActivate names it." })
  paymentTokenUniqueReference!: string;

  @Field(() => String, { nullable: true, description: "The scheme's reference of the card number behind the token; null when Wise has none yet." })
  panUniqueReference!: string | null;

  @Field(() => CardPaymentTokenStatus, { description: "Where the card stands in the wallet." })
  status!: CardPaymentTokenStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the wallet token was made." })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it last changed." })
  updatedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "The cardholder's address and phone as Google Pay shows them." })
export class GooglePayUserAddress {
  @Field(() => String, { nullable: true, description: "First line of the address." })
  addressLine1!: string | null;

  @Field(() => String, { nullable: true, description: "Second line of the address." })
  addressLine2!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country code." })
  countryCode!: string | null;

  @Field(() => String, { nullable: true, description: "City or locality." })
  locality!: string | null;

  @Field(() => String, { nullable: true, description: "State or administrative area." })
  administrativeArea!: string | null;

  @Field(() => String, { nullable: true, description: "The cardholder's name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The phone number of the card." })
  phoneNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Postal code." })
  postalCode!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "What the app hands Google Pay's push provisioning: the card encrypted for Google, and what the wallet displays." })
export class GooglePayProvisioning {
  @Field({ description: "The opaque payment card: the card data encrypted for Google (this server cannot read it). Pass it to Google Pay as it is." })
  opaquePaymentCard!: string;

  @Field(() => String, { nullable: true, description: "CARD_NETWORK_VISA or CARD_NETWORK_MASTERCARD, as Google Pay names networks." })
  cardNetwork!: string | null;

  @Field(() => String, { nullable: true, description: "TOKEN_PROVIDER_VISA or TOKEN_PROVIDER_MASTERCARD." })
  tokenServiceProvider!: string | null;

  @Field(() => String, { nullable: true, description: "The card's name in the wallet." })
  cardDisplayName!: string | null;

  @Field(() => String, { nullable: true, description: "The last four digits of the card number." })
  cardLastDigits!: string | null;

  @Field(() => GooglePayUserAddress, { nullable: true, description: "The cardholder's address and phone." })
  userAddress!: GooglePayUserAddress | null;
}

@ObjectType({ simpleResolvers: true, description: "What the app hands Apple Pay's push provisioning (PKAddPaymentPassRequest): all of it encrypted for Apple." })
export class ApplePayProvisioning {
  @Field({ description: "The card data encrypted for Apple, base64." })
  encryptedPassData!: string;

  @Field({ description: "The activation data, base64." })
  activationData!: string;

  @Field({ description: "The ephemeral public key the pass data was encrypted with, base64." })
  ephemeralKey!: string;
}

@ObjectType({ simpleResolvers: true, description: "The merchant of a payment that raised a 3D Secure challenge." })
export class ThreeDsMerchant {
  @Field({ description: "The merchant's name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The merchant's country, ISO 3166-1 alpha-2." })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's category, when the scheme sent one." })
  category!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's website, when known." })
  url!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A 3D Secure push challenge the sandbox raised on a card: the cardholder answers it with cardThreeDsChallengeResult." })
export class ThreeDsChallenge {
  @Field({ description: "The transaction reference: pass it to cardThreeDsChallengeResult." })
  transactionReference!: string;

  @Field(() => Money, { description: "The amount the merchant asks, exact." })
  amount!: Money;

  @Field(() => ThreeDsMerchant, { description: "Who asks." })
  merchant!: ThreeDsMerchant;

  @Field({ description: "Where the shopper pays: browser or app." })
  channel!: string;

  @Field(() => DateTimeScalar, { description: "When the challenge was raised." })
  occurredAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it expires: a result after that is refused." })
  expiresAt!: Date;
}
