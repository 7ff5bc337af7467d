// GET /v1/address-requirements: the address form ([{type:"address", fields}]) before any
// answer; POST /v1/address-requirements {details:{country, state?}} (body optional): the
// form for those answers, revealing `state` and `occupations` where the country needs them.

import { isObject, jsonBody, optString } from "../../body.js";
import { json } from "../../http.js";
import { addressForm } from "../../reference/addresses.js";
import type { Ctx, RouteDef } from "../../route.js";
import { fieldView } from "../recipient/requirement-view.js";

const formReply = (country: string | null, state: string | null) => json([{ type: "address", fields: addressForm(country, state).map(fieldView) }]);

/** True when the request carries no body at all (the spec makes it optional). */
const bodiless = (ctx: Ctx) =>
  ctx.req.headers["content-type"] === undefined && (ctx.req.headers["content-length"] ?? "0") === "0" && ctx.req.headers["transfer-encoding"] === undefined;

export const addressRequirementRoutes: RouteDef[] = [
  { method: "GET", path: "/v1/address-requirements", handler: () => formReply(null, null) },
  {
    method: "POST",
    path: "/v1/address-requirements",
    handler: async (ctx) => {
      if (bodiless(ctx)) return formReply(null, null);
      const details = (await jsonBody(ctx)).details;
      if (!isObject(details)) return formReply(null, null);
      const answer = (name: string) => optString(details, name)?.trim().toUpperCase() || null;
      return formReply(answer("country"), answer("state"));
    },
  },
];
