import { route } from "../route.js";
import { wiseComparison, type WiseComparison } from "../schemas/comparison.js";
import type { WiseSession } from "../session.js";

/** What to compare: a route and one amount (to send, or to arrive), as decimal strings. */
export interface WiseComparisonQuery {
  sourceCurrency: string;
  targetCurrency: string;
  sendAmount?: string;
  recipientGetsAmount?: string;
}

/**
 * `GET /v4/comparisons`: Wise's price and speed next to other providers' for one route and
 * amount. Wise serves it without a token; call it with a session that sends none.
 * @wiseOperation GET /v4/comparisons
 */
export function getComparison(wise: WiseSession, query: WiseComparisonQuery): Promise<WiseComparison> {
  return wise.call({
    method: "GET",
    route: route`/v4/comparisons`,
    searchParams: { sourceCurrency: query.sourceCurrency, targetCurrency: query.targetCurrency, sendAmount: query.sendAmount, recipientGetsAmount: query.recipientGetsAmount },
    decoder: wiseComparison,
  });
}
