// 3D Secure push challenges (3ds tag). Wise raises a challenge when an online payment asks for
// it and tells the partner (cards#3ds-challenge); the partner's app asks the cardholder and
// reports the answer before the challenge expires.
//   POST /v3/spend/profiles/{profileId}/3dsecure/challenge-result {transactionReference, challengeStatus: APPROVED|REJECTED} -> 204
// Only the first result counts; a repeat answers 204 and changes nothing. After expiry (and no
// result) it is 400. SCA-protected (dana), the one-time token tied to the challenge.
// The sandbox's own route (not Wise's) raises a challenge, as a merchant's 3DS request would, and
// sends cards#3ds-challenge:
//   POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/3ds-challenge
//     {amount, currency, merchantName, merchantCountry?, merchantCategory?, merchantUrl?, channel?, expiresAfterSeconds?}

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { jsonBody, optDecimal, optLong, optString } from "../../body.js";
import { dec, json, notFound, wiseErrors } from "../../http.js";
import { isoSeconds } from "../../format.js";
import type { RouteDef } from "../../route.js";
import { currencyScale } from "../../reference/currencies.js";
import { requireSca } from "../sca/ott.js";
import { emit3dsChallenge } from "../../webhooks/events/cards.js";
import { cardFromPath } from "../card/card-access.js";
import { missing, requireStatus } from "./card-of-request.js";
import { CHALLENGE_EXPIRES_AFTER_SECONDS, type ThreeDsChallengeRecord } from "./state.js";

const CHALLENGE_STATUSES = ["APPROVED", "REJECTED"] as const;

/** The challenge as the simulation answers it (the webhook event's fields, in Wise's REST casing). */
export function challengeView(challenge: ThreeDsChallengeRecord): unknown {
  return {
    transactionReference: challenge.reference,
    cardToken: challenge.cardToken,
    profileId: challenge.profileId,
    challengeMethod: "PUSH",
    channel: challenge.channel,
    amount: { value: dec(challenge.amount.value), currency: challenge.amount.currency },
    merchant: challenge.merchant,
    occurredAt: isoSeconds(challenge.createdMs),
    expiresAt: isoSeconds(challenge.expiresMs),
    challengeExpiresAfter: Math.round((challenge.expiresMs - challenge.createdMs) / 1000),
    result: challenge.result,
  };
}

function notValid(path: string, message: string) {
  return wiseErrors(400, { code: "NOT_VALID", message, path, arguments: [] });
}

export const threeDsRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v3/spend/profiles/:profileId/3dsecure/challenge-result",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const reference = optString(body, "transactionReference")?.trim();
      const status = optString(body, "challengeStatus");
      if (!reference) throw missing("transactionReference");
      if (status === undefined) throw missing("challengeStatus");
      if (!(CHALLENGE_STATUSES as readonly string[]).includes(status)) throw notValid("challengeStatus", "challengeStatus must be APPROVED or REJECTED");
      const challenge = ctx.store.cardSecure.challenges.get(reference);
      if (challenge === undefined || challenge.profileId !== profile.id) throw notFound("Challenge", "transactionReference", reference);
      const approved = requireSca(ctx, profile.id, "CARD__3DS_CHALLENGE_RESULT", "high", reference);
      if (challenge.result !== null) return { status: 204, body: "", headers: approved };
      const now = ctx.now();
      if (now >= challenge.expiresMs) {
        throw wiseErrors(400, { code: "challenge.expired", message: "The 3DS challenge has expired.", path: "transactionReference", arguments: [reference] });
      }
      challenge.result = status as ThreeDsChallengeRecord["result"];
      challenge.resultMs = now;
      return { status: 204, body: "", headers: approved };
    },
  },
  {
    method: "POST",
    path: "/v1/simulation/spend/profiles/:profileId/cards/:cardToken/3ds-challenge",
    handler: async (ctx) => {
      const card = cardFromPath(ctx);
      const body = await jsonBody(ctx);
      const amount = optDecimal(body, "amount");
      const currency = optString(body, "currency")?.trim().toUpperCase();
      const merchantName = optString(body, "merchantName")?.trim();
      if (amount === undefined) throw missing("amount");
      if (currency === undefined || currency === "") throw missing("currency");
      if (!merchantName) throw missing("merchantName");
      if (!ctx.store.currencies.some((c) => c.code === currency)) throw notValid("currency", `Unknown currency ${currency.slice(0, 10)}`);
      const scale = currencyScale(currency);
      const value = new Big(amount);
      if (value.lte(0) || value.round(scale).cmp(value) !== 0) throw notValid("amount", `amount must be positive with at most ${scale} decimals`);
      const merchantCountry = optString(body, "merchantCountry")?.trim().toUpperCase() ?? "GB";
      if (!/^[A-Z]{2}$/.test(merchantCountry)) throw notValid("merchantCountry", "merchantCountry must be an ISO 3166-1 alpha-2 code");
      const channel = optString(body, "channel")?.trim() ?? "browser";
      if (channel !== "browser" && channel !== "app") throw notValid("channel", "channel must be browser or app");
      const expiresAfter = optLong(body, "expiresAfterSeconds") ?? CHALLENGE_EXPIRES_AFTER_SECONDS;
      if (expiresAfter < 1 || expiresAfter > 3600) throw notValid("expiresAfterSeconds", "expiresAfterSeconds must be from 1 to 3600");
      requireStatus(ctx, card, ["ACTIVE"]);
      const now = ctx.now();
      const challenge: ThreeDsChallengeRecord = {
        reference: ctx.store.cardSecure.newChallengeReference(),
        cardToken: card.token,
        profileId: card.profileId,
        clientId: card.clientId,
        amount: { value: value.toFixed(scale), currency },
        merchant: {
          name: merchantName.slice(0, 100),
          country: merchantCountry,
          category: optString(body, "merchantCategory")?.trim().slice(0, 100) || null,
          url: optString(body, "merchantUrl")?.trim().slice(0, 300) || null,
        },
        channel,
        createdMs: now,
        expiresMs: now + expiresAfter * 1000,
        result: null,
        resultMs: null,
      };
      ctx.store.cardSecure.challenges.set(challenge.reference, challenge);
      emit3dsChallenge(ctx.store, challenge, now);
      return json(challengeView(challenge));
    },
  },
];
