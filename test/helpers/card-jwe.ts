// The cardholder's side of the sensitive card data flow, as a client (browser app or mobile
// app) does it: its own AES-256 key, wrapped with Wise's twcard RSA key (RSAES-PKCS1-v1_5) into
// a compact JWE (A256GCM, 12-byte IV), and Wise's answer opened with that same AES key (jose).

import { constants, createCipheriv, createPublicKey, publicEncrypt, randomBytes, randomUUID } from "node:crypto";
import { compactDecrypt } from "jose";

export interface ClientRequest {
  /** What the server forwards to Wise: the compact JWE. */
  encryptedPayload: string;
  /** The client's AES key: it alone opens the answer. Never sent anywhere in the clear. */
  aesKey: Uint8Array;
  /** The nonce put in the request, echoed inside the answer. */
  nonce: string;
}

const b64url = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString("base64url");

/** A request JWE for Wise's key (base64 DER, as fetchEncryptingKey gives it), carrying `content` (a nonce by default). */
export function sealRequest(wiseKeyBase64: string, content?: Record<string, unknown>): ClientRequest {
  const publicKey = createPublicKey({ key: Buffer.from(wiseKeyBase64, "base64"), format: "der", type: "spki" });
  const aesKey = randomBytes(32);
  const nonce = randomUUID();
  const header = b64url(Buffer.from(JSON.stringify({ alg: "RSA1_5", enc: "A256GCM" })));
  const wrappedKey = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, aesKey);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", aesKey, iv);
  cipher.setAAD(Buffer.from(header, "ascii"));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(content ?? { nonce })), cipher.final()]);
  const encryptedPayload = [header, b64url(wrappedKey), b64url(iv), b64url(ciphertext), b64url(cipher.getAuthTag())].join(".");
  return { encryptedPayload, aesKey: new Uint8Array(aesKey), nonce };
}

/** Opens Wise's sealed answer with the client's AES key. */
export async function openAnswer<T = Record<string, string>>(sealed: string, aesKey: Uint8Array): Promise<T> {
  const { plaintext } = await compactDecrypt(sealed, aesKey, { keyManagementAlgorithms: ["dir"], contentEncryptionAlgorithms: ["A256GCM"] });
  return JSON.parse(new TextDecoder().decode(plaintext)) as T;
}
