// Parsing of path and query values the way Wise's Spring controllers reject them:
// a non-numeric id answers 400 "'profileId' should be a valid 'Long'".

import { badRequest, notFound } from "./http.js";
import type { Ctx, OpenCtx } from "./route.js";

const LONG = /^-?\d{1,19}$/;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** What each path id names, for the 404 of an id no sandbox object can have. */
const PATH_RESOURCES: Record<string, string> = {
  profileId: "Profile",
  transferId: "Transfer",
  balanceId: "Balance",
  accountId: "Recipient",
  addressId: "Address",
  userId: "User",
  phoneNumberId: "PhoneNumber",
};

/**
 * A Java long as a JavaScript number. Values outside the long range are 400, as Spring binds
 * them; longs beyond 2^53 would be rounded to another id, so `beyond` answers for them instead.
 */
function toLong(name: string, raw: string, beyond: () => Error = () => badRequest(`'${name}' should be a valid 'Long'`)): number {
  if (!LONG.test(raw)) throw badRequest(`'${name}' should be a valid 'Long'`);
  const exact = BigInt(raw);
  if (exact < LONG_MIN || exact > LONG_MAX) throw badRequest(`'${name}' should be a valid 'Long'`);
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw beyond();
  return value;
}

/**
 * A numeric path id. A valid long above 2^53 is a well-formed id Wise would look up and not
 * find (the sandbox never issues one): 404 as for any unknown id, never a rounded neighbour.
 */
export function pathLong(ctx: OpenCtx, name: string): number {
  const raw = ctx.params[name] ?? "";
  const resource = PATH_RESOURCES[name];
  return toLong(name, raw, resource === undefined ? undefined : () => notFound(resource, name, raw));
}

/** Optional numeric query parameter (absent or empty -> undefined). */
export function queryLong(ctx: Ctx, name: string): number | undefined {
  const raw = ctx.query.get(name);
  return raw === null || raw === "" ? undefined : toLong(name, raw);
}

/** Optional integer query parameter (Java int). */
export function queryInt(ctx: Ctx, name: string): number | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return undefined;
  const value = Number(raw);
  if (!/^-?\d{1,10}$/.test(raw) || value > 2_147_483_647 || value < -2_147_483_648) {
    throw badRequest(`'${name}' should be a valid 'Integer'`);
  }
  return value;
}

/** Optional enum query parameter. */
export function queryEnum<T extends string>(ctx: Ctx, name: string, values: readonly T[], typeName: string): T | undefined {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return undefined;
  if (!(values as readonly string[]).includes(raw)) throw badRequest(`'${name}' should be a valid '${typeName}'`);
  return raw as T;
}

/**
 * ISO-8601 instant as Wise accepts it in query strings: date and time, optional
 * fraction, optional zone (Z, +01:00, +0100; a '+' decoded to a space is tolerated).
 * Returns epoch ms, or null when unparseable.
 */
export function parseInstant(raw: string, opts: { dateOnly: boolean; zoneRequired?: boolean }): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+\- ]\d{2}:?\d{2})?$/i.exec(raw.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  if (h === undefined && !opts.dateOnly) return null;
  if (zone === undefined && opts.zoneRequired) return null;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second, Number((frac ?? "0").padEnd(3, "0").slice(0, 3)));
  if (new Date(ms).getUTCDate() !== day) return null; // e.g. 2025-02-30
  if (zone !== undefined && zone.toUpperCase() !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1; // a space is a '+' that the query decoding turned into a space
    const digits = zone.slice(1).replace(":", "");
    const offset = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4));
    ms -= sign * offset * 60_000;
  }
  return ms;
}
