// Card transaction disputes (Wise's disputes tag): the reasons, the Dynamic Flow steps, the
// submission, evidence file uploads (multipart), and the disputes of a profile with their
// withdrawal. A dispute is about a card transaction of the profile's own cards, of the scheme the
// path names; while one is ACTIVE the transaction takes no other. Wise documents no error bodies
// here: the sandbox sends its usual {"errors":[{code, message, path, arguments}]}, changing nothing.

import { randomBytes, randomUUID } from "node:crypto";
import { profileFromPath } from "../../auth.js";
import { isObject, isUuid, jsonBody, plain, type JsonObject } from "../../body.js";
import { HttpError, json, wiseErrors, type WiseErrorItem } from "../../http.js";
import type { ProfileRecord } from "../../model.js";
import { multipartBody, type FilePart } from "../../multipart.js";
import { queryEnum, queryInt, queryLong } from "../../params.js";
import type { Ctx, RouteDef } from "../../route.js";
import { disputeUpdate } from "../../webhooks/events/disputes.js";
import type { CardTransactionRecord } from "../card/model.js";
import { MAX_DOCUMENT_BYTES } from "../verification/routes.js";
import { decisionStep, finalStep, formStep } from "./flow.js";
import type { DisputeFileRecord, DisputeRecord, DisputeStatus } from "./model.js";
import { DISPUTE_REASONS, DISPUTE_SCHEMES, reasonChoices, reasonForm, type DisputeFormField, type DisputeScheme } from "./reasons.js";
import { canWithdraw, disputeView } from "./view.js";

/** How long an uploaded evidence file can be used by a submission (Wise: two hours). */
export const DISPUTE_FILE_LIFETIME_MS = 2 * 60 * 60_000;
/** The types Wise's dispute form takes, by extension (the same as for its other documents). */
const FILE_MEDIA: Record<string, string> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", pdf: "application/pdf" };
/** Transactions one fraud dispute can name. */
const MAX_TRANSACTIONS = 20;
/** Transaction states with nothing to dispute. */
const NOT_DISPUTABLE = new Set(["DECLINED", "CANCELLED"]);

const invalid = (path: string, message: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [] });
const missing = (path: string): WiseErrorItem => ({ code: "MISSING", message: `'${path}' is required`, path, arguments: [] });

function schemeOf(ctx: Ctx): DisputeScheme {
  const raw = (ctx.params.scheme ?? "").toUpperCase();
  if (!(DISPUTE_SCHEMES as readonly string[]).includes(raw)) throw wiseErrors(400, invalid("scheme", "'scheme' should be one of MASTERCARD, VISA"));
  return raw as DisputeScheme;
}

/** The transactions a dispute names, each a card transaction of the profile on a card of `scheme` that can be disputed. */
function disputedTransactions(ctx: Ctx, profile: ProfileRecord, scheme: DisputeScheme, raw: string | undefined, multiple: boolean, path: string): CardTransactionRecord[] {
  if (raw === undefined || raw.trim() === "") throw wiseErrors(400, missing(path));
  const parts = raw.split(",").map((part) => part.trim());
  if (parts.length > 1 && !multiple) throw wiseErrors(400, invalid(path, "This reason takes one transaction"));
  if (parts.length > MAX_TRANSACTIONS) throw wiseErrors(400, invalid(path, `At most ${MAX_TRANSACTIONS} transactions`));
  if (new Set(parts).size !== parts.length) throw wiseErrors(400, invalid(path, "A transaction is named twice"));
  return parts.map((part) => {
    if (!/^\d{1,15}$/.test(part)) throw wiseErrors(400, invalid(path, `'${part}' is not a transaction id`));
    const transaction = ctx.store.cards.transactions.get(Number(part));
    // Another profile's transaction is not found, as an unknown one: its existence is not told.
    if (transaction === undefined || transaction.profileId !== profile.id) {
      throw wiseErrors(404, { code: "NOT_FOUND", message: "Card transaction not found", path, arguments: [path, part] });
    }
    if (ctx.store.cards.cards.get(transaction.cardToken)?.program.scheme !== scheme) {
      throw wiseErrors(400, invalid("scheme", `Transaction ${part} was not made with a ${scheme} card`));
    }
    if (NOT_DISPUTABLE.has(transaction.state)) {
      throw wiseErrors(422, { code: "transaction.not.disputable", message: `Transaction ${part} is ${transaction.state} and cannot be disputed`, path, arguments: [part] });
    }
    const active = [...ctx.store.disputes.disputes.values()].find((d) => d.transactionId === transaction.id && d.status === "ACTIVE");
    if (active !== undefined) {
      throw wiseErrors(409, { code: "dispute.already.exists", message: `Transaction ${part} already has an active dispute`, path, arguments: [active.id] });
    }
    return transaction;
  });
}

