import { createPrivateKey, type KeyObject } from "node:crypto";
import { CompactSign, compactVerify } from "jose";
import type { z } from "zod";
import { WiseApiError } from "../errors.js";
import { parseWiseJson } from "../json.js";

/** The request headers of a JWS-signed body. */
export const JWS_HEADERS = {
  accept: "application/jose+json",
  "accept-encoding": "identity",
  "content-type": "application/jose+json",
  "x-tw-jose-method": "jws",
} as const;

/** Signs request bodies for Wise (JWS), with a key whose public half is installed at Wise under `keyId`. */
export interface JwsSigner {
  readonly keyId: string;
  readonly algorithm: "ES256" | "ES384" | "ES512" | "PS256";
  /** The compact JWS of `payload`, its header naming the request path (`url`), which Wise checks. */
  sign(path: string, payload: unknown): Promise<string>;
}

const CURVES: Record<string, JwsSigner["algorithm"]> = { prime256v1: "ES256", secp384r1: "ES384", secp521r1: "ES512" };

/** The JWS signer for a private key (PEM): EC P-256/384/521 signs with ES256/384/512, RSA with PS256. */
export function createJwsSigner(privateKeyPem: string, keyId: string): JwsSigner {
  let key: KeyObject;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch {
    throw new Error("not a private key in PEM format");
  }
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const algorithm = key.asymmetricKeyType === "rsa" ? "PS256" : key.asymmetricKeyType === "ec" && curve ? CURVES[curve] : undefined;
  if (algorithm === undefined) throw new Error("an EC (P-256, P-384, P-521) or RSA private key is needed");
  return {
    keyId,
    algorithm,
    sign: (path, payload) => new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: algorithm, typ: "JWT", kid: keyId, url: path }).sign(key),
  };
}

/**
 * The payload of a JWS Wise answered, after checking its signature with Wise's PAYLOAD_SIGNING key
 * (ES512, `WiseKeys.signingKey`). Throws when the signature does not hold.
 */
export async function verifyWiseJws(wiseKey: KeyObject, jws: string): Promise<string> {
  const { payload } = await compactVerify(jws.trim(), wiseKey, { algorithms: ["ES512"] });
  return new TextDecoder().decode(payload);
}

/**
 * Wise's signed answer, checked with Wise's signing key and decoded; a signature that does not
 * hold, or a payload off the contract, is a bad answer. The key is fetched before the signed call
 * is sent, so that a call that cannot be checked is never made.
 */
export async function signedAnswer<T>(wiseKey: KeyObject, jws: string, decoder: z.ZodType<T>, operation: string): Promise<T> {
  let payload: unknown;
  try {
    payload = parseWiseJson(await verifyWiseJws(wiseKey, jws));
  } catch (error) {
    if (error instanceof WiseApiError) throw error;
    throw new WiseApiError("BAD_RESPONSE", 200, [], null, operation, `${operation}: Wise's signed answer did not verify`);
  }
  const result = decoder.safeParse(payload);
  if (!result.success) throw new WiseApiError("BAD_RESPONSE", 200, [], null, operation, `${operation}: Wise's answer did not match the contract`);
  return result.data;
}
