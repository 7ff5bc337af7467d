// Request bodies of the money-movement routes: the Content-Type check Wise's Spring
// controllers make (415 RFC 7807 body, recordings/error.yaml), lossless JSON parsing
// (amounts stay exact decimal strings, never floats) and typed field readers that turn
// wrong JSON types into Wise's 400 bodies.

import { isLosslessNumber, parse, type LosslessNumber } from "lossless-json";
import Big from "big.js";
import { badRequest, HttpError, readBody } from "./http.js";
import type { OpenCtx } from "./route.js";

export type JsonObject = Record<string, unknown>;

const MEDIA_TYPES = {
  json: "application/json",
  "merge-patch": "application/merge-patch+json",
} as const;

/** 415 as Wise sends it: RFC 7807 body, `accept` listing what the endpoint takes. */
export function unsupportedMediaType(ctx: OpenCtx, sent: string | undefined, accepted: string): HttpError {
  return new HttpError(
    415,
    {
      type: "about:blank",
      title: "Unsupported Media Type",
      status: 415,
      detail: `Content-Type '${sent ?? "null"}' is not supported.`,
      instance: `/public${ctx.path}`,
    },
    { accept: accepted },
  );
}

/**
 * Reads a JSON body of any shape. The Content-Type must be application/json (PATCH: only
 * application/merge-patch+json); numbers come back as LosslessNumber; an empty body is 400.
 */
export async function jsonValueBody(ctx: OpenCtx, kind: keyof typeof MEDIA_TYPES = "json"): Promise<unknown> {
  const accepted = MEDIA_TYPES[kind];
  const sent = ctx.req.headers["content-type"];
  const media = sent?.split(";")[0]?.trim().toLowerCase();
  if (media !== accepted) throw unsupportedMediaType(ctx, sent, accepted);
  const text = await readBody(ctx.req);
  let value: unknown;
  try {
    value = text.trim() === "" ? undefined : parse(text);
  } catch {
    throw badRequest("JSON parse error: the request body is not valid JSON");
  }
  if (value === undefined) throw badRequest("Required request body is missing");
  return value;
}

/** Reads a JSON object body (jsonValueBody's rules; anything but an object is 400). */
export async function jsonBody(ctx: OpenCtx, kind: keyof typeof MEDIA_TYPES = "json"): Promise<JsonObject> {
  const value = await jsonValueBody(ctx, kind);
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw badRequest("JSON parse error: expected a JSON object");
  return value as JsonObject;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !isLosslessNumber(value);
}

const absent = (v: unknown) => v === undefined || v === null;

/** An optional integer field (JSON number or numeric string, like Jackson); 400 otherwise. */
export function optLong(body: JsonObject, name: string): number | undefined {
  const v = body[name];
  if (absent(v)) return undefined;
  const text = isLosslessNumber(v) ? (v as LosslessNumber).value : typeof v === "string" ? v.trim() : null;
  if (text === null || !/^-?\d{1,16}$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw badRequest(`JSON parse error: '${name}' should be a valid 'Long'`);
  }
  return Number(text);
}

/** An optional decimal field as an exact string (JSON number or numeric string); 400 otherwise. */
export function optDecimal(body: JsonObject, name: string): string | undefined {
  const v = body[name];
  if (absent(v)) return undefined;
  const text = isLosslessNumber(v) ? (v as LosslessNumber).value : typeof v === "string" ? v.trim() : null;
  if (text === null) throw badRequest(`JSON parse error: '${name}' should be a valid 'BigDecimal'`);
  try {
    return new Big(text).toFixed();
  } catch {
    throw badRequest(`JSON parse error: '${name}' should be a valid 'BigDecimal'`);
  }
}

/** An optional string field; numbers and booleans are refused with 400. */
export function optString(body: JsonObject, name: string): string | undefined {
  const v = body[name];
  if (absent(v)) return undefined;
  if (typeof v !== "string") throw badRequest(`JSON parse error: '${name}' should be a valid 'String'`);
  return v;
}

export function optBoolean(body: JsonObject, name: string): boolean | undefined {
  const v = body[name];
  if (absent(v)) return undefined;
  if (typeof v !== "boolean") throw badRequest(`JSON parse error: '${name}' should be a valid 'Boolean'`);
  return v;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Converts a LosslessNumber-bearing value back to plain JSON-ish data (numbers as their
 * decimal text), e.g. to inspect a recipient body whose fields may be numbers.
 */
export function plain(value: unknown): unknown {
  if (isLosslessNumber(value)) return (value as LosslessNumber).value;
  if (Array.isArray(value)) return value.map(plain);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}
