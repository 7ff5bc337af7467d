import { Field, ObjectType } from "type-graphql";
import { ScaChallenge } from "../../common/sca/sca-challenge.type.js";
import { UserError } from "../../common/user-error.js";
import { ApplePayProvisioning, CardPaymentToken, GooglePayProvisioning, ThreeDsChallenge } from "./card-secure.types.js";
import { ThreeDsChallengeResult } from "./card-secure.enums.js";

const SCA_CHALLENGE = "Set with the userError SCA_REQUIRED: the challenge to clear before repeating this mutation with input.scaToken. Nothing was revealed.";

@ObjectType({ simpleResolvers: true, description: "The result of cardSensitiveDetailsReveal." })
export class CardSensitiveDetailsRevealPayload {
  @Field(() => String, {
    nullable: true,
    description:
      "Wise's answer, a compact JWE sealed with the client's own AES key (alg dir, enc A256GCM): it opens to {nonce, pan, cvv2, expiryDate, cardholderName} on the client only. Null when userErrors says why.",
  })
  encryptedDetails!: string | null;

  @Field(() => ScaChallenge, { nullable: true, description: SCA_CHALLENGE })
  scaChallenge!: ScaChallenge | null;

  @Field(() => [UserError], {
    description: "Why nothing was revealed (e.g. NOT_ALLOWED for a blocked card, INVALID for a JWE Wise could not open, SCA_REQUIRED); empty on success.",
  })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardPinReveal." })
export class CardPinRevealPayload {
  @Field(() => String, {
    nullable: true,
    description: "Wise's answer, a compact JWE sealed with the client's own AES key: it opens to {nonce, pin} on the client only. Null when userErrors says why.",
  })
  encryptedPin!: string | null;

  @Field(() => ScaChallenge, { nullable: true, description: SCA_CHALLENGE })
  scaChallenge!: ScaChallenge | null;

  @Field(() => [UserError], { description: "Why nothing was revealed; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardOrderPinSet." })
export class CardOrderPinSetPayload {
  @Field({ description: "Whether Wise took the PIN for the order's card." })
  pinSet!: boolean;

  @Field(() => [UserError], { description: "Why the PIN was not set (e.g. NOT_ALLOWED once the card is produced, INVALID for a PIN that is not four digits); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardPushProvisioningGooglePay." })
export class CardPushProvisioningGooglePayPayload {
  @Field(() => GooglePayProvisioning, { nullable: true, description: "What to hand Google Pay; null when userErrors says why." })
  googlePay!: GooglePayProvisioning | null;

  @Field(() => [UserError], { description: "Why nothing was given (e.g. NOT_ALLOWED for a card that is not active or has mobile wallets off); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardPushProvisioningApplePay." })
export class CardPushProvisioningApplePayPayload {
  @Field(() => ApplePayProvisioning, { nullable: true, description: "What to hand Apple Pay; null when userErrors says why." })
  applePay!: ApplePayProvisioning | null;

  @Field(() => [UserError], { description: "Why nothing was given; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardPaymentTokenActivate." })
export class CardPaymentTokenActivatePayload {
  @Field(() => CardPaymentToken, { nullable: true, description: "The wallet token after the answer (null once declined: Wise no longer lists it)." })
  paymentToken!: CardPaymentToken | null;

  @Field(() => [UserError], { description: "Why nothing changed (e.g. NOT_ALLOWED for a token not waiting for activation, NOT_FOUND); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardThreeDsChallengeResult." })
export class CardThreeDsChallengeResultPayload {
  @Field({ description: "Whether Wise took the answer. Only the first answer to a challenge counts: a repeat is accepted and changes nothing." })
  accepted!: boolean;

  @Field(() => ThreeDsChallengeResult, { nullable: true, description: "The answer sent, when accepted." })
  result!: ThreeDsChallengeResult | null;

  @Field(() => ScaChallenge, {
    nullable: true,
    description: "Set with the userError SCA_REQUIRED: the challenge to clear before repeating this mutation with input.scaToken. Nothing was sent.",
  })
  scaChallenge!: ScaChallenge | null;

  @Field(() => [UserError], { description: "Why the answer was not taken (NOT_ALLOWED once the challenge expired, NOT_FOUND, SCA_REQUIRED); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardSimulateThreeDsChallenge." })
export class CardSimulateThreeDsChallengePayload {
  @Field(() => ThreeDsChallenge, { nullable: true, description: "The challenge raised (cards#3ds-challenge was sent); null when userErrors says why." })
  challenge!: ThreeDsChallenge | null;

  @Field(() => [UserError], { description: "Why no challenge was raised; empty on success." })
  userErrors!: UserError[];
}
