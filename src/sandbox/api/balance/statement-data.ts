// A balance statement as the sandbox computes it, once for every format it is rendered in (JSON,
// CSV, PDF, XLSX, CAMT.053, MT940, QIF): the checked query, the lines of the interval newest
// first, and the balance before and after them. The balance after each line is counted back
// from today's cash amount, so the balance at the end of an interval that ends now is what the
// balances endpoint says, and the balance before a line plus the line is the balance after it.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { badRequest, notFound, wiseErrors } from "../../http.js";
import type { AddressRecord, BalanceRecord, BalanceTransactionRecord, BalanceTransactionType, ProfileRecord } from "../../model.js";
import { parseInstant, pathLong, queryEnum } from "../../params.js";
import { COUNTRIES } from "../../reference/countries.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Ctx } from "../../route.js";
import { requireSca } from "../sca/ott.js";

const MAX_INTERVAL_MS = 469 * 86_400_000;

/** The statement's name for each kind of balance transaction. */
export const DETAIL_TYPES: Record<BalanceTransactionType, string> = {
  DEPOSIT: "DEPOSIT",
  CONVERSION: "CONVERSION",
  WITHDRAWAL: "TRANSFER",
  INTEREST: "ACCRUAL_CHARGE",
  CASHBACK: "MONEY_ADDED",
  FEE: "ACCRUAL_CHARGE",
  DIRECT_DEBIT: "DIRECT_DEBIT",
  TRANSFER: "TRANSFER",
  CARD: "CARD",
};

export const ISSUER = {
  name: "Wise Payments Limited",
  firstLine: "1st Floor, Worship Square, 65 Clifton Street",
  city: "London",
  postCode: "EC2A 4JE",
  stateCode: "",
  country: "United Kingdom",
};

/** One statement line, amounts as decimal strings at the currency's scale. */
export interface StatementLine {
  direction: "DEBIT" | "CREDIT";
  dateMs: number;
  /** Signed: negative for money out. */
  amount: string;
  fee: string;
  detailType: string;
  description: string;
  runningBalance: string;
  referenceNumber: string;
  /** A conversion's two sides and rate; absent for every other line. */
  exchange?: BalanceTransactionRecord["exchange"];
  /** A card line's transaction and merchant; absent for every other line. */
  card?: BalanceTransactionRecord["card"];
}

export interface Statement {
  profile: ProfileRecord;
  balance: BalanceRecord;
  currency: string;
  startMs: number;
  endMs: number;
  /** The query parameters as sent, repeated in the JSON answer. */
  intervalStart: string;
  intervalEnd: string;
  /** Newest first. */
  lines: StatementLine[];
  /** The balance just before the interval's first line. */
  opening: string;
  /** The balance right after the interval's last line (at the interval's end). */
  closing: string;
  /** Headers of the SCA check (`x-2fa-approval-result` when a token was used). */
  approved: Record<string, string>;
}

/** TRANSFER-<transfer id> for a transfer's line, CARD-<card transaction id> for a card's, else the type and the line's id. */
function referenceNumberOf(t: BalanceTransactionRecord, detailType: string): string {
  if (t.transferId !== undefined) return `TRANSFER-${t.transferId}`;
  if (t.card !== undefined) return `CARD-${t.card.transactionId}`;
  return `${detailType}-${t.id}`;
}

function instant(ctx: Ctx, name: string): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw.trim() === "") throw badRequest(`Required request parameter '${name}' for method parameter type Instant is not present`);
  const ms = parseInstant(raw, { dateOnly: false, zoneRequired: true });
  if (ms === null) throw badRequest(`'${name}' should be a valid 'Instant'`);
  return ms;
}

