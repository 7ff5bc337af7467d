// Bodies Wise takes only encrypted (PIN and device-fingerprint calls): Content-Type
// application/jose+json, X-TW-JOSE-Method jwe, and a compact JWE (RSA-OAEP-256, A256GCM) made
// with the sandbox's published encryption key. Decrypted with the jose library.

import { compactDecrypt } from "jose";
import { unsupportedMediaType, type JsonObject } from "../../body.js";
import { badRequest, readBody, wiseErrors } from "../../http.js";
import { wiseEncryptionKey } from "../../keys.js";
import type { Ctx } from "../../route.js";

export const JOSE_MEDIA_TYPE = "application/jose+json";

export async function joseBody(ctx: Ctx): Promise<JsonObject> {
  const sent = ctx.req.headers["content-type"];
  if (sent?.split(";")[0]?.trim().toLowerCase() !== JOSE_MEDIA_TYPE) throw unsupportedMediaType(ctx, sent, JOSE_MEDIA_TYPE);
  const method = ctx.req.headers["x-tw-jose-method"];
  if (typeof method !== "string" || method.trim().toLowerCase() !== "jwe") {
    throw wiseErrors(400, { code: "jose.method.required", message: "X-TW-JOSE-Method: jwe is required", path: "X-TW-JOSE-Method", arguments: [] });
  }
  const text = (await readBody(ctx.req)).trim();
  let plaintext: Uint8Array;
  try {
    ({ plaintext } = await compactDecrypt(text, wiseEncryptionKey().privateKey, { keyManagementAlgorithms: ["RSA-OAEP-256"], contentEncryptionAlgorithms: ["A256GCM"] }));
  } catch {
    throw wiseErrors(400, { code: "jose.decryption.failed", message: "The body is not a JWE encrypted with Wise's current encryption key", arguments: [] });
  }
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    throw badRequest("JSON parse error: the decrypted body is not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw badRequest("JSON parse error: expected a JSON object");
  return value as JsonObject;
}
