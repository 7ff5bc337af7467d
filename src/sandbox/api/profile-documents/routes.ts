// POST and PUT /v1/profiles/{profileId}/verification-documents: a personal profile's
// identification document (a business profile has none: 400). POST adds one (a type already held
// is replaced); PUT, for KYC partners only, replaces an existing document of the same type in full,
// fields left out becoming null. Both answer {"errorMessage":null,"success":true}. Refusals use the
// body the spec documents for PUT, {"errors":[{code, message, field}]}, all problems listed; a
// body with any problem changes nothing.

import { jsonBody, optString, type JsonObject } from "../../body.js";
import { HttpError, json } from "../../http.js";
import { profileFromPath } from "../../auth.js";
import { isAlpha2Country } from "../../reference/iso-countries.js";
import type { Ctx, RouteDef } from "../../route.js";
import { managingClientId } from "../user/users.js";
import { DOCUMENT_FIELDS, DOCUMENT_TYPES, type DocumentField, type DocumentType, type IdentityDocumentRecord } from "./model.js";

interface Problem {
  code: string;
  message: string;
  field: string;
}

const refusal = (status: number, ...errors: Problem[]) => new HttpError(status, { errors });
const invalid = (field: string, message: string): Problem => ({ code: "NOT_VALID", message, field });

const DATES = ["issueDate", "expiryDate"] as const;
const COUNTRIES = ["issuerCountry", "nationality", "employerCountry", "birthCountry"] as const;
const EMPLOYER = ["employerName", "employerCity", "employerCountry"] as const;
/** The fields each call takes (PUT: no employer or birth place, but sex and place of birth). */
const TAKES: Record<"POST" | "PUT", readonly DocumentField[]> = {
  POST: DOCUMENT_FIELDS.filter((f) => f !== "sex" && f !== "placeOfBirth"),
  PUT: DOCUMENT_FIELDS.filter((f) => !f.startsWith("employer") && !f.startsWith("birth")),
};
const MAX_IDENTIFIER = 30;

function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match !== null && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))).toISOString().slice(0, 10) === value;
}

/** The document a body describes, or Wise's 400 listing every problem. */
function readDocument(body: JsonObject, method: "POST" | "PUT", nowMs: number): IdentityDocumentRecord {
  const problems: Problem[] = [];
  const given = (name: string) => {
    const value = optString(body, name);
    return value === undefined || value === "" ? null : value;
  };
  const type = given("type");
  if (type === null) problems.push({ code: "NotNull", message: "'type' must not be null", field: "type" });
  else if (!(DOCUMENT_TYPES as readonly string[]).includes(type)) problems.push(invalid("type", `'${type}' is not a document type`));
  const fields = Object.fromEntries(DOCUMENT_FIELDS.map((name) => [name, TAKES[method].includes(name) ? given(name) : null])) as Record<DocumentField, string | null>;

  const identifier = fields.uniqueIdentifier;
  if (identifier === null && method === "POST") problems.push({ code: "NotNull", message: "'uniqueIdentifier' must not be null", field: "uniqueIdentifier" });
  if (identifier !== null && identifier.length > MAX_IDENTIFIER) {
    problems.push({ code: "not.allowed.for.uniqueIdentifier", message: `The document number is longer than ${MAX_IDENTIFIER} characters`, field: "uniqueIdentifier" });
  } else if (identifier !== null && type === "SSN" && !/^\d{9}$/.test(identifier)) {
    problems.push(invalid("uniqueIdentifier", "A social security number is 9 digits"));
  } else if (identifier !== null && type === "FINANCIAL_CAPACITY_BR" && !/^\d+(\.\d{1,2})?$/.test(identifier)) {
    problems.push(invalid("uniqueIdentifier", "A financial capacity is an amount in digits"));
  }
  for (const name of DATES) if (fields[name] !== null && !isDate(fields[name])) problems.push(invalid(name, `'${name}' should be a date as yyyy-mm-dd`));
  for (const name of COUNTRIES) if (fields[name] !== null && !isAlpha2Country(fields[name])) problems.push(invalid(name, `'${name}' should be an ISO 3166-1 alpha-2 country code`));
  if (type !== "EMIRATES_EMPLOYER") for (const name of EMPLOYER) if (fields[name] !== null) problems.push(invalid(name, `'${name}' is only for an EMIRATES_EMPLOYER document`));
  if (fields.sex !== null && fields.sex !== "MALE" && fields.sex !== "FEMALE") problems.push(invalid("sex", "'sex' should be MALE or FEMALE"));
  if (problems.length > 0) throw refusal(400, ...problems);
  for (const name of COUNTRIES) if (fields[name] !== null) fields[name] = fields[name].toUpperCase();
  return { type: type as DocumentType, receivedMs: nowMs, ...fields };
}

/** The documents of the caller's personal profile named in the path. */
function documentsOf(ctx: Ctx): Map<string, IdentityDocumentRecord> {
  const profile = profileFromPath(ctx);
  if (profile.type !== "PERSONAL") {
    throw refusal(400, { code: "not.allowed.for.profileType", message: "Identification documents are only for personal profiles", field: "profileId" });
  }
  let documents = ctx.store.identityDocuments.get(profile.id);
  if (documents === undefined) {
    documents = new Map();
    ctx.store.identityDocuments.set(profile.id, documents);
  }
  return documents;
}

const SUCCESS = { errorMessage: null, success: true };

export const profileDocumentRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/profiles/:profileId/verification-documents",
    handler: async (ctx) => {
      const documents = documentsOf(ctx);
      const body = await jsonBody(ctx);
      const document = readDocument(body, "POST", ctx.now());
      documents.set(document.type, document);
      ctx.store.touch();
      return json(SUCCESS);
    },
  },
  {
    method: "PUT",
    path: "/v1/profiles/:profileId/verification-documents",
    handler: async (ctx) => {
      const documents = documentsOf(ctx);
      const body = await jsonBody(ctx);
      const clientId = optString(body, "clientId");
      if (clientId === undefined || clientId === "") throw refusal(400, { code: "NotNull", message: "'clientId' must not be null", field: "clientId" });
      // Only the KYC partner that manages this user may update its documents.
      if (clientId !== managingClientId(ctx.user)) {
        throw refusal(400, { code: "not.allowed.for.clientId", message: `'${clientId}' is not a KYC partner of this user`, field: "clientId" });
      }
      const document = readDocument(body, "PUT", ctx.now());
      if (!documents.has(document.type)) throw refusal(404, { code: "NOT_FOUND", message: `The profile has no ${document.type} document to update`, field: "type" });
      documents.set(document.type, document);
      ctx.store.touch();
      return json(SUCCESS);
    },
  },
];
