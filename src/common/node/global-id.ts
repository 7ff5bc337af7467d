import { fromGlobalId, toGlobalId } from "graphql-relay";
import { badUserInput } from "../errors.js";
import { nodeTypeNamed, type NodeTypeName } from "../../modules/node/node.registry.js";

export type { NodeTypeName };

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
  const nodeType = nodeTypeNamed(type);
  if (!nodeType) throw invalid();
  if (!nodeType.key.pattern.test(key)) throw invalid();
  if (!nodeType.key.numericParts(key).every(Number.isSafeInteger)) throw invalid();
  // Re-encoding must give back the same id, so non-canonical base64 variants are refused.
  if (toGlobalId(type, key) !== id) throw invalid();
  return { type: type as NodeTypeName, key };
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
