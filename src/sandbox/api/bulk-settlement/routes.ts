// POST /v1/settlements (Wise's bulk-settlement tag): a partner's settlement journal, the list of
// transfers one settlement payment to Wise covers. Client-credentials token only. The journal is
// taken whole or not at all: every transfer must be one of a user the calling client manages, in
// the currency and for the amount (sourceValue + fee) the transfer has, not cancelled, and not
// settled by an earlier journal; with settlementCurrency every transfer names its exchangeRate.
// Shape errors are 400, the rest 422 listing every problem; success is 200 with an empty body.

import Big from "big.js";
import { isObject, jsonBody, optDecimal, optLong, optString, type JsonObject } from "../../body.js";
import { HttpError, wiseErrors, type WiseErrorItem } from "../../http.js";
import { parseInstant } from "../../params.js";
import type { PartnerCtx, PartnerRouteDef } from "../../route.js";
import { managingClientId } from "../user/users.js";
import type { SettlementJournalRecord } from "../batch-group/model.js";

const SETTLEMENT_TYPE = "TRUSTED_BULK_SETTLEMENT";
const REFERENCE = /^TPFB.{1,6}$/;

const notNull = (path: string): WiseErrorItem => ({ code: "NotNull", message: "must not be null", path, arguments: [] });
const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });

/** An ISO 8601 date-time with its zone, as the journal's dates are. */
const isDateTime = (value: string): boolean => /T/.test(value) && parseInstant(value, { dateOnly: false, zoneRequired: true }) !== null;

/** The objects of an array field; 400 when it is something else. */
function objects(body: JsonObject, name: string): JsonObject[] | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every(isObject))
    throw new HttpError(400, { errors: [{ code: "bad.request", message: `JSON parse error: '${name}' should be an array of objects` }] });
  return value;
}

/** A transfer a journal may name: one of a user the calling client manages. */
function managedTransfer(ctx: PartnerCtx, id: number) {
  const transfer = ctx.store.transfers.get(id);
  const user = transfer === undefined ? undefined : ctx.store.users.get(transfer.user);
  return user !== undefined && managingClientId(user) === ctx.client.id ? transfer : undefined;
}

