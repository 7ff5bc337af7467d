// GET /v1/currencies: static reference data, serialised once per store version.

import { rawJson, toJson } from "../../http.js";
import type { RouteDef } from "../../route.js";

export const currencyRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/currencies",
    handler: ({ store }) => rawJson(store.cached("currencies", () => toJson(store.currencies))),
  },
];
