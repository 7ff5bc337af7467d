import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { activatePaymentToken, getApplePayPayload, getGooglePayPayload } from "../../wise/endpoints/card-wallets.js";
import { cardKey } from "./card-ids.js";
import { CardPaymentTokenActivateInput, CardPushProvisioningApplePayInput, CardPushProvisioningGooglePayInput } from "./card-secure.inputs.js";
import { toApplePayProvisioning, toCardPaymentToken, toGooglePayProvisioning } from "./card-secure.mapper.js";
import { CardPaymentTokenActivatePayload, CardPushProvisioningApplePayPayload, CardPushProvisioningGooglePayPayload } from "./card-secure.payloads.js";

/** Device ids, wallet account ids and Apple's nonces are short; longer values are refused before Wise is called. */
const MAX_ID = 256;
const MAX_CERTIFICATES = 3;
const MAX_CERTIFICATE = 8192;
const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Wise answers 403 for a card that cannot go into a wallet now (not ACTIVE, mobile wallets off) or that is not the caller's. */
const NOT_PROVISIONABLE = {
  403: { code: UserErrorCode.NOT_ALLOWED, message: "Wise adds to wallets only the caller's ACTIVE cards with mobile wallets enabled.", field: ["input", "cardId"] },
};

const invalid = (message: string, field: string) => UserError.of(UserErrorCode.INVALID, message, ["input", field]);

function textProblem(value: string, field: string, pattern?: RegExp): UserError | null {
  if (value.trim() === "" || value.length > MAX_ID) return invalid(`${field} must be 1 to ${MAX_ID} characters.`, field);
  if (pattern !== undefined && !pattern.test(value)) return invalid(`${field} must be hexadecimal, as Apple gives it.`, field);
  return null;
}

@Resolver()
export class CardWalletMutations {
  @Mutation(() => CardPushProvisioningGooglePayPayload, {
    description:
      "What the app hands Google Pay to add the card on this device without the cardholder typing it: the card encrypted for Google (opaquePaymentCard) and display data. The wallet then holds the card (Card.paymentTokens).",
  })
  async cardPushProvisioningGooglePay(
    @Arg("input", () => CardPushProvisioningGooglePayInput, { description: "The card and Google Pay's device and account ids." }) input: CardPushProvisioningGooglePayInput,
    @Ctx() ctx: Context,
  ): Promise<CardPushProvisioningGooglePayPayload> {
    const done = (payload: CardPushProvisioningGooglePayPayload["googlePay"], userErrors: UserError[]) =>
      Object.assign(new CardPushProvisioningGooglePayPayload(), { googlePay: payload, userErrors });
    const { profileId, cardToken } = cardKey(input.cardId);
    const problems = [textProblem(input.clientDeviceId, "clientDeviceId"), textProblem(input.clientWalletAccountId, "clientWalletAccountId")].filter((p) => p !== null);
    if (problems.length > 0) return done(null, problems);
    const result = await runMutation(
      () => getGooglePayPayload(ctx.twcard(), cardToken, { clientDeviceId: input.clientDeviceId.trim(), clientWalletAccountId: input.clientWalletAccountId.trim() }),
      {
        fields: (path) => (path === "clientDeviceId" || path === "clientWalletAccountId" ? ["input", path] : null),
        notFoundField: ["input", "cardId"],
        statusAsUserError: NOT_PROVISIONABLE,
      },
    );
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.cardPaymentTokens.clear({ profileId, cardToken });
    return done(toGooglePayProvisioning(result.value), []);
  }

  @Mutation(() => CardPushProvisioningApplePayPayload, {
    description: "What the app hands Apple Pay (PKAddPaymentPassRequest) to add the card: the pass data encrypted for Apple with the certificates and nonce Apple gave the app.",
  })
  async cardPushProvisioningApplePay(
    @Arg("input", () => CardPushProvisioningApplePayInput, { description: "The card and what Apple gave the app." }) input: CardPushProvisioningApplePayInput,
    @Ctx() ctx: Context,
  ): Promise<CardPushProvisioningApplePayPayload> {
    const done = (payload: CardPushProvisioningApplePayPayload["applePay"], userErrors: UserError[]) =>
      Object.assign(new CardPushProvisioningApplePayPayload(), { applePay: payload, userErrors });
    const { profileId, cardToken } = cardKey(input.cardId);
    const problems: UserError[] = [];
    if (input.certificates.length === 0 || input.certificates.length > MAX_CERTIFICATES || input.certificates.some((c) => c.length > MAX_CERTIFICATE || !BASE64.test(c))) {
      problems.push(invalid(`certificates must list Apple's leaf and sub CA certificates (1 to ${MAX_CERTIFICATES}), each base64 of its DER encoding.`, "certificates"));
    }
    for (const p of [textProblem(input.nonce, "nonce", HEX), textProblem(input.nonceSignature, "nonceSignature", HEX)]) if (p) problems.push(p);
    if (problems.length > 0) return done(null, problems);
    const result = await runMutation(
      () => getApplePayPayload(ctx.twcard(), cardToken, { certificates: input.certificates, nonce: input.nonce, nonceSignature: input.nonceSignature }),
      {
        fields: (path) => (path === "certificates" || path === "nonce" || path === "nonceSignature" ? ["input", path] : null),
        notFoundField: ["input", "cardId"],
        statusAsUserError: NOT_PROVISIONABLE,
      },
    );
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.cardPaymentTokens.clear({ profileId, cardToken });
    return done(toApplePayProvisioning(result.value), []);
  }

  @Mutation(() => CardPaymentTokenActivatePayload, {
    description:
      "Approves or declines a card the cardholder added to a wallet by hand (a payment token INACTIVE in Card.paymentTokens), once the app has verified them. Approving a token already active changes nothing.",
  })
  async cardPaymentTokenActivate(
    @Arg("input", () => CardPaymentTokenActivateInput, { description: "The card, its wallet token and the answer." }) input: CardPaymentTokenActivateInput,
    @Ctx() ctx: Context,
  ): Promise<CardPaymentTokenActivatePayload> {
    const done = (token: CardPaymentTokenActivatePayload["paymentToken"], userErrors: UserError[]) =>
      Object.assign(new CardPaymentTokenActivatePayload(), { paymentToken: token, userErrors });
    const key = cardKey(input.cardId);
    const reference = input.paymentTokenUniqueReference.trim();
    if (reference === "" || reference.length > MAX_ID || !/^[A-Za-z0-9_-]+$/.test(reference)) {
      return done(null, [invalid("paymentTokenUniqueReference must be a wallet token of Card.paymentTokens.", "paymentTokenUniqueReference")]);
    }
    const result = await runMutation(() => activatePaymentToken(ctx.wise(), key.profileId, key.cardToken, reference, input.activation), {
      fields: (path) => (path === "activation" ? ["input", "activation"] : null),
      notFoundField: ["input", "paymentTokenUniqueReference"],
    });
    if ("userErrors" in result) return done(null, result.userErrors.map(notWaiting));
    ctx.loaders.cardPaymentTokens.clear(key);
    const tokens = await ctx.loaders.cardPaymentTokens.load(key).catch(() => []);
    const token = tokens.find((t) => t.paymentTokenUniqueReference === reference);
    return done(token === undefined ? null : toCardPaymentToken(token), []);
  }
}

/** Wise's 400 for a token that is not waiting for activation is the token's state. */
function notWaiting(error: UserError): UserError {
  return error.code === UserErrorCode.INVALID && error.field === null ? UserError.of(UserErrorCode.NOT_ALLOWED, error.message, ["input", "paymentTokenUniqueReference"]) : error;
}
