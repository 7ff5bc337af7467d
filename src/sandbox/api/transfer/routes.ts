// Transfers:
//   POST /v1/transfers                      create from a quote (200, status incoming_payment_waiting)
//   GET  /v1/transfers?profile=&status=&sourceCurrency=&targetCurrency=&createdDateStart=&createdDateEnd=&offset=&limit=
//                                           bare array, newest first, offset/limit paging
//   GET  /v1/transfers/{id}
//   PUT  /v1/transfers/{id}/cancel          200 cancelled; 409 transfer.cancellation.not.allowed
//   POST /v1/transfer-requirements          the dynamic transfer form (reference/requirements.ts)
// Idempotency, per user: the same customerTransactionId with the same quote returns the
// existing transfer (200, nothing new, even if recipient or reference differ); with another
// quote it is refused (409 NOT_UNIQUE). Another user's key is theirs alone. A quote backs at
// most one transfer (422 QUOTE_ALREADY_USED).

import { compatibilityProblems } from "../recipient/compatibility.js";
import Big from "big.js";
import { ownedProfile } from "../../auth.js";
import { isObject, isUuid, jsonBody, optLong, optString, plain, type JsonObject } from "../../body.js";
import { badRequest, forbidden, json, notFound, toJson, wiseErrors, type WiseErrorItem } from "../../http.js";
import { addTransferActivity, refundTransfer, setTransferStatus } from "../../ledger.js";
import type { QuoteRecord, RecipientRecord, TransferRecord, TransferStatus } from "../../model.js";
import { parseInstant, pathLong, queryLong } from "../../params.js";
import { SOURCE_OF_FUNDS_THRESHOLD_USD, transferFields, validateTransferDetails } from "../../reference/requirements.js";
import { boundedInt } from "../../resource.js";
import type { Ctx, RouteDef } from "../../route.js";
import { customerTxKey } from "../../store.js";
import { fieldView } from "../recipient/requirement-view.js";
import { chosenOption, quoteStatus, type QuoteOption } from "../quote/view.js";
import { transferView } from "./view.js";
import { attachRecipient } from "../quote/routes.js";
import { transferStateChange } from "../../webhooks/events/transfers.js";

export const TRANSFER_STATUSES: readonly TransferStatus[] = [
  "incoming_payment_waiting",
  "incoming_payment_initiated",
  "processing",
  "funds_converted",
  "outgoing_payment_sent",
  "cancelled",
  "funds_refunded",
  "bounced_back",
  "charged_back",
  "unknown",
];

