// Additional customer verification: POST /v5/profiles/{profileId}/additional-verification/upload-evidences,
// POST /v3/profiles/{profileId}/verification-status/upload-document (multipart) and
// GET /v3/profiles/{profileId}/verification-status/required-evidences.
// Answers and documents take their evidence off the required list. Wise does not document its
// 400 bodies here; the sandbox sends its usual {"errors":[{code, message, path}]}.

import { profileFromPath } from "../../auth.js";
import { isObject, jsonBody, plain } from "../../body.js";
import { HttpError, json, wiseErrors, type WiseErrorItem } from "../../http.js";
import { multipartBody, type FilePart } from "../../multipart.js";
import type { RouteDef } from "../../route.js";
import { DOCUMENT_TYPES, EVIDENCE_FIELDS, markProvided, verificationOf } from "./evidences.js";

/** Wise's limit for one document file. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** Files in one upload-document request the sandbox reads; the body cap follows from it. */
const MAX_DOCUMENT_FILES = 5;

/** The extensions Wise takes for documents, with the MIME type each must carry. */
const DOCUMENT_MEDIA: Record<string, string> = { png: "image/png", jpg: "image/jpeg", jpeg: "image/jpeg", pdf: "application/pdf" };

const invalid = (path: string, message: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [] });

/** The problem with one evidence field's value, if any. */
function valueProblem(name: string, value: unknown, allowed: readonly string[] | null, list: boolean): string | null {
  if (list) {
    if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === "string")) return `'${name}' should be a non-empty list of strings`;
    if (allowed === null) return value.every((code) => /^[a-z]{3}$/i.test(code)) ? null : `'${name}' should hold ISO 3166-1 alpha-3 country codes`;
    const wrong = value.find((item) => !allowed.includes(item));
    return wrong === undefined ? null : `'${wrong}' is not an accepted value of '${name}'`;
  }
  if (typeof value !== "string" || value.trim() === "") return `'${name}' should be a non-empty string`;
  if (allowed !== null && !allowed.includes(value)) return `'${value}' is not an accepted value of '${name}'`;
  return null;
}

/** A file's problem as Wise's 400 (format) or 413 (size) refusal, if any. */
function fileProblem(file: FilePart): HttpError | null {
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "";
  const expected = DOCUMENT_MEDIA[extension];
  if (expected === undefined || file.type.toLowerCase() !== expected) {
    return wiseErrors(400, invalid("files", `'${file.name}' (${file.type || "no type"}) is not a .jpg, .png or .pdf file of the matching type`));
  }
  if (file.size === 0) return wiseErrors(400, invalid("files", `'${file.name}' is empty`));
  if (file.size > MAX_DOCUMENT_BYTES)
    return new HttpError(413, { errors: [{ code: "payload.too.large", message: `'${file.name}' is larger than ${MAX_DOCUMENT_BYTES} bytes`, path: "files" }] });
  return null;
}

export const verificationRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v5/profiles/:profileId/additional-verification/upload-evidences",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = plain(await jsonBody(ctx));
      if (!isObject(body)) throw wiseErrors(400, { code: "bad.request", message: "Expected a JSON object" });
      const fields = EVIDENCE_FIELDS[profile.type];
      const given = Object.entries(body).filter(([, value]) => value !== null && value !== undefined);
      if (given.length === 0) throw wiseErrors(400, { code: "MISSING", message: "No evidence was provided", path: "", arguments: [] });
      const errors: WiseErrorItem[] = [];
      for (const [name, value] of given) {
        const field = fields[name];
        if (field === undefined) {
          errors.push(invalid(name, `'${name}' is not an evidence a ${profile.type.toLowerCase()} profile can submit`));
          continue;
        }
        const problem = valueProblem(name, value, field.values, field.list ?? false);
        if (problem) errors.push(invalid(name, problem));
        if (field.with !== undefined && (body[field.with] === undefined || body[field.with] === null)) {
          errors.push({ code: "MISSING", message: `'${name}' must be submitted with '${field.with}'`, path: field.with, arguments: [] });
        }
      }
      if (errors.length > 0) throw wiseErrors(400, ...errors);
      const record = verificationOf(ctx.store, profile);
      for (const [name, value] of given) record.answers[name] = value;
      markProvided(
        ctx.store,
        record,
        given.map(([name]) => fields[name]!.evidence),
        ctx.now(),
      );
      const results = given
        .map(([name]) => name)
        .sort()
        .map((name) => ({ evidenceRequirementKey: name, result: "SUCCESS", message: "SUCCESS" }));
      return json({ overallStatus: "SUCCESS", results }, 207);
    },
  },
  {
    method: "POST",
    path: "/v3/profiles/:profileId/verification-status/upload-document",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const form = await multipartBody(ctx, MAX_DOCUMENT_FILES * MAX_DOCUMENT_BYTES + 64 * 1024);
      const documentType = form.fields.get("documentType")?.[0];
      if (documentType === undefined || documentType === "") throw wiseErrors(400, { code: "MISSING", message: "'documentType' is required", path: "documentType", arguments: [] });
      if (!(DOCUMENT_TYPES as readonly string[]).includes(documentType)) throw wiseErrors(400, invalid("documentType", `'${documentType}' is not a document type`));
      const files = form.files.get("files") ?? [];
      if (files.length === 0) throw wiseErrors(400, { code: "MISSING", message: "'files' is required", path: "files", arguments: [] });
      if (files.length > MAX_DOCUMENT_FILES) throw wiseErrors(400, invalid("files", `At most ${MAX_DOCUMENT_FILES} files at once`));
      for (const file of files) {
        const problem = fileProblem(file);
        if (problem) throw problem;
      }
      const record = verificationOf(ctx.store, profile);
      if (record.documents.has(documentType)) {
        throw wiseErrors(409, { code: "ALREADY_UPLOADED", message: `A ${documentType} document is already waiting for review`, path: "documentType", arguments: [] });
      }
      record.documents.set(documentType, { documentType, files: files.map(({ name, type, size }) => ({ name, type, size })), receivedMs: ctx.now() });
      markProvided(ctx.store, record, [documentType], ctx.now());
      return { status: 204, body: "" };
    },
  },
  {
    method: "GET",
    path: "/v3/profiles/:profileId/verification-status/required-evidences",
    handler: (ctx) => json({ required_evidences: verificationOf(ctx.store, profileFromPath(ctx)).required }),
  },
];
