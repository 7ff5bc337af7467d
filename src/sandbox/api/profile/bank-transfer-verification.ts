// POST /v3/profiles/{profileId}/verification-status/bank-transfer?source_currencies=GBP,USD: per
// source currency, whether the profile is verified for paying by bank transfer, and how much it
// may send before verification holds its payments. A verified profile may send up to the
// sandbox's route limit; an unverified one nothing (its payments wait for verification).

import { randomUUID } from "node:crypto";
import { profileFromPath } from "../../auth.js";
import { badRequest, dec, json, wiseErrors } from "../../http.js";
import type { RouteDef } from "../../route.js";
import { isVerified } from "./profile-records.js";

/** What a verified profile may send per route, in the source currency. */
export const VERIFIED_ROUTE_LIMIT = "1000000";

export const bankTransferVerificationRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v3/profiles/:profileId/verification-status/bank-transfer",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const raw = ctx.query.get("source_currencies");
      if (raw === null) throw badRequest("Required request parameter 'source_currencies' for method parameter type String is not present");
      const currencies = raw.split(",").map((c) => c.trim().toUpperCase());
      const unknown = currencies.filter((c) => !ctx.store.currencies.some((known) => known.code === c));
      if (unknown.length > 0) {
        throw wiseErrors(422, {
          code: "NOT_VALID",
          message: `Not a currency code (ISO 4217): ${unknown.map((c) => `'${c}'`).join(", ")}`,
          path: "source_currencies",
          arguments: ["source_currencies", raw],
        });
      }
      const verified = isVerified(ctx.store, profile);
      return json({
        routes: [...new Set(currencies)].map((currency) => ({
          source_currency: currency,
          maximum_entitled_amount: dec(verified ? VERIFIED_ROUTE_LIMIT : "0"),
          current_status: verified ? "verified" : "not_verified",
        })),
        request_id: randomUUID(),
      });
    },
  },
];
