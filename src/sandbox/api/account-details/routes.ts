// Bank account details:
//   GET  /v1/profiles/{profileId}/account-details: one entry per payin currency, ACTIVE with the
//        issued numbers where the profile has details, else the AVAILABLE masked example (id null,
//        balanceId -1), as recorded.
//   POST /v1/profiles/{profileId}/account-details-orders {currency}: orders details for the
//        profile's STANDARD balance in that currency; answers PENDING_USER with its requirements.
//        Asking again while an order of that currency is open answers the open order (no second).
//   GET  /v3/profiles/{profileId}/account-details-orders?currency= (and the deprecated v1 list).
//   POST /v3/profiles/{profileId}/bank-details {targetAccountId}: issues details on a balance at once.
//   POST /v1/profiles/{profileId}/account-details/payments/{paymentId}/returns {reason?}: sends a
//        received payment back (201 {id}); Swift payments need a reason.
// An order moves PENDING_USER -> PENDING_TW -> REQUIREMENTS_FULFILLED -> DONE through the
// sandbox-only simulation call (simulation.ts); DONE issues the details.

import { randomUUID } from "node:crypto";
import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { jsonBody, optLong, optString, type JsonObject } from "../../body.js";
import { negativeAmount } from "../../format.js";
import { badRequest, HttpError, json, notFound, rawJson, toJson, wiseErrors } from "../../http.js";
import { addBalanceActivity, addBalanceTransaction, adjustBalance, canPay } from "../../ledger.js";
import type { BalanceRecord, ProfileRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import { ACCOUNT_DETAILS_TEMPLATES, accountDetailsTemplate } from "../../reference/account-details.js";
import type { Ctx, RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import type { AccountDetailsOrderRecord, AccountDetailsRecord } from "./model.js";
import { accountDetailsView, bankDetailsView, orderView } from "./view.js";
import { accountDetailsOrderStateChange, accountDetailsPaymentStateChange } from "../../webhooks/events/account-details.js";

const RETURN_REASONS = ["INCORRECT_ACCOUNT_NUMBER", "CLOSED_ACCOUNT", "BLOCKED_ACCOUNT", "CANCELLATION_REQUEST", "REGULATORY", "CUSTOMER_REQUEST"];

/** The details issued to a profile in a currency, if any. */
export function issuedDetails(store: Store, profileId: number, currency: string): AccountDetailsRecord | undefined {
  return [...store.accountDetails.values()].find((d) => d.profileId === profileId && d.currency === currency);
}

/** The profile's STANDARD balance in a currency, if it has one. */
export function standardBalance(store: Store, profileId: number, currency: string): BalanceRecord | undefined {
  return store.balancesOf(profileId).find((b) => b.type === "STANDARD" && b.currency === currency);
}

/** Issues details on a balance, and completes any open order of its currency. */
export function issueDetails(store: Store, balance: BalanceRecord, nowMs: number): AccountDetailsRecord {
  const record: AccountDetailsRecord = { id: store.nextId("accountDetails"), profileId: balance.profileId, balanceId: balance.id, currency: balance.currency, createdMs: nowMs };
  store.accountDetails.set(record.id, record);
  for (const order of store.accountDetailsOrders) {
    if (order.profileId === balance.profileId && order.currency === balance.currency && order.status !== "DONE") {
      order.status = "DONE";
      for (const requirement of order.requirements) requirement.status = "DONE";
      const activity = store.activityOf(order.profileId, "BANK_DETAILS_ORDER", String(order.id));
      if (activity !== undefined) store.updateActivity(activity, { status: "COMPLETED", updatedMs: nowMs });
      store.webhooks.emit(accountDetailsOrderStateChange(order, nowMs), nowMs);
    }
  }
  store.touch();
  return record;
}

/** A currency from a body or query: 400 when absent, 422 when Wise issues no details in it. */
function payinCurrency(raw: string | undefined, path: string) {
  const currency = raw?.trim().toUpperCase();
  if (currency === undefined || currency === "") throw wiseErrors(400, { code: "NotNull", message: "must not be null", path, arguments: [] });
  const template = accountDetailsTemplate(currency);
  if (template === undefined) {
    throw wiseErrors(422, {
      code: "account-details.currency.not-supported",
      message: `Bank account details are not available in ${currency}.`,
      path,
      arguments: [path, currency],
    });
  }
  return template;
}

function ordersOf(store: Store, profileId: number): AccountDetailsOrderRecord[] {
  return store.accountDetailsOrders.filter((o) => o.profileId === profileId);
}

function accountDetailsList(store: Store, profile: ProfileRecord) {
  return ACCOUNT_DETAILS_TEMPLATES.map((template) => accountDetailsView(template, profile, issuedDetails(store, profile.id, template.code) ?? null));
}

/** An optional JSON body: none sent is an empty object. */
async function optionalBody(ctx: Ctx): Promise<JsonObject> {
  const length = ctx.req.headers["content-length"];
  const sent = (length !== undefined && length !== "0") || ctx.req.headers["transfer-encoding"] !== undefined;
  return sent ? jsonBody(ctx) : {};
}

function paymentError(status: number, code: string, message: string, profileId: number, paymentId: number): HttpError {
  return new HttpError(status, { errors: [{ code, message, arguments: [profileId, paymentId, null] }] });
}

export const accountDetailsRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/profiles/:profileId/account-details",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      // Wise labels this answer text/plain (recorded); its body is JSON all the same.
      const reply = rawJson(ctx.store.cached(`account-details:${profile.id}`, () => toJson(accountDetailsList(ctx.store, profile))));
      return { ...reply, headers: { "content-type": "text/plain; charset=utf-8" } };
    },
  },
  {
    method: "POST",
    path: "/v1/profiles/:profileId/account-details-orders",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const template = payinCurrency(optString(body, "currency"), "currency");
      const currency = template.code;
      if (standardBalance(ctx.store, profile.id, currency) === undefined) {
        throw wiseErrors(422, {
          code: "account-details.balance.not-found",
          message: `Open a ${currency} balance before ordering its account details.`,
          path: "currency",
          arguments: ["currency", currency],
        });
      }
      if (issuedDetails(ctx.store, profile.id, currency) !== undefined) {
        throw wiseErrors(422, {
          code: "account-details.already-issued",
          message: `The profile already has ${currency} account details.`,
          path: "currency",
          arguments: ["currency", currency],
        });
      }
      const open = ordersOf(ctx.store, profile.id).find((o) => o.currency === currency && o.status !== "DONE");
      if (open !== undefined) return json(orderView(open));
      const order: AccountDetailsOrderRecord = {
        id: ctx.store.nextId("other"),
        profileId: profile.id,
        currency,
        status: "PENDING_USER",
        requirements: [
          { type: "VERIFICATION", status: "PENDING_USER" },
          { type: "TOP_UP", status: "PENDING_USER" },
        ],
        createdMs: ctx.now(),
      };
      ctx.store.accountDetailsOrders.push(order);
      ctx.store.addActivity({
        profileId: profile.id,
        type: "BANK_DETAILS_ORDER",
        resourceType: "BANK_DETAILS_ORDER",
        resourceId: String(order.id),
        title: `<strong>${currency} account details</strong>`,
        description: "Account details ordered",
        primaryAmount: "",
        secondaryAmount: "",
        status: "IN_PROGRESS",
        createdMs: order.createdMs,
        updatedMs: order.createdMs,
      });
      return json(orderView(order));
    },
  },
  {
    method: "GET",
    path: "/v3/profiles/:profileId/account-details-orders",
    handler: (ctx) => {
      const raw = ctx.query.get("currency");
      // Spring binds the required parameter before the access check runs.
      if (raw === null || raw.trim() === "") throw badRequest("Required request parameter 'currency' for method parameter type String is not present");
      const profile = profileFromPath(ctx);
      const currency = raw.trim().toUpperCase();
      return json(
        ordersOf(ctx.store, profile.id)
          .filter((o) => o.currency === currency)
          .map(orderView),
      );
    },
  },
  {
    method: "GET",
    path: "/v1/profiles/:profileId/account-details-orders",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      // v1 predates REQUIREMENTS_FULFILLED: such an order still waits on Wise there.
      return json(ordersOf(ctx.store, profile.id).map((o) => ({ ...orderView(o), status: o.status === "REQUIREMENTS_FULFILLED" ? "PENDING_TW" : o.status })));
    },
  },
  {
    method: "POST",
    path: "/v3/profiles/:profileId/bank-details",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const balanceId = optLong(body, "targetAccountId");
      if (balanceId === undefined) throw wiseErrors(400, { code: "NotNull", message: "must not be null", path: "targetAccountId", arguments: [] });
      const balance = ctx.store.balances.get(balanceId);
      if (balance === undefined || balance.profileId !== profile.id) throw notFound("Balance", "targetAccountId", String(balanceId));
      if (balance.type !== "STANDARD") {
        throw wiseErrors(422, {
          code: "account-details.balance.not-standard",
          message: "Account details belong to a currency's STANDARD balance, not a jar.",
          path: "targetAccountId",
          arguments: [],
        });
      }
      const template = payinCurrency(balance.currency, "targetAccountId");
      if (issuedDetails(ctx.store, profile.id, balance.currency) !== undefined) {
        throw wiseErrors(422, {
          code: "account-details.already-issued",
          message: `The profile already has ${balance.currency} account details.`,
          path: "targetAccountId",
          arguments: ["targetAccountId", String(balanceId)],
        });
      }
      return json(bankDetailsView(template, issueDetails(ctx.store, balance, ctx.now())));
    },
  },
  {
    method: "POST",
    path: "/v1/profiles/:profileId/account-details/payments/:paymentId/returns",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const paymentId = pathLong(ctx, "paymentId");
      const body = await optionalBody(ctx);
      const reason = optString(body, "reason");
      const invalid = (message: string) => paymentError(400, "error.payment-return.invalid", message, profile.id, paymentId);
      if (reason !== undefined && !RETURN_REASONS.includes(reason)) throw invalid(`'reason' should be one of ${RETURN_REASONS.join(", ")}`);
      const payment = ctx.store.accountDetailsPayments.get(paymentId);
      if (payment === undefined || payment.profileId !== profile.id) {
        throw paymentError(404, "error.payment.not-found", `No payment found with id [${paymentId}] for profile id [${profile.id}]`, profile.id, paymentId);
      }
      if (payment.returnId !== null) throw invalid("This payment was already returned to its sender");
      if (payment.channel === "SWIFT" && reason === undefined) throw invalid("A valid reason is required to return a Swift payment");
      const balance = ctx.store.balances.get(payment.balanceId);
      if (balance === undefined || !canPay(balance, payment.amount)) throw invalid("The balance no longer holds the payment's amount");
      const now = ctx.now();
      const debit = new Big(payment.amount).neg().toFixed();
      adjustBalance(ctx.store, balance, debit, now);
      const tx = addBalanceTransaction(ctx.store, balance, "WITHDRAWAL", debit, now, `Returned payment from ${payment.senderName}`);
      addBalanceActivity(ctx.store, {
        profileId: profile.id,
        type: "BALANCE_ADJUSTMENT",
        resourceId: tx.id,
        title: `<strong>${payment.senderName}</strong>`,
        description: "Payment returned",
        primaryAmount: negativeAmount(payment.amount, payment.currency),
        nowMs: now,
      });
      payment.returnId = randomUUID();
      ctx.store.touch();
      ctx.store.webhooks.emit(accountDetailsPaymentStateChange(payment, "REFUNDED", "COMPLETED", now), now);
      return json({ id: payment.returnId }, 201);
    },
  },
];
