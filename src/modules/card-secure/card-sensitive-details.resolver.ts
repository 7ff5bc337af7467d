import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { runMutation } from "../../common/run-mutation.js";
import { badScaToken } from "../../common/sca/sca-challenge.mapper.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { getCardEncryptionKey, getCardPin, getCardSensitiveDetails, presetCardOrderPin } from "../../wise/endpoints/card-sensitive-details.js";
import { cardKey, cardOrderKey } from "./card-ids.js";
import { CardOrderPinSetInput, CardPinRevealInput, CardSensitiveDetailsRevealInput } from "./card-secure.inputs.js";
import { CardOrderPinSetPayload, CardPinRevealPayload, CardSensitiveDetailsRevealPayload } from "./card-secure.payloads.js";
import { CardEncryptionKey } from "./card-secure.types.js";
import { sealedRequestField, sealedRequestProblems } from "./sealed-request.js";

/** Wise answers 403 for a card whose data it no longer serves (blocked, expired...) or that is not the caller's. */
const NOT_REVEALABLE = {
  403: { code: UserErrorCode.NOT_ALLOWED, message: "Wise serves card data only for the caller's cards that are ACTIVE or FROZEN.", field: ["input", "cardId"] },
};

/**
 * The sensitive card data flow: the client fetches Wise's key (cardEncryptionKey), seals its own
 * AES key with it, and these mutations pass the sealed request to Wise's card data host with the
 * caller's token and pass Wise's sealed answer back as it is. Mutations (POST), never queries, so
 * the request never lands in a URL or a cache; neither request nor answer is logged.
 */
@Resolver()
export class CardSensitiveDetailsResolver {
  @Query(() => CardEncryptionKey, {
    description:
      "Wise's RSA public key for card data (the same for every caller; Wise may change its version). The client wraps its own AES key with it for cardSensitiveDetailsReveal, cardPinReveal and cardOrderPinSet.",
  })
  async cardEncryptionKey(@Ctx() ctx: Context): Promise<CardEncryptionKey> {
    const key = await getCardEncryptionKey(ctx.twcard());
    return Object.assign(new CardEncryptionKey(), { version: key.version, key: key.key });
  }

  @Mutation(() => CardSensitiveDetailsRevealPayload, {
    description:
      "Asks Wise for a card's number, CVV2, expiry and cardholder name, sealed for the client's own AES key: only the client can open encryptedDetails. Where Wise asks for strong customer authentication, userErrors holds SCA_REQUIRED and scaChallenge the challenge: clear it, then repeat with input.scaToken (the same encryptedPayload may be sent again).",
  })
  async cardSensitiveDetailsReveal(
    @Arg("input", () => CardSensitiveDetailsRevealInput, { description: "The card and the client's sealed request." }) input: CardSensitiveDetailsRevealInput,
    @Ctx() ctx: Context,
  ): Promise<CardSensitiveDetailsRevealPayload> {
    const done = (encryptedDetails: string | null, userErrors: UserError[], scaChallenge = null as CardSensitiveDetailsRevealPayload["scaChallenge"]) =>
      Object.assign(new CardSensitiveDetailsRevealPayload(), { encryptedDetails, scaChallenge, userErrors });
    const { cardToken } = cardKey(input.cardId);
    const problems = requestProblems(input);
    if (problems.length > 0) return done(null, problems);
    const request = { keyVersion: input.keyVersion, encryptedPayload: input.encryptedPayload };
    const result = await runMutation(() => getCardSensitiveDetails(ctx.twcard(), cardToken, request, input.scaToken ?? undefined), {
      fields: sealedRequestField,
      notFoundField: ["input", "cardId"],
      statusAsUserError: NOT_REVEALABLE,
    });
    if ("userErrors" in result) return done(null, result.userErrors, result.scaChallenge ?? null);
    return done(result.value, []);
  }

  @Mutation(() => CardPinRevealPayload, {
    description: "Asks Wise for a card's PIN, sealed for the client's own AES key: only the client can open encryptedPin. SCA as for cardSensitiveDetailsReveal.",
  })
  async cardPinReveal(
    @Arg("input", () => CardPinRevealInput, { description: "The card and the client's sealed request." }) input: CardPinRevealInput,
    @Ctx() ctx: Context,
  ): Promise<CardPinRevealPayload> {
    const done = (encryptedPin: string | null, userErrors: UserError[], scaChallenge = null as CardPinRevealPayload["scaChallenge"]) =>
      Object.assign(new CardPinRevealPayload(), { encryptedPin, scaChallenge, userErrors });
    const { cardToken } = cardKey(input.cardId);
    const problems = requestProblems(input);
    if (problems.length > 0) return done(null, problems);
    const request = { keyVersion: input.keyVersion, encryptedPayload: input.encryptedPayload };
    const result = await runMutation(() => getCardPin(ctx.twcard(), cardToken, request, input.scaToken ?? undefined), {
      fields: sealedRequestField,
      notFoundField: ["input", "cardId"],
      statusAsUserError: NOT_REVEALABLE,
    });
    if ("userErrors" in result) return done(null, result.userErrors, result.scaChallenge ?? null);
    return done(result.value, []);
  }

  @Mutation(() => CardOrderPinSetPayload, {
    description:
      "Sets the PIN of the card an order will produce, chosen by the cardholder and sealed on the client (this server never sees it). Allowed until the card is produced; without it Wise picks a PIN.",
  })
  async cardOrderPinSet(
    @Arg("input", () => CardOrderPinSetInput, { description: "The order and the sealed PIN." }) input: CardOrderPinSetInput,
    @Ctx() ctx: Context,
  ): Promise<CardOrderPinSetPayload> {
    const done = (pinSet: boolean, userErrors: UserError[]) => Object.assign(new CardOrderPinSetPayload(), { pinSet, userErrors });
    const { orderId } = cardOrderKey(input.cardOrderId);
    const problems = sealedRequestProblems(input);
    if (problems.length > 0) return done(false, problems);
    const result = await runMutation(() => presetCardOrderPin(ctx.twcard(), orderId, { keyVersion: input.keyVersion, encryptedPayload: input.encryptedPayload }), {
      fields: (wisePath) => sealedRequestField(wisePath) ?? (wisePath === "x-tw-twcard-order-id" ? ["input", "cardOrderId"] : null),
      notFoundField: ["input", "cardOrderId"],
    });
    if ("userErrors" in result) return done(false, result.userErrors.map(notSettable));
    return done(true, []);
  }
}

function requestProblems(input: { keyVersion: number; encryptedPayload: string; scaToken?: string | null }): UserError[] {
  const problems = sealedRequestProblems(input);
  const badToken = input.scaToken == null ? null : badScaToken(input.scaToken, ["input", "scaToken"]);
  return badToken === null ? problems : [...problems, badToken];
}

/** Wise's 422 for an order past production is a state of the order, not a bad value. */
function notSettable(error: UserError): UserError {
  return error.field?.[1] === "cardOrderId" && error.code === UserErrorCode.INVALID ? UserError.of(UserErrorCode.NOT_ALLOWED, error.message, error.field) : error;
}