/** Statuses a transfer can still be cancelled from (before funds_converted, OAS transferCancel). */
const CANCELLABLE: ReadonlySet<TransferStatus> = new Set(["incoming_payment_waiting", "incoming_payment_initiated", "processing"]);

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** The transfer with this id if the caller owns it (404 unknown, 403 someone else's). */
export function transferOf(ctx: Ctx, id: number): TransferRecord {
  const transfer = ctx.store.transfers.get(id);
  if (transfer === undefined) throw notFound("Transfer", "transferId", String(id));
  if (transfer.user !== ctx.user.id) throw forbidden(ctx.path);
  return transfer;
}

const notValid = (path: string, message: string, value?: string): WiseErrorItem => ({
  code: "NOT_VALID",
  message,
  path,
  arguments: value === undefined ? [path] : [path, value],
});

export interface TransferRequest {
  targetAccount: number;
  quoteUuid: string;
  customerTransactionId: string | null;
  sourceAccount: number | undefined;
  details: JsonObject;
}

/** Reads and shape-checks a create / requirements body (400 NotNull / NOT_VALID). */
export function readRequest(body: JsonObject, needsCustomerTxId: boolean): TransferRequest {
  const errors: WiseErrorItem[] = [];
  const notNull = (path: string) => errors.push({ code: "NotNull", message: "must not be null", path, arguments: [] });
  const targetAccount = optLong(body, "targetAccount");
  const quoteUuid = optString(body, "quoteUuid");
  const customerTransactionId = optString(body, "customerTransactionId");
  const sourceAccount = optLong(body, "sourceAccount");
  if (targetAccount === undefined) notNull("targetAccount");
  if (quoteUuid === undefined) notNull("quoteUuid");
  else if (!isUuid(quoteUuid)) errors.push(notValid("quoteUuid", "must be a valid UUID", quoteUuid));
  if (customerTransactionId === undefined) {
    if (needsCustomerTxId) notNull("customerTransactionId");
  } else if (!isUuid(customerTransactionId)) {
    errors.push(notValid("customerTransactionId", "must be a valid UUID", customerTransactionId));
  }
  if (errors.length > 0 || targetAccount === undefined || quoteUuid === undefined) throw wiseErrors(400, ...errors);
  const details = isObject(body.details) ? (plain(body.details) as JsonObject) : {};
  return { targetAccount, quoteUuid: quoteUuid.toLowerCase(), customerTransactionId: customerTransactionId ?? null, sourceAccount, details };
}

export interface Checked {
  quote: QuoteRecord;
  /** The quote as priced for this recipient (payOut, targetAccount, payOutCountry). */
  priced: QuoteRecord;
  recipient: RecipientRecord;
  option: QuoteOption;
  fields: ReturnType<typeof transferFields>;
}

/** The business rules of a transfer: usable quote, matching active recipient, address, pricing (422). */
export function checkRequest(ctx: Ctx, request: TransferRequest): Checked {
  const store = ctx.store;
  const quote = store.quotes.get(request.quoteUuid);
  if (quote === undefined || quote.userId !== ctx.user.id) {
    throw wiseErrors(422, { code: "NOT_FOUND", message: "Quote not found", path: "quoteUuid", arguments: ["quoteUuid", request.quoteUuid] });
  }
  const status = quoteStatus(quote, ctx.now());
  if (status === "EXPIRED") {
    throw wiseErrors(422, { code: "QUOTE_EXPIRED", message: "This quote has expired. Please create a new quote.", path: "quoteUuid", arguments: ["quoteUuid", quote.id] });
  }
  const used = store.transferByQuote.get(quote.id);
  if (status !== "PENDING" || used !== undefined) {
    throw wiseErrors(422, {
      code: "QUOTE_ALREADY_USED",
      message: used === undefined ? "This quote has already been used." : `This quote has already been used for transfer ${used}.`,
      path: "quoteUuid",
      arguments: ["quoteUuid", quote.id],
    });
  }
  if (quote.payOut === "BALANCE") {
    throw wiseErrors(422, notValid("quoteUuid", "A quote with payOut BALANCE converts between balances; use /v2/profiles/{profileId}/balance-movements.", quote.id));
  }
  const recipient = store.recipients.get(request.targetAccount);
  const owner = recipient === undefined ? undefined : store.profiles.get(recipient.profileId);
  const target = String(request.targetAccount);
  if (recipient === undefined || owner?.userId !== ctx.user.id) throw wiseErrors(422, notValid("targetAccount", "Recipient account not found.", target));
  // The same rules as the compatibility check; transfer creation answers with the first that fails.
  const [problem] = compatibilityProblems(quote, recipient, "targetAccount");
  if (problem !== undefined) throw wiseErrors(422, problem);
  if (request.sourceAccount !== undefined) {
    const refund = store.recipients.get(request.sourceAccount);
    if (refund === undefined || store.profiles.get(refund.profileId)?.userId !== ctx.user.id) {
      throw wiseErrors(422, notValid("sourceAccount", "Refund recipient account not found.", String(request.sourceAccount)));
    }
  }
  // Price with the recipient attached, as Wise does when the quote is patched (on a copy:
  // the quote itself only changes once the transfer is created).
  const priced: QuoteRecord = { ...quote };
  if (priced.targetAccount !== recipient.id) attachRecipient(store, priced, recipient.id, undefined);
  let option = chosenOption(store, priced);
  // Without a balance in the source currency the BALANCE pay-in is off: price as a bank transfer.
  if (option.disabled && option.payIn === "BALANCE" && option.usable) option = chosenOption(store, priced, "BANK_TRANSFER");
  if (option.disabled) {
    throw wiseErrors(422, notValid("quoteUuid", option.disabledReason?.message ?? "This payment option is not available.", quote.id));
  }
  const large = quote.targetCurrency === "USD" && new Big(option.targetAmount).gte(SOURCE_OF_FUNDS_THRESHOLD_USD);
  const fields = transferFields(quote.targetCurrency, large);
  return { quote, priced, recipient, option, fields };
}

/**
 * A createdDateStart/End value: yyyy-mm-dd (the whole day, inclusive) or
 * yyyy-mm-ddThh:mm:ss.sssZ; offsets such as +00:00 are refused with 422 as Wise does.
 */
function dateBound(ctx: Ctx, name: string, end: boolean): number | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return undefined;
  const value = raw.trim();
  let ms: number | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    ms = parseInstant(value, { dateOnly: true });
    if (ms !== null && end) ms += 86_400_000 - 1;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z?$/i.test(value)) {
    ms = parseInstant(value, { dateOnly: false });
  }
  if (ms === null) {
    throw wiseErrors(422, notValid(name, `Invalid date '${raw}': use yyyy-mm-dd or yyyy-mm-ddThh:mm:ss.sssZ (UTC, no offset).`, raw));
  }
  return ms;
}

