// POST /v3/profiles/{profileId}/quotes, GET and PATCH /v3/profiles/{profileId}/quotes/{quoteId}.
// A quote locks the current mid-market rate (market.ts) for 30 minutes; its payment
// options are priced by pricing.ts. PATCH takes only application/merge-patch+json: it
// attaches (targetAccount) or detaches (null) a recipient, which re-prices the options
// (swift_code recipients pay out over SWIFT) and sets payOutCountry; the rate stays the
// locked one, as recorded, unless the quote had expired, in which case it is re-quoted
// at the current rate with a fresh 30 minutes.

import { randomUUID } from "node:crypto";
import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { isUuid, jsonBody, optDecimal, optLong, optString, type JsonObject } from "../../body.js";
import { badRequest, json, notFound, wiseErrors, type WiseErrorItem } from "../../http.js";
import { floorToMinute, isRateCurrency, midRate } from "../../market.js";
import type { ProfileRecord, QuoteRecord } from "../../model.js";
import { isPayIn, PAY_OUTS } from "../../pricing.js";
import type { Ctx, RouteDef } from "../../route.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Store } from "../../store.js";
import { quoteStatus, quoteView } from "./view.js";

export const QUOTE_LIFETIME_MS = 30 * 60_000;
export const RATE_LIFETIME_MS = 2 * 3_600_000;

const currencyError = (path: string): WiseErrorItem => ({
  code: "CurrencyCode",
  message: "That wasn't a valid ISO-4217 currency code (like GBP, USD or EUR).",
  path,
  arguments: [],
});

/** The quote with this id under this profile (400 when the id is not a UUID, 404 when unknown). */
export function quoteOf(ctx: Ctx, profile: ProfileRecord, quoteId: string | undefined): QuoteRecord {
  const id = quoteId ?? "";
  if (!isUuid(id)) throw badRequest("'quoteId' should be a valid 'UUID'");
  const quote = ctx.store.quotes.get(id.toLowerCase());
  if (quote === undefined || quote.profileId !== profile.id) throw notFound("Quote", "quoteId", id);
  return quote;
}

export interface QuoteAmount {
  source: string;
  target: string;
  provided: "SOURCE" | "TARGET";
  /** The provided amount, at its currency's scale. */
  amount: string;
}

/**
 * The currencies and the one amount of a quote request (authenticated or not), or 400 naming
 * every problem at once, followed by `extraErrors` (the caller's own checks).
 */
export function readQuoteAmount(body: JsonObject, extraErrors: WiseErrorItem[] = []): QuoteAmount {
  const errors: WiseErrorItem[] = [];
  const source = optString(body, "sourceCurrency")?.trim().toUpperCase();
  const target = optString(body, "targetCurrency")?.trim().toUpperCase();
  if (target === undefined || !isRateCurrency(target)) errors.push(currencyError("targetCurrency"));
  if (source === undefined || !isRateCurrency(source)) errors.push(currencyError("sourceCurrency"));
  const sourceAmount = optDecimal(body, "sourceAmount");
  const targetAmount = optDecimal(body, "targetAmount");
  let provided: "SOURCE" | "TARGET" = "SOURCE";
  let amount = "0";
  if (sourceAmount !== undefined && targetAmount !== undefined) {
    errors.push({ code: "error.quote.amount.onlySingle", message: "Please only specify a source or target amount.", path: "sourceAmount", arguments: [] });
  } else {
    provided = targetAmount !== undefined ? "TARGET" : "SOURCE";
    const currency = provided === "SOURCE" ? source : target;
    const raw = (provided === "SOURCE" ? sourceAmount : targetAmount) ?? "0";
    amount = new Big(raw).toFixed(currency === undefined ? 2 : currencyScale(currency), Big.roundHalfUp);
    if (new Big(amount).lte(0)) {
      errors.push({
        code: "error.greaterThanZero",
        message: "Please type in a number that's larger than 0.",
        path: provided === "SOURCE" ? "sourceAmount" : "targetAmount",
        arguments: [],
      });
    }
  }
  errors.push(...extraErrors);
  if (errors.length > 0 || source === undefined || target === undefined) throw wiseErrors(400, ...errors);
  return { source, target, provided, amount };
}

function payOutOf(body: JsonObject): string | undefined {
  const payOut = optString(body, "payOut");
  if (payOut !== undefined && !(PAY_OUTS as readonly string[]).includes(payOut)) {
    throw wiseErrors(400, { code: "NOT_VALID", message: `Unsupported payOut '${payOut}'.`, path: "payOut", arguments: ["payOut", payOut] });
  }
  return payOut;
}

/** Points the quote at a recipient of its profile in its target currency (422 otherwise). */
export function attachRecipient(store: Store, quote: QuoteRecord, recipientId: number, payOut: string | undefined): void {
  const recipient = store.recipients.get(recipientId);
  const invalid = (message: string) => wiseErrors(422, { code: "NOT_VALID", message, path: "targetAccount", arguments: ["targetAccount", String(recipientId)] });
  if (recipient === undefined || recipient.profileId !== quote.profileId) throw invalid("Recipient account not found for this profile.");
  if (!recipient.active) throw invalid("This recipient account is no longer active.");
  if (recipient.currency !== quote.targetCurrency) {
    throw invalid(`The recipient account is in ${recipient.currency}, the quote's target currency is ${quote.targetCurrency}.`);
  }
  quote.targetAccount = recipient.id;
  quote.payOutCountry = recipient.country;
  // Wise switches payOut to match the recipient (e.g. SWIFT for swift_code) unless asked otherwise.
  quote.payOut = payOut ?? (recipient.type === "swift_code" ? (quote.payOut === "SWIFT_OUR" ? "SWIFT_OUR" : "SWIFT") : "BANK_TRANSFER");
}

