// Third-party (originator) transfers: a partner sends money on behalf of its own customer, the
// originator, whom it describes in the request.
//   POST /v2/profiles/{profileId}/third-party-transfers   create from a quote of that profile
//   GET  /v2/profiles/{profileId}/third-party-transfers/{transferId}
// The transfer is an ordinary transfer (GET /v1/transfers/{id}, funding, cancelling all apply)
// that carries its originator; the answer is Wise's originator-transfer shape, with `quote` as the
// quote's UUID. Idempotent on originalTransferId, per user: the same id with the same quote
// answers the transfer it made (nothing new), with another quote 409 NOT_UNIQUE. Bodies are
// checked as the spec's two request shapes (PRIVATE: given and family name, date of birth,
// account details; BUSINESS: full name, registration code), 422 NOT_VALID per missing field;
// the state code is required for addresses in US, CA, BR and AU. Then the quote, recipient and
// details rules of POST /v1/transfers. GET answers 404 for a transfer of another profile or one
// that was not made as a third-party transfer.

import { randomUUID } from "node:crypto";
import { isObject, jsonBody, optLong, optString, plain, type JsonObject } from "../../body.js";
import { profileFromPath } from "../../auth.js";
import { spaceDateTime } from "../../format.js";
import { dec, json, notFound, wiseErrors, type WiseErrorItem } from "../../http.js";
import type { TransferOriginator, TransferRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import { validateTransferDetails } from "../../reference/requirements.js";
import type { Ctx, RouteDef } from "../../route.js";
import { checkRequest, recordTransfer, transferOf } from "./routes.js";

/** Countries whose addresses need a state code. */
const STATE_COUNTRIES = new Set(["US", "CA", "BR", "AU"]);

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const notValid = (path: string, message: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path] });

/** Reads an originator block, listing every problem at once. */
function readOriginator(body: JsonObject, errors: WiseErrorItem[]): TransferOriginator | null {
  if (!isObject(body.originator)) {
    errors.push(notValid("originator", "Please specify the originator."));
    return null;
  }
  const o = plain(body.originator) as Record<string, unknown>;
  const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
  const need = (value: unknown, path: string, what: string): string | null => {
    const t = text(value);
    if (t === null) errors.push(notValid(path, `Please specify ${what}.`));
    return t;
  };
  const type = o.legalEntityType;
  if (type !== "PRIVATE" && type !== "BUSINESS") {
    errors.push(notValid("originator.legalEntityType", "legalEntityType must be PRIVATE or BUSINESS."));
    return null;
  }
  const name = isObject(o.name) ? (o.name as Record<string, unknown>) : {};
  const address = isObject(o.address) ? (o.address as Record<string, unknown>) : {};
  const reference = need(o.reference, "originator.reference", "the originator's reference");
  const countryCode = need(address.countryCode, "originator.address.countryCode", "the originator's country")?.toUpperCase() ?? "";
  if (countryCode !== "" && !/^[A-Z]{2}$/.test(countryCode)) errors.push(notValid("originator.address.countryCode", "The country code has two letters."));
  const stateCode = text(address.stateCode);
  if (stateCode === null && STATE_COUNTRIES.has(countryCode)) errors.push(notValid("originator.address.stateCode", `Please specify the originator's state (${countryCode}).`));
  const firstLine = need(address.firstLine, "originator.address.firstLine", "the originator's address");
  const city = need(address.city, "originator.address.city", "the originator's city");
  const date = (value: unknown, path: string, what: string, required: boolean): string | null => {
    const t = required ? need(value, path, what) : text(value);
    if (t !== null && !DATE.test(t)) errors.push(notValid(path, `Please give ${what} as yyyy-mm-dd.`));
    return t;
  };
  const middleNames = Array.isArray(name.middleNames) ? name.middleNames.filter((m): m is string => typeof m === "string") : [];
  const originator: TransferOriginator = {
    legalEntityType: type,
    reference: reference ?? "",
    name: {
      givenName: type === "PRIVATE" ? need(name.givenName, "originator.name.givenName", "the originator's given name") : null,
      middleNames: type === "PRIVATE" ? middleNames : [],
      familyName: type === "PRIVATE" ? need(name.familyName, "originator.name.familyName", "the originator's family name") : null,
      patronymicName: type === "PRIVATE" ? text(name.patronymicName) : null,
      fullName: type === "BUSINESS" ? need(name.fullName, "originator.name.fullName", "the originator's full legal name") : null,
    },
    dateOfBirth: type === "PRIVATE" ? date(o.dateOfBirth, "originator.dateOfBirth", "the originator's date of birth", true) : null,
    nationality: text(o.nationality),
    businessRegistrationCode: type === "BUSINESS" ? need(o.businessRegistrationCode, "originator.businessRegistrationCode", "the originator's business registration code") : null,
    businessRegistrationDate: type === "BUSINESS" ? date(o.businessRegistrationDate, "originator.businessRegistrationDate", "the registration date", false) : null,
    address: { firstLine: firstLine ?? "", city: city ?? "", stateCode, countryCode, postCode: text(address.postCode) },
    accountDetails: type === "PRIVATE" ? need(o.accountDetails, "originator.accountDetails", "the originator's account number") : text(o.accountDetails),
  };
  return originator;
}

