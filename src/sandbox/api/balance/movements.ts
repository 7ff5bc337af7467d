// POST /v2/profiles/{profileId}/balance-movements (header X-idempotence-uuid required):
//   {quoteId}                                   conversion between the profile's STANDARD
//                                               balances (quote made with payOut BALANCE)
//   {quoteId, sourceBalanceId, targetBalanceId} conversion between the given balances/jars
//   {sourceBalanceId, targetBalanceId, amount{value, currency}}
//                                               same-currency move into (DEPOSIT) or out of
//                                               (WITHDRAWAL) a jar
// 201 with the movement (state COMPLETED, balancesAfter exact). The debit includes the
// fee (BALANCE -> BALANCE option of the quote). Each movement records two balance
// transactions and one INTERBALANCE activity. The same X-idempotence-uuid replays the
// first response: no second debit.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { isObject, isUuid, jsonBody, optDecimal, optLong, optString } from "../../body.js";
import { displayAmount } from "../../format.js";
import { badRequest, notFound, toJson, wiseErrors, type Reply } from "../../http.js";
import { addBalanceActivity, addBalanceTransaction, adjustBalance, canPay } from "../../ledger.js";
import type { BalanceMovementRecord, BalanceMovementType, BalanceRecord, ProfileRecord, QuoteRecord } from "../../model.js";
import { price } from "../../pricing.js";
import type { Ctx, RouteDef } from "../../route.js";
import { currencyScale } from "../../reference/currencies.js";
import { movementView } from "./movement-view.js";
import { quoteStatus } from "../quote/view.js";

/** The X-idempotence-uuid header, lowercased (400 when missing or not a UUID, as Spring binds it). */
export function idempotenceKey(ctx: Ctx): string {
  const raw = ctx.req.headers["x-idempotence-uuid"];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value.trim() === "") {
    throw badRequest("Required request header 'X-idempotence-uuid' for method parameter type UUID is not present");
  }
  if (!isUuid(value.trim())) throw badRequest("'X-idempotence-uuid' should be a valid 'UUID'");
  return value.trim().toLowerCase();
}

function balanceOf(ctx: Ctx, profile: ProfileRecord, id: number, path: string): BalanceRecord {
  const balance = ctx.store.balances.get(id);
  if (balance === undefined || balance.profileId !== profile.id) throw notFound("Balance", path, String(id));
  return balance;
}

function standardIn(ctx: Ctx, profile: ProfileRecord, currency: string, path: string): BalanceRecord {
  const balance = ctx.store.balancesOf(profile.id).find((b) => b.type === "STANDARD" && b.currency === currency);
  if (balance === undefined) {
    throw wiseErrors(422, { code: "balance.not-found", message: `There is no ${currency} balance to convert with.`, path, arguments: [path, currency] });
  }
  return balance;
}

interface Plan {
  type: BalanceMovementType;
  source: BalanceRecord;
  target: BalanceRecord;
  debit: string;
  credit: string;
  fee: string | null;
  rate: string | null;
  /** Used up (FUNDED) once the movement is done. */
  quote: QuoteRecord | null;
}