/** Checks the request as Wise does (balance, currency, interval, type, SCA) and computes the statement. */
export function readStatement(ctx: Ctx): Statement {
  const profile = profileFromPath(ctx);
  const balanceId = pathLong(ctx, "balanceId");
  const balance = ctx.store.balances.get(balanceId);
  if (balance === undefined || balance.profileId !== profile.id) throw notFound("Balance", "balanceId", String(balanceId));
  const currency = ctx.query.get("currency");
  if (currency === null || currency.trim() === "") throw badRequest("Required request parameter 'currency' for method parameter type String is not present");
  if (currency !== balance.currency)
    throw wiseErrors(400, { code: "NOT_VALID", message: `The balance holds ${balance.currency}, not ${currency}.`, path: "currency", arguments: [currency] });
  const startMs = instant(ctx, "intervalStart");
  const endMs = instant(ctx, "intervalEnd");
  if (endMs < startMs) throw wiseErrors(400, { code: "NOT_VALID", message: "intervalEnd must not be before intervalStart.", path: "intervalEnd", arguments: [] });
  if (endMs - startMs > MAX_INTERVAL_MS) throw wiseErrors(400, { code: "NOT_VALID", message: "The interval cannot exceed 469 days.", path: "intervalEnd", arguments: [] });
  queryEnum(ctx, "type", ["COMPACT", "FLAT"] as const, "StatementType");
  const approved = requireSca(ctx, profile.id, "BALANCE__GET_STATEMENT", "low");

  const scale = currencyScale(balance.currency);
  const all = [...ctx.store.balanceTransactions.values()].filter((t) => t.balanceId === balance.id).sort((a, b) => b.createdMs - a.createdMs || b.id - a.id);
  // Newest first: `after` is the balance right after transaction t.
  let after = new Big(balance.cashAmount);
  const lines: StatementLine[] = [];
  let closing: Big | null = null;
  let opening: Big | null = null;
  for (const t of all) {
    if (closing === null && t.createdMs <= endMs) closing = after;
    if (opening === null && t.createdMs < startMs) opening = after;
    if (t.createdMs >= startMs && t.createdMs <= endMs) {
      const detailType = DETAIL_TYPES[t.type];
      lines.push({
        direction: new Big(t.amount).lt(0) ? "DEBIT" : "CREDIT",
        dateMs: t.createdMs,
        amount: new Big(t.amount).toFixed(scale),
        fee: new Big(t.fee ?? "0").toFixed(scale),
        detailType,
        description: t.description,
        runningBalance: after.toFixed(scale),
        referenceNumber: referenceNumberOf(t, detailType),
        ...(t.exchange === undefined ? {} : { exchange: t.exchange }),
        ...(t.card === undefined ? {} : { card: t.card }),
      });
    }
    after = after.minus(t.amount);
  }
  return {
    profile,
    balance,
    currency,
    startMs,
    endMs,
    intervalStart: ctx.query.get("intervalStart") ?? "",
    intervalEnd: ctx.query.get("intervalEnd") ?? "",
    lines,
    opening: (opening ?? after).toFixed(scale),
    closing: (closing ?? after).toFixed(scale),
    approved,
  };
}

/** The account holder block of a statement (JSON, PDF, CAMT.053). */
export function accountHolder(profile: ProfileRecord, address: AddressRecord | undefined) {
  const where = {
    addressFirstLine: address?.firstLine ?? "",
    city: address?.city ?? "",
    postCode: address?.postCode ?? "",
    stateCode: address?.state ?? "",
    countryName: COUNTRIES.find((c) => c.key === address?.country)?.name ?? address?.country ?? "",
  };
  return profile.type === "PERSONAL"
    ? { type: "PERSONAL" as const, address: where, firstName: profile.firstName, lastName: profile.lastName }
    : { type: "BUSINESS" as const, address: where, businessName: profile.businessName };
}

/** The holder's name as a file's header shows it. */
export function holderName(profile: ProfileRecord): string {
  return profile.type === "PERSONAL" ? `${profile.firstName} ${profile.lastName}` : profile.businessName;
}