/** What createTransfer did: the transfer, and whether this call made it (false: a retry with its key). */
export interface TransferCreation {
  transfer: TransferRecord;
  created: boolean;
}

/**
 * Creates a transfer from a checked request, as POST /v1/transfers does (a batch group's
 * transfers are made here too). Idempotent per user: the same customerTransactionId with the same
 * quote returns the transfer it made; with another quote 409 NOT_UNIQUE. `accept` runs after the
 * transfer rules and before anything changes: a caller's own rules (the batch group's) throw there.
 */
export function createTransfer(ctx: Ctx, request: TransferRequest, accept?: (checked: Checked) => void): TransferCreation {
  const store = ctx.store;
  // The key is the caller's own: another user's transfer with the same key is no concern of theirs.
  const key = customerTxKey(ctx.user.id, request.customerTransactionId ?? "");
  const existingId = store.transferByCustomerTx.get(key);
  if (existingId !== undefined) {
    const existing = store.transfers.get(existingId);
    if (existing !== undefined && existing.quoteUuid === request.quoteUuid) {
      return { transfer: existing, created: false }; // a retry: the transfer it created, no second one
    }
    throw wiseErrors(409, {
      code: "NOT_UNIQUE",
      message: "A transfer with this customerTransactionId already exists for another quote.",
      path: "customerTransactionId",
      arguments: ["customerTransactionId", request.customerTransactionId ?? ""],
    });
  }
  const checked = checkRequest(ctx, request);
  const problems = validateTransferDetails(checked.fields, request.details);
  if (problems.length > 0) throw wiseErrors(422, ...problems);
  accept?.(checked);
  const transfer = recordTransfer(ctx, checked, request);
  store.transferByCustomerTx.set(key, transfer.id);
  return { transfer, created: true };
}

/**
 * Makes the transfer a checked request asks for: stores it, marks its quote used and adds its
 * activity. Shared by POST /v1/transfers and the third-party transfers.
 */