function planConversion(ctx: Ctx, profile: ProfileRecord, quoteId: string, sourceId: number | undefined, targetId: number | undefined): Plan {
  if (!isUuid(quoteId)) throw badRequest("'quoteId' should be a valid 'UUID'");
  const quote = ctx.store.quotes.get(quoteId.toLowerCase());
  if (quote === undefined || quote.profileId !== profile.id) {
    throw wiseErrors(422, { code: "NOT_FOUND", message: "Quote not found", path: "quoteId", arguments: ["quoteId", quoteId] });
  }
  const status = quoteStatus(quote, ctx.now());
  if (status === "EXPIRED") {
    throw wiseErrors(422, { code: "QUOTE_EXPIRED", message: "This quote has expired. Please create a new quote.", path: "quoteId", arguments: ["quoteId", quote.id] });
  }
  if (status !== "PENDING") {
    throw wiseErrors(422, { code: "QUOTE_ALREADY_USED", message: "This quote has already been used.", path: "quoteId", arguments: ["quoteId", quote.id] });
  }
  if (quote.payOut !== "BALANCE") {
    throw wiseErrors(422, { code: "NOT_VALID", message: "The quote must be created with payOut BALANCE.", path: "quoteId", arguments: ["quoteId", quote.id] });
  }
  const source = sourceId === undefined ? standardIn(ctx, profile, quote.sourceCurrency, "sourceBalanceId") : balanceOf(ctx, profile, sourceId, "sourceBalanceId");
  const target = targetId === undefined ? standardIn(ctx, profile, quote.targetCurrency, "targetBalanceId") : balanceOf(ctx, profile, targetId, "targetBalanceId");
  if (source.currency !== quote.sourceCurrency || target.currency !== quote.targetCurrency) {
    throw wiseErrors(422, { code: "NOT_VALID", message: "The balances' currencies do not match the quote.", path: "quoteId", arguments: ["quoteId", quote.id] });
  }
  const option = price(quote, "BALANCE", "BALANCE");
  return {
    type: "CONVERSION",
    source,
    target,
    debit: option.sourceAmount,
    credit: option.targetAmount,
    fee: new Big(option.totalFee).gt(0) ? option.totalFee : null,
    rate: quote.rate,
    quote,
  };
}

function planMove(ctx: Ctx, profile: ProfileRecord, sourceId: number, targetId: number, value: string, currency: string): Plan {
  const source = balanceOf(ctx, profile, sourceId, "sourceBalanceId");
  const target = balanceOf(ctx, profile, targetId, "targetBalanceId");
  if (source.id === target.id) throw badRequest("sourceBalanceId and targetBalanceId must differ");
  if (source.currency !== target.currency || currency !== source.currency) {
    throw wiseErrors(400, {
      code: "NOT_VALID",
      message: "Moves without a quote stay in one currency: both balances and the amount must share it (use a quote to convert).",
      path: "amount",
      arguments: ["amount", `${value} ${currency}`],
    });
  }
  const amount = new Big(value);
  const scale = currencyScale(currency);
  if (amount.lte(0)) throw wiseErrors(400, { code: "error.greaterThanZero", message: "Please type in a number that's larger than 0.", path: "amount", arguments: [] });
  if (!amount.eq(amount.round(scale, Big.roundDown))) {
    throw wiseErrors(400, { code: "NOT_VALID", message: `${currency} amounts have ${scale} decimals at most.`, path: "amount", arguments: ["amount", value] });
  }
  const exact = amount.toFixed(scale);
  return {
    type: target.type === "SAVINGS" ? "DEPOSIT" : "WITHDRAWAL",
    source,
    target,
    debit: exact,
    credit: exact,
    fee: null,
    rate: null,
    quote: null,
  };
}

