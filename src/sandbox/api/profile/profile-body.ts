// The bodies of the profile writes (personal and business create and update, the business
// representative), checked field by field. Every problem found is listed in one 422
// {"errors":[{code, message, path, arguments}]}: MISSING for a blank required field, NOT_VALID
// for a value Wise does not take; paths are the request's own (address.city,
// contactDetails.email). A field of the wrong JSON type is a 400, as Wise's JSON binding answers.

import { badRequest } from "../../http.js";
import { isObject, optString, type JsonObject } from "../../body.js";
import type { WiseErrorItem } from "../../http.js";
import { MAX_POST_CODE, needsOccupation, needsState } from "../../reference/addresses.js";
import { BUSINESS_CATEGORIES, COMPANY_ROLES, COMPANY_TYPES, isBusinessCategory } from "../../reference/business.js";
import { iso2Of } from "../../reference/country-codes.js";
import { statesOf } from "../../reference/countries.js";
import { isEmail } from "../user/users.js";

/** Wise's limit for first, last and preferred names. */
export const MAX_NAME = 30;
const MAX_STATE = 5;
const PHONE = /^\+[1-9]\d{5,14}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const missing = (path: string): WiseErrorItem => ({ code: "MISSING", message: `${path} must not be blank`, path, arguments: [path] });
export const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });

/** An address as profile writes send it (v2 shape), country as ISO 3166-1 alpha-2 and alpha-3. */
export interface ProfileAddress {
  addressFirstLine: string;
  city: string;
  country: string;
  countryIso3: string;
  postCode: string | null;
  stateCode: string | null;
}

/** A personal profile's details: a person's fields (as a representative's) and occupations. */
export interface PersonalDetails extends RepresentativeDetails {
  occupations: { code: string; format: "FREE_FORM" }[];
}

export interface BusinessDetails {
  businessName: string;
  registrationNumber: string;
  companyType: string;
  companyRole: "OWNER" | "DIRECTOR" | "OTHER";
  businessFreeFormDescription: string;
  firstLevelCategory: string;
  secondLevelCategory: string;
  webpage: string;
  address: ProfileAddress;
  operationalAddresses: ProfileAddress[];
}

/** Collects the problems of one body; `fail()` is true once any was found. */
export class Problems {
  readonly items: WiseErrorItem[] = [];
  add(item: WiseErrorItem): void {
    this.items.push(item);
  }
  fail(): boolean {
    return this.items.length > 0;
  }
}

/** A nested object field (absent: undefined); any other JSON type is Wise's 400. */
export function optObject(body: JsonObject, name: string): JsonObject | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw badRequest(`JSON parse error: '${name}' should be an object`);
  return value;
}

/** A trimmed string field, "" when absent. */
export function text(body: JsonObject, name: string): string {
  return optString(body, name)?.trim() ?? "";
}

/** A required text field: MISSING when blank, NOT_VALID past `max` characters. */
function required(body: JsonObject, name: string, path: string, problems: Problems, max?: number): string {
  const value = text(body, name);
  if (value === "") problems.add(missing(path));
  else if (max !== undefined && value.length > max) problems.add(notValid(path, `${path} must be at most ${max} characters`, value));
  return value;
}

/** An optional text field: null when blank, NOT_VALID past `max` characters. */
function optional(body: JsonObject, name: string, path: string, problems: Problems, max?: number): string | null {
  const value = text(body, name);
  if (value === "") return null;
  if (max !== undefined && value.length > max) problems.add(notValid(path, `${path} must be at most ${max} characters`, value));
  return value;
}

/** A date of birth: yyyy-mm-dd, a real day, in the past. */
export function dateOfBirth(body: JsonObject, path: string, problems: Problems, nowMs: number): string {
  const value = text(body, "dateOfBirth");
  if (value === "") {
    problems.add(missing(path));
    return value;
  }
  const m = DATE.exec(value);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  const real = m !== null && new Date(ms).toISOString().slice(0, 10) === value;
  if (!real) problems.add(notValid(path, `${path} must be a date as yyyy-mm-dd`, value));
  else if (ms >= nowMs) problems.add(notValid(path, `${path} must be in the past`, value));
  return value;
}

/** The address of a profile write; `prefix` is its path ("address", "operationalAddresses[0]"). */
export function readAddress(raw: JsonObject | undefined, prefix: string, problems: Problems): ProfileAddress {
  const body = raw ?? {};
  const at = (name: string) => `${prefix}.${name}`;
  const addressFirstLine = required(body, "addressFirstLine", at("addressFirstLine"), problems);
  const city = required(body, "city", at("city"), problems);
  const iso3 = text(body, "countryIso3Code").toLowerCase();
  const country = iso2Of(iso3) ?? "";
  if (iso3 === "") problems.add(missing(at("countryIso3Code")));
  else if (country === "") problems.add(notValid(at("countryIso3Code"), `'${iso3}' is not a country code (ISO 3166-1 alpha-3)`, iso3));
  const iso2 = text(body, "countryIso2Code").toUpperCase();
  if (iso2 !== "" && country !== "" && iso2 !== country) {
    problems.add(notValid(at("countryIso2Code"), `'${iso2}' is not the alpha-2 code of '${iso3}'`, iso2));
  }
  const postCode = optional(body, "postCode", at("postCode"), problems, MAX_POST_CODE);
  const stateCode = optional(body, "stateCode", at("stateCode"), problems, MAX_STATE)?.toUpperCase() ?? null;
  if (country !== "" && needsState(country) && stateCode === null) problems.add(missing(at("stateCode")));
  const states = country === "" ? null : statesOf(country);
  if (stateCode !== null && states !== null && !states.some((s) => s.key === stateCode)) {
    problems.add(notValid(at("stateCode"), `'${stateCode}' is not a state of ${country}`, stateCode));
  }
  return { addressFirstLine, city, country, countryIso3: iso3, postCode, stateCode };
}