/** Wise's originator-transfer JSON. */
export function thirdPartyTransferView(t: TransferRecord) {
  const o = t.originator;
  return {
    id: t.id,
    user: t.user,
    targetAccount: t.targetAccount,
    sourceAccount: t.sourceAccount,
    quote: t.quoteUuid,
    status: t.status,
    reference: t.reference,
    rate: dec(t.rate),
    created: spaceDateTime(t.createdMs),
    business: t.business,
    transferRequest: t.transferRequest,
    details: { reference: t.reference },
    originator:
      o === undefined
        ? null
        : {
            legalEntityType: o.legalEntityType,
            reference: o.reference,
            name:
              o.legalEntityType === "PRIVATE"
                ? { givenName: o.name.givenName, middleNames: [...o.name.middleNames], familyName: o.name.familyName, patronymicName: o.name.patronymicName }
                : { fullName: o.name.fullName },
            ...(o.dateOfBirth === null ? {} : { dateOfBirth: o.dateOfBirth }),
            businessRegistrationCode: o.businessRegistrationCode,
            address: {
              firstLine: o.address.firstLine,
              city: o.address.city,
              stateCode: o.address.stateCode,
              countryCode: o.address.countryCode,
              postCode: o.address.postCode ?? "",
            },
            ...(o.accountDetails === null ? {} : { accountDetails: o.accountDetails }),
          },
    hasActiveIssues: t.hasActiveIssues,
    sourceCurrency: t.sourceCurrency,
    sourceValue: dec(t.sourceValue),
    targetCurrency: t.targetCurrency,
    targetValue: dec(t.targetValue),
    originalTransferId: t.originalTransferId ?? "",
  };
}

/** The caller's third-party transfer with this partner id, if any. */
function byOriginalId(ctx: Ctx, originalTransferId: string): TransferRecord | undefined {
  for (const t of ctx.store.transfers.values()) if (t.user === ctx.user.id && t.originalTransferId === originalTransferId) return t;
  return undefined;
}

export const thirdPartyTransferRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v2/profiles/:profileId/third-party-transfers",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      const errors: WiseErrorItem[] = [];
      const targetAccount = optLong(body, "targetAccount");
      const quote = optString(body, "quote")?.trim().toLowerCase();
      const originalTransferId = optString(body, "originalTransferId")?.trim();
      if (targetAccount === undefined) errors.push(notValid("targetAccount", "Please specify the recipient account."));
      if (quote === undefined || quote === "") errors.push(notValid("quote", "Please specify the quote."));
      if (originalTransferId === undefined || originalTransferId === "") errors.push(notValid("originalTransferId", "Please specify originalTransferId."));
      else if (originalTransferId.length > 64) errors.push(notValid("originalTransferId", "originalTransferId has at most 64 characters."));
      const originator = readOriginator(body, errors);
      if (errors.length > 0 || targetAccount === undefined || !quote || !originalTransferId || originator === null) throw wiseErrors(422, ...errors);

      const existing = byOriginalId(ctx, originalTransferId);
      if (existing !== undefined) {
        if (existing.quoteUuid === quote) return json(thirdPartyTransferView(existing)); // a retry: nothing new
        throw wiseErrors(409, {
          code: "NOT_UNIQUE",
          message: "A transfer with this originalTransferId already exists for another quote.",
          path: "originalTransferId",
          arguments: ["originalTransferId", originalTransferId],
        });
      }
      const details = isObject(body.details) ? (plain(body.details) as JsonObject) : {};
      const request = { targetAccount, quoteUuid: quote, customerTransactionId: null, sourceAccount: undefined, details };
      const checked = checkRequest(ctx, request);
      if (checked.quote.profileId !== profile.id) {
        throw wiseErrors(422, { code: "NOT_VALID", message: "The quote belongs to another profile.", path: "quote", arguments: ["quote", quote] });
      }
      const problems = validateTransferDetails(checked.fields, details);
      if (problems.length > 0) throw wiseErrors(422, ...problems);
      const transfer = recordTransfer(ctx, checked, { ...request, customerTransactionId: randomUUID() }, { originator, originalTransferId });
      return json(thirdPartyTransferView(transfer));
    },
  },
  {
    method: "GET",
    path: "/v2/profiles/:profileId/third-party-transfers/:transferId",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const transfer = transferOf(ctx, pathLong(ctx, "transferId"));
      if (transfer.profileId !== profile.id || transfer.originator === undefined) throw notFound("Transfer", "transferId", String(transfer.id));
      return json(thirdPartyTransferView(transfer));
    },
  },
];
