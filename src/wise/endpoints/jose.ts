import { route } from "../route.js";
import { wiseClientPublicKey, wiseJosePublicKey, type WiseClientPublicKey, type WiseJosePublicKey } from "../schemas/jose.js";
import type { PartnerSession } from "../partner-session.js";

/** What a Wise public key is for, and with which algorithm. */
export interface WiseKeyQuery {
  scope: "PAYLOAD_SIGNING" | "PAYLOAD_ENCRYPTION";
  algorithm: string;
  version?: number;
}

/**
 * `GET /v1/auth/jose/response/public-keys`: Wise's public key for checking its signed answers
 * (PAYLOAD_SIGNING) or for encrypting bodies to it (PAYLOAD_ENCRYPTION). Client-credentials token
 * only; callers go through the process's key cache (sca/wise-keys.ts).
 * @wiseOperation GET /v1/auth/jose/response/public-keys
 */
export function getWisePublicKey(partner: PartnerSession, query: WiseKeyQuery): Promise<WiseJosePublicKey> {
  return partner.call({
    method: "GET",
    route: route`/v1/auth/jose/response/public-keys`,
    searchParams: { scope: query.scope, algorithm: query.algorithm, version: query.version },
    decoder: wiseJosePublicKey,
  });
}

/** The body of `POST /v1/auth/jose/request/public-keys`. */
export interface WiseClientPublicKeyRequest {
  keyId: string;
  scope: "PAYLOAD_SIGNING" | "PAYLOAD_ENCRYPTION";
  validFrom: string;
  validTill: string;
  publicKeyMaterial: { algorithm: string; keyMaterial: string };
}

/**
 * `POST /v1/auth/jose/request/public-keys`: installs a client public key (base64 DER) with which
 * Wise checks signed requests or encrypts its answers. Client-credentials token only: the key
 * belongs to the partner, for the calls of every user it acts for.
 * @wiseOperation POST /v1/auth/jose/request/public-keys
 */
export function addClientPublicKey(partner: PartnerSession, request: WiseClientPublicKeyRequest): Promise<WiseClientPublicKey> {
  return partner.call({ method: "POST", route: route`/v1/auth/jose/request/public-keys`, json: request, decoder: wiseClientPublicKey });
}
