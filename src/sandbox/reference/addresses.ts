// What a valid address needs, per country (OAS AddressRequest and the address docs): the
// rules POST /v1/addresses checks and the form GET/POST /v1/address-requirements shows.
// A state is required for US, CA, BR and AU (US and CA from a list); occupations for CA,
// IN, JP, ID, IL, MX and the US state NM. Both depend on answers, so `country` and (for
// the US) `state` ask the client to refresh the form once set.

import { COUNTRIES, statesOf } from "./countries.js";
import { field, type FieldDef } from "./requirements.js";

const STATE_REQUIRED = new Set(["US", "CA", "BR", "AU"]);
const OCCUPATION_REQUIRED = new Set(["CA", "IN", "JP", "ID", "IL", "MX"]);
export const MAX_POST_CODE = 30;

export function needsState(country: string): boolean {
  return STATE_REQUIRED.has(country);
}

export function needsOccupation(country: string, state: string | null): boolean {
  return OCCUPATION_REQUIRED.has(country) || (country === "US" && state === "NM");
}

/** The address form for the answers so far (country and state upper-case, or null). */
export function addressForm(country: string | null, state: string | null): FieldDef[] {
  const states = country === null ? null : statesOf(country);
  const stateField =
    country === null || !needsState(country)
      ? []
      : states === null
        ? [field("state", "State", "text", { example: "SP", minLength: 1, maxLength: 255 })]
        : [field("state", "State", "select", { refreshRequirementsOnChange: country === "US", example: "Choose a state", valuesAllowed: states })];
  const occupation =
    country !== null && needsOccupation(country, state) ? [field("occupations", "Occupation", "text", { example: "Software Engineer", minLength: 1, maxLength: 255 })] : [];
  return [
    field("country", "Country", "select", { refreshRequirementsOnChange: true, example: "Germany", valuesAllowed: COUNTRIES }),
    ...stateField,
    field("city", "City", "text", { example: "Berlin", minLength: 1, maxLength: 255 }),
    field("postCode", "Post code", "text", { example: "10115", minLength: 1, maxLength: MAX_POST_CODE }),
    field("firstLine", "Address", "text", { example: "Unter den Linden 1", minLength: 1, maxLength: 255 }),
    ...occupation,
  ];
}
