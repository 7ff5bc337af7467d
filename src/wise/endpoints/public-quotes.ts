import { jsonNumber } from "../json.js";
import { route } from "../route.js";
import { wisePublicQuote, type WisePublicQuote } from "../schemas/public-quote.js";
import type { WiseSession } from "../session.js";

/** The body of `POST /v3/quotes`, in Wise's names; give one amount, as a decimal string. */
export interface WisePublicQuoteRequest {
  sourceCurrency: string;
  targetCurrency: string;
  sourceAmount?: string;
  targetAmount?: string;
}

/**
 * `POST /v3/quotes`: an example quote for someone without an account. Wise serves it without a
 * token; call it with a session that sends none. Nothing can be done with the answer but show it.
 * @wiseOperation POST /v3/quotes
 */
export function createPublicQuote(wise: WiseSession, request: WisePublicQuoteRequest): Promise<WisePublicQuote> {
  return wise.call({
    method: "POST",
    route: route`/v3/quotes`,
    json: {
      sourceCurrency: request.sourceCurrency,
      targetCurrency: request.targetCurrency,
      // Amounts go out as exact JSON numbers, never through a float.
      sourceAmount: request.sourceAmount === undefined ? undefined : jsonNumber(request.sourceAmount),
      targetAmount: request.targetAmount === undefined ? undefined : jsonNumber(request.targetAmount),
    },
    decoder: wisePublicQuote,
  });
}
