// POST /v1/user/claim-account (user token): the registration code the partner created the
// caller with gives a fresh claim-account code for the redirect to Wise. A code that is not the
// caller's (or a caller the partner did not create) is 422 NOT_VALID; Wise documents no error.

import { randomBytes } from "node:crypto";
import { jsonBody, optString } from "../../body.js";
import { json, wiseErrors } from "../../http.js";
import type { RouteDef } from "../../route.js";

export const claimAccountRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/user/claim-account",
    handler: async (ctx) => {
      const code = optString(await jsonBody(ctx), "registrationCode") ?? "";
      if (ctx.user.registration === undefined || ctx.user.registration.code !== code) {
        throw wiseErrors(422, { code: "NOT_VALID", message: "Invalid registration code.", path: "registrationCode", arguments: ["registrationCode"] });
      }
      return json({ claimAccountCode: randomBytes(24).toString("base64url") });
    },
  },
];
