import { CompactEncrypt } from "jose";
import type { WiseKeys } from "./wise-keys.js";

/** The JOSE headers Wise asks for on a body encrypted for it (direct to its encryption key). */
export const JWE_HEADERS = {
  accept: "application/jose+json",
  "accept-encoding": "identity",
  "content-type": "application/jose+json",
  "content-encoding": "identity",
  "x-tw-jose-method": "jwe",
} as const;

/**
 * Encrypts a JSON body for Wise as a compact JWE (RSA-OAEP-256 with A256GCM, the one pair Wise
 * accepts), to Wise's current PAYLOAD_ENCRYPTION key. The secret (a PIN, a device fingerprint)
 * is then readable only by Wise.
 */
export async function encryptForWise(keys: WiseKeys, payload: Record<string, string>): Promise<string> {
  const key = await keys.encryptionKey();
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM" }).encrypt(key);
}
