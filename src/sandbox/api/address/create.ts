// The body of POST /v1/addresses ({profile, details{country, firstLine, postCode, city,
// state?, occupations?}}) checked as Wise's errors guide shows: blank required fields are
// 422 `MISSING` with Wise's internal paths (addressCountryCode, addressFirstLine,
// addressCity), a body without `details` or without a post code is 500 UNEXPECTED_ERROR
// "Validation failed for argument...". The rules the guide leaves open (unknown country,
// post code over 30 characters, state and occupations where the spec requires them) are
// 422 `NOT_VALID`/`MISSING` too, listed together.

import { isObject, optLong, optString, type JsonObject } from "../../body.js";
import { wiseErrors, type WiseErrorItem } from "../../http.js";
import type { AddressRecord } from "../../model.js";
import { MAX_POST_CODE, needsOccupation, needsState } from "../../reference/addresses.js";
import { isCountry, statesOf } from "../../reference/countries.js";

const validationFailed = () =>
  wiseErrors(500, { code: "UNEXPECTED_ERROR", message: "Validation failed for argument [0] in public AddressResponse create(AddressRequest)", arguments: [] });

const missing = (path: string, message = `Property [${path}] cannot be blank`): WiseErrorItem => ({ code: "MISSING", message, path, arguments: [path] });
const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });

/** The owning profile named by the body (absent or null: the caller gets 403). */
export function addressOwner(body: JsonObject): number | undefined {
  const raw = body.profile;
  return typeof raw === "string" && raw.trim() === "" ? undefined : optLong(body, "profile");
}

/** A new address from a validated body; throws Wise's error bodies otherwise. */
export function addressFromBody(body: JsonObject, profileId: number): Omit<AddressRecord, "id"> {
  const details = body.details;
  if (!isObject(details)) throw validationFailed();
  const text = (name: string) => optString(details, name)?.trim() ?? "";
  const country = text("country").toUpperCase();
  const firstLine = text("firstLine");
  const city = text("city");
  const postCode = text("postCode");
  const state = text("state").toUpperCase();
  const occupations = details.occupations ?? null;

  const errors: WiseErrorItem[] = [];
  if (country === "") errors.push(missing("addressCountryCode"));
  else if (!isCountry(country)) errors.push(notValid("addressCountryCode", `'${country}' is not a country code (ISO 3166-1 alpha-2).`, country));
  if (firstLine === "") errors.push(missing("addressFirstLine", "Please specify Address"));
  if (city === "") errors.push(missing("addressCity"));
  if (postCode.length > MAX_POST_CODE) errors.push(notValid("addressPostCode", `Post code must be at most ${MAX_POST_CODE} characters.`, postCode));
  if (needsState(country) && state === "") errors.push(missing("addressState"));
  const states = statesOf(country);
  if (state !== "" && states !== null && !states.some((s) => s.key === state)) {
    errors.push(notValid("addressState", `'${state}' is not a state of ${country}.`, state));
  }
  const parsedOccupations = parseOccupations(occupations, errors);
  if (parsedOccupations.length === 0 && needsOccupation(country, state === "" ? null : state)) {
    errors.push(missing("occupations", "Please specify an occupation"));
  }
  if (errors.length > 0) throw wiseErrors(422, ...errors);
  if (postCode === "") throw validationFailed();
  return {
    profileId,
    firstLine,
    city,
    postCode,
    state: state === "" ? null : state,
    country,
    countryIso3: null,
    occupations: parsedOccupations,
  };
}

function parseOccupations(value: unknown, errors: WiseErrorItem[]): AddressRecord["occupations"] {
  if (value === null) return [];
  const valid =
    Array.isArray(value) && value.every((o) => isObject(o) && typeof o.code === "string" && o.code.trim() !== "" && (o.format === undefined || o.format === "FREE_FORM"));
  if (!valid) {
    errors.push(notValid("occupations", 'Occupations are [{"code": <any text>, "format": "FREE_FORM"}].', JSON.stringify(value) ?? ""));
    return [];
  }
  return value.map((o: JsonObject) => ({ code: String(o.code).trim(), format: "FREE_FORM" as const }));
}