export function recordTransfer(ctx: Ctx, checked: Checked, request: TransferRequest, extra: Partial<TransferRecord> = {}): TransferRecord {
  const store = ctx.store;
  const { quote, priced, recipient, option } = checked;
  const now = ctx.now();
  const profile = ownedProfile(ctx, quote.profileId);
  const reference = typeof request.details.reference === "string" ? request.details.reference : "";
  const transfer: TransferRecord = {
    id: store.nextId("transfer"),
    profileId: quote.profileId,
    user: ctx.user.id,
    targetAccount: recipient.id,
    sourceAccount: request.sourceAccount ?? null,
    quote: null,
    quoteUuid: quote.id,
    status: "incoming_payment_waiting",
    reference,
    rate: quote.rate,
    createdMs: Math.floor(now / 1000) * 1000,
    business: profile.type === "BUSINESS" ? profile.id : null,
    transferRequest: null,
    hasActiveIssues: false,
    sourceCurrency: quote.sourceCurrency,
    sourceValue: option.converted,
    targetCurrency: quote.targetCurrency,
    targetValue: option.targetAmount,
    customerTransactionId: request.customerTransactionId ?? "",
    fee: option.totalFee,
    payIn: option.payIn,
    funding: null,
    ...extra,
  };
  Object.assign(quote, priced, { status: "ACCEPTED" });
  store.transfers.set(transfer.id, transfer);
  store.transferByQuote.set(quote.id, transfer.id);
  addTransferActivity(store, transfer, now);
  store.touch();
  store.webhooks.emit(transferStateChange(transfer, null, now), now);
  return transfer;
}

export const transferRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/transfers",
    handler: async (ctx) => json(transferView(createTransfer(ctx, readRequest(await jsonBody(ctx), true)).transfer)),
  },
  {
    method: "GET",
    path: "/v1/transfers",
    handler: (ctx) => {
      const offset = boundedInt(ctx, "offset", 0, 0, Number.MAX_SAFE_INTEGER);
      const limit = boundedInt(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
      const rawStatus = ctx.query.get("status");
      const statuses =
        rawStatus === null || rawStatus.trim() === ""
          ? null
          : new Set(
              rawStatus.split(",").map((s) => {
                const status = s.trim().toLowerCase();
                if (!(TRANSFER_STATUSES as readonly string[]).includes(status)) throw badRequest(`'status' should be a valid 'TransferStatus': '${s.trim()}'`);
                return status;
              }),
            );
      const sourceCurrency = ctx.query.get("sourceCurrency")?.trim().toUpperCase() || undefined;
      const targetCurrency = ctx.query.get("targetCurrency")?.trim().toUpperCase() || undefined;
      const start = dateBound(ctx, "createdDateStart", false);
      const end = dateBound(ctx, "createdDateEnd", true);
      const profile = ownedProfile(ctx, queryLong(ctx, "profile") ?? ctx.user.personalProfileId);
      const list = ctx.store
        .transfersOf(profile.id)
        .filter(
          (t) =>
            (statuses === null || statuses.has(t.status)) &&
            (sourceCurrency === undefined || t.sourceCurrency === sourceCurrency) &&
            (targetCurrency === undefined || t.targetCurrency === targetCurrency) &&
            (start === undefined || t.createdMs >= start) &&
            (end === undefined || t.createdMs <= end),
        )
        .sort((a, b) => b.createdMs - a.createdMs || b.id - a.id)
        .slice(offset, offset + limit);
      return json(list.map(transferView));
    },
  },
  {
    method: "GET",
    path: "/v1/transfers/:transferId",
    handler: (ctx) => json(transferView(transferOf(ctx, pathLong(ctx, "transferId")))),
  },
  {
    method: "PUT",
    path: "/v1/transfers/:transferId/cancel",
    handler: (ctx) => {
      const transfer = transferOf(ctx, pathLong(ctx, "transferId"));
      if (!CANCELLABLE.has(transfer.status)) {
        throw wiseErrors(409, { code: "transfer.cancellation.not.allowed", message: "Transfer cannot be cancelled", arguments: [] });
      }
      const now = ctx.now();
      // A funded transfer gives its money back to the balance it came from.
      refundTransfer(ctx.store, transfer, now);
      setTransferStatus(ctx.store, transfer, "cancelled", now);
      return json(transferView(transfer));
    },
  },
  {
    method: "POST",
    path: "/v1/transfer-requirements",
    handler: async (ctx) => {
      const request = readRequest(await jsonBody(ctx), false);
      const { fields } = checkRequest(ctx, request);
      return { status: 200, body: toJson([{ type: "transfer", fields: fields.map(fieldView) }]) };
    },
  },
];
