// GET /v1/profiles/{profileId}/balance-statements/{balanceId}/statement.json: the balance's
// transactions between intervalStart and intervalEnd (at most 469 days apart), newest first,
// each with the balance after it (counted back from today's cash amount), and the balance at
// the end of the interval. SCA-protected for a gated user as a low-risk call: a cleared token
// for this statement path, or an SCA session (a token cleared in the last 5 minutes).

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { isoMillis } from "../../format.js";
import { badRequest, dec, json, notFound, wiseErrors } from "../../http.js";
import type { AddressRecord, BalanceTransactionType, ProfileRecord } from "../../model.js";
import { parseInstant, pathLong, queryEnum } from "../../params.js";
import { COUNTRIES } from "../../reference/countries.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Ctx, RouteDef } from "../../route.js";
import { requireSca } from "../sca/ott.js";

const MAX_INTERVAL_MS = 469 * 86_400_000;

/** The statement's name for each kind of balance transaction. */
const DETAIL_TYPES: Record<BalanceTransactionType, string> = {
  DEPOSIT: "DEPOSIT",
  CONVERSION: "CONVERSION",
  WITHDRAWAL: "TRANSFER",
  INTEREST: "ACCRUAL_CHARGE",
  CASHBACK: "MONEY_ADDED",
  FEE: "ACCRUAL_CHARGE",
  DIRECT_DEBIT: "DIRECT_DEBIT",
  TRANSFER: "TRANSFER",
};

const ISSUER = {
  name: "Wise Payments Limited",
  firstLine: "1st Floor, Worship Square, 65 Clifton Street",
  city: "London",
  postCode: "EC2A 4JE",
  stateCode: "",
  country: "United Kingdom",
};

function instant(ctx: Ctx, name: string): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw.trim() === "") throw badRequest(`Required request parameter '${name}' for method parameter type Instant is not present`);
  const ms = parseInstant(raw, { dateOnly: false, zoneRequired: true });
  if (ms === null) throw badRequest(`'${name}' should be a valid 'Instant'`);
  return ms;
}

function accountHolder(profile: ProfileRecord, address: AddressRecord | undefined) {
  const where = {
    addressFirstLine: address?.firstLine ?? "",
    city: address?.city ?? "",
    postCode: address?.postCode ?? "",
    stateCode: address?.state ?? "",
    countryName: COUNTRIES.find((c) => c.key === address?.country)?.name ?? address?.country ?? "",
  };
  return profile.type === "PERSONAL"
    ? { type: "PERSONAL", address: where, firstName: profile.firstName, lastName: profile.lastName }
    : { type: "BUSINESS", address: where, businessName: profile.businessName };
}

export const statementRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/profiles/:profileId/balance-statements/:balanceId/statement.json",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const balanceId = pathLong(ctx, "balanceId");
      const balance = ctx.store.balances.get(balanceId);
      if (balance === undefined || balance.profileId !== profile.id) throw notFound("Balance", "balanceId", String(balanceId));
      const currency = ctx.query.get("currency");
      if (currency === null || currency.trim() === "") throw badRequest("Required request parameter 'currency' for method parameter type String is not present");
      if (currency !== balance.currency)
        throw wiseErrors(400, { code: "NOT_VALID", message: `The balance holds ${balance.currency}, not ${currency}.`, path: "currency", arguments: [currency] });
      const start = instant(ctx, "intervalStart");
      const end = instant(ctx, "intervalEnd");
      if (end < start) throw wiseErrors(400, { code: "NOT_VALID", message: "intervalEnd must not be before intervalStart.", path: "intervalEnd", arguments: [] });
      if (end - start > MAX_INTERVAL_MS) throw wiseErrors(400, { code: "NOT_VALID", message: "The interval cannot exceed 469 days.", path: "intervalEnd", arguments: [] });
      queryEnum(ctx, "type", ["COMPACT", "FLAT"] as const, "StatementType");
      const approved = requireSca(ctx, profile.id, "BALANCE__GET_STATEMENT", "low");

      const scale = currencyScale(balance.currency);
      const all = [...ctx.store.balanceTransactions.values()].filter((t) => t.balanceId === balance.id).sort((a, b) => b.createdMs - a.createdMs || b.id - a.id);
      // The balance after each transaction, counted back from today's cash amount, newest first.
      let after = new Big(balance.cashAmount);
      const lines = [];
      let endBalance: Big | null = null;
      for (const t of all) {
        if (endBalance === null && t.createdMs <= end) endBalance = after;
        if (t.createdMs >= start && t.createdMs <= end) {
          const money = (value: Big | string) => ({ value: dec(new Big(value).toFixed(scale)), currency: balance.currency });
          lines.push({
            type: new Big(t.amount).lt(0) ? "DEBIT" : "CREDIT",
            date: isoMillis(t.createdMs),
            amount: money(t.amount),
            totalFees: money("0"),
            details: { type: DETAIL_TYPES[t.type], description: t.description, amount: money(new Big(t.amount).abs()), paymentReference: "" },
            exchangeDetails: null,
            runningBalance: money(after),
            referenceNumber: `${DETAIL_TYPES[t.type]}-${t.id}`,
          });
        }
        after = after.minus(t.amount);
      }
      return {
        ...json({
          accountHolder: accountHolder(profile, ctx.store.addresses.get(profile.addressId)),
          issuer: ISSUER,
          bankDetails: null,
          transactions: lines,
          endOfStatementBalance: { value: dec((endBalance ?? after).toFixed(scale)), currency: balance.currency },
          query: { intervalStart: ctx.query.get("intervalStart"), intervalEnd: ctx.query.get("intervalEnd"), currency, accountId: balance.id },
        }),
        headers: approved,
      };
    },
  },
];
