// POST /v2/accounts/{accountId}/quotes/{quoteId}/compatibility: whether a recipient can receive
// the transfer a quote prices, checked by the same rules POST /v1/transfers applies to them:
// the recipient is active, belongs to the quote's profile, holds the quote's target currency,
// and has an address where the route needs one. Compatible: 200 {accountId, quoteId}. The
// spec's `confirmations` (bank-side name checks) is left out, as the sandbox runs no such
// check (its recipients carry `confirmations: null`), which the spec reads as "standard
// validations only". Incompatible: 422 listing every problem at once. Another user's recipient
// is refused as GET /v2/accounts/{id} refuses it; an unknown quote is 404. Nothing changes.

import { isUuid } from "../../body.js";
import { badRequest, json, notFound, wiseErrors, type WiseErrorItem } from "../../http.js";
import type { QuoteRecord, RecipientRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import { addressNeeded } from "../../reference/requirements.js";
import type { RouteDef } from "../../route.js";
import { awaitsAcceptance } from "./confirmations.js";
import { recipientOf } from "./routes.js";

const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });

/**
 * Why the recipient cannot receive the quote's transfer, in the order transfer creation checks
 * them; empty when it can. `path` names the recipient's field in the request that asks.
 */
export function compatibilityProblems(quote: QuoteRecord, recipient: RecipientRecord, path = "accountId"): WiseErrorItem[] {
  const id = String(recipient.id);
  const problems: WiseErrorItem[] = [];
  if (!recipient.active) problems.push(notValid(path, "This recipient account is no longer active.", id));
  if (recipient.profileId !== quote.profileId) problems.push(notValid(path, "The recipient belongs to another profile than the quote.", id));
  if (recipient.currency !== quote.targetCurrency) {
    problems.push(notValid(path, `The recipient account is in ${recipient.currency}, the quote's target currency is ${quote.targetCurrency}.`, id));
  }
  if (addressNeeded(quote.sourceCurrency, quote.targetCurrency) && recipient.type !== "email" && recipient.address === null) {
    problems.push({ code: "INVALID_RECIPIENT", message: "Recipient address is mandatory for this payment, please update or create a new recipient.", arguments: [] });
  }
  if (awaitsAcceptance(recipient)) {
    problems.push(notValid(path, "The recipient's name differs from the name on the account: accept the confirmation outcomes first.", id));
  }
  return problems;
}

export const compatibilityRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v2/accounts/:accountId/quotes/:quoteId/compatibility",
    handler: (ctx) => {
      const recipient = recipientOf(ctx, pathLong(ctx, "accountId"));
      const quoteId = ctx.params.quoteId ?? "";
      if (!isUuid(quoteId)) throw badRequest("'quoteId' should be a valid 'UUID'");
      const quote = ctx.store.quotes.get(quoteId.toLowerCase());
      if (quote === undefined || quote.userId !== ctx.user.id) throw notFound("Quote", "quoteId", quoteId);
      const problems = compatibilityProblems(quote, recipient);
      if (problems.length > 0) throw wiseErrors(422, ...problems);
      return json({ accountId: recipient.id, quoteId: quote.id });
    },
  },
];
