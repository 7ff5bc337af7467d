// Recipients ("accounts"):
//   POST /v1/accounts                 create; validated against the v1.1 requirement form of its
//                                     currency/type; answers 200 in the v1 shape (as recorded)
//   GET  /v1/accounts?profileId=&currency=   bare array, v1 shape, active only
//   GET  /v1/accounts/{id}            v1 shape
//   GET  /v2/accounts?profileId=&currency=&type=&active=&ownedByCustomer=&creatorId=&size=&seekPosition=&sort=
//                                     seek-paged page object
//   GET  /v2/accounts/{id}            v2 shape
//   DELETE /v2/accounts/{id}          deactivates; 200 with active:false; 403 when already inactive
// Without profileId the lists cover all the caller's profiles (recordings/recipients-list-all.yaml).

import { ownedProfile } from "../../auth.js";
import { isObject, jsonBody, optBoolean, optLong, plain, type JsonObject } from "../../body.js";
import { COUNTRIES, normaliseIban } from "../../reference/countries.js";
import { badRequest, forbidden, json, notFound, wiseErrors, type WiseErrorItem } from "../../http.js";
import type { BuiltInRecipientType, RecipientRecord } from "../../model.js";
import { pathLong, queryInt, queryLong } from "../../params.js";
import { formsFor } from "../../reference/forms.js";
import { answerOf, validateAgainst, type FieldError, type FormDef, type RecipientInput } from "../../reference/requirements.js";
import type { Ctx, RouteDef } from "../../route.js";
import { nameCheck } from "./confirmations.js";
import { recipientV1View, recipientV2View } from "./view.js";

export const MAX_PAGE_SIZE = 20;

/** The recipient with this id if it belongs to one of the caller's profiles (404 unknown, 403 someone else's). */
export function recipientOf(ctx: Ctx, id: number): RecipientRecord {
  const recipient = ctx.store.recipients.get(id);
  if (recipient === undefined) throw notFound("Recipient", "accountId", String(id));
  const profile = ctx.store.profiles.get(recipient.profileId);
  if (profile?.userId !== ctx.user.id) throw forbidden(ctx.path);
  return recipient;
}

const invalid = (path: string, message: string, value?: string): FieldError => ({
  code: "NOT_VALID",
  message,
  path,
  arguments: value === undefined ? [path] : [path, value],
});

function normalise(key: string, value: string): string {
  const text = value.trim();
  switch (key) {
    case "IBAN":
      return normaliseIban(text);
    case "sortCode":
      return text.replace(/\D/g, "");
    case "BIC":
    case "swiftCode":
    case "ifscCode":
      return text.toUpperCase();
    case "accountNumber":
      return text.replace(/\s+/g, "").toUpperCase();
    default:
      return text;
  }
}

const NOT_BANK_FIELDS = new Set(["legalType", "email", "accountHolderName"]);

/** The country a currency's code starts with (AUD: AU), for recipients whose form names none. */
function currencyCountry(currency: string): string | null {
  const iso2 = currency.slice(0, 2);
  return COUNTRIES.some((c) => c.key === iso2) ? iso2 : null;
}

/** Builds the stored recipient from a body that passed validation. */
function buildRecipient(ctx: Ctx, profileId: number, form: FormDef, input: RecipientInput, data: JsonObject): RecipientRecord {
  const text = (key: string) => {
    const v = answerOf(input, key);
    return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
  };
  const details: Record<string, string> = {};
  for (const f of form.fields) {
    if (NOT_BANK_FIELDS.has(f.key) || f.key.startsWith("address.")) continue;
    const value = text(f.key);
    if (value !== null) details[f.key] = normalise(f.key, value);
  }
  for (const extra of ["dateOfBirth", "language"]) {
    const value = text(extra);
    if (value !== null) details[extra] = value;
  }
  const hasAddress = form.fields.some((f) => f.key === "address.country");
  const addressCountry = text("address.country")?.toUpperCase() ?? null;
  const address =
    hasAddress && addressCountry !== null
      ? {
          country: addressCountry,
          city: text("address.city") ?? "",
          firstLine: text("address.firstLine") ?? "",
          postCode: text("address.postCode") ?? "",
          state: text("address.state")?.toUpperCase() ?? null,
        }
      : null;
  const countryByType: Record<BuiltInRecipientType, string | null> = {
    iban: (details.IBAN ?? "").slice(0, 2) || null,
    sort_code: "GB",
    aba: "US",
    swift_code: addressCountry ?? (details.swiftCode ?? "").slice(4, 6),
    polish: "PL",
    indian: "IN",
    japanese: "JP",
    email: null,
  };
  const legalType = text("legalType") === "BUSINESS" ? "BUSINESS" : "PRIVATE";
  return {
    id: ctx.store.nextId("recipient"),
    profileId,
    creatorId: ctx.user.id,
    currency: String(data.currency).trim().toUpperCase(),
    country: Object.hasOwn(countryByType, form.type)
      ? countryByType[form.type as BuiltInRecipientType]
      : (addressCountry ?? (details.IBAN ?? "").slice(0, 2)) || (form.type === "email" ? null : currencyCountry(String(data.currency).trim().toUpperCase())),
    type: form.type,
    accountHolderName: (text("accountHolderName") ?? "").replace(/\s+/g, " "),
    legalType,
    email: text("email"),
    details,
    address,
    active: true,
    ownedByCustomer: data.ownedByCustomer === true,
    isDefaultAccount: false,
    createdMs: ctx.now(),
  };
}

