import { badUserInput } from "./errors.js";

/**
 * Opaque connection cursors. A cursor is base64url JSON holding the list it belongs to (`scope`:
 * which profile, which filters) and where to resume; a cursor from another list, an edited
 * cursor or random text is refused with BAD_USER_INPUT before any upstream call.
 */
export function encodeCursor(scope: string, position: Record<string, string | number | null>): string {
  return Buffer.from(JSON.stringify({ v: 1, s: scope, ...position }), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, scope: string, argument = "after"): Record<string, unknown> {
  const invalid = () => badUserInput(`Argument "${argument}" is not a cursor issued for this list.`, argument);
  if (cursor.length === 0 || cursor.length > 2048 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) throw invalid();
  const record = payload as Record<string, unknown>;
  if (record.v !== 1 || record.s !== scope) throw invalid();
  return record;
}

/** Validates `first`: a page of 1 to `max` items. */
export function pageSize(first: number, max = 100, argument = "first"): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw badUserInput(`Argument "${argument}" must be between 1 and ${max}; got ${first}.`, argument);
  }
  return first;
}
