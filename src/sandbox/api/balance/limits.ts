// What a profile holds and may still receive, and what happens above its hold limit:
//   GET  /v1/profiles/{profileId}/total-funds/{currency}: every balance of the profile (jars
//        too) converted at the mid-market rate into `currency` and summed exactly, rounded once
//        at the currency's scale: totalCash (cash), totalWorth (cash plus investment gains),
//        totalAvailable (cash plus the available overdraft). The sandbox grants no overdraft, so
//        the overdraft figures are zero, with one zero per balance currency.
//   GET  /v1/profiles/{profileId}/balance-capacity?currency=: {hasLimit, depositLimit} where
//        depositLimit is the hold limit minus what the profile holds (never below zero), in
//        `currency`, rounded down. Without a limit for the profile's country: hasLimit false and
//        no depositLimit.
//   POST /v1/profiles/{profileId}/balances/hold-limit-breach?state=&closingReason= lists the
//        breaches. A breach opens when the holdings pass the limit and holds the excess; it
//        closes by itself (AUTOMATICALLY_RESOLVED) once they are back under it.
//   POST /v1/profiles/{profileId}/balances/hold-limit-breach/{id} {targetRecipientId, state:
//        CLOSED} refunds the excess once from the balance in the limit's currency to the
//        profile's recipient in that currency and closes the breach (MANUALLY_RESOLVED), 204.
//        A closed breach is refused (422) and nothing moves again.
//   POST /v1/profiles/{profileId}/excess-money-account {recipientId} names the recipient that
//        receives money above the limit: {userProfileId, recipientId}.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { jsonBody, optLong, optString } from "../../body.js";
import { badRequest, dec, HttpError, json, notFound, wiseErrors, type Reply } from "../../http.js";
import { isoMillis, negativeAmount } from "../../format.js";
import { addBalanceActivity, addBalanceTransaction, adjustBalance, canPay } from "../../ledger.js";
import { isRateCurrency, midRate } from "../../market.js";
import type { ProfileRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import type { Ctx, RouteDef } from "../../route.js";
import { currencyScale } from "../../reference/currencies.js";
import { holdLimitOf, type HoldLimit } from "../../reference/hold-limits.js";
import type { Store } from "../../store.js";
import type { BreachClosingReason, BreachState, HoldLimitBreachRecord } from "../funding/state.js";
import { holdLimitBreachUpdate } from "../../webhooks/events/hold-limit-breach.js";

type Field = "cashAmount" | "totalWorth";

/** The sum of the profile's balances' `field`, each converted into `currency`, exact (not rounded). */
function holdings(store: Store, profileId: number, currency: string, field: Field, nowMs: number): Big {
  return store.balancesOf(profileId).reduce((sum, b) => sum.plus(new Big(b[field]).times(midRate(b.currency, currency, nowMs))), new Big(0));
}

function profileLimit(store: Store, profile: ProfileRecord): HoldLimit | undefined {
  const country = store.addresses.get(profile.addressId)?.country;
  return country === undefined ? undefined : holdLimitOf(country);
}

function currencyParam(raw: string | null | undefined, name: string): string {
  if (raw === null || raw === undefined || raw === "") throw badRequest(`Required request parameter '${name}' for method parameter type String is not present`);
  const currency = raw.toUpperCase();
  if (!isRateCurrency(currency)) throw wiseErrors(400, { code: "NOT_VALID", message: `Currency ${raw} is not supported.`, path: name, arguments: [name, raw] });
  return currency;
}

/**
 * Opens, updates or closes the profile's breach so that it tells what the holdings are now (run
 * after every balance movement, and again when breaches are read: rates move the holdings too).
 * Opening and closing raise hold-limit-breach#update; a new excess amount alone does not.
 */
export function syncBreaches(store: Store, profile: ProfileRecord, nowMs: number): void {
  const limit = profileLimit(store, profile);
  if (limit === undefined) return;
  const scale = currencyScale(limit.currency);
  const excess = holdings(store, profile.id, limit.currency, "cashAmount", nowMs).minus(limit.amount).round(scale, Big.roundUp);
  const open = [...store.funding.holdLimitBreaches.values()].find((b) => b.profileId === profile.id && b.state === "OPEN");
  if (excess.gt(0)) {
    const amount = excess.toFixed(scale);
    if (open === undefined) {
      const id = store.funding.breachId();
      const breach: HoldLimitBreachRecord = {
        id,
        profileId: profile.id,
        amount,
        currency: limit.currency,
        state: "OPEN",
        closingReason: null,
        createdMs: nowMs,
        updatedMs: nowMs,
      };
      store.funding.holdLimitBreaches.set(id, breach);
      store.touch();
      store.webhooks.emit(holdLimitBreachUpdate(breach, nowMs), nowMs);
    } else if (open.amount !== amount) {
      Object.assign(open, { amount, updatedMs: nowMs });
      store.touch();
    }
  } else if (open !== undefined) {
    Object.assign(open, { state: "CLOSED", closingReason: "AUTOMATICALLY_RESOLVED", updatedMs: nowMs });
    store.touch();
    store.webhooks.emit(holdLimitBreachUpdate(open, nowMs), nowMs);
  }
}

// The spec's prose says closingReason is null while open, its schema that it is a string: an open
// breach leaves it out, which both accept.
const breachView = (b: HoldLimitBreachRecord) => ({
  id: b.id,
  profileId: b.profileId,
  amount: dec(b.amount),
  currency: b.currency,
  state: b.state,
  ...(b.closingReason === null ? {} : { closingReason: b.closingReason }),
  createdAt: isoMillis(b.createdMs),
  updatedAt: isoMillis(b.updatedMs),
});

const money = (value: Big, currency: string) => ({ value: dec(value.toFixed(currencyScale(currency))), currency });

// The hold-limit routes answer errors in the spec's problem shape, not Wise's older {errors:[...]}.
function validationProblem(ctx: Ctx, ref: string, detail: string): HttpError {
  return new HttpError(400, { type: "/errors/types/validation", title: "Validation Error", status: "400", instance: ctx.path, errors: [{ detail, code: "invalid_request", ref }] });
}

function problem(ctx: Ctx, status: number, type: string, title: string, code: string, detail: string): HttpError {
  return new HttpError(status, { type, title, status: String(status), instance: ctx.path, detail, code });
}

function breachFilter<T extends string>(ctx: Ctx, name: string, values: readonly T[]): T | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return undefined;
  if (!(values as readonly string[]).includes(raw)) throw validationProblem(ctx, name, `${name} must be one of ${values.join(", ")}.`);
  return raw as T;
}

