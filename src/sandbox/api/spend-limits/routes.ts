// Spend limits (Wise's spend-limits tag):
//   GET    /v4/spend/profiles/{profileId}/spend-limits: the profile's PURCHASE and ATM_WITHDRAWAL
//          limits, daily and monthly, each with its usage, Wise's maximum and when it resets.
//   PATCH  /v4/spend/profiles/{profileId}/spend-limits {type, aggregateWindow: {daily, monthly}}:
//          sets one type's limits; both windows must be given, each between 0 and the maximum,
//          in the limits' currency. Answers the whole list.
//   GET    /v4/spend/profiles/{profileId}/cards/{cardToken}/spend-limits: the card's own limits
//          (transaction, daily, monthly, lifetime), null where it has none.
//   PATCH  the same path {transaction?, daily?, monthly?, lifetime?}: sets the given ones, each
//          0 or more, in the card's currency; the others stay as they were.
//   DELETE .../spend-limits/{granularity}: removes one of the card's limits; answers the rest.
// Every refusal (400 validation problem; a card not the profile's, as the card routes answer) changes nothing: the whole body is checked
// before anything is written.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { isObject, jsonBody, type JsonObject } from "../../body.js";
import { dec, HttpError, json } from "../../http.js";
import { isLosslessNumber, type LosslessNumber } from "lossless-json";
import type { Decimal } from "../../model.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Ctx, RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import { cardFromPath } from "../card/card-access.js";
import type { CardRecord } from "../card/model.js";
import { CARD_GRANULARITIES, PROFILE_LIMIT_TYPES, PROFILE_WINDOWS, type CardGranularity, type ProfileLimitType, type ProfileWindow } from "./state.js";
import { cardUsage, profileUsage } from "./usage.js";
import { dayWindow, monthWindow, resetAtOf, type SpendWindow } from "./windows.js";

/** Wise's validation problem (the spend APIs' shape): one entry per refused field. */
function invalid(ctx: Ctx, ref: string, detail: string, code = "invalid_value"): HttpError {
  return new HttpError(400, { type: "/errors/types/validation", title: "Validation Error", status: "400", instance: `/public${ctx.path}`, errors: [{ detail, code, ref }] });
}

const money = (value: Decimal | Big, currency: string) => ({ amount: dec(new Big(value).toFixed(currencyScale(currency))), currency });

/**
 * `{value: {amount, currency}}` at `ref`, checked: an amount of 0 or more, at most the currency's
 * decimals, in `currency`, not above `max` when there is one. The amount, exactly as sent.
 */
function limitValue(ctx: Ctx, raw: unknown, ref: string, currency: string, max: Decimal | null): Decimal {
  const value = isObject(raw) ? raw.value : undefined;
  if (!isObject(value)) throw invalid(ctx, `${ref}.value`, "must not be null", "missing_value");
  const amount = value.amount;
  if (!isLosslessNumber(amount)) throw invalid(ctx, `${ref}.value.amount`, "must be a number");
  let exact: Big;
  try {
    exact = new Big((amount as LosslessNumber).value);
  } catch {
    throw invalid(ctx, `${ref}.value.amount`, "must be a number");
  }
  if (exact.lt(0)) throw invalid(ctx, `${ref}.value.amount`, "must be greater than or equal to 0");
  const places = Math.max(0, exact.c.length - exact.e - 1);
  if (places > currencyScale(currency)) throw invalid(ctx, `${ref}.value.amount`, `must have at most ${currencyScale(currency)} decimal places for ${currency}`);
  if (value.currency !== currency) throw invalid(ctx, `${ref}.value.currency`, `must be ${currency}`);
  if (max !== null && exact.gt(max))
    throw invalid(ctx, `${ref}.value.amount`, `must not be greater than the maximum of ${new Big(max).toFixed(currencyScale(currency))} ${currency}`);
  return exact.toFixed();
}

function profileView(store: Store, profileId: number, nowMs: number) {
  const record = store.spendLimits.profileLimits(store, profileId);
  const windows: Record<ProfileWindow, SpendWindow> = { daily: dayWindow(nowMs), monthly: monthWindow(nowMs) };
  const windowView = (type: ProfileLimitType, window: ProfileWindow) => ({
    value: money(record.limits[type][window].value, record.currency),
    usage: money(profileUsage(store, profileId, type, record.currency, windows[window]), record.currency),
    max: money(record.limits[type][window].max, record.currency),
    resetAt: resetAtOf(windows[window]),
  });
  return {
    spendLimits: PROFILE_LIMIT_TYPES.map((type) => ({ type, aggregateWindow: { daily: windowView(type, "daily"), monthly: windowView(type, "monthly") } })),
  };
}