/** Contact details: a valid email and an international phone number, both required. */
function readContact(raw: JsonObject | undefined, prefix: string, problems: Problems): { email: string; phoneNumber: string } {
  const body = raw ?? {};
  const email = required(body, "email", `${prefix}.email`, problems);
  if (email !== "" && !isEmail(email)) problems.add(notValid(`${prefix}.email`, "Please enter a valid email address.", email));
  const phoneNumber = required(body, "phoneNumber", `${prefix}.phoneNumber`, problems);
  if (phoneNumber !== "" && !PHONE.test(phoneNumber)) {
    problems.add(notValid(`${prefix}.phoneNumber`, "Phone number must be in international format, such as +14085550123", phoneNumber));
  }
  return { email, phoneNumber };
}

function readOccupations(body: JsonObject, problems: Problems): PersonalDetails["occupations"] {
  const value = body.occupations;
  if (value === undefined || value === null) return [];
  const valid =
    Array.isArray(value) && value.every((o) => isObject(o) && typeof o.code === "string" && o.code.trim() !== "" && (o.format === undefined || o.format === "FREE_FORM"));
  if (!valid) {
    problems.add(notValid("occupations", 'Occupations are [{"code": <any text>, "format": "FREE_FORM"}]', ""));
    return [];
  }
  return (value as JsonObject[]).map((o) => ({ code: String(o.code).trim(), format: "FREE_FORM" as const }));
}

/** The body of a personal profile create or update (the same fields are required by both). */
export function readPersonal(body: JsonObject, nowMs: number): { details: PersonalDetails; problems: Problems } {
  const problems = new Problems();
  const firstName = required(body, "firstName", "firstName", problems, MAX_NAME);
  const lastName = required(body, "lastName", "lastName", problems, MAX_NAME);
  const preferredName = optional(body, "preferredName", "preferredName", problems, MAX_NAME);
  optString(body, "firstNameInKana");
  optString(body, "lastNameInKana");
  optString(body, "externalCustomerId");
  const nationality = text(body, "nationality");
  if (nationality !== "" && iso2Of(nationality) === undefined) problems.add(notValid("nationality", `'${nationality}' is not a country code (ISO 3166-1 alpha-3)`, nationality));
  const born = dateOfBirth(body, "dateOfBirth", problems, nowMs);
  const addressBody = optObject(body, "address");
  if (addressBody === undefined) problems.add(missing("address"));
  const address = readAddress(addressBody, "address", problems);
  const contactBody = optObject(body, "contactDetails");
  if (contactBody === undefined) problems.add(missing("contactDetails"));
  const contact = readContact(contactBody, "contactDetails", problems);
  const occupations = readOccupations(body, problems);
  if (occupations.length === 0 && address.country !== "" && needsOccupation(address.country, address.stateCode)) problems.add(missing("occupations"));
  return { details: { firstName, lastName, preferredName, dateOfBirth: born, address, email: contact.email, phoneNumber: contact.phoneNumber, occupations }, problems };
}

/**
 * The body of a business profile create (every field Wise needs) or update (only the fields
 * given change; `current` fills the rest). The category pair must be one of Wise's; OTHER
 * companies need a webpage and a description.
 */
