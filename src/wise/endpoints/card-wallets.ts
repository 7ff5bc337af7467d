import { z } from "zod";
import { route } from "../route.js";
import {
  wiseApplePayPayload,
  wiseGooglePayPayload,
  wisePaymentTokens,
  type WiseApplePayPayload,
  type WiseGooglePayPayload,
  type WisePaymentToken,
} from "../schemas/card-secure.js";
import type { WiseSession } from "../session.js";

export type WiseWalletName = "APPLE_PAY" | "GOOGLE_PAY";

const CARD_TOKEN_HEADER = "x-tw-twcard-card-token";

/**
 * `POST /v3/spend/profiles/{profileId}/cards/{cardToken}/payment-tokens`: the card's wallet
 * tokens in the given wallets (all when none is named), except deactivated ones. A read, sent as
 * a POST as Wise defines it.
 * @wiseOperation POST /v3/spend/profiles/{profileId}/cards/{cardToken}/payment-tokens
 */
export async function listPaymentTokens(wise: WiseSession, profileId: number, cardToken: string, walletNames: readonly WiseWalletName[]): Promise<WisePaymentToken[]> {
  const answer = await wise.call({
    method: "POST",
    route: route`/v3/spend/profiles/${profileId}/cards/${cardToken}/payment-tokens`,
    json: { walletNames },
    decoder: wisePaymentTokens,
  });
  return answer.paymentTokens;
}

/**
 * `POST /v3/spend/profiles/{profileId}/cards/{cardToken}/payment-tokens/{paymentTokenUniqueReference}/activation`:
 * approves or declines a card the cardholder added to a wallet by hand. Answers 204.
 * @wiseOperation POST /v3/spend/profiles/{profileId}/cards/{cardToken}/payment-tokens/{paymentTokenUniqueReference}/activation
 */
export async function activatePaymentToken(wise: WiseSession, profileId: number, cardToken: string, reference: string, activation: "APPROVE" | "DECLINE"): Promise<void> {
  await wise.call({
    method: "POST",
    route: route`/v3/spend/profiles/${profileId}/cards/${cardToken}/payment-tokens/${reference}/activation`,
    json: { activation },
    decoder: z.unknown(),
  });
}

/**
 * `POST /twcard-data/v1/push-provisioning/encrypted-payload/google-pay` (card data host): the
 * opaque card Google Pay takes to add the card on that device, encrypted for Google.
 * @wiseOperation POST /twcard-data/v1/push-provisioning/encrypted-payload/google-pay
 */
export function getGooglePayPayload(twcard: WiseSession, cardToken: string, request: { clientDeviceId: string; clientWalletAccountId: string }): Promise<WiseGooglePayPayload> {
  return twcard.call({
    method: "POST",
    route: route`/twcard-data/v1/push-provisioning/encrypted-payload/google-pay`,
    headers: { [CARD_TOKEN_HEADER]: cardToken },
    json: request,
    decoder: wiseGooglePayPayload,
  });
}

/**
 * `POST /twcard-data/v1/push-provisioning/encrypted-payload/apple-pay` (card data host): the pass
 * data Apple Pay takes to add the card, encrypted for Apple with the device's certificates.
 * @wiseOperation POST /twcard-data/v1/push-provisioning/encrypted-payload/apple-pay
 */
export function getApplePayPayload(
  twcard: WiseSession,
  cardToken: string,
  request: { certificates: string[]; nonce: string; nonceSignature: string },
): Promise<WiseApplePayPayload> {
  return twcard.call({
    method: "POST",
    route: route`/twcard-data/v1/push-provisioning/encrypted-payload/apple-pay`,
    headers: { [CARD_TOKEN_HEADER]: cardToken },
    json: request,
    decoder: wiseApplePayPayload,
  });
}
