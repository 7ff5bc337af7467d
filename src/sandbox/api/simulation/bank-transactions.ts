// POST /v1/simulation/profiles/{profileId}/bank-transactions/import {currency, amount}: a bank
// transfer arriving through the profile's issued account details in USD, EUR or GBP. The balance
// the details belong to is credited (statement line, activity, a payment that can be returned)
// and Wise answers 201 with no body. Each call is a new payment: a repeat credits again.
// Refusals use the body the spec documents for this call: HTTP 400 {code: "not.valid", message}.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { jsonBody, optDecimal, optString } from "../../body.js";
import { HttpError } from "../../http.js";
import { currencyScale } from "../../reference/currencies.js";
import type { RouteDef } from "../../route.js";
import { issuedDetails } from "../account-details/routes.js";
import { receiveAccountDetailsPayment } from "../account-details/payments.js";

/** The currencies Wise's import simulation takes. */
export const IMPORT_CURRENCIES = ["USD", "EUR", "GBP"];

const notValid = (message: string) => new HttpError(400, { code: "not.valid", message });

export const bankTransactionImportRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/simulation/profiles/:profileId/bank-transactions/import",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const currency = optString(body, "currency")?.trim().toUpperCase();
      const amount = optDecimal(body, "amount");
      if (currency === undefined || currency === "") throw notValid("currency must not be null");
      if (amount === undefined) throw notValid("amount must not be null");
      if (!IMPORT_CURRENCIES.includes(currency)) throw notValid(`Bank transaction import supports ${IMPORT_CURRENCIES.join(", ")} only`);
      const scale = currencyScale(currency);
      const value = new Big(amount);
      if (value.lte(0)) throw notValid("amount must be greater than 0");
      if (!value.eq(value.round(scale, Big.roundDown))) throw notValid(`${currency} amounts have ${scale} decimals at most`);
      const details = issuedDetails(ctx.store, profile.id, currency);
      const balance = details === undefined ? undefined : ctx.store.balances.get(details.balanceId);
      if (details === undefined || balance === undefined) throw notValid("No account details found for profile currency pair");
      receiveAccountDetailsPayment(ctx.store, details, balance, { amount: value.toFixed(scale), senderName: "Bank transfer", channel: "LOCAL" }, ctx.now());
      return { status: 201, body: "" };
    },
  },
];