function multipleAllowed(code: string): boolean {
  return reasonForm(code)?.reason.supportsMultipleTransactions === true || reasonChoices(code)?.choices.some((c) => c.supportsMultipleTransactions) === true;
}

function optionalEmail(value: unknown, path: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw wiseErrors(400, invalid(path, "'email' should be an email address"));
  return value;
}

/** The problem with one form answer, if any. */
function answerProblem(field: DisputeFormField, value: unknown): string | null {
  switch (field.kind) {
    case "text":
      return typeof value === "string" && value.trim() !== "" && value.length <= 2000 ? null : "should be a text of 1 to 2000 characters";
    case "boolean":
      return typeof value === "boolean" ? null : "should be true or false";
    case "date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : "should be a date (YYYY-MM-DD)";
    case "money": {
      if (!isObject(value)) return "should be an object with value and currency";
      // The body was read losslessly: a JSON number arrives as its exact decimal text (as Jackson, a numeric string is taken too).
      const ok = typeof value.value === "string" && /^\d{1,15}(\.\d{1,8})?$/.test(value.value) && typeof value.currency === "string" && /^[A-Z]{3}$/.test(value.currency);
      return ok ? null : "should hold a value (0 or more) and an ISO 4217 currency";
    }
  }
}

/** The evidence files a submission names: known files of the profile, unexpired and unused. */
function submittedFiles(ctx: Ctx, profile: ProfileRecord, files: JsonObject, allowed: Set<string>): Map<string, DisputeFileRecord> {
  const found = new Map<string, DisputeFileRecord>();
  const now = ctx.now();
  for (const [key, id] of Object.entries(files)) {
    const path = `files.${key}`;
    if (!allowed.has(key)) throw wiseErrors(400, invalid(path, `'${key}' is not a file of this form`));
    if (typeof id !== "string") throw wiseErrors(400, invalid(path, "should be a file id"));
    const file = ctx.store.disputes.files.get(id);
    if (file === undefined || file.profileId !== profile.id) throw wiseErrors(400, invalid(path, `File ${id} not found`));
    if (now - file.uploadedMs > DISPUTE_FILE_LIFETIME_MS)
      throw wiseErrors(400, { code: "file.expired", message: `File ${id} has expired; upload it again`, path, arguments: [id] });
    if (file.disputeId !== null) throw wiseErrors(400, invalid(path, `File ${id} is already part of a dispute`));
    found.set(key, file);
  }
  return found;
}

function fileProblem(file: FilePart): HttpError | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "";
  const expected = FILE_MEDIA[extension];
  if (expected === undefined || file.type.toLowerCase() !== expected) {
    return wiseErrors(400, invalid("file", `'${file.name}' (${file.type || "no type"}) is not a .jpg, .png or .pdf file of the matching type`));
  }
  if (file.size === 0) return wiseErrors(400, invalid("file", `'${file.name}' is empty`));
  if (file.size > MAX_DOCUMENT_BYTES)
    return new HttpError(413, { errors: [{ code: "payload.too.large", message: `'${file.name}' is larger than ${MAX_DOCUMENT_BYTES} bytes`, path: "file" }] });
  return null;
}