export function readBusiness(body: JsonObject, current?: BusinessDetails): { details: BusinessDetails; problems: Problems } {
  const problems = new Problems();
  const pick = (name: keyof BusinessDetails & string): string => {
    const given = text(body, name);
    if (given !== "") return given;
    const kept = current?.[name];
    if (typeof kept === "string" && kept !== "") return kept;
    return given;
  };
  const businessName = pick("businessName");
  if (businessName === "") problems.add(missing("businessName"));
  const registrationNumber = pick("registrationNumber");
  const companyType = pick("companyType");
  if (companyType === "") problems.add(missing("companyType"));
  else if (!(COMPANY_TYPES as readonly string[]).includes(companyType))
    problems.add(notValid("companyType", `companyType must be one of ${COMPANY_TYPES.join(", ")}`, companyType));
  const companyRole = pick("companyRole");
  if (companyRole === "") problems.add(missing("companyRole"));
  else if (!(COMPANY_ROLES as readonly string[]).includes(companyRole))
    problems.add(notValid("companyRole", `companyRole must be one of ${COMPANY_ROLES.join(", ")}`, companyRole));
  const firstLevelCategory = pick("firstLevelCategory");
  const secondLevelCategory = pick("secondLevelCategory");
  if (firstLevelCategory === "") problems.add(missing("firstLevelCategory"));
  else if (!Object.hasOwn(BUSINESS_CATEGORIES, firstLevelCategory))
    problems.add(notValid("firstLevelCategory", `'${firstLevelCategory}' is not a business category`, firstLevelCategory));
  if (secondLevelCategory === "") problems.add(missing("secondLevelCategory"));
  else if (Object.hasOwn(BUSINESS_CATEGORIES, firstLevelCategory) && !isBusinessCategory(firstLevelCategory, secondLevelCategory)) {
    problems.add(notValid("secondLevelCategory", `'${secondLevelCategory}' is not a sub-category of ${firstLevelCategory}`, secondLevelCategory));
  }
  const webpage = pick("webpage");
  if (webpage !== "" && !/^https?:\/\/\S+\.\S+$/i.test(webpage)) problems.add(notValid("webpage", "webpage must be a http(s) URL", webpage));
  const businessFreeFormDescription = pick("businessFreeFormDescription");
  if (companyType === "OTHER") {
    if (webpage === "") problems.add(missing("webpage"));
    if (businessFreeFormDescription === "") problems.add(missing("businessFreeFormDescription"));
  }
  for (const name of ["businessNameInKatakana", "acn", "abn", "arbn", "externalCustomerId", "actorEmail"]) optString(body, name);
  const addressBody = optObject(body, "address");
  let address: ProfileAddress;
  if (addressBody !== undefined) address = readAddress(addressBody, "address", problems);
  else if (current !== undefined) address = current.address;
  else {
    problems.add(missing("address"));
    address = readAddress(undefined, "address", problems);
  }
  const rawOperational = body.operationalAddresses;
  let operationalAddresses = current?.operationalAddresses ?? [];
  if (rawOperational !== undefined && rawOperational !== null) {
    if (!Array.isArray(rawOperational)) throw badRequest("JSON parse error: 'operationalAddresses' should be an array");
    operationalAddresses = rawOperational.map((item, i) => {
      if (!isObject(item)) throw badRequest(`JSON parse error: 'operationalAddresses[${i}]' should be an object`);
      return readAddress(item, `operationalAddresses[${i}]`, problems);
    });
  }
  return {
    details: {
      businessName,
      registrationNumber,
      companyType,
      companyRole: companyRole as BusinessDetails["companyRole"],
      businessFreeFormDescription,
      firstLevelCategory,
      secondLevelCategory,
      webpage,
      address,
      operationalAddresses,
    },
    problems,
  };
}

/** A representative's fields, all required (a new one) or only those given (an update of details). */
export interface RepresentativeDetails {
  firstName: string;
  lastName: string;
  preferredName: string | null;
  dateOfBirth: string;
  address: ProfileAddress;
  email: string;
  phoneNumber: string;
}

/** A whole representative: the fields a new one needs, under `prefix` ("businessRepresentative" or ""). */
export function readRepresentative(body: JsonObject, prefix: string, problems: Problems, nowMs: number): RepresentativeDetails {
  const at = (name: string) => (prefix === "" ? name : `${prefix}.${name}`);
  const firstName = required(body, "firstName", at("firstName"), problems, MAX_NAME);
  const lastName = required(body, "lastName", at("lastName"), problems, MAX_NAME);
  const preferredName = optional(body, "preferredName", at("preferredName"), problems, MAX_NAME);
  const born = dateOfBirth(body, at("dateOfBirth"), problems, nowMs);
  const addressBody = optObject(body, "address");
  if (addressBody === undefined) problems.add(missing(at("address")));
  const address = readAddress(addressBody, at("address"), problems);
  const contactBody = optObject(body, "contactDetails");
  if (contactBody === undefined) problems.add(missing(at("contactDetails")));
  const contact = readContact(contactBody, at("contactDetails"), problems);
  return { firstName, lastName, preferredName, dateOfBirth: born, address, email: contact.email, phoneNumber: contact.phoneNumber };
}

/** Some of a representative's fields (UPDATE_DETAILS): each one given is checked; the rest stay. */
export function readRepresentativeChanges(body: JsonObject, problems: Problems, nowMs: number): Partial<RepresentativeDetails> {
  const changes: Partial<RepresentativeDetails> = {};
  for (const name of ["firstName", "lastName"] as const) {
    if (body[name] === undefined || body[name] === null) continue;
    changes[name] = required(body, name, name, problems, MAX_NAME);
  }
  if (body.preferredName !== undefined && body.preferredName !== null) changes.preferredName = optional(body, "preferredName", "preferredName", problems, MAX_NAME);
  if (body.dateOfBirth !== undefined && body.dateOfBirth !== null) changes.dateOfBirth = dateOfBirth(body, "dateOfBirth", problems, nowMs);
  const addressBody = optObject(body, "address");
  if (addressBody !== undefined) changes.address = readAddress(addressBody, "address", problems);
  const contactBody = optObject(body, "contactDetails");
  if (contactBody !== undefined) Object.assign(changes, readContact(contactBody, "contactDetails", problems));
  return changes;
}
