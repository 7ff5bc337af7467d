import { route } from "../route.js";
import { SCA_APPROVAL_HEADER } from "../sca/headers.js";
import { sealedAnswer } from "../sealed-answer.js";
import { wiseCardEncryptionKey, wisePresetPinAnswer, wiseSealedAnswer, type WiseCardEncryptionKey } from "../schemas/card-secure.js";
import type { WiseSession } from "../session.js";

// Wise's card data host (twcard): every function here takes the caller's session on that host
// (ctx.twcard()). The card's number, CVV2 and PIN come back as a compact JWE sealed with the
// caller's own AES key, passed on as it is: this server never holds a key that opens it.

/** What the client sends: its AES key wrapped for Wise's RSA key of `keyVersion`, as a compact JWE. */
export interface WiseEncryptedRequest {
  keyVersion: number;
  encryptedPayload: string;
}

const CARD_TOKEN_HEADER = "x-tw-twcard-card-token";
const ORDER_ID_HEADER = "x-tw-twcard-order-id";

const scaHeaders = (scaToken: string | undefined): Record<string, string> => (scaToken === undefined ? {} : { [SCA_APPROVAL_HEADER]: scaToken });

/**
 * `GET /twcard-data/v1/clientSideEncryption/fetchEncryptingKey`: Wise's RSA public key that a
 * client wraps its AES key with, and its version.
 * @wiseOperation GET /twcard-data/v1/clientSideEncryption/fetchEncryptingKey
 */
export function getCardEncryptionKey(twcard: WiseSession): Promise<WiseCardEncryptionKey> {
  return twcard.call({ method: "GET", route: route`/twcard-data/v1/clientSideEncryption/fetchEncryptingKey`, decoder: wiseCardEncryptionKey });
}

/**
 * `POST /twcard-data/v1/sensitive-card-data/details`: the card's number, CVV2, expiry and name,
 * sealed for the client's key (a compact JWE). SCA-protected: `scaToken` goes in `x-2fa-approval`.
 * @wiseOperation POST /twcard-data/v1/sensitive-card-data/details
 */
export async function getCardSensitiveDetails(twcard: WiseSession, cardToken: string, request: WiseEncryptedRequest, scaToken?: string): Promise<string> {
  const text = await twcard.call({
    method: "POST",
    route: route`/twcard-data/v1/sensitive-card-data/details`,
    headers: { [CARD_TOKEN_HEADER]: cardToken, ...scaHeaders(scaToken) },
    json: request,
    textAnswer: true,
    decoder: wiseSealedAnswer,
  });
  return sealedAnswer(text, "POST /twcard-data/v1/sensitive-card-data/details");
}

/**
 * `POST /twcard-data/v1/sensitive-card-data/pin`: the card's PIN, sealed for the client's key.
 * SCA-protected like the details.
 * @wiseOperation POST /twcard-data/v1/sensitive-card-data/pin
 */
export async function getCardPin(twcard: WiseSession, cardToken: string, request: WiseEncryptedRequest, scaToken?: string): Promise<string> {
  const text = await twcard.call({
    method: "POST",
    route: route`/twcard-data/v1/sensitive-card-data/pin`,
    headers: { [CARD_TOKEN_HEADER]: cardToken, ...scaHeaders(scaToken) },
    json: request,
    textAnswer: true,
    decoder: wiseSealedAnswer,
  });
  return sealedAnswer(text, "POST /twcard-data/v1/sensitive-card-data/pin");
}

/**
 * `POST /twcard-data/v1/sensitive-card-data/preset-pin`: sets the PIN of the card an order will
 * produce, sent sealed by the client (the PIN encrypted with its AES key, that key wrapped for
 * Wise's). Answers the order id.
 * @wiseOperation POST /twcard-data/v1/sensitive-card-data/preset-pin
 */
export async function presetCardOrderPin(twcard: WiseSession, cardOrderId: number, request: WiseEncryptedRequest): Promise<string> {
  const answer = await twcard.call({
    method: "POST",
    route: route`/twcard-data/v1/sensitive-card-data/preset-pin`,
    headers: { [ORDER_ID_HEADER]: String(cardOrderId) },
    json: request,
    decoder: wisePresetPinAnswer,
  });
  return answer.cardOrderId;
}
