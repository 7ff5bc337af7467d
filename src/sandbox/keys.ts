// The sandbox's own key pairs, standing in for Wise's: the JOSE encryption key (clients encrypt
// PIN and device-fingerprint bodies to it), the JOSE signing key and the FaceTec key that
// GET /v1/auth/jose/response/public-keys and GET /v1/facetec/public-key publish. Made on first
// use, once per process: they are not state, and RSA key generation is slow.

import { generateKeyPairSync, type KeyObject } from "node:crypto";

export interface KeyPair {
  publicKey: KeyObject;
  privateKey: KeyObject;
}

const made = new Map<string, KeyPair>();

function once(name: string, make: () => KeyPair): KeyPair {
  let pair = made.get(name);
  if (pair === undefined) {
    pair = make();
    made.set(name, pair);
  }
  return pair;
}

/** RSA key for RSA-OAEP-256 (scope PAYLOAD_ENCRYPTION). */
export const wiseEncryptionKey = (): KeyPair => once("encryption", () => generateKeyPairSync("rsa", { modulusLength: 2048 }));

/** EC P-521 key for ES512 (scope PAYLOAD_SIGNING). */
export const wiseSigningKey = (): KeyPair => once("signing", () => generateKeyPairSync("ec", { namedCurve: "P-521" }));

/** RSA key a FaceTec server would export facemaps with. */
export const facetecKey = (): KeyPair => once("facetec", () => generateKeyPairSync("rsa", { modulusLength: 2048 }));

/** A public key as Wise publishes key material: base64 of its DER SubjectPublicKeyInfo. */
export function derBase64(key: KeyObject): string {
  return key.export({ format: "der", type: "spki" }).toString("base64");
}
