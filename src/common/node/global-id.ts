import { fromGlobalId, toGlobalId } from "graphql-relay";
import { badUserInput } from "../errors.js";

/** Node types and the shape of the key inside their global id. */
const KEY_PATTERNS = {
  PersonalProfile: /^\d{1,16}$/,
  BusinessProfile: /^\d{1,16}$/,
  Address: /^\d{1,16}$/,
  /** profileId:balanceId, because Wise reads a balance through its profile. */
  Balance: /^\d{1,16}:\d{1,16}$/,
  Transfer: /^\d{1,16}$/,
  Recipient: /^\d{1,16}$/,
  /** profileId:quoteUuid, because Wise reads a quote through its profile. */
  Quote: /^\d{1,16}:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
} as const;

export type NodeTypeName = keyof typeof KEY_PATTERNS;

export interface GlobalId {
  type: NodeTypeName;
  key: string;
}

/** Makes the global id of a node. */
export function globalId(type: NodeTypeName, ...keyParts: Array<string | number>): string {
  return toGlobalId(type, keyParts.join(":"));
}

/**
 * Reads a global id, rejecting anything this API did not issue: wrong base64, an unknown type,
 * a key of the wrong shape. A forged id becomes BAD_USER_INPUT, never an odd upstream path.
 */
export function parseGlobalId(id: string, argument = "id"): GlobalId {
  const invalid = () => badUserInput(`Argument "${argument}" is not a valid ID issued by this API.`, argument);
  if (id.length === 0 || id.length > 200 || !/^[A-Za-z0-9+/=_-]+$/.test(id)) throw invalid();
  const { type, id: key } = fromGlobalId(id);
  if (!Object.hasOwn(KEY_PATTERNS, type)) throw invalid();
  if (!KEY_PATTERNS[type as NodeTypeName].test(key)) throw invalid();
  // Wise's ids are int64, but a JavaScript number is exact only up to 2^53 - 1: a larger id would
  // be rounded to another object's id, so it is refused (no id this API issues is that large).
  if (!numericParts(type as NodeTypeName, key).every(Number.isSafeInteger)) throw invalid();
  // Re-encoding must give back the same id, so non-canonical base64 variants are refused.
  if (toGlobalId(type, key) !== id) throw invalid();
  return { type: type as NodeTypeName, key };
}

/** The numeric parts of a key (a Quote's UUID part is not numeric). */
function numericParts(type: NodeTypeName, key: string): number[] {
  const parts = key.split(":");
  return (type === "Quote" ? parts.slice(0, 1) : parts).map(Number);
}

/** Reads a global id that must be of one of `types`. */
export function parseGlobalIdOf<T extends NodeTypeName>(id: string, types: readonly T[], argument = "id"): { type: T; key: string } {
  const parsed = parseGlobalId(id, argument);
  if (!(types as readonly string[]).includes(parsed.type)) {
    throw badUserInput(`Argument "${argument}" must be the ID of a ${types.join(" or ")}.`, argument);
  }
  return parsed as { type: T; key: string };
}

/** Reads a Quote's global id into the profile it belongs to and Wise's quote UUID. */
export function parseQuoteId(id: string, argument = "id"): { profileId: number; quoteId: string } {
  const { key } = parseGlobalIdOf(id, ["Quote"], argument);
  return splitQuoteKey(key);
}

/** Splits a Quote key (`profileId:quoteUuid`). */
export function splitQuoteKey(key: string): { profileId: number; quoteId: string } {
  const colon = key.indexOf(":");
  return { profileId: Number(key.slice(0, colon)), quoteId: key.slice(colon + 1) };
}
