// GET /v1/profiles/{profileId}/balance-statements/{balanceId}/statement.json: the balance's
// transactions between intervalStart and intervalEnd (at most 469 days apart), newest first,
// each with the balance after it (counted back from today's cash amount), and the balance at
// the end of the interval. SCA-protected for a gated user as a low-risk call: a cleared token
// for this statement path, or an SCA session (a token cleared in the last 5 minutes).
// The same statement as a file: statement.csv, .pdf, .xlsx, .xml (CAMT.053), .mt940, .qif.

import { isoMillis } from "../../format.js";
import { dec, json, type Reply } from "../../http.js";
import type { Ctx, RouteDef } from "../../route.js";
import { accountHolder, ISSUER, readStatement, type Statement, type StatementLine } from "./statement-data.js";
import { STATEMENT_FILES } from "./statement-files/index.js";

const PATH = "/v1/profiles/:profileId/balance-statements/:balanceId";

/** A card line's details as Wise writes them: the merchant's amount in its currency, the category and the merchant. */
function cardDetails(line: StatementLine) {
  const card = line.card!;
  return {
    type: line.detailType,
    description: line.description,
    amount: { value: dec(card.amount.value), currency: card.amount.currency },
    category: card.merchant.category,
    merchant: {
      name: card.merchant.name,
      firstLine: null,
      postCode: card.merchant.postCode,
      city: card.merchant.city,
      state: card.merchant.state,
      country: card.merchant.country,
      category: card.merchant.category,
    },
  };
}

/** The JSON statement, as Wise writes it. */
export function statementJson(ctx: Ctx, s: Statement) {
  const money = (value: string) => ({ value: dec(value), currency: s.currency });
  return {
    accountHolder: accountHolder(s.profile, ctx.store.addresses.get(s.profile.addressId)),
    issuer: ISSUER,
    bankDetails: null,
    transactions: s.lines.map((line) => ({
      type: line.direction,
      date: isoMillis(line.dateMs),
      amount: money(line.amount),
      totalFees: money(line.fee),
      details:
        line.card === undefined ? { type: line.detailType, description: line.description, amount: money(line.amount.replace(/^-/, "")), paymentReference: "" } : cardDetails(line),
      exchangeDetails:
        line.exchange === undefined
          ? null
          : {
              fromAmount: { value: dec(line.exchange.from.value), currency: line.exchange.from.currency },
              toAmount: { value: dec(line.exchange.to.value), currency: line.exchange.to.currency },
              rate: dec(line.exchange.rate),
            },
      runningBalance: money(line.runningBalance),
      referenceNumber: line.referenceNumber,
    })),
    endOfStatementBalance: money(s.closing),
    query: { intervalStart: s.intervalStart, intervalEnd: s.intervalEnd, currency: s.currency, accountId: s.balance.id },
  };
}

function fileRoute(suffix: string, render: (ctx: Ctx, s: Statement) => Reply): RouteDef {
  return {
    method: "GET",
    path: `${PATH}/statement.${suffix}`,
    handler: (ctx) => {
      const statement = readStatement(ctx);
      const reply = render(ctx, statement);
      return { ...reply, headers: { ...reply.headers, ...statement.approved } };
    },
  };
}

export const statementRoutes: RouteDef[] = [
  fileRoute("json", (ctx, s) => json(statementJson(ctx, s))),
  ...STATEMENT_FILES.map((file) => fileRoute(file.suffix, (ctx, s) => file.render(ctx, s))),
];
