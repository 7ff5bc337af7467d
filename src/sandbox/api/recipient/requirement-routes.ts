// Recipient requirement forms: GET/POST /v1/account-requirements?source=&target=&sourceAmount=
// and GET/POST /v1/quotes/{quoteId}/account-requirements. The POST body is the partial
// recipient (the same payload as POST /v1/accounts, or just its `details`); answers to
// inputs with refreshRequirementsOnChange reveal the inputs that depend on them
// (address.country US/CA -> address.state). Header Accept-Minor-Version: 1 selects v1.1
// (name and email inputs included). Currencies without forms answer [] like Wise.

import { isObject, jsonBody, plain, isUuid, type JsonObject } from "../../body.js";
import { badRequest, forbidden, json, notFound, wiseErrors } from "../../http.js";
import type { QuoteRecord } from "../../model.js";
import type { Ctx, RouteDef } from "../../route.js";
import { formsFor } from "../../reference/forms.js";
import type { RecipientInput } from "../../reference/requirements.js";
import { formView } from "./requirement-view.js";

function requiredParam(ctx: Ctx, name: string): string {
  const value = ctx.query.get(name);
  if (value === null || value.trim() === "") {
    throw badRequest(`Required request parameter '${name}' for method parameter type String is not present`);
  }
  return value.trim().toUpperCase();
}

/** Any ISO-4217-shaped code is accepted; currencies without forms simply get []. */
function checkCurrency(code: string, name: string): void {
  if (!/^[A-Z]{3}$/.test(code)) {
    throw wiseErrors(400, { code: "CurrencyCode", message: "That wasn't a valid ISO-4217 currency code (like GBP, USD or EUR).", path: name, arguments: [] });
  }
}

function minorVersion(ctx: Ctx): boolean {
  return ctx.req.headers["accept-minor-version"] === "1";
}

/** The recipient answers of a POST body (the whole recipient, or only its details). */
function answersOf(body: JsonObject): RecipientInput {
  const data = plain(body) as JsonObject;
  return isObject(data.details) ? data : { ...data, details: data };
}

function render(ctx: Ctx, source: string, target: string, answers: RecipientInput | null) {
  const addressRequired = ctx.query.get("addressRequired") === "true";
  const forms = formsFor({ source, target, minorVersion: minorVersion(ctx), addressRequired, answers });
  return json(forms.map(formView));
}

function routeParams(ctx: Ctx): { source: string; target: string } {
  const source = requiredParam(ctx, "source");
  const target = requiredParam(ctx, "target");
  const amount = ctx.query.get("sourceAmount");
  if (amount !== null && amount !== "" && !/^\d+(\.\d+)?$/.test(amount)) throw badRequest("'sourceAmount' should be a valid 'BigDecimal'");
  checkCurrency(source, "source");
  checkCurrency(target, "target");
  return { source, target };
}

/** A quote of any of the caller's profiles (403 someone else's, 404 unknown). */
function callerQuote(ctx: Ctx): QuoteRecord {
  const id = ctx.params.quoteId ?? "";
  if (!isUuid(id)) {
    // Legacy v1 quotes have numeric ids; the sandbox has none.
    if (/^\d+$/.test(id)) throw notFound("Quote", "quoteId", id);
    throw badRequest("'quoteId' should be a valid 'UUID'");
  }
  const quote = ctx.store.quotes.get(id.toLowerCase());
  if (quote === undefined) throw notFound("Quote", "quoteId", id);
  if (quote.userId !== ctx.user.id) throw forbidden(ctx.path);
  return quote;
}

export const requirementRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/account-requirements",
    handler: (ctx) => {
      const { source, target } = routeParams(ctx);
      return render(ctx, source, target, null);
    },
  },
  {
    method: "POST",
    path: "/v1/account-requirements",
    handler: async (ctx) => {
      const { source, target } = routeParams(ctx);
      return render(ctx, source, target, answersOf(await jsonBody(ctx)));
    },
  },
  {
    method: "GET",
    path: "/v1/quotes/:quoteId/account-requirements",
    handler: (ctx) => {
      const quote = callerQuote(ctx);
      return render(ctx, quote.sourceCurrency, quote.targetCurrency, null);
    },
  },
  {
    method: "POST",
    path: "/v1/quotes/:quoteId/account-requirements",
    handler: async (ctx) => {
      const body = await jsonBody(ctx);
      const quote = callerQuote(ctx);
      return render(ctx, quote.sourceCurrency, quote.targetCurrency, answersOf(body));
    },
  },
];