export const bulkSettlementRoutes: PartnerRouteDef[] = [
  {
    method: "POST",
    path: "/v1/settlements",
    auth: "partner",
    handler: async (ctx) => {
      const { store } = ctx;
      const body = await jsonBody(ctx);
      const type = optString(body, "type");
      const settlementReference = optString(body, "settlementReference");
      const settlementDate = optString(body, "settlementDate");
      const settlementCurrency = optString(body, "settlementCurrency")?.trim().toUpperCase();
      const transfers = objects(body, "transfers");
      const refunded = objects(body, "refundedTransfers") ?? [];
      const balanceTransfer = optDecimal(body, "balanceTransfer") ?? "0";
      const missing: WiseErrorItem[] = [];
      if (type === undefined) missing.push(notNull("type"));
      if (settlementReference === undefined) missing.push(notNull("settlementReference"));
      if (settlementDate === undefined) missing.push(notNull("settlementDate"));
      if (transfers === undefined) missing.push(notNull("transfers"));
      // Each line's own fields, read once (wrong JSON types are 400 here too).
      const lines = (transfers ?? []).map((line, i) => {
        const read = {
          id: optLong(line, "id"),
          date: optString(line, "date"),
          sourceAmount: optDecimal(line, "sourceAmount"),
          sourceCurrency: optString(line, "sourceCurrency")?.trim().toUpperCase(),
          customerName: optString(line, "customerName"),
          partnerReference: optString(line, "partnerReference"),
          comment: optString(line, "comment"),
          exchangeRate: optDecimal(line, "exchangeRate"),
        };
        for (const key of ["id", "date", "sourceAmount", "sourceCurrency", "customerName", "partnerReference"] as const) {
          if (read[key] === undefined) missing.push(notNull(`transfers[${i}].${key}`));
        }
        return read;
      });
      const refunds = refunded.map((line, i) => {
        const read = { id: optLong(line, "id"), partnerReference: optString(line, "partnerReference"), exchangeRate: optDecimal(line, "exchangeRate") };
        if (read.id === undefined) missing.push(notNull(`refundedTransfers[${i}].id`));
        if (read.partnerReference === undefined) missing.push(notNull(`refundedTransfers[${i}].partnerReference`));
        return read;
      });
      if (missing.length > 0) throw wiseErrors(400, ...missing);
      if (type !== SETTLEMENT_TYPE) throw wiseErrors(400, notValid("type", `Type must be ${SETTLEMENT_TYPE}.`, type ?? ""));

      const problems: WiseErrorItem[] = [];
      if (!REFERENCE.test(settlementReference ?? ""))
        problems.push(notValid("settlementReference", "Reference must start with TPFB and be at most 10 characters long.", settlementReference ?? ""));
      if (!isDateTime(settlementDate ?? "")) problems.push(notValid("settlementDate", "Date must be an ISO 8601 date-time with its offset.", settlementDate ?? ""));
      if (settlementCurrency !== undefined && !store.currencies.some((c) => c.code === settlementCurrency)) {
        problems.push(notValid("settlementCurrency", "Currency is not supported.", settlementCurrency));
      }
      if (lines.length === 0) problems.push(notValid("transfers", "A journal settles at least one transfer.", "[]"));
      if (new Big(balanceTransfer).gt(0)) problems.push(notValid("balanceTransfer", "balanceTransfer must be 0 or negative.", balanceTransfer));
      const seen = new Set<number>();
      lines.forEach((line, i) => {
        const at = (key: string) => `transfers[${i}].${key}`;
        const id = line.id ?? 0;
        const transfer = managedTransfer(ctx, id);
        if (transfer === undefined) {
          problems.push(notValid(at("id"), "Transfer not found.", String(id)));
        } else {
          if (seen.has(id)) problems.push(notValid(at("id"), "The journal names this transfer twice.", String(id)));
          const settledBy = store.settledTransfers.get(id);
          if (settledBy !== undefined) problems.push(notValid(at("id"), `The transfer was settled by an earlier journal (${settledBy}).`, String(id)));
          if (transfer.status === "cancelled") problems.push(notValid(at("id"), "The transfer is cancelled.", String(id)));
          if (line.sourceCurrency !== transfer.sourceCurrency)
            problems.push(notValid(at("sourceCurrency"), `The transfer's source currency is ${transfer.sourceCurrency}.`, line.sourceCurrency ?? ""));
          const amount = new Big(transfer.sourceValue).plus(transfer.fee);
          if (!new Big(line.sourceAmount ?? "0").eq(amount))
            problems.push(notValid(at("sourceAmount"), `The transfer's source amount with fee is ${amount.toFixed()}.`, line.sourceAmount ?? ""));
        }
        seen.add(id);
        if (!isDateTime(line.date ?? "")) problems.push(notValid(at("date"), "Date must be an ISO 8601 date-time with its offset.", line.date ?? ""));
        if ((line.customerName ?? "").trim() === "") problems.push(notValid(at("customerName"), "Customer name must not be blank.", line.customerName ?? ""));
        if ((line.partnerReference ?? "").trim() === "") problems.push(notValid(at("partnerReference"), "Partner reference must not be blank.", line.partnerReference ?? ""));
        if (settlementCurrency !== undefined && line.exchangeRate === undefined)
          problems.push(notValid(at("exchangeRate"), "Required when the journal has a settlementCurrency.", ""));
        if (line.exchangeRate !== undefined && !new Big(line.exchangeRate).gt(0))
          problems.push(notValid(at("exchangeRate"), "The exchange rate must be above zero.", line.exchangeRate));
      });
      refunds.forEach((line, i) => {
        if (managedTransfer(ctx, line.id ?? 0) === undefined) problems.push(notValid(`refundedTransfers[${i}].id`, "Transfer not found.", String(line.id)));
      });
      if (problems.length > 0) throw wiseErrors(422, ...problems);

      const journal: SettlementJournalRecord = {
        id: store.nextId("settlementJournal"),
        clientId: ctx.client.id,
        settlementReference: settlementReference ?? "",
        settlementDate: settlementDate ?? "",
        settlementCurrency: settlementCurrency ?? null,
        transfers: lines.map((line) => ({
          id: line.id ?? 0,
          sourceAmount: line.sourceAmount ?? "0",
          sourceCurrency: line.sourceCurrency ?? "",
          partnerReference: line.partnerReference ?? "",
          exchangeRate: line.exchangeRate ?? null,
        })),
        refundedTransferIds: refunds.map((line) => line.id ?? 0),
        balanceTransfer,
        receivedMs: ctx.now(),
      };
      store.settlementJournals.set(journal.id, journal);
      for (const line of journal.transfers) store.settledTransfers.set(line.id, journal.id);
      store.touch();
      return { status: 200, body: "" };
    },
  },
];
