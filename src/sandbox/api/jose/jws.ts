// Signed requests and answers (JWS) on the calls Wise takes signed (funding). A signed body is
// Content-Type application/jose+json with X-TW-JOSE-Method jws: a compact JWS whose header names
// the client key (`kid`, installed with POST /v1/auth/jose/request/public-keys by the API client
// that manages the calling user, scope PAYLOAD_SIGNING, valid now) and the request path (`url`).
// The answer to a signed call is signed too, with the sandbox's ES512 key
// (GET /v1/auth/jose/response/public-keys).

import { createPublicKey } from "node:crypto";
import { CompactSign, compactVerify, decodeProtectedHeader } from "jose";
import { parse } from "lossless-json";
import { isObject, jsonBody, type JsonObject } from "../../body.js";
import { readBody, wiseErrors, type HttpError, type Reply } from "../../http.js";
import { wiseSigningKey } from "../../keys.js";
import type { Ctx } from "../../route.js";
import { managingClientId } from "../user/users.js";

const JOSE_MEDIA_TYPE = "application/jose+json";

const invalid = (message: string): HttpError => wiseErrors(400, { code: "jose.signature.invalid", message, arguments: [] });

/** `yyyy-MM-dd HH:mm:ss` (UTC) as epoch ms. */
const keyTime = (text: string): number => Date.parse(`${text.replace(" ", "T")}Z`);

/** The JSON body of a call that may come signed; `signed` says whether it did (and so whether to sign the answer). */
export async function maybeSignedBody(ctx: Ctx): Promise<{ body: JsonObject; signed: boolean }> {
  const media = ctx.req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
  if (media !== JOSE_MEDIA_TYPE) return { body: await jsonBody(ctx), signed: false };
  const method = ctx.req.headers["x-tw-jose-method"];
  if (typeof method !== "string" || method.trim().toLowerCase() !== "jws") throw invalid("X-TW-JOSE-Method: jws is required for a signed body");
  const jws = (await readBody(ctx.req)).trim();
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(jws);
  } catch {
    throw invalid("The body is not a compact JWS");
  }
  const key = typeof header.kid === "string" ? ctx.store.sca.clientKeys.get(header.kid) : undefined;
  const now = ctx.now();
  if (key === undefined || key.clientId !== managingClientId(ctx.user) || key.scope !== "PAYLOAD_SIGNING") throw invalid("No signing key with this kid is installed");
  if (now < keyTime(key.validFrom) || now > keyTime(key.validTill)) throw invalid("The signing key is not valid now");
  if (header.alg !== key.algorithm) throw invalid(`The key signs with ${key.algorithm}`);
  if (header.url !== ctx.path) throw invalid("The signed url is not this request's path");
  let payload: Uint8Array;
  try {
    ({ payload } = await compactVerify(jws, createPublicKey({ key: Buffer.from(key.keyMaterial, "base64"), format: "der", type: "spki" }), { algorithms: [key.algorithm] }));
  } catch {
    throw invalid("The signature does not verify");
  }
  let body: unknown;
  try {
    body = parse(new TextDecoder().decode(payload));
  } catch {
    throw invalid("The signed payload is not JSON");
  }
  if (!isObject(body)) throw invalid("The signed payload is not a JSON object");
  return { body, signed: true };
}

/** A successful answer signed with the sandbox's ES512 key, as Wise signs its answers to signed calls. */
export async function signedReply(reply: Reply): Promise<Reply> {
  const jws = await new CompactSign(new TextEncoder().encode(reply.body)).setProtectedHeader({ version: 1, alg: "ES512" }).sign(wiseSigningKey().privateKey);
  return { ...reply, body: jws, headers: { ...reply.headers, "content-type": JOSE_MEDIA_TYPE } };
}
