import { route } from "../route.js";
import { jsonNumber } from "../json.js";
import { wiseQuote, type WiseQuote } from "../schemas/quote.js";
import type { WiseSession } from "../session.js";

/** The body of `POST /v3/profiles/{pid}/quotes`, in Wise's names; amounts are decimal strings. */
export interface WiseQuoteRequest {
  sourceCurrency: string;
  targetCurrency: string;
  sourceAmount?: string;
  targetAmount?: string;
  targetAccount?: number;
  payOut?: string;
  preferredPayIn?: string;
}

/**
 * `POST /v3/profiles/{profileId}/quotes`.
 * @wiseOperation POST /v3/profiles/{profileId}/quotes
 */
export function createQuote(wise: WiseSession, profileId: number, request: WiseQuoteRequest): Promise<WiseQuote> {
  return wise.call({
    method: "POST",
    route: route`/v3/profiles/${profileId}/quotes`,

    json: {
      ...request,
      // Amounts go out as exact JSON numbers, never through a float.
      sourceAmount: request.sourceAmount === undefined ? undefined : jsonNumber(request.sourceAmount),
      targetAmount: request.targetAmount === undefined ? undefined : jsonNumber(request.targetAmount),
    },
    decoder: wiseQuote,
  });
}

/**
 * `GET /v3/profiles/{profileId}/quotes/{quoteId}`.
 * @wiseOperation GET /v3/profiles/{profileId}/quotes/{quoteId}
 */
export function getQuote(wise: WiseSession, profileId: number, quoteId: string): Promise<WiseQuote> {
  return wise.call({ method: "GET", route: route`/v3/profiles/${profileId}/quotes/${quoteId}`, decoder: wiseQuote });
}

/**
 * `PATCH /v3/profiles/{profileId}/quotes/{quoteId}` (merge patch): attach a recipient or change the pay-out.
 * @wiseOperation PATCH /v3/profiles/{profileId}/quotes/{quoteId}
 */
export function updateQuote(wise: WiseSession, profileId: number, quoteId: string, patch: { targetAccount?: number; payOut?: string }): Promise<WiseQuote> {
  return wise.call({
    method: "PATCH",
    route: route`/v3/profiles/${profileId}/quotes/${quoteId}`,

    headers: { "content-type": "application/merge-patch+json" },
    json: patch,
    decoder: wiseQuote,
  });
}