function disputeOf(ctx: Ctx, profile: ProfileRecord): DisputeRecord {
  const id = ctx.params.disputeId ?? "";
  const dispute = isUuid(id) ? ctx.store.disputes.disputes.get(id.toLowerCase()) : undefined;
  if (dispute === undefined || dispute.profileId !== profile.id)
    throw wiseErrors(404, { code: "NOT_FOUND", message: "Dispute not found", path: "disputeId", arguments: ["disputeId", id] });
  return dispute;
}

const LIST_STATUSES: readonly DisputeStatus[] = ["ACTIVE", "CLOSED"];

export const disputeRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/dispute-form/reasons",
    handler: (ctx) => {
      profileFromPath(ctx);
      return json(DISPUTE_REASONS);
    },
  },
  {
    method: "POST",
    path: "/v3/spend/profiles/:profileId/dispute-form/flows/step/:scheme/:reason",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const scheme = schemeOf(ctx);
      const code = ctx.params.reason ?? "";
      const choices = reasonChoices(code);
      const form = reasonForm(code);
      if (choices === undefined && form === undefined) throw wiseErrors(400, invalid("reason", `'${code}' is not a dispute reason`));
      const body = plain(await jsonBody(ctx)) as JsonObject;
      const email = optionalEmail(body.email, "email");
      const raw = ctx.query.get("transactionId") ?? undefined;
      const transactions = disputedTransactions(ctx, profile, scheme, raw, multipleAllowed(code), "transactionId");
      const ids = transactions.map((t) => t.id).join(",");
      return json(choices ? decisionStep(profile.id, scheme, choices.reason, choices.choices, ids) : formStep(profile.id, scheme, form!, ids, email));
    },
  },
  {
    method: "POST",
    path: "/v3/spend/profiles/:profileId/dispute-form/flows/:scheme/:reason",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const scheme = schemeOf(ctx);
      const code = ctx.params.reason ?? "";
      const form = reasonForm(code);
      if (form === undefined) {
        const hint = reasonChoices(code) ? "; submit one of its more precise reasons" : "";
        throw wiseErrors(400, invalid("reason", `'${code}' is not a reason a dispute can be submitted with${hint}`));
      }
      const body = plain(await jsonBody(ctx)) as JsonObject;
      // Everything is checked before anything is kept: a refused submission changes nothing.
      const transaction = body.transaction;
      if (!isObject(transaction)) throw wiseErrors(400, missing("transaction"));
      const rawIds = transaction.transactionId;
      if (rawIds !== undefined && typeof rawIds !== "string") throw wiseErrors(400, invalid("transaction.transactionId", "should be a transaction id"));
      const email = optionalEmail(transaction.email, "transaction.email");
      const answers = body.form ?? {};
      if (!isObject(answers)) throw wiseErrors(400, invalid("form", "should be an object"));
      const problems: WiseErrorItem[] = [];
      for (const field of form.fields) {
        const value = answers[field.key];
        if (value === undefined || value === null || value === "") {
          if (field.required) problems.push(missing(`form.${field.key}`));
          continue;
        }
        const problem = answerProblem(field, value);
        if (problem) problems.push(invalid(`form.${field.key}`, `'${field.key}' ${problem}`));
      }
      const disclaimer = isObject(body.disclaimer) ? body.disclaimer : {};
      for (const key of ["allAnswered", "filesUploaded"]) {
        if (disclaimer[key] !== true) problems.push(invalid(`disclaimer.${key}`, `'${key}' must be true`));
      }
      const filesGiven = body.files ?? {};
      if (!isObject(filesGiven)) problems.push(invalid("files", "should be an object of file ids"));
      else for (const f of form.files) if (f.required && (filesGiven[f.key] === undefined || filesGiven[f.key] === null)) problems.push(missing(`files.${f.key}`));
      if (problems.length > 0) throw wiseErrors(400, ...problems);
      const transactions = disputedTransactions(ctx, profile, scheme, rawIds, form.reason.supportsMultipleTransactions === true, "transaction.transactionId");
      const files = submittedFiles(ctx, profile, filesGiven as JsonObject, new Set(form.files.map((f) => f.key)));

      const now = ctx.now();
      const made = transactions.map((tx): DisputeRecord => ({
        id: randomUUID(),
        transactionId: tx.id,
        profileId: profile.id,
        reason: code,
        status: "ACTIVE",
        subStatus: "SUBMITTED",
        createdMs: now,
        createdBy: String(ctx.user.id),
        lastUpdatedMs: now,
        email,
        form: answers,
        files: Object.fromEntries([...files].map(([key, file]) => [key, file.id])),
      }));
      for (const dispute of made) ctx.store.disputes.disputes.set(dispute.id, dispute);
      for (const file of files.values()) file.disputeId = made[0]!.id;
      ctx.store.touch();
      for (const dispute of made) ctx.store.webhooks.emit(disputeUpdate(dispute, now), now);
      const pending = transactions.some((tx) => tx.state === "IN_PROGRESS");
      return { ...json(finalStep(pending)), headers: { "x-df-exit": "true" } };
    },
  },
  {
    method: "POST",
    path: "/v4/spend/profiles/:profileId/dispute-form/file",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const form = await multipartBody(ctx, MAX_DOCUMENT_BYTES + 64 * 1024);
      const parts = [...form.files.entries()].flatMap(([field, files]) => files.map((file) => ({ field, file })));
      if (parts.length === 0) throw wiseErrors(400, missing("file"));
      if (parts.length > 1) throw wiseErrors(400, invalid("file", "Send one file per request"));
      const { field, file } = parts[0]!;
      const problem = fileProblem(file);
      if (problem) throw problem;
      const record: DisputeFileRecord = {
        id: randomBytes(8).toString("hex"),
        profileId: profile.id,
        field,
        name: file.name,
        type: file.type.toLowerCase(),
        size: file.size,
        uploadedMs: ctx.now(),
        disputeId: null,
      };
      ctx.store.disputes.files.set(record.id, record);
      ctx.store.touch();
      return json({ [field]: record.id });
    },
  },
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/disputes",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const status = queryEnum(ctx, "status", LIST_STATUSES, "DisputeStatus");
      const transactionId = queryLong(ctx, "transactionId");
      const pageSize = queryInt(ctx, "pageSize") ?? 10;
      const pageNumber = queryInt(ctx, "pageNumber") ?? 1;
      if (pageSize < 10 || pageSize > 100) throw wiseErrors(400, invalid("pageSize", "'pageSize' should be between 10 and 100"));
      if (pageNumber < 1) throw wiseErrors(400, invalid("pageNumber", "'pageNumber' should be 1 or more"));
      const matching = ctx.store.disputes
        .disputesOfProfile(profile.id)
        .filter((d) => (status === undefined || d.status === status) && (transactionId === undefined || d.transactionId === transactionId));
      const page = matching.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
      return json({ totalCount: matching.length, disputes: page.map(disputeView) });
    },
  },
  {
    method: "GET",
    path: "/v3/spend/profiles/:profileId/disputes/:disputeId",
    handler: (ctx) => json(disputeView(disputeOf(ctx, profileFromPath(ctx)))),
  },
  {
    method: "PUT",
    path: "/v3/spend/profiles/:profileId/disputes/:disputeId/status",
    handler: async (ctx) => {
      const dispute = disputeOf(ctx, profileFromPath(ctx));
      const body = plain(await jsonBody(ctx)) as JsonObject;
      if (body.status !== "CLOSED") throw wiseErrors(400, invalid("status", "'status' should be CLOSED"));
      if (!canWithdraw(dispute)) {
        throw wiseErrors(409, {
          code: "dispute.withdraw.not.allowed",
          message: `The dispute is ${dispute.status} (${dispute.subStatus}) and cannot be withdrawn`,
          path: "status",
          arguments: [],
        });
      }
      const now = ctx.now();
      dispute.status = "CLOSED";
      dispute.subStatus = "WITHDRAWN";
      dispute.lastUpdatedMs = now;
      ctx.store.touch();
      ctx.store.webhooks.emit(disputeUpdate(dispute, now), now);
      return json(disputeView(dispute));
    },
  },
];
