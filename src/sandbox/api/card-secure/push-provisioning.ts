// Push provisioning (digital-wallet tag) on the card data host: what a partner's app hands Google
// Pay or Apple Pay to add a card without the cardholder typing it. The card data in it is
// encrypted to the wallet provider's key (keys.ts: the sandbox stands in for Google and Apple),
// so neither the partner's server nor its app can read it; the rest is display data.
//   POST /twcard-data/v1/push-provisioning/encrypted-payload/google-pay {clientDeviceId, clientWalletAccountId}
//   POST /twcard-data/v1/push-provisioning/encrypted-payload/apple-pay {certificates, nonce, nonceSignature}
// The card must be ACTIVE (403 otherwise) with MOBILE_WALLETS enabled (403). The wallet then holds
// an ACTIVE payment token for the card (push provisioning needs no further verification); the same
// device asking again gets the same token.

import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { CompactEncrypt } from "jose";
import { jsonBody, optString, type JsonObject } from "../../body.js";
import { HttpError, json, wiseErrors } from "../../http.js";
import type { Ctx, RouteDef } from "../../route.js";
import type { CardRecord } from "../card/model.js";
import { cardOfRequest, CARD_TOKEN_HEADER, missing, requireStatus } from "./card-of-request.js";
import { walletProviderKey } from "./keys.js";
import { tokenReference, type WalletName } from "./state.js";

const MAX_FIELD = 256;

function requiredString(body: JsonObject, name: string, pattern?: RegExp): string {
  const value = optString(body, name)?.trim();
  if (value === undefined || value === "") throw missing(name);
  if (value.length > MAX_FIELD || (pattern !== undefined && !pattern.test(value))) {
    throw wiseErrors(400, { code: "NOT_VALID", message: `${name} is not valid`, path: name, arguments: [] });
  }
  return value;
}

function walletReady(ctx: Ctx, card: CardRecord): void {
  requireStatus(ctx, card, ["ACTIVE"]);
  if (!card.permissions.MOBILE_WALLETS.isEnabled) {
    throw new HttpError(403, {
      errors: [{ code: "card.permission.disabled", message: "Mobile wallets are disabled for this card.", path: CARD_TOKEN_HEADER, arguments: ["MOBILE_WALLETS"] }],
    });
  }
}

/** The card data for the wallet provider, encrypted to its key (RSA-OAEP-256, A256GCM). */
function forWalletProvider(wallet: WalletName, card: CardRecord, extra: Record<string, string>): Promise<string> {
  const expiry = new Date(card.expiryDate);
  const content = {
    pan: card.secrets.pan,
    expiryMonth: expiry.getUTCMonth() + 1,
    expiryYear: expiry.getUTCFullYear(),
    cardholderName: card.cardHolderName,
    ...extra,
  };
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(content)))
    .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM", kid: `sandbox-${wallet.toLowerCase()}` })
    .encrypt(walletProviderKey(wallet).publicKey);
}

/** The wallet's token for this card on this device: made ACTIVE the first time, found again after. */
function provision(ctx: Ctx, card: CardRecord, wallet: WalletName, device: string): void {
  const tokens = ctx.store.cardSecure.tokensOf(card.token);
  const scheme = card.program.scheme === "VISA" ? "VI" : "MC";
  const prefix = wallet === "APPLE_PAY" ? "APL" : "SHR";
  const reference = tokenReference(`D${prefix}${scheme}`, `payment-token:${wallet}:${card.token}:${device}`);
  const existing = tokens.find((t) => t.paymentTokenUniqueReference === reference && t.provisioningStatus !== "DEACTIVATED");
  if (existing !== undefined) return;
  const now = ctx.now();
  tokens.push({
    cardToken: card.token,
    walletName: wallet,
    paymentTokenUniqueReference: reference,
    panUniqueReference: tokenReference(`F${prefix}${scheme}`, `pan:${wallet}:${card.token}`),
    provisioningStatus: "ACTIVE",
    creationMs: now,
    modificationMs: now,
  });
}

/** The cardholder's address and phone as Google Pay shows them. */
function userAddress(ctx: Ctx, card: CardRecord): Record<string, string> {
  const profile = ctx.store.profiles.get(card.profileId);
  const address = profile === undefined ? undefined : ctx.store.addresses.get(profile.addressId);
  return {
    addressLine1: address?.firstLine ?? "",
    addressLine2: "",
    countryCode: address?.country ?? "",
    locality: address?.city ?? "",
    administrativeArea: address?.state ?? "",
    name: card.cardHolderName,
    phoneNumber: card.phoneNumber,
    postalCode: address?.postCode ?? "",
  };
}

const HEX = /^[0-9a-fA-F]+$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export const pushProvisioningRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/twcard-data/v1/push-provisioning/encrypted-payload/google-pay",
    handler: async (ctx) => {
      const card = cardOfRequest(ctx);
      const body = await jsonBody(ctx);
      const clientDeviceId = requiredString(body, "clientDeviceId");
      const clientWalletAccountId = requiredString(body, "clientWalletAccountId");
      walletReady(ctx, card);
      const opaquePaymentCard = await forWalletProvider("GOOGLE_PAY", card, { clientDeviceId, clientWalletAccountId });
      provision(ctx, card, "GOOGLE_PAY", clientDeviceId);
      const visa = card.program.scheme === "VISA";
      return json({
        opaquePaymentCard,
        cardNetwork: visa ? "CARD_NETWORK_VISA" : "CARD_NETWORK_MASTERCARD",
        tokenServiceProvider: visa ? "TOKEN_PROVIDER_VISA" : "TOKEN_PROVIDER_MASTERCARD",
        cardDisplayName: "Wise Card",
        cardLastDigits: card.lastFourDigits,
        userAddress: userAddress(ctx, card),
      });
    },
  },
  {
    method: "POST",
    path: "/twcard-data/v1/push-provisioning/encrypted-payload/apple-pay",
    handler: async (ctx) => {
      const card = cardOfRequest(ctx);
      const body = await jsonBody(ctx);
      const certificates = body.certificates;
      if (certificates === undefined || certificates === null) throw missing("certificates");
      if (
        !Array.isArray(certificates) ||
        certificates.length === 0 ||
        certificates.length > 3 ||
        certificates.some((c) => typeof c !== "string" || c.length > 8192 || !BASE64.test(c))
      ) {
        throw wiseErrors(400, { code: "NOT_VALID", message: "certificates must list the base64 DER leaf and sub CA certificates", path: "certificates", arguments: [] });
      }
      const nonce = requiredString(body, "nonce", HEX);
      const nonceSignature = requiredString(body, "nonceSignature", HEX);
      walletReady(ctx, card);
      const leaf = createHash("sha256")
        .update(certificates[0] as string)
        .digest("hex");
      const encryptedPassData = await forWalletProvider("APPLE_PAY", card, { nonce, nonceSignature });
      const ephemeral = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ format: "der", type: "spki" });
      provision(ctx, card, "APPLE_PAY", leaf);
      return json({
        encryptedPassData: Buffer.from(encryptedPassData).toString("base64"),
        activationData: randomBytes(32).toString("base64"),
        ephemeralKey: ephemeral.toString("base64"),
      });
    },
  },
];
