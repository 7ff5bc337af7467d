// Reading the directors and UBOs of a request body. Wise documents one refusal here: an
// incomplete UBO is a 400 {"errors":[{"code":"BAD_REQUEST","message":…,"arguments":[]}]} without a
// path. The sandbox answers every incomplete or invalid person that way, each problem listed;
// wrong JSON types are the usual 400 bad.request.

import { isLosslessNumber, type LosslessNumber } from "lossless-json";
import { optString, type JsonObject } from "../../body.js";
import { badRequest, wiseErrors, type WiseErrorItem } from "../../http.js";
import { isAlpha3Country } from "../../reference/iso-countries.js";
import type { DirectorRecord, UboRecord } from "./model.js";

export type DirectorDraft = Omit<DirectorRecord, "id">;
export type UboDraft = Omit<UboRecord, "id">;

/** Wise's refusal of people it cannot take. */
export const refused = (message: string): WiseErrorItem => ({ code: "BAD_REQUEST", message, arguments: [] });

/** A past date of birth as yyyy-mm-dd, or the problem with it. */
function birthDateProblem(value: string, nowMs: number): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return "should be a date as yyyy-mm-dd";
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== value) return "is not a calendar date";
  if (ms > nowMs || Number(match[1]) < 1900) return "should be a date of birth in the past";
  return null;
}

/** Reads the text fields every person has, collecting what is missing or wrong. */
function readPerson<K extends string>(item: JsonObject, index: number, names: readonly K[], nowMs: number, problems: WiseErrorItem[]): Record<K, string> {
  const person = {} as Record<K, string>;
  for (const name of names) {
    const value = optString(item, name)?.trim() ?? "";
    if (value === "") problems.push(refused(`[${index}].${name} must not be blank`));
    person[name] = value;
  }
  const dateOfBirth = person["dateOfBirth" as K];
  if (dateOfBirth) {
    const problem = birthDateProblem(dateOfBirth, nowMs);
    if (problem) problems.push(refused(`[${index}].dateOfBirth ${problem}`));
  }
  const country = person["countryOfResidenceIso3Code" as K];
  if (country) {
    if (isAlpha3Country(country)) person["countryOfResidenceIso3Code" as K] = country.toLowerCase() as Record<K, string>[K];
    else problems.push(refused(`[${index}].countryOfResidenceIso3Code '${country}' is not an ISO 3166-1 alpha-3 country code`));
  }
  return person;
}

const DIRECTOR_FIELDS = ["firstName", "lastName", "dateOfBirth", "countryOfResidenceIso3Code"] as const;
const UBO_FIELDS = ["name", "dateOfBirth", "countryOfResidenceIso3Code", "addressFirstLine", "postCode"] as const;

/** The directors of a body, or Wise's 400 listing every problem. */
export function readDirectors(items: readonly JsonObject[], nowMs: number): DirectorDraft[] {
  const problems: WiseErrorItem[] = [];
  const directors = items.map((item, index) => readPerson(item, index, DIRECTOR_FIELDS, nowMs, problems));
  if (problems.length > 0) throw wiseErrors(400, ...problems);
  return directors;
}

/** A percentage as a whole number (JSON integer) or null; a fraction or a string is 400. */
function readPercentage(item: JsonObject): number | null {
  const value = item.ownershipPercentage;
  if (value === undefined || value === null) return null;
  const text = isLosslessNumber(value) ? (value as LosslessNumber).value : null;
  if (text === null || !/^-?\d{1,9}$/.test(text)) throw badRequest("JSON parse error: 'ownershipPercentage' should be a valid 'Integer'");
  return Number(text);
}

/**
 * The UBOs of a body, or Wise's 400 listing every problem. Each ownership is a whole percent
 * from 1 to 100 (or null), and the owners the profile ends up with (`kept` plus these) hold at
 * most 100% between them.
 */
export function readUbos(items: readonly JsonObject[], kept: readonly UboRecord[], nowMs: number): UboDraft[] {
  const problems: WiseErrorItem[] = [];
  const ubos = items.map((item, index) => {
    const person = readPerson(item, index, UBO_FIELDS, nowMs, problems);
    const ownershipPercentage = readPercentage(item);
    if (ownershipPercentage !== null && (ownershipPercentage < 1 || ownershipPercentage > 100)) {
      problems.push(refused(`[${index}].ownershipPercentage should be a whole percent from 1 to 100`));
    }
    return { ...person, ownershipPercentage };
  });
  const total = [...kept, ...ubos].reduce((sum, ubo) => sum + (ubo.ownershipPercentage ?? 0), 0);
  if (problems.length === 0 && total > 100) problems.push(refused(`The owners would hold ${total}% between them; at most 100% can be owned`));
  if (problems.length > 0) throw wiseErrors(400, ...problems);
  return ubos;
}
