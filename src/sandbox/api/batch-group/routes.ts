// Batch groups (Wise's batch-group tag):
//   POST  /v3/profiles/{profileId}/batch-groups                          201 a NEW group
//   GET   /v3/profiles/{profileId}/batch-groups/{batchGroupId}
//   PATCH /v3/profiles/{profileId}/batch-groups/{batchGroupId}           {status: COMPLETED|CANCELLED, version}
//   POST  /v3/profiles/{profileId}/batch-groups/{batchGroupId}/transfers a transfer, made as POST /v1/transfers makes one
//   POST  /v3/profiles/{profileId}/batch-payments/{batchGroupId}/payments {type: BALANCE}: pays the whole group
//   POST  /v1/profiles/{profileId}/batch-groups/{batchGroupId}/payment-initiations {type: DIRECT_DEBIT, accountId, reference?}
//   GET   /v1/profiles/{profileId}/batch-groups/{batchGroupId}/payment-initiations/{paymentInitiationId}
// A group takes transfers while NEW; completing it closes it and gives its pay-in details (the
// total of its transfers, fees included). Funding from the balance debits that total once, in
// one balance transaction, and moves every transfer to processing; a group is funded at most once
// (by balance or by one direct debit), and only an unfunded group can be cancelled, which cancels
// its transfers. Every change of status or transfers changes `version`, which PATCH must name.

import { randomUUID } from "node:crypto";
import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { isUuid, jsonBody, optLong, optString } from "../../body.js";
import { badRequest, HttpError, json, notFound, toJson, wiseErrors, type WiseErrorItem } from "../../http.js";
import { addBalanceTransaction, adjustBalance, canPay, setTransferStatus } from "../../ledger.js";
import { pathLong } from "../../params.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Ctx, RouteDef } from "../../route.js";
import { customerTxKey } from "../../store.js";
import { requireSca } from "../sca/ott.js";
import { markPaidFromBalance } from "../transfer/payments.js";
import { createTransfer, readRequest } from "../transfer/routes.js";
import { transferView } from "../transfer/view.js";
import type { BatchGroupRecord, PaymentInitiationRecord } from "./model.js";
import { paymentInitiationStateChange } from "../../webhooks/events/batch-payments.js";
import { batchGroupView, batchPaymentView, groupTotal, paymentInitiationView } from "./view.js";

/** Wise's limit of transfers in one group. */
export const MAX_BATCH_TRANSFERS = 1000;
const MAX_NAME_LENGTH = 100;
const MAX_REFERENCE_LENGTH = 10;
/** Direct debits exist for these source currencies only (ACH, EFT). */
const DIRECT_DEBIT_CURRENCIES = new Set(["USD", "CAD"]);

const notNull = (path: string): WiseErrorItem => ({ code: "NotNull", message: "must not be null", path, arguments: [] });
const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });
/** A group in a state that does not allow the call: 409 (Wise documents no code; ours follow its funding codes). */
const refused = (code: string, message: string, status = 409): HttpError => wiseErrors(status, { code, message, arguments: [] });

/** The group of the path if it belongs to the path's profile, which the caller must own (403/404). */
function groupOf(ctx: Ctx): BatchGroupRecord {
  const profile = profileFromPath(ctx);
  const id = ctx.params.batchGroupId ?? "";
  if (!isUuid(id)) throw badRequest(`'batchGroupId' should be a valid 'UUID'`);
  const group = ctx.store.batchGroups.get(id.toLowerCase());
  if (group === undefined || group.profileId !== profile.id) throw notFound("Batch group", "batchGroupId", id);
  return group;
}

/** Records a change of the group's status or transfers: a new version. */
function changed(ctx: Ctx, group: BatchGroupRecord): void {
  group.version += 1;
  ctx.store.touch();
}

const groupJson = (ctx: Ctx, group: BatchGroupRecord, status = group.status) => json(batchGroupView(ctx.store, group, status));