function commaList(ctx: Ctx, name: string, map: (s: string) => string): Set<string> | null {
  const raw = ctx.query.get(name);
  if (raw === null || raw.trim() === "") return null;
  return new Set(
    raw
      .split(",")
      .map((s) => map(s.trim()))
      .filter((s) => s !== ""),
  );
}

function queryBoolean(ctx: Ctx, name: string): boolean | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return undefined;
  if (raw !== "true" && raw !== "false") throw badRequest(`'${name}' should be a valid 'Boolean'`);
  return raw === "true";
}

/** "SortCode" or "sort_code" -> "sort_code". */
const snakeType = (t: string) => t.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase();

type Sort = { field: "id" | "currency"; direction: 1 | -1 } | null;

function parseSort(ctx: Ctx): Sort {
  const raw = ctx.query.get("sort");
  if (raw === null || raw.trim() === "") return null;
  const [field, direction = "asc"] = raw.split(",").map((s) => s.trim().toLowerCase());
  if ((field !== "id" && field !== "currency") || (direction !== "asc" && direction !== "desc")) {
    throw badRequest("'sort' should be 'id' or 'currency', followed by 'asc' or 'desc'");
  }
  return { field, direction: direction === "asc" ? 1 : -1 };
}

function comparator(sort: Sort): (a: RecipientRecord, b: RecipientRecord) => number {
  const dir = sort?.direction ?? 1;
  if (sort?.field === "currency") return (a, b) => dir * (a.currency.localeCompare(b.currency) || a.id - b.id);
  return (a, b) => dir * (a.id - b.id);
}

/** The caller's profiles a list covers: the one asked for (owned), else all of theirs. */
function listedProfiles(ctx: Ctx, ...names: string[]): Set<number> {
  for (const name of names) {
    const id = queryLong(ctx, name);
    if (id !== undefined) return new Set([ownedProfile(ctx, id).id]);
  }
  return new Set(ctx.store.profilesOf(ctx.user.id).map((p) => p.id));
}

