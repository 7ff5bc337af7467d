// The JSON array bodies of the directors and UBO calls: application/json only (415 as Wise's
// Spring controllers answer otherwise), numbers kept lossless, anything but an array of objects 400.

import { parse } from "lossless-json";
import { isObject, unsupportedMediaType, type JsonObject } from "../../body.js";
import { badRequest, readBody } from "../../http.js";
import type { Ctx } from "../../route.js";

export async function jsonArrayBody(ctx: Ctx): Promise<JsonObject[]> {
  const sent = ctx.req.headers["content-type"];
  if (sent?.split(";")[0]?.trim().toLowerCase() !== "application/json") throw unsupportedMediaType(ctx, sent, "application/json");
  const text = await readBody(ctx.req);
  let value: unknown;
  try {
    value = text.trim() === "" ? undefined : parse(text);
  } catch {
    throw badRequest("JSON parse error: the request body is not valid JSON");
  }
  if (value === undefined) throw badRequest("Required request body is missing");
  if (!Array.isArray(value)) throw badRequest("JSON parse error: expected a JSON array");
  if (!value.every(isObject)) throw badRequest("JSON parse error: expected a JSON array of objects");
  return value as JsonObject[];
}
