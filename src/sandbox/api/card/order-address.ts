// What a card order's address must look like (POST /v3/spend/address/validate checks it, and a
// card order is refused with the same errors): lines and city up to 30 characters, a post code up
// to 10 in the country's format where the sandbox knows it, a state where the country needs one,
// an ISO 3166-1 alpha-2 country, and no PO box.

import { isObject, type JsonObject } from "../../body.js";
import { needsState } from "../../reference/addresses.js";
import { isCountry, statesOf } from "../../reference/countries.js";
import type { CardOrderAddressRecord } from "./model.js";

export interface AddressProblem {
  field: string;
  message: string;
}

const MAX_LINE = 30;
const MAX_POST_CODE = 10;

/** Post code formats the sandbox checks; other countries take any 1 to 10 characters. */
const POST_CODE_FORMATS: Record<string, RegExp> = {
  GB: /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i,
  US: /^\d{5}(-\d{4})?$/,
  DE: /^\d{5}$/,
  FR: /^\d{5}$/,
  ES: /^\d{5}$/,
  IT: /^\d{5}$/,
  NL: /^\d{4} ?[A-Z]{2}$/i,
  BR: /^\d{5}-?\d{3}$/,
};

const PO_BOX = /\bP\.?\s*O\.?\s*BOX\b|\bPOST\s+OFFICE\s+BOX\b/i;

/** A field's text: absent, null and blank are all "" (a number or object is not text). */
function text(body: JsonObject, name: string): string | null {
  const value = body[name];
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value.trim() : null;
}

/** The address's problems (empty when valid), in field order. */
export function addressProblems(body: unknown): AddressProblem[] {
  if (!isObject(body)) return [{ field: "address", message: "Required Field" }];
  const problems: AddressProblem[] = [];
  const line = (name: string, required: boolean) => {
    const value = text(body, name);
    if (value === null) problems.push({ field: name, message: "Must be text" });
    else if (required && value === "") problems.push({ field: name, message: "Required Field" });
    else if (value.length > MAX_LINE) problems.push({ field: name, message: `Must be less than ${MAX_LINE} characters` });
    else if (PO_BOX.test(value)) problems.push({ field: name, message: "PO box addresses are not supported" });
  };
  line("firstLine", true);
  line("secondLine", false);
  line("thirdLine", false);
  line("city", true);
  const country = text(body, "country")?.toUpperCase() ?? null;
  const postCode = text(body, "postCode");
  if (postCode === null || postCode === "") problems.push({ field: "postCode", message: "Required Field" });
  else if (postCode.length > MAX_POST_CODE || (country !== null && POST_CODE_FORMATS[country] !== undefined && !POST_CODE_FORMATS[country].test(postCode))) {
    problems.push({ field: "postCode", message: "Please enter a valid postcode" });
  }
  const state = text(body, "state");
  if (state === null) problems.push({ field: "state", message: "Must be text" });
  else if (country !== null && needsState(country) && state === "") problems.push({ field: "state", message: "Required Field" });
  else if (state !== "" && country !== null && statesOf(country) !== null && !statesOf(country)!.some((s) => s.key === state.toUpperCase())) {
    problems.push({ field: "state", message: "Please enter a valid state" });
  } else if (state.length > MAX_LINE) problems.push({ field: "state", message: `Must be less than ${MAX_LINE} characters` });
  if (country === null || country === "") problems.push({ field: "country", message: "Required Field" });
  else if (!isCountry(country)) problems.push({ field: "country", message: "Please enter a valid country" });
  return problems;
}

/** The address as the order keeps it (call after addressProblems found none). */
export function toAddressRecord(body: JsonObject): CardOrderAddressRecord {
  const optional = (name: string) => {
    const value = text(body, name);
    return value === null || value === "" ? null : value;
  };
  return {
    firstLine: text(body, "firstLine") ?? "",
    secondLine: optional("secondLine"),
    thirdLine: optional("thirdLine"),
    city: text(body, "city") ?? "",
    postCode: text(body, "postCode") ?? "",
    state: optional("state")?.toUpperCase() ?? null,
    country: (text(body, "country") ?? "").toUpperCase(),
  };
}