export const batchGroupRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v3/profiles/:profileId/batch-groups",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const sourceCurrency = optString(body, "sourceCurrency")?.trim().toUpperCase();
      const name = optString(body, "name");
      const missing = [...(sourceCurrency === undefined ? [notNull("sourceCurrency")] : []), ...(name === undefined ? [notNull("name")] : [])];
      if (missing.length > 0 || sourceCurrency === undefined || name === undefined) throw wiseErrors(400, ...missing);
      const problems: WiseErrorItem[] = [];
      if (!ctx.store.currencies.some((c) => c.code === sourceCurrency)) problems.push(notValid("sourceCurrency", "Currency is not supported.", sourceCurrency));
      if (name.trim() === "" || name.length > MAX_NAME_LENGTH) problems.push(notValid("name", `Name must be 1 to ${MAX_NAME_LENGTH} characters long.`, name));
      if (problems.length > 0) throw wiseErrors(422, ...problems);
      const group: BatchGroupRecord = {
        id: randomUUID(),
        profileId: profile.id,
        userId: ctx.user.id,
        version: 0,
        name,
        sourceCurrency,
        status: "NEW",
        transferIds: [],
        shortId: ctx.store.nextId("batchGroup"),
        createdMs: ctx.now(),
        funding: null,
      };
      ctx.store.batchGroups.set(group.id, group);
      ctx.store.touch();
      return json(batchGroupView(ctx.store, group), 201);
    },
  },
  {
    method: "GET",
    path: "/v3/profiles/:profileId/batch-groups/:batchGroupId",
    handler: (ctx) => groupJson(ctx, groupOf(ctx)),
  },
  {
    method: "PATCH",
    path: "/v3/profiles/:profileId/batch-groups/:batchGroupId",
    handler: async (ctx) => {
      const group = groupOf(ctx);
      const body = await jsonBody(ctx);
      const status = optString(body, "status");
      const version = optLong(body, "version");
      const missing = [...(status === undefined ? [notNull("status")] : []), ...(version === undefined ? [notNull("version")] : [])];
      if (missing.length > 0 || status === undefined || version === undefined) throw wiseErrors(400, ...missing);
      if (status !== "COMPLETED" && status !== "CANCELLED") throw wiseErrors(400, notValid("status", "Status must be COMPLETED or CANCELLED.", status));
      if (version !== group.version) {
        throw wiseErrors(409, {
          code: "batch_group.version_mismatch",
          message: `The batch group is at another version than ${version}; read it again.`,
          path: "version",
          arguments: ["version", String(version)],
        });
      }
      const now = ctx.now();
      if (status === "COMPLETED") {
        if (group.status !== "NEW") throw refused("batch_group.not_open", `The batch group is ${group.status}; only a NEW group can be completed.`);
        if (group.transferIds.length === 0) throw refused("batch_group.empty", "The batch group has no transfers to complete.");
        group.status = "COMPLETED";
        changed(ctx, group);
        return groupJson(ctx, group);
      }
      if (group.status !== "NEW" && group.status !== "COMPLETED") throw refused("batch_group.not_cancellable", `The batch group is ${group.status} and cannot be cancelled.`);
      if (group.funding !== null) throw refused("batch_group.not_cancellable", "The batch group is funded and cannot be cancelled.");
      for (const id of group.transferIds) {
        const transfer = ctx.store.transfers.get(id);
        if (transfer !== undefined && transfer.status === "incoming_payment_waiting") setTransferStatus(ctx.store, transfer, "cancelled", now);
      }
      group.status = "CANCELLED";
      changed(ctx, group);
      // Wise answers that the cancellation was asked for; the sandbox cancels at once, so reads say CANCELLED.
      return groupJson(ctx, group, "MARKED_FOR_CANCELLATION");
    },
  },
  {
    method: "POST",
    path: "/v3/profiles/:profileId/batch-groups/:batchGroupId/transfers",
    handler: async (ctx) => {
      const group = groupOf(ctx);
      const request = readRequest(await jsonBody(ctx), true);
      const store = ctx.store;
      // A retry of a transfer already in this group answers it, whatever the group's state now.
      const earlier = store.transferByCustomerTx.get(customerTxKey(ctx.user.id, request.customerTransactionId ?? ""));
      if (earlier !== undefined && store.batchGroupByTransfer.get(earlier) === group.id) {
        const transfer = store.transfers.get(earlier);
        if (transfer !== undefined && transfer.quoteUuid === request.quoteUuid) return json(transferView(transfer));
      }
      if (group.status !== "NEW") throw refused("batch_group.not_open", `The batch group is ${group.status}; transfers can be added while it is NEW.`);
      if (group.transferIds.length >= MAX_BATCH_TRANSFERS) throw refused("batch_group.full", `A batch group holds at most ${MAX_BATCH_TRANSFERS} transfers.`);
      const { transfer, created } = createTransfer(ctx, request, ({ quote }) => {
        if (quote.profileId !== group.profileId) throw wiseErrors(422, notValid("quoteUuid", "The quote was made for another profile than the batch group's.", quote.id));
        if (quote.sourceCurrency !== group.sourceCurrency) {
          throw wiseErrors(422, notValid("quoteUuid", `The quote's source currency ${quote.sourceCurrency} is not the batch group's ${group.sourceCurrency}.`, quote.id));
        }
      });
      if (!created) {
        throw wiseErrors(409, {
          code: "NOT_UNIQUE",
          message: "This customerTransactionId already made a transfer outside this batch group.",
          path: "customerTransactionId",
          arguments: ["customerTransactionId", request.customerTransactionId ?? ""],
        });
      }
      group.transferIds.push(transfer.id);
      store.batchGroupByTransfer.set(transfer.id, group.id);
      changed(ctx, group);
      return json(transferView(transfer));
    },
  },
  {
    method: "POST",
    path: "/v3/profiles/:profileId/batch-payments/:batchGroupId/payments",
    handler: async (ctx) => {
      const group = groupOf(ctx);
      const type = optString(await jsonBody(ctx), "type");
      if (type === undefined) throw wiseErrors(400, notNull("type"));
      // Checked before the payment's own rules, as for a transfer's funding: a refused call changes nothing.
      const approved = requireSca(ctx, group.profileId, "BATCH_GROUP__FUND");
      if (type !== "BALANCE") throw wiseErrors(400, notValid("type", `Funding type '${type}' is not available; use BALANCE.`, type));
      if (group.funding !== null) throw refused("batch_group.already_funded", "The batch group is already funded.");
      if (group.status !== "COMPLETED") throw refused("batch_group.not_completed", `The batch group is ${group.status}; complete it before funding it.`);
      const store = ctx.store;
      const payable = group.transferIds.flatMap((id) => {
        const transfer = store.transfers.get(id);
        return transfer !== undefined && transfer.status === "incoming_payment_waiting" ? [transfer] : [];
      });
      if (payable.length === 0) throw refused("batch_group.not_fundable", "The batch group has no transfer waiting to be paid.");
      const balance = store.balancesOf(group.profileId).find((b) => b.type === "STANDARD" && b.currency === group.sourceCurrency);
      if (balance === undefined) throw refused("balance.payment-option-unavailable", `The profile has no ${group.sourceCurrency} balance.`, 422);
      const total = groupTotal(store, group);
      if (!canPay(balance, total)) throw refused("transfer.insufficient_funds", "The balance does not hold enough money to pay the batch group.", 422);

      // One debit of the whole total, then each transfer paid with its own share of it.
      const now = ctx.now();
      const scale = currencyScale(group.sourceCurrency);
      adjustBalance(store, balance, `-${total}`, now);
      const tx = addBalanceTransaction(store, balance, "TRANSFER", `-${total}`, now, `Batch payment ${group.name}`);
      for (const transfer of payable) {
        const amount = new Big(transfer.sourceValue).plus(transfer.fee).toFixed(scale);
        markPaidFromBalance(
          store,
          transfer,
          balance,
          { sourceValue: transfer.sourceValue, targetValue: transfer.targetValue, fee: transfer.fee, amount, balanceTransactionId: tx.id },
          now,
        );
      }
      group.funding = { type: "BALANCE", balanceTransactionId: tx.id, amount: total, fundedMs: now };
      store.touch();
      return { status: 200, body: toJson(batchPaymentView(group)), headers: approved };
    },
  },
  {
    method: "POST",
    path: "/v1/profiles/:profileId/batch-groups/:batchGroupId/payment-initiations",
    handler: async (ctx) => {
      const group = groupOf(ctx);
      const body = await jsonBody(ctx);
      const type = optString(body, "type");
      const accountId = optLong(body, "accountId");
      const reference = optString(body, "reference");
      const missing = [...(type === undefined ? [notNull("type")] : []), ...(accountId === undefined ? [notNull("accountId")] : [])];
      if (missing.length > 0 || type === undefined || accountId === undefined) throw wiseErrors(400, ...missing);
      const approved = requireSca(ctx, group.profileId, "BATCH_GROUP__FUND");
      if (type !== "DIRECT_DEBIT") throw wiseErrors(400, notValid("type", `Payment type '${type}' is not available; use DIRECT_DEBIT.`, type));
      const problems: WiseErrorItem[] = [];
      if (accountId <= 0) problems.push(notValid("accountId", "Direct debit account not found.", String(accountId)));
      if (reference !== undefined && (reference.trim() === "" || reference.length > MAX_REFERENCE_LENGTH)) {
        problems.push(notValid("reference", `Reference must be 1 to ${MAX_REFERENCE_LENGTH} characters long.`, reference));
      }
      if (problems.length > 0) throw wiseErrors(422, ...problems);
      if (group.funding !== null) throw refused("batch_group.already_funded", "The batch group is already funded.");
      if (group.status !== "COMPLETED") throw refused("batch_group.not_completed", `The batch group is ${group.status}; complete it before funding it.`);
      if (!DIRECT_DEBIT_CURRENCIES.has(group.sourceCurrency)) {
        throw refused("batch_group.direct_debit_unavailable", `Direct debit funds USD (ACH) and CAD (EFT) batch groups; this one is ${group.sourceCurrency}.`);
      }
      const id = ctx.store.nextId("paymentInitiation");
      const record: PaymentInitiationRecord = {
        id,
        batchGroupId: group.id,
        profileId: group.profileId,
        userId: ctx.user.id,
        reference: reference ?? `B${String(id).slice(-7)}`,
        status: "NEW",
        accountId,
        transferId: null,
        createdMs: ctx.now(),
      };
      ctx.store.paymentInitiations.set(id, record);
      group.funding = { type: "DIRECT_DEBIT", paymentInitiationId: id };
      ctx.store.touch();
      ctx.store.webhooks.emit(paymentInitiationStateChange(record, null, record.createdMs), record.createdMs);
      return { status: 200, body: toJson(paymentInitiationView(record)), headers: approved };
    },
  },
  {
    method: "GET",
    path: "/v1/profiles/:profileId/batch-groups/:batchGroupId/payment-initiations/:paymentInitiationId",
    handler: (ctx) => {
      const group = groupOf(ctx);
      const id = pathLong(ctx, "paymentInitiationId");
      const record = ctx.store.paymentInitiations.get(id);
      if (record === undefined || record.batchGroupId !== group.id) throw notFound("Payment initiation", "paymentInitiationId", String(id));
      return json(paymentInitiationView(record));
    },
  },
];
