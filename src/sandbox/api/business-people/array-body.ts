// The JSON array bodies of the directors and UBO calls: application/json only (415 as Wise's
// Spring controllers answer otherwise), numbers kept lossless, anything but an array of objects 400.

import { isObject, jsonValueBody, type JsonObject } from "../../body.js";
import { badRequest } from "../../http.js";
import type { Ctx } from "../../route.js";

export async function jsonArrayBody(ctx: Ctx): Promise<JsonObject[]> {
  const value = await jsonValueBody(ctx);
  if (!Array.isArray(value)) throw badRequest("JSON parse error: expected a JSON array");
  if (!value.every(isObject)) throw badRequest("JSON parse error: expected a JSON array of objects");
  return value as JsonObject[];
}
