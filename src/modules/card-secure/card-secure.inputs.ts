import { Field, ID, InputType, Int } from "type-graphql";
import { CurrencyCodeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { CardPaymentTokenActivation, ThreeDsChallengeResult, ThreeDsChannel } from "./card-secure.enums.js";

const KEY_VERSION = "The version of Wise's key the AES key was wrapped with (CardEncryptionKey.version).";
const ENCRYPTED_PAYLOAD =
  "The client's compact JWE: its own AES-256 key wrapped with Wise's RSA key (alg RSA1_5, enc A256GCM, 12-byte IV). Made on the client; this server passes it on and cannot open it.";
const SCA_TOKEN = "A one-time token cleared after an SCA_REQUIRED answer; sent to Wise as x-2fa-approval.";

@InputType({ description: "The card whose number, CVV2 and expiry to reveal, and the client's sealed request." })
export class CardSensitiveDetailsRevealInput {
  @Field(() => ID, { description: "The card's global ID; the card must be ACTIVE or FROZEN." })
  cardId!: string;

  @Field(() => Int, { description: KEY_VERSION })
  keyVersion!: number;

  @Field({ description: ENCRYPTED_PAYLOAD })
  encryptedPayload!: string;

  @Field(() => String, { nullable: true, description: SCA_TOKEN })
  scaToken?: string | null;
}

@InputType({ description: "The card whose PIN to reveal, and the client's sealed request." })
export class CardPinRevealInput {
  @Field(() => ID, { description: "The card's global ID; the card must be ACTIVE or FROZEN." })
  cardId!: string;

  @Field(() => Int, { description: KEY_VERSION })
  keyVersion!: number;

  @Field({ description: ENCRYPTED_PAYLOAD })
  encryptedPayload!: string;

  @Field(() => String, { nullable: true, description: SCA_TOKEN })
  scaToken?: string | null;
}

@InputType({ description: "The card order whose PIN to set, and the PIN sealed by the client." })
export class CardOrderPinSetInput {
  @Field(() => ID, { description: "The card order's global ID; its card must not be produced yet." })
  cardOrderId!: string;

  @Field(() => Int, { description: KEY_VERSION })
  keyVersion!: number;

  @Field({ description: 'The client\'s compact JWE whose content is the PIN (`{"pin":"1234"}`), sealed as for cardPinReveal. This server cannot open it.' })
  encryptedPayload!: string;
}

@InputType({ description: "The card to add to Google Pay, and the device's wallet ids." })
export class CardPushProvisioningGooglePayInput {
  @Field(() => ID, { description: "The card's global ID; the card must be ACTIVE, with mobile wallets enabled." })
  cardId!: string;

  @Field({ description: "The stable device id Google Pay gives (it must match the one in Google's token request)." })
  clientDeviceId!: string;

  @Field({ description: "The Google wallet account id of the cardholder." })
  clientWalletAccountId!: string;
}

@InputType({ description: "The card to add to Apple Pay, and what Apple gave the app." })
export class CardPushProvisioningApplePayInput {
  @Field(() => ID, { description: "The card's global ID; the card must be ACTIVE, with mobile wallets enabled." })
  cardId!: string;

  @Field(() => [String], { description: "The leaf and sub CA certificates Apple gave the app, each base64 of its DER encoding." })
  certificates!: string[];

  @Field({ description: "Apple's one-time nonce, hex." })
  nonce!: string;

  @Field({ description: "Apple's signature of the nonce, hex." })
  nonceSignature!: string;
}

@InputType({ description: "A wallet token to approve or decline." })
export class CardPaymentTokenActivateInput {
  @Field(() => ID, { description: "The card's global ID." })
  cardId!: string;

  @Field({ description: "The wallet token (Card.paymentTokens' paymentTokenUniqueReference)." })
  paymentTokenUniqueReference!: string;

  @Field(() => CardPaymentTokenActivation, { description: "Approve or decline." })
  activation!: CardPaymentTokenActivation;
}

@InputType({ description: "The cardholder's answer to a 3D Secure push challenge." })
export class CardThreeDsChallengeResultInput {
  @Field(() => ID, { description: "The global ID of the profile the challenged card belongs to." })
  profileId!: string;

  @Field({ description: "The challenge's transaction reference (from the cards#3ds-challenge event)." })
  transactionReference!: string;

  @Field(() => ThreeDsChallengeResult, { description: "Approved or rejected by the cardholder." })
  result!: ThreeDsChallengeResult;

  @Field(() => String, { nullable: true, description: SCA_TOKEN })
  scaToken?: string | null;
}

@InputType({ description: "A merchant's 3D Secure request to raise on a card (sandbox only)." })
export class CardSimulateThreeDsChallengeInput {
  @Field(() => ID, { description: "The card's global ID; it must be ACTIVE." })
  cardId!: string;

  @Field(() => DecimalScalar, { description: "The amount the merchant asks, an exact positive decimal at the currency's scale." })
  amount!: string;

  @Field(() => CurrencyCodeScalar, { description: "The amount's currency." })
  currency!: string;

  @Field({ description: "The merchant's name." })
  merchantName!: string;

  @Field(() => String, { nullable: true, description: "The merchant's country, ISO 3166-1 alpha-2 (GB when absent)." })
  merchantCountry?: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's category." })
  merchantCategory?: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's website." })
  merchantUrl?: string | null;

  @Field(() => ThreeDsChannel, { nullable: true, description: "Where the shopper pays (browser when absent)." })
  channel?: ThreeDsChannel | null;

  @Field(() => Int, { nullable: true, description: "Seconds until the challenge expires, 1 to 3600 (300 when absent, as Wise's challenges)." })
  expiresInSeconds?: number | null;
}
