// The parameter schemas fault kinds are declared with (faults/kinds.ts). Each one checks a
// JSON value and returns it normalised; the fault's TypeScript type is derived from them,
// so a parameter is written once for its type, its validation and its error message.

import { toJson } from "../http.js";

export class FaultSpecError extends Error {}

export function fail(message: string): never {
  throw new FaultSpecError(message);
}

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** One parameter: `parse` validates a present value; `required` says whether it may be absent. */
export interface Param<T, Required extends boolean = boolean> {
  readonly required: Required;
  parse(value: unknown, name: string): T;
}

export type Params = Readonly<Record<string, Param<unknown>>>;

type ValueOf<P> = P extends Param<infer T> ? T : never;
type RequiredKeys<P extends Params> = { [K in keyof P]: P[K] extends Param<unknown, true> ? K : never }[keyof P];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The object a set of parameters describes: required keys plain, the others optional. */
export type ValuesOf<P extends Params> = Simplify<{ [K in RequiredKeys<P>]: ValueOf<P[K]> } & { [K in Exclude<keyof P, RequiredKeys<P>>]?: ValueOf<P[K]> }>;

const required = <T>(parse: (value: unknown, name: string) => T): Param<T, true> => ({ required: true, parse });

/** The same parameter, allowed to be absent (absent values are left out of the normalised fault). */
export function optional<T>(param: Param<T, true>): Param<T, false> {
  return { required: false, parse: param.parse };
}

export const integer = (min: number, max: number) =>
  required((value, name) => {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      fail(`${name} must be an integer in ${min}..${max}, got ${JSON.stringify(value)}`);
    }
    return value;
  });

export const numberIn = (min: number, max: number) =>
  required((value, name) => {
    if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
      fail(`${name} must be a number in ${min}..${max}, got ${JSON.stringify(value)}`);
    }
    return value;
  });

export const positiveNumber = required((value, name) => {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) {
    fail(`${name} must be a positive number, got ${JSON.stringify(value)}`);
  }
  return value;
});

export const boolean = required((value, name) => {
  if (typeof value !== "boolean") fail(`${name} must be a boolean, got ${JSON.stringify(value)}`);
  return value;
});

export const oneOf = <const T extends readonly (string | number)[]>(values: T) =>
  required((value, name): T[number] => {
    if (!values.includes(value as T[number])) fail(`${name} must be ${values.join(" or ")}, got ${JSON.stringify(value)}`);
    return value as T[number];
  });

/** A response body: a string is sent verbatim, anything else as JSON. */
export const body = required((value, name): unknown => {
  if (typeof value === "string") return value;
  try {
    toJson(value);
  } catch {
    fail(`${name} must be a string (sent verbatim) or a JSON-serialisable value`);
  }
  return value;
});

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Extra response headers, names lower-cased; the sandbox owns the framing headers. */
export const headers = required((value, name): Record<string, string> => {
  if (!isObject(value)) fail(`${name} must be an object of header name -> string value`);
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!HEADER_NAME.test(key)) fail(`${name}: '${key}' is not a valid header name`);
    if (typeof v !== "string" || !HEADER_VALUE.test(v)) fail(`${name}.${key} must be a string without line breaks`);
    const lower = key.toLowerCase();
    if (lower === "content-length" || lower === "transfer-encoding") fail(`${name}: '${key}' is set by the sandbox`);
    out[lower] = v;
  }
  return out;
});

/** Request path without query, for faults limited to one object's calls. */
export const requestPath = required((value, name) => {
  if (typeof value !== "string" || !/^\/[^?#\s]{0,499}$/.test(value)) {
    fail(`${name} must be a request path starting with "/", without query, got ${JSON.stringify(value)}`);
  }
  return value;
});

/**
 * Checks `value` against `params` ("<where>.<key>" in messages; `also` are keys the caller
 * reads itself) and returns a normalised copy without them.
 */
export function parseParams<P extends Params>(value: Json, params: P, where: string, context: string, also: readonly string[] = []): ValuesOf<P> {
  const allowed = [...also, ...Object.keys(params)];
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      fail(`${context}: unknown field '${key}' (allowed: ${allowed.length === 0 ? "none" : allowed.join(", ")})`);
    }
  }
  const out: Json = {};
  for (const [key, param] of Object.entries<Param<unknown>>(params)) {
    const name = where === "" ? key : `${where}.${key}`;
    if (value[key] === undefined) {
      if (param.required) fail(`${name} is required for ${context}`);
      continue;
    }
    out[key] = param.parse(value[key], name);
  }
  return out as ValuesOf<P>;
}