export const balanceLimitRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/profiles/:profileId/total-funds/:currency",
    handler: (ctx) => {
      const currency = currencyParam(ctx.params.currency, "currency");
      const profile = profileFromPath(ctx);
      const now = ctx.now();
      const cash = holdings(ctx.store, profile.id, currency, "cashAmount", now);
      const worth = holdings(ctx.store, profile.id, currency, "totalWorth", now);
      const zero = new Big(0);
      const balanceCurrencies = [...new Set(ctx.store.balancesOf(profile.id).map((b) => b.currency))];
      return json({
        totalWorth: money(worth, currency),
        totalAvailable: money(cash.plus(zero), currency),
        totalCash: money(cash, currency),
        overdraft: {
          limit: money(zero, currency),
          used: money(zero, currency),
          available: money(zero, currency),
          availableByCurrency: balanceCurrencies.map((c) => money(zero, c)),
        },
      });
    },
  },
  {
    method: "GET",
    path: "/v1/profiles/:profileId/balance-capacity",
    handler: (ctx) => {
      const currency = currencyParam(ctx.query.get("currency"), "currency");
      const profile = profileFromPath(ctx);
      const limit = profileLimit(ctx.store, profile);
      if (limit === undefined) return json({ hasLimit: false });
      const now = ctx.now();
      const held = holdings(ctx.store, profile.id, limit.currency, "cashAmount", now);
      const room = new Big(limit.amount).minus(held);
      const inCurrency = (room.gt(0) ? room : new Big(0)).times(midRate(limit.currency, currency, now)).round(currencyScale(currency), Big.roundDown);
      return json({ hasLimit: true, depositLimit: { amount: dec(inCurrency.toFixed(currencyScale(currency))), currency } });
    },
  },
  {
    method: "POST",
    path: "/v1/profiles/:profileId/balances/hold-limit-breach",
    handler: (ctx) => {
      const state = breachFilter<BreachState>(ctx, "state", ["OPEN", "CLOSED"]);
      const closingReason = breachFilter<BreachClosingReason>(ctx, "closingReason", ["AUTOMATICALLY_RESOLVED", "MANUALLY_RESOLVED"]);
      const profile = profileFromPath(ctx);
      syncBreaches(ctx.store, profile, ctx.now());
      const breaches = [...ctx.store.funding.holdLimitBreaches.values()]
        .filter((b) => b.profileId === profile.id && (state === undefined || b.state === state) && (closingReason === undefined || b.closingReason === closingReason))
        .sort((a, b) => b.createdMs - a.createdMs || b.id - a.id);
      return json(breaches.map(breachView));
    },
  },
  {
    method: "POST",
    path: "/v1/profiles/:profileId/balances/hold-limit-breach/:holdLimitBreachId",
    handler: async (ctx): Promise<Reply> => {
      const profile = profileFromPath(ctx);
      const breachId = pathLong(ctx, "holdLimitBreachId");
      const body = await jsonBody(ctx);
      const state = optString(body, "state");
      const recipientId = optLong(body, "targetRecipientId");
      if (state !== "CLOSED") throw validationProblem(ctx, "state", "state must be CLOSED.");
      if (recipientId === undefined) throw validationProblem(ctx, "targetRecipientId", "targetRecipientId must not be null.");
      const store = ctx.store;
      const now = ctx.now();
      syncBreaches(store, profile, now);
      const breach = store.funding.holdLimitBreaches.get(breachId);
      if (breach === undefined) throw problem(ctx, 404, "/errors/types/validation", "Validation Error", "not_found", `Hold limit breach ${breachId} does not exist.`);
      if (breach.profileId !== profile.id) throw problem(ctx, 403, "/errors/types/access", "Forbidden", "access_denied", "The hold limit breach belongs to another profile.");
      if (breach.state !== "OPEN") {
        throw wiseErrors(422, { code: "hold-limit-breach.not-open", message: `Hold limit breach ${breach.id} is ${breach.state}.`, path: "holdLimitBreachId", arguments: [] });
      }
      const recipient = store.recipients.get(recipientId);
      if (recipient === undefined || recipient.profileId !== profile.id) throw notFound("Recipient", "targetRecipientId", String(recipientId));
      if (recipient.currency !== breach.currency) {
        throw wiseErrors(422, {
          code: "NOT_VALID",
          message: `The refund is in ${breach.currency}; the recipient is in ${recipient.currency}.`,
          path: "targetRecipientId",
          arguments: ["targetRecipientId", String(recipientId)],
        });
      }
      const balance = store.balancesOf(profile.id).find((b) => b.type === "STANDARD" && b.currency === breach.currency);
      if (balance === undefined || !canPay(balance, breach.amount)) {
        throw wiseErrors(422, {
          code: "balance.insufficient",
          message: `The ${breach.currency} balance does not hold the excess to refund.`,
          path: "holdLimitBreachId",
          arguments: [],
        });
      }
      // Closed before the money moves, so that the movement's own check of the limit finds it closed.
      Object.assign(breach, { state: "CLOSED", closingReason: "MANUALLY_RESOLVED", updatedMs: now });
      store.webhooks.emit(holdLimitBreachUpdate(breach, now), now);
      adjustBalance(store, balance, `-${breach.amount}`, now);
      const tx = addBalanceTransaction(store, balance, "WITHDRAWAL", `-${breach.amount}`, now, `Refund above the hold limit to ${recipient.accountHolderName}`);
      addBalanceActivity(store, {
        profileId: profile.id,
        type: "EXCESS_REFUND",
        resourceId: tx.id,
        title: `<strong>${recipient.accountHolderName}</strong>`,
        description: "Refund above the hold limit",
        primaryAmount: negativeAmount(breach.amount, breach.currency),
        nowMs: now,
      });
      store.touch();
      return { status: 204, body: "" };
    },
  },
  {
    method: "POST",
    path: "/v1/profiles/:profileId/excess-money-account",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const recipientId = optLong(body, "recipientId");
      if (recipientId === undefined) throw wiseErrors(400, { code: "NotNull", message: "must not be null", path: "recipientId", arguments: [] });
      const recipient = ctx.store.recipients.get(recipientId);
      if (recipient === undefined || recipient.profileId !== profile.id) throw notFound("Recipient", "recipientId", String(recipientId));
      ctx.store.funding.excessMoneyAccounts.set(profile.id, recipientId);
      ctx.store.touch();
      return json({ userProfileId: profile.id, recipientId });
    },
  },
];