function payInCountryOf(store: Store, profile: ProfileRecord): string | null {
  return store.addresses.get(profile.addressId)?.country ?? null;
}

export const quoteRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v3/profiles/:profileId/quotes",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      // A bad payOut is refused on its own, before the other checks.
      const payOut = payOutOf(body);
      const preferredPayIn = optString(body, "preferredPayIn") ?? null;
      const payInErrors: WiseErrorItem[] = [];
      if (preferredPayIn !== null && !isPayIn(preferredPayIn)) {
        payInErrors.push({ code: "NOT_VALID", message: `Unsupported preferredPayIn '${preferredPayIn}'.`, path: "preferredPayIn", arguments: ["preferredPayIn", preferredPayIn] });
      }
      const targetAccount = optLong(body, "targetAccount");
      const { source, target, provided, amount } = readQuoteAmount(body, payInErrors);

      const now = ctx.now();
      const quote = newQuote({ source, target, provided, amount }, now, {
        profileId: profile.id,
        userId: ctx.user.id,
        payOut: payOut ?? "BANK_TRANSFER",
        preferredPayIn,
        payInCountry: payInCountryOf(ctx.store, profile),
      });
      if (targetAccount !== undefined) attachRecipient(ctx.store, quote, targetAccount, payOut);
      ctx.store.quotes.set(quote.id, quote);
      ctx.store.touch();
      return json(quoteView(ctx.store, quote, now));
    },
  },
  {
    method: "GET",
    path: "/v3/profiles/:profileId/quotes/:quoteId",
    handler: (ctx) => {
      const quote = quoteOf(ctx, profileFromPath(ctx), ctx.params.quoteId);
      return json(quoteView(ctx.store, quote, ctx.now()));
    },
  },
  {
    method: "PATCH",
    path: "/v3/profiles/:profileId/quotes/:quoteId",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx, "merge-patch");
      const quote = quoteOf(ctx, profile, ctx.params.quoteId);
      const now = ctx.now();
      const status = quoteStatus(quote, now);
      if (status === "ACCEPTED" || status === "FUNDED") {
        throw wiseErrors(422, { code: "error.quote.status", message: `A quote in status ${status} cannot be changed.`, path: "quoteId", arguments: ["quoteId", quote.id] });
      }
      const payOut = payOutOf(body);
      const hasTarget = Object.hasOwn(body, "targetAccount");
      const targetAccount = optLong(body, "targetAccount");
      if (hasTarget && targetAccount === undefined) {
        // merge-patch: null removes the recipient.
        quote.targetAccount = null;
        quote.payOutCountry = null;
        quote.payOut = payOut ?? "BANK_TRANSFER";
      } else if (targetAccount !== undefined) {
        attachRecipient(ctx.store, quote, targetAccount, payOut);
      } else if (payOut !== undefined) {
        quote.payOut = payOut;
      }
      if (status === "EXPIRED") {
        // Re-quote: the locked rate is gone, take today's and lock it again.
        quote.rate = midRate(quote.sourceCurrency, quote.targetCurrency, now);
        quote.rateTimestampMs = floorToMinute(now);
        quote.expirationMs = Math.floor(now / 1000) * 1000 + QUOTE_LIFETIME_MS;
        quote.rateExpirationMs = Math.floor(now / 1000) * 1000 + RATE_LIFETIME_MS;
      }
      quote.priceDecisionReferenceId = randomUUID();
      ctx.store.touch();
      return json(quoteView(ctx.store, quote, now));
    },
  },
];

/** A new PENDING quote at `now`'s mid-market rate, valid for Wise's quote lifetime; `owner` says whose (or nobody's) and how it pays. */
export function newQuote(
  amounts: Pick<QuoteRecord, "amount"> & { source: string; target: string; provided: QuoteRecord["providedAmountType"] },
  now: number,
  owner: Pick<QuoteRecord, "profileId" | "userId" | "payOut" | "preferredPayIn" | "payInCountry">,
): QuoteRecord {
  const createdMs = Math.floor(now / 1000) * 1000;
  return {
    id: randomUUID(),
    ...owner,
    sourceCurrency: amounts.source,
    targetCurrency: amounts.target,
    providedAmountType: amounts.provided,
    amount: amounts.amount,
    rate: midRate(amounts.source, amounts.target, now),
    rateTimestampMs: floorToMinute(now),
    createdMs,
    expirationMs: createdMs + QUOTE_LIFETIME_MS,
    rateExpirationMs: createdMs + RATE_LIFETIME_MS,
    targetAccount: null,
    status: "PENDING",
    payOutCountry: null,
    priceDecisionReferenceId: randomUUID(),
  };
}
