// Sandbox-only simulation of the bank account details flow (Wise offers none; listed in
// test/fixtures/wise/routes-outside-spec.json):
//   POST /v1/simulation/profiles/{profileId}/account-details-orders/{currency}/next
//        moves the open order of that currency one step, as Wise does once the customer and then
//        Wise act: PENDING_USER -> PENDING_TW (top-up paid, verification with Wise) ->
//        REQUIREMENTS_FULFILLED (verified) -> DONE (details issued on the balance); answers the order.
//        No open order: 422 with code account-details.order.not-found.
//   POST /v1/simulation/profiles/{profileId}/account-details/payments {currency, amount, senderName?, channel?}
//        a payment received through the profile's issued details: credits the balance and answers
//        the payment with the id a return names. channel LOCAL (default) or SWIFT.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { jsonBody, optDecimal, optString } from "../../body.js";
import { dec, json, wiseErrors, type WiseErrorItem } from "../../http.js";
import { currencyScale } from "../../reference/currencies.js";
import type { RouteDef } from "../../route.js";
import type { AccountDetailsPaymentRecord } from "./model.js";
import { receiveIncomingPayment } from "../simulation/incoming.js";
import { issueDetails, issuedDetails, standardBalance } from "./routes.js";
import { orderView } from "./view.js";
import { isoMillis } from "../../format.js";

export const accountDetailsSimulationRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/simulation/profiles/:profileId/account-details-orders/:currency/next",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const currency = (ctx.params.currency ?? "").toUpperCase();
      const order = ctx.store.accountDetailsOrders.find((o) => o.profileId === profile.id && o.currency === currency && o.status !== "DONE");
      if (order === undefined) {
        throw wiseErrors(422, {
          code: "account-details.order.not-found",
          message: `No open ${currency} account details order.`,
          path: "currency",
          arguments: ["currency", currency],
        });
      }
      const requirement = (type: "VERIFICATION" | "TOP_UP") => order.requirements.find((r) => r.type === type)!;
      if (order.status === "PENDING_USER") {
        order.status = "PENDING_TW";
        requirement("TOP_UP").status = "DONE";
        requirement("VERIFICATION").status = "PENDING_TW";
      } else if (order.status === "PENDING_TW") {
        order.status = "REQUIREMENTS_FULFILLED";
        requirement("VERIFICATION").status = "DONE";
      } else {
        const balance = standardBalance(ctx.store, profile.id, currency);
        if (balance === undefined) {
          throw wiseErrors(422, {
            code: "account-details.balance.not-found",
            message: `The profile has no ${currency} balance any more.`,
            path: "currency",
            arguments: ["currency", currency],
          });
        }
        issueDetails(ctx.store, balance, ctx.now());
      }
      ctx.store.touch();
      return json(orderView(order));
    },
  },
  {
    method: "POST",
    path: "/v1/simulation/profiles/:profileId/account-details/payments",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const errors: WiseErrorItem[] = [];
      const currency = optString(body, "currency")?.trim().toUpperCase();
      const amount = optDecimal(body, "amount");
      const senderName = optString(body, "senderName")?.trim() || "A sender";
      const channel = optString(body, "channel") ?? "LOCAL";
      if (currency === undefined) errors.push({ code: "NotNull", message: "must not be null", path: "currency", arguments: [] });
      if (amount === undefined) errors.push({ code: "NotNull", message: "must not be null", path: "amount", arguments: [] });
      if (channel !== "LOCAL" && channel !== "SWIFT")
        errors.push({ code: "NOT_VALID", message: "channel must be LOCAL or SWIFT", path: "channel", arguments: ["channel", channel] });
      if (errors.length > 0 || currency === undefined || amount === undefined) throw wiseErrors(400, ...errors);
      const details = issuedDetails(ctx.store, profile.id, currency);
      const balance = details === undefined ? undefined : ctx.store.balances.get(details.balanceId);
      if (details === undefined || balance === undefined) {
        throw wiseErrors(422, { code: "account-details.not-issued", message: `The profile has no ${currency} account details to receive into.`, path: "currency", arguments: [] });
      }
      const scale = currencyScale(currency);
      const value = new Big(amount);
      if (value.lte(0) || !value.eq(value.round(scale, Big.roundDown))) {
        throw wiseErrors(400, { code: "NOT_VALID", message: `A positive ${currency} amount with at most ${scale} decimals.`, path: "amount", arguments: ["amount", amount] });
      }
      const { record: payment } = receiveIncomingPayment(ctx.store, {
        details,
        balance,
        amount: value.toFixed(scale),
        senderName,
        channel: channel as AccountDetailsPaymentRecord["channel"],
        description: `Received to your ${currency} account details`,
        nowMs: ctx.now(),
      });
      const credit = payment.amount;
      const now = payment.createdMs;
      return json(
        {
          id: payment.id,
          profileId: profile.id,
          accountDetailsId: details.id,
          balanceId: balance.id,
          amount: { value: dec(credit), currency },
          senderName,
          channel,
          status: "COMPLETED",
          createdAt: isoMillis(now),
        },
        201,
      );
    },
  },
];