async function move(ctx: Ctx): Promise<Reply> {
  const key = idempotenceKey(ctx);
  const profile = profileFromPath(ctx);
  const body = await jsonBody(ctx);
  const replayKey = `movement:${profile.id}:${key}`;
  const replay = ctx.store.replays.get(replayKey);
  if (replay !== undefined) return { ...replay };

  const quoteId = optString(body, "quoteId");
  const sourceId = optLong(body, "sourceBalanceId");
  const targetId = optLong(body, "targetBalanceId");
  const amount = isObject(body.amount) ? body.amount : undefined;
  if ((sourceId === undefined) !== (targetId === undefined)) {
    const missing = sourceId === undefined ? "sourceBalanceId" : "targetBalanceId";
    throw wiseErrors(400, { code: "NotNull", message: "sourceBalanceId and targetBalanceId go together", path: missing, arguments: [] });
  }
  let plan: Plan;
  if (quoteId !== undefined) {
    plan = planConversion(ctx, profile, quoteId, sourceId, targetId);
  } else {
    if (amount === undefined) {
      throw wiseErrors(400, { code: "NotNull", message: "Either amount or quoteId is required.", path: "amount", arguments: [] });
    }
    const value = optDecimal(amount, "value");
    const currency = optString(amount, "currency")?.trim().toUpperCase();
    if (value === undefined || currency === undefined || sourceId === undefined || targetId === undefined) {
      throw wiseErrors(400, {
        code: "NotNull",
        message: "A move without a quote needs sourceBalanceId, targetBalanceId and amount {value, currency}.",
        path: value === undefined || currency === undefined ? "amount" : "sourceBalanceId",
        arguments: [],
      });
    }
    plan = planMove(ctx, profile, sourceId, targetId, value, currency);
  }
  if (!canPay(plan.source, plan.debit)) throw insufficient(plan);
  if (plan.quote !== null) plan.quote.status = "FUNDED";

  const now = ctx.now();
  const store = ctx.store;
  adjustBalance(store, plan.source, `-${plan.debit}`, now);
  adjustBalance(store, plan.target, plan.credit, now);
  const debitType = plan.type === "CONVERSION" ? "CONVERSION" : "WITHDRAWAL";
  const creditType = plan.type === "CONVERSION" ? "CONVERSION" : "DEPOSIT";
  const label = plan.type === "CONVERSION" ? "Converted by you" : plan.type === "DEPOSIT" ? "Added to jar" : "Withdrawn from jar";
  const exchange =
    plan.type === "CONVERSION" && plan.rate !== null
      ? { from: { value: plan.debit, currency: plan.source.currency }, to: { value: plan.credit, currency: plan.target.currency }, rate: plan.rate }
      : undefined;
  addBalanceTransaction(store, plan.source, debitType, `-${plan.debit}`, now, label, { fee: plan.fee ?? undefined, exchange });
  const credit = addBalanceTransaction(store, plan.target, creditType, plan.credit, now, label, { exchange });
  const movement: BalanceMovementRecord = {
    id: store.nextId("conversion"),
    profileId: profile.id,
    type: plan.type,
    createdMs: now,
    quoteId: plan.quote?.id ?? null,
    sourceBalanceId: plan.source.id,
    targetBalanceId: plan.target.id,
    sourceAmount: plan.debit,
    sourceCurrency: plan.source.currency,
    targetAmount: plan.credit,
    targetCurrency: plan.target.currency,
    rate: plan.rate,
    fee: plan.fee,
    balancesAfter: [plan.source, plan.target].map((b) => ({ id: b.id, value: b.amount, currency: b.currency })),
    stepId: credit.id,
  };
  store.movements.set(movement.id, movement);
  const jar = plan.type === "DEPOSIT" ? plan.target : plan.source;
  addBalanceActivity(store, {
    profileId: profile.id,
    type: "INTERBALANCE",
    resourceId: credit.id,
    title:
      plan.type === "CONVERSION" ? `<strong>${plan.source.currency}</strong> to <strong>${plan.target.currency}</strong>` : `<strong>${jar.name ?? `${jar.currency} jar`}</strong>`,
    description: label,
    primaryAmount: displayAmount(plan.credit, plan.target.currency),
    secondaryAmount: plan.type === "CONVERSION" ? displayAmount(plan.debit, plan.source.currency) : "",
    nowMs: now,
  });
  const reply = { status: 201, body: toJson(movementView(movement)) };
  store.replays.set(replayKey, reply);
  return { ...reply };
}

function insufficient(plan: Plan) {
  return wiseErrors(422, {
    code: "balance.insufficient-funds",
    message: `Not enough money in the ${plan.source.currency} balance: ${plan.debit} ${plan.source.currency} needed, ${plan.source.amount} available.`,
    path: "sourceBalanceId",
    arguments: ["sourceBalanceId", String(plan.source.id)],
  });
}

export const balanceMovementRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v2/profiles/:profileId/balance-movements",
    handler: (ctx) => move(ctx),
  },
];
