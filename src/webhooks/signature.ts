import { createPublicKey, verify, type KeyObject } from "node:crypto";

/** Base64 as Wise sends it in X-Signature-SHA256 (an RSA 2048 signature is 344 characters). */
const BASE64 = /^[A-Za-z0-9+/]{1,1400}={0,2}$/;

/** Reads the trusted public keys (PEM); throws naming the first one that is not an RSA public key. */
export function webhookPublicKeys(pems: readonly string[]): KeyObject[] {
  return pems.map((pem, index) => {
    let key: KeyObject;
    try {
      key = createPublicKey(pem);
    } catch {
      throw new Error(`webhook public key ${index + 1} is not a public key in PEM format`);
    }
    if (key.asymmetricKeyType !== "rsa") throw new Error(`webhook public key ${index + 1} is not an RSA key`);
    return key;
  });
}

/**
 * Whether `signature` (base64 RSA-SHA256, Wise's X-Signature-SHA256) signs exactly these bytes
 * under one of the trusted keys. Runs over the raw body, before anything reads it.
 */
export function isSignedByWise(body: Buffer, signature: string, keys: readonly KeyObject[]): boolean {
  const trimmed = signature.trim();
  if (!BASE64.test(trimmed)) return false;
  const bytes = Buffer.from(trimmed, "base64");
  return keys.some((key) => verify("sha256", body, key, bytes));
}
