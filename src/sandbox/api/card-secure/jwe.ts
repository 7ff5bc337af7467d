// The JWEs of the sensitive card data flow, on Wise's side. The client's request: its own
// AES-256 key wrapped with Wise's twcard RSA key (RSAES-PKCS1-v1_5, "RSA1_5"), the content
// (empty, a nonce, or a PIN) sealed with A256GCM and a 12-byte IV. Wise's answer: the card data
// sealed with that same AES key (alg "dir", A256GCM), so only the client can open it.
// The answer is made with jose; the request cannot be opened with it, since jose (like WebCrypto)
// has no RSA1_5, and Node refuses PKCS#1 v1.5 padding in private decryption: the key is unwrapped
// with raw RSA and the padding checked here, and the content opened with Node's AES-GCM.

import { constants, createDecipheriv, privateDecrypt, type KeyObject } from "node:crypto";
import { CompactEncrypt, base64url } from "jose";

export const REQUEST_ALGORITHM = "RSA1_5";
export const CONTENT_ENCRYPTION = "A256GCM";
const AES_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Why a client's JWE could not be opened (never the key or the content). */
export class JweRefusal extends Error {}

export interface OpenedJwe {
  /** The client's AES-256 key: the answer is sealed with it. */
  contentKey: Uint8Array;
  plaintext: Uint8Array;
}

function part(text: string, what: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new JweRefusal(`the ${what} is not base64url`);
  return base64url.decode(text);
}

/**
 * The message inside RSAES-PKCS1-v1_5 padding (RFC 8017 7.2.2): 0x00 0x02, at least eight
 * non-zero padding bytes, 0x00, the message.
 */
function pkcs1v15Message(block: Buffer): Buffer | null {
  if (block[0] !== 0x00 || block[1] !== 0x02) return null;
  const separator = block.indexOf(0x00, 2);
  if (separator < 10) return null;
  return block.subarray(separator + 1);
}

/** Opens a client's compact JWE made for the twcard key; throws JweRefusal when it is not one. */
export function openClientJwe(compact: string, privateKey: KeyObject): OpenedJwe {
  const parts = compact.trim().split(".");
  if (parts.length !== 5) throw new JweRefusal("not a compact JWE (five parts)");
  const [headerText, wrappedKeyText, ivText, ciphertextText, tagText] = parts as [string, string, string, string, string];
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(new TextDecoder().decode(part(headerText, "header"))) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof JweRefusal) throw error;
    throw new JweRefusal("the header is not JSON");
  }
  if (header.alg !== REQUEST_ALGORITHM) throw new JweRefusal(`alg must be ${REQUEST_ALGORITHM}`);
  if (header.enc !== CONTENT_ENCRYPTION) throw new JweRefusal(`enc must be ${CONTENT_ENCRYPTION}`);
  if (header.zip !== undefined) throw new JweRefusal("compressed content is not accepted");
  const wrappedKey = Buffer.from(part(wrappedKeyText, "encrypted key"));
  const iv = part(ivText, "initialisation vector");
  const tag = part(tagText, "authentication tag");
  if (iv.length !== IV_BYTES) throw new JweRefusal(`the initialisation vector must be ${IV_BYTES} bytes`);
  if (tag.length !== TAG_BYTES) throw new JweRefusal(`the authentication tag must be ${TAG_BYTES} bytes`);
  const modulusBytes = Math.ceil((privateKey.asymmetricKeyDetails?.modulusLength ?? 0) / 8);
  if (wrappedKey.length !== modulusBytes) throw new JweRefusal("the encrypted key was not made with this RSA key");
  let contentKey: Buffer | null;
  try {
    contentKey = pkcs1v15Message(privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, wrappedKey));
  } catch {
    contentKey = null;
  }
  if (contentKey === null || contentKey.length !== AES_KEY_BYTES) throw new JweRefusal("the encrypted key is not an AES-256 key made for this RSA key");
  try {
    const decipher = createDecipheriv("aes-256-gcm", contentKey, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(headerText, "ascii"));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(part(ciphertextText, "ciphertext")), decipher.final()]);
    return { contentKey: new Uint8Array(contentKey), plaintext: new Uint8Array(plaintext) };
  } catch {
    throw new JweRefusal("the content does not decrypt with the encrypted key");
  }
}

/** Seals an answer for the client: a compact JWE with its own AES key (alg dir, A256GCM). */
export function sealForClient(value: unknown, contentKey: Uint8Array): Promise<string> {
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(value))).setProtectedHeader({ alg: "dir", enc: CONTENT_ENCRYPTION }).encrypt(contentKey);
}
