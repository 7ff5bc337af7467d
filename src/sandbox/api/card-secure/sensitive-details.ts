// Wise's card data host (twcard), served by the sandbox on its own port: the RSA key clients wrap
// their AES key with, the card's number, CVV2 and PIN sealed for that AES key, and the PIN a
// customer chooses while ordering a card. The card data never leaves here in the clear: an answer
// is a compact JWE only the client's key opens (jwe.ts).
//   GET  /twcard-data/v1/clientSideEncryption/fetchEncryptingKey -> {version, key (base64 DER)}
//   POST /twcard-data/v1/sensitive-card-data/details  (x-tw-twcard-card-token) -> JWE {nonce, pan, cvv2, expiryDate, cardholderName}
//   POST /twcard-data/v1/sensitive-card-data/pin      (x-tw-twcard-card-token) -> JWE {nonce, pin}
//   POST /twcard-data/v1/sensitive-card-data/preset-pin (x-tw-twcard-order-id) -> {cardOrderId}
// Details and PIN need a card that is ACTIVE or FROZEN (403 otherwise) and are SCA-protected
// (dana): the one-time token is tied to the card.

import { randomUUID } from "node:crypto";
import { isUuid, jsonBody, optLong, optString } from "../../body.js";
import { json, wiseErrors, type Reply } from "../../http.js";
import { derBase64 } from "../../keys.js";
import type { RouteDef } from "../../route.js";
import type { Ctx } from "../../route.js";
import type { CardOrderStatus, CardRecord } from "../card/model.js";
import { requireSca } from "../sca/ott.js";
import { cardOfRequest, missing, orderOfRequest, requireStatus } from "./card-of-request.js";
import { JweRefusal, openClientJwe, sealForClient, type OpenedJwe } from "./jwe.js";
import { TWCARD_KEY_VERSION, twcardKey } from "./keys.js";

/** Card data is kept for live cards only: a blocked, expired or purged card's is not served. */
const REVEALABLE = ["ACTIVE", "FROZEN"] as const;

/** A PIN may be chosen until the card is produced. */
const PIN_SETTABLE: readonly CardOrderStatus[] = ["PLACED", "REQUIREMENTS_FULFILLED", "CARD_DETAILS_CREATED"];

const JOSE_ANSWER = "application/jose";

/** Reads {keyVersion, encryptedPayload} and opens the JWE: 400 when either is missing, the version is not the key's, or the JWE does not open. */
async function openedRequest(ctx: Ctx, beforeOpening: () => void = () => undefined): Promise<OpenedJwe> {
  const body = await jsonBody(ctx);
  const keyVersion = optLong(body, "keyVersion");
  const encryptedPayload = optString(body, "encryptedPayload");
  if (keyVersion === undefined) throw missing("keyVersion");
  if (encryptedPayload === undefined || encryptedPayload.trim() === "") throw missing("encryptedPayload");
  if (keyVersion !== TWCARD_KEY_VERSION) {
    throw wiseErrors(400, { code: "NOT_VALID", message: `Unknown key version ${keyVersion}: fetch the current key.`, path: "keyVersion", arguments: [keyVersion] });
  }
  beforeOpening();
  try {
    return openClientJwe(encryptedPayload, twcardKey().privateKey);
  } catch (error) {
    const reason = error instanceof JweRefusal ? error.message : "it could not be read";
    throw wiseErrors(400, { code: "jose.decryption.failed", message: `encryptedPayload is not a JWE for the current key: ${reason}.`, path: "encryptedPayload", arguments: [] });
  }
}

/** The nonce the client put in its request (a UUID), or a new one. */
function nonceOf(opened: OpenedJwe): string {
  try {
    const sent = JSON.parse(new TextDecoder().decode(opened.plaintext)) as { nonce?: unknown };
    if (typeof sent?.nonce === "string" && isUuid(sent.nonce)) return sent.nonce;
  } catch {
    // An empty or non-JSON request content carries no nonce.
  }
  return randomUUID();
}

/** The card's expiry as printed on it, MM/YY. */
function printedExpiry(card: CardRecord): string {
  const date = new Date(card.expiryDate);
  return `${String(date.getUTCMonth() + 1).padStart(2, "0")}/${String(date.getUTCFullYear() % 100).padStart(2, "0")}`;
}

async function sealed(value: unknown, opened: OpenedJwe, headers: Record<string, string>): Promise<Reply> {
  return { status: 200, body: await sealForClient(value, opened.contentKey), headers: { ...headers, "content-type": JOSE_ANSWER } };
}

/** The PIN inside a preset-pin JWE: `{"pin":"1234"}` or the four digits alone. */
function chosenPin(opened: OpenedJwe): string {
  const text = new TextDecoder().decode(opened.plaintext).trim();
  let pin: unknown = text;
  try {
    const parsed = JSON.parse(text) as unknown;
    pin = typeof parsed === "object" && parsed !== null ? (parsed as { pin?: unknown }).pin : parsed;
  } catch {
    // Not JSON: the digits themselves.
  }
  if (typeof pin === "number") pin = String(pin);
  if (typeof pin !== "string" || !/^\d{4}$/.test(pin)) {
    throw wiseErrors(400, { code: "NOT_VALID", message: "The PIN must be four digits.", path: "encryptedPayload", arguments: [] });
  }
  return pin;
}

export const sensitiveDetailRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/twcard-data/v1/clientSideEncryption/fetchEncryptingKey",
    handler: () => json({ version: TWCARD_KEY_VERSION, key: derBase64(twcardKey().publicKey) }),
  },
  {
    method: "POST",
    path: "/twcard-data/v1/sensitive-card-data/details",
    handler: async (ctx) => {
      const card = cardOfRequest(ctx);
      requireStatus(ctx, card, REVEALABLE);
      let approved: Record<string, string> = {};
      const opened = await openedRequest(ctx, () => (approved = requireSca(ctx, card.profileId, "CARD__SENSITIVE_DETAILS", "high", card.token)));
      const { pan, cvv2 } = card.secrets;
      return sealed({ nonce: nonceOf(opened), pan, cvv2, expiryDate: printedExpiry(card), cardholderName: card.cardHolderName }, opened, approved);
    },
  },
  {
    method: "POST",
    path: "/twcard-data/v1/sensitive-card-data/pin",
    handler: async (ctx) => {
      const card = cardOfRequest(ctx);
      requireStatus(ctx, card, REVEALABLE);
      let approved: Record<string, string> = {};
      const opened = await openedRequest(ctx, () => (approved = requireSca(ctx, card.profileId, "CARD__PIN", "high", card.token)));
      return sealed({ nonce: nonceOf(opened), pin: card.secrets.pin }, opened, approved);
    },
  },
  {
    method: "POST",
    path: "/twcard-data/v1/sensitive-card-data/preset-pin",
    handler: async (ctx) => {
      const order = orderOfRequest(ctx);
      if (!PIN_SETTABLE.includes(order.status)) {
        throw wiseErrors(422, {
          code: "card.order.pin.not.settable",
          message: `The order is ${order.status}: a PIN can be chosen only until the card is produced.`,
          path: "x-tw-twcard-order-id",
          arguments: [order.status],
        });
      }
      const pin = chosenPin(await openedRequest(ctx));
      order.presetPin = pin;
      order.modificationMs = ctx.now();
      // A card already made from the order takes the PIN too.
      const card = order.cardToken === null ? undefined : ctx.store.cards.cards.get(order.cardToken);
      if (card !== undefined) card.secrets.pin = pin;
      return json({ cardOrderId: String(order.id) });
    },
  },
];
