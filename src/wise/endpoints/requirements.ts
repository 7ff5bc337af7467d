import { z } from "zod";
import { route } from "../route.js";
import { wiseRequirement, type WiseRequirement } from "../schemas/requirements.js";
import type { WiseSession } from "../session.js";

const requirements = z.array(wiseRequirement);
/** v1.1 of the form adds the account holder's name and email fields. */
const minorVersion = { "accept-minor-version": "1" };

/**
 * `GET /v1/quotes/{quoteId}/account-requirements`, or with `details` the POST form that
 * reveals fields depending on answers given so far (`refreshRequirementsOnChange`).
 * @wiseOperation GET /v1/quotes/{quoteId}/account-requirements
 * @wiseOperation POST /v1/quotes/{quoteId}/account-requirements
 */
export function getQuoteRequirements(wise: WiseSession, quoteId: string, details?: Record<string, unknown>): Promise<WiseRequirement[]> {
  return wise.call({
    method: details ? "POST" : "GET",
    route: route`/v1/quotes/${quoteId}/account-requirements`,

    headers: minorVersion,
    json: details,
    decoder: requirements,
  });
}

/**
 * `GET|POST /v1/account-requirements?source=&target=&sourceAmount=`: the form without a quote.
 * @wiseOperation GET /v1/account-requirements
 * @wiseOperation POST /v1/account-requirements
 */
export function getRequirements(wise: WiseSession, query: { source: string; target: string; sourceAmount: string }, details?: Record<string, unknown>): Promise<WiseRequirement[]> {
  return wise.call({
    method: details ? "POST" : "GET",
    route: route`/v1/account-requirements`,

    headers: minorVersion,
    searchParams: query,
    json: details,
    decoder: requirements,
  });
}