export const recipientRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/accounts",
    handler: async (ctx) => {
      const body = await jsonBody(ctx);
      const profileId = optLong(body, "profile") ?? queryLong(ctx, "profileId") ?? queryLong(ctx, "profile") ?? ctx.user.personalProfileId;
      const profile = ownedProfile(ctx, profileId);
      optBoolean(body, "ownedByCustomer");
      const data = plain(body) as JsonObject;
      if (!isObject(data.details)) {
        throw wiseErrors(422, invalid("details", "Please specify the recipient's account details."));
      }
      const currency = typeof data.currency === "string" ? data.currency.trim().toUpperCase() : "";
      const type = typeof data.type === "string" ? snakeType(data.type.trim()) : "";
      const errors: WiseErrorItem[] = [];
      if (currency === "") errors.push(invalid("currency", "Please specify currency."));
      if (type === "") errors.push(invalid("type", "Please specify the recipient type."));
      if (errors.length > 0) throw wiseErrors(422, ...errors);
      const input: RecipientInput = data;
      const forms = formsFor({ source: currency, target: currency, minorVersion: true, addressRequired: false, answers: input });
      if (forms.length === 0) throw wiseErrors(422, invalid("currency", `Recipients in ${currency} are not supported.`, currency));
      const form = forms.find((f) => f.type === type);
      if (form === undefined) {
        throw wiseErrors(422, invalid("type", `Recipient type '${type}' is not available for ${currency}; use one of ${forms.map((f) => f.type).join(", ")}.`, type));
      }
      const problems = validateAgainst(form, input);
      const dateOfBirth = answerOf(input, "dateOfBirth");
      if (dateOfBirth !== undefined && dateOfBirth !== null && (typeof dateOfBirth !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth))) {
        problems.push(invalid("dateOfBirth", "Please enter the date of birth as yyyy-mm-dd.", String(dateOfBirth)));
      }
      if (problems.length > 0) throw wiseErrors(422, ...problems);
      const recipient = buildRecipient(ctx, profile.id, form, input, data);
      recipient.confirmations = nameCheck(recipient, ctx.now());
      ctx.store.recipients.set(recipient.id, recipient);
      ctx.store.touch();
      return json(recipientV1View(ctx.store, recipient));
    },
  },
  {
    method: "GET",
    path: "/v1/accounts",
    handler: (ctx) => {
      const profiles = listedProfiles(ctx, "profileId", "profile");
      const currencies = commaList(ctx, "currency", (s) => s.toUpperCase());
      const list = [...ctx.store.recipients.values()]
        .filter((r) => r.active && profiles.has(r.profileId) && (currencies === null || currencies.has(r.currency)))
        .sort((a, b) => a.id - b.id);
      return json(list.map((r) => recipientV1View(ctx.store, r)));
    },
  },
  {
    method: "GET",
    path: "/v1/accounts/:accountId",
    handler: (ctx) => json(recipientV1View(ctx.store, recipientOf(ctx, pathLong(ctx, "accountId")))),
  },
  {
    method: "GET",
    path: "/v2/accounts",
    handler: (ctx) => {
      const currencies = commaList(ctx, "currency", (s) => s.toUpperCase());
      const types = commaList(ctx, "type", snakeType);
      const active = queryBoolean(ctx, "active") ?? true;
      const ownedByCustomer = queryBoolean(ctx, "ownedByCustomer");
      const creatorId = queryLong(ctx, "creatorId");
      const requestedSize = queryInt(ctx, "size") ?? MAX_PAGE_SIZE;
      if (requestedSize < 1) {
        throw wiseErrors(400, { code: "Min", message: "must be greater than or equal to 1", path: "size", arguments: ["size", String(requestedSize), "1"] });
      }
      const size = Math.min(requestedSize, MAX_PAGE_SIZE);
      const seek = queryLong(ctx, "seekPosition");
      const sort = parseSort(ctx);
      const profiles = listedProfiles(ctx, "profileId", "profile");

      const compare = comparator(sort);
      const list = [...ctx.store.recipients.values()]
        .filter(
          (r) =>
            profiles.has(r.profileId) &&
            r.active === active &&
            (currencies === null || currencies.has(r.currency)) &&
            (types === null || types.has(r.type)) &&
            (ownedByCustomer === undefined || r.ownedByCustomer === ownedByCustomer) &&
            (creatorId === undefined || r.creatorId === creatorId),
        )
        .sort(compare);
      let start = 0;
      if (seek !== undefined) {
        // Strictly after the seek position in the sort order (it may no longer be in the list).
        const anchor = ctx.store.recipients.get(seek);
        const after =
          anchor !== undefined && sort?.field === "currency" ? (r: RecipientRecord) => compare(r, anchor) > 0 : (r: RecipientRecord) => (sort?.direction ?? 1) * (r.id - seek) > 0;
        start = list.findIndex(after);
        if (start < 0) start = list.length;
      }
      const page = list.slice(start, start + size);
      const last = page[page.length - 1];
      const more = start + size < list.length;
      return json({
        content: page.map((r) => recipientV2View(r, { inList: true })),
        ...(seek === undefined ? {} : { seekPositionForCurrent: seek }),
        ...(more && last !== undefined ? { seekPositionForNext: last.id } : {}),
        sort: sort === null ? { empty: true, sorted: false, unsorted: true } : { empty: false, sorted: true, unsorted: false },
        size: page.length,
      });
    },
  },
  {
    method: "GET",
    path: "/v2/accounts/:accountId",
    handler: (ctx) => json(recipientV2View(recipientOf(ctx, pathLong(ctx, "accountId")))),
  },
  {
    method: "DELETE",
    path: "/v2/accounts/:accountId",
    handler: (ctx) => {
      const recipient = recipientOf(ctx, pathLong(ctx, "accountId"));
      // Only active recipients can be deactivated; there is no way back.
      if (!recipient.active) throw forbidden(ctx.path);
      recipient.active = false;
      ctx.store.touch();
      return json(recipientV2View(recipient));
    },
  },
];