function cardView(store: Store, card: CardRecord, nowMs: number) {
  const record = store.spendLimits.cardLimits(store, card);
  const windows: Record<CardGranularity, SpendWindow | null> = { transaction: null, daily: dayWindow(nowMs), monthly: monthWindow(nowMs), lifetime: null };
  const view = (granularity: CardGranularity) => {
    const value = record.limits[granularity];
    if (value === null) return null;
    const window = windows[granularity];
    // A transaction limit has no window: its usage is always 0.
    const used = granularity === "transaction" ? new Big(0) : cardUsage(store, card.token, record.currency, window);
    return { value: money(value, record.currency), usage: money(used, record.currency), resetAt: window === null ? null : resetAtOf(window) };
  };
  return { transaction: view("transaction"), daily: view("daily"), monthly: view("monthly"), lifetime: view("lifetime") };
}

export const spendLimitRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v4/spend/profiles/:profileId/spend-limits",
    handler: (ctx) => json(profileView(ctx.store, profileFromPath(ctx).id, ctx.now())),
  },
  {
    method: "PATCH",
    path: "/v4/spend/profiles/:profileId/spend-limits",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body: JsonObject = await jsonBody(ctx);
      const type = body.type;
      if (typeof type !== "string" || !(PROFILE_LIMIT_TYPES as readonly string[]).includes(type)) throw invalid(ctx, "type", `must be one of ${PROFILE_LIMIT_TYPES.join(", ")}`);
      const record = ctx.store.spendLimits.profileLimits(ctx.store, profile.id);
      const limits = record.limits[type as ProfileLimitType];
      const windows = isObject(body.aggregateWindow) ? body.aggregateWindow : {};
      const values = PROFILE_WINDOWS.map((window) => {
        const ref = `aggregateWindow.${window}`;
        if (!isObject(windows[window])) throw invalid(ctx, ref, "both daily and monthly must be set", "missing_value");
        return limitValue(ctx, windows[window], ref, record.currency, limits[window].max);
      });
      PROFILE_WINDOWS.forEach((window, i) => (limits[window].value = values[i]));
      ctx.store.touch();
      return json(profileView(ctx.store, profile.id, ctx.now()));
    },
  },
  {
    method: "GET",
    path: "/v4/spend/profiles/:profileId/cards/:cardToken/spend-limits",
    handler: (ctx) => json(cardView(ctx.store, cardFromPath(ctx), ctx.now())),
  },
  {
    method: "PATCH",
    path: "/v4/spend/profiles/:profileId/cards/:cardToken/spend-limits",
    handler: async (ctx) => {
      const card = cardFromPath(ctx);
      const body = await jsonBody(ctx);
      const record = ctx.store.spendLimits.cardLimits(ctx.store, card);
      const given = CARD_GRANULARITIES.filter((granularity) => body[granularity] !== undefined && body[granularity] !== null);
      if (given.length === 0) throw invalid(ctx, "transaction", `at least one of ${CARD_GRANULARITIES.join(", ")} must be set`, "missing_value");
      const values = given.map((granularity) => limitValue(ctx, body[granularity], granularity, record.currency, null));
      given.forEach((granularity, i) => (record.limits[granularity] = values[i]));
      ctx.store.touch();
      return json(cardView(ctx.store, card, ctx.now()));
    },
  },
  {
    method: "DELETE",
    path: "/v4/spend/profiles/:profileId/cards/:cardToken/spend-limits/:granularity",
    handler: (ctx) => {
      const card = cardFromPath(ctx);
      const granularity = ctx.params.granularity ?? "";
      if (!(CARD_GRANULARITIES as readonly string[]).includes(granularity)) throw invalid(ctx, "granularity", `must be one of ${CARD_GRANULARITIES.join(", ")}`);
      ctx.store.spendLimits.cardLimits(ctx.store, card).limits[granularity as CardGranularity] = null;
      ctx.store.touch();
      return json(cardView(ctx.store, card, ctx.now()));
    },
  },
];
