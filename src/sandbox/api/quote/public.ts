// POST /v3/quotes: an example quote for someone without an account (Wise serves it with no
// token, or a partner's client-credentials token). Priced exactly as an authenticated quote of
// the same route and amount at the same moment (pricing.ts), with the same payment options;
// BALANCE is disabled, as there is no balance to pay from (recordings/quote.yaml). It has an id,
// as recorded, but is kept nowhere, so no transfer can be made from it; nor does it name a
// profile or a user. Only the currencies and the one amount of the body are read.

import { jsonBody } from "../../body.js";
import { json } from "../../http.js";
import type { OpenRouteDef } from "../../route.js";
import { newQuote, readQuoteAmount } from "./routes.js";
import { quoteView } from "./view.js";

/** No profile has this id: the example quote has no balance to pay from. */
const NO_PROFILE = 0;

export const publicQuoteRoutes: OpenRouteDef[] = [
  {
    method: "POST",
    path: "/v3/quotes",
    auth: "none",
    handler: async (ctx) => {
      const { source, target, provided, amount } = readQuoteAmount(await jsonBody(ctx));
      const now = ctx.now();
      // Nobody's: no profile, no user, so it can back no transfer.
      const quote = newQuote({ source, target, provided, amount }, now, { profileId: NO_PROFILE, userId: 0, payOut: "BANK_TRANSFER", preferredPayIn: null, payInCountry: null });
      const { profile: _profile, user: _user, ...view } = quoteView(ctx.store, quote, now);
      return json(view);
    },
  },
];
