import { createPrivateKey, sign, type KeyObject } from "node:crypto";

/** Signs a one-time token for Wise's personal-token SCA flow: the value of the `X-Signature` header. */
export type ScaSigner = (oneTimeToken: string) => string;

/**
 * The signer for Wise's personal-token flow: the one-time token's ASCII text signed with the
 * account's RSA private key (PKCS#1 v1.5, SHA-256), base64. Wise checks it against the public key
 * uploaded to the account. Throws on a key that is not an RSA private key in PEM.
 */
export function createScaSigner(privateKeyPem: string): ScaSigner {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: privateKeyPem, format: "pem" });
  } catch {
    throw new Error("not a private key in PEM format");
  }
  if (key.asymmetricKeyType !== "rsa") throw new Error(`an RSA private key is needed, not ${key.asymmetricKeyType ?? "this key type"}`);
  return (oneTimeToken) => sign("sha256", Buffer.from(oneTimeToken, "ascii"), key).toString("base64");
}
