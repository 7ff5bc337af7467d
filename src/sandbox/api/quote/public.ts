// POST /v3/quotes: an example quote for someone without an account (Wise serves it with no
// token, or a partner's client-credentials token). Priced exactly as an authenticated quote of
// the same route and amount at the same moment (pricing.ts), with the same payment options;
// BALANCE is disabled, as there is no balance to pay from (recordings/quote.yaml). It has an id,
// as recorded, but is kept nowhere, so no transfer can be made from it; nor does it name a
// profile or a user. Only the currencies and the one amount of the body are read.

import { randomUUID } from "node:crypto";
import { jsonBody } from "../../body.js";
import { json } from "../../http.js";
import { floorToMinute, midRate } from "../../market.js";
import type { QuoteRecord } from "../../model.js";
import type { OpenRouteDef } from "../../route.js";
import { QUOTE_LIFETIME_MS, RATE_LIFETIME_MS, readQuoteAmount } from "./routes.js";
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
      const createdMs = Math.floor(now / 1000) * 1000;
      const quote: QuoteRecord = {
        id: randomUUID(),
        profileId: NO_PROFILE,
        userId: 0,
        sourceCurrency: source,
        targetCurrency: target,
        providedAmountType: provided,
        amount,
        rate: midRate(source, target, now),
        rateTimestampMs: floorToMinute(now),
        createdMs,
        expirationMs: createdMs + QUOTE_LIFETIME_MS,
        rateExpirationMs: createdMs + RATE_LIFETIME_MS,
        payOut: "BANK_TRANSFER",
        preferredPayIn: null,
        targetAccount: null,
        status: "PENDING",
        payInCountry: null,
        payOutCountry: null,
        priceDecisionReferenceId: randomUUID(),
      };
      const { profile: _profile, user: _user, ...view } = quoteView(ctx.store, quote, now);
      return json(view);
    },
  },
];
