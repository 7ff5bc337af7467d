import { badUserInput } from "./errors.js";

/**
 * Opaque connection cursors. A cursor is base64url JSON holding the list it belongs to (`scope`:
 * which profile, which filters) and where to resume; a cursor from another list, an edited
 * cursor or random text is refused with BAD_USER_INPUT before any upstream call.
 */
export function encodeCursor(scope: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ v: 1, s: scope, ...position }), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, scope: string, argument = "after"): Record<string, unknown> {
  const invalid = () => cursorNotIssued(argument);
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

/** Where a list resumes, as its cursors hold it: a few named scalars. */
export type CursorPosition = Record<string, string | number | null>;

/** The cursors of one kind of list, typed by the position they hold. */
export interface CursorCodec<P extends CursorPosition> {
  encode(scope: string, position: P): string;
  /** The position `cursor` holds, when it is one this list issued for `scope`; BAD_USER_INPUT otherwise. */
  decode(cursor: string, scope: string): P;
}

/**
 * A list's cursor codec. `read` takes the fields of a well-formed cursor of the list and returns
 * the position they hold, or null when they hold nothing this list would issue (an edited cursor).
 */
export function cursorCodec<P extends CursorPosition>(read: (fields: Record<string, unknown>) => P | null): CursorCodec<P> {
  return {
    encode: (scope, position) => encodeCursor(scope, position),
    decode(cursor, scope) {
      const position = read(decodeCursor(cursor, scope));
      if (position === null) throw cursorNotIssued();
      return position;
    },
  };
}

/** The refusal of a cursor that this list did not issue. */
export function cursorNotIssued(argument = "after") {
  return badUserInput(`Argument "${argument}" is not a cursor issued for this list.`, argument);
}

/** True for an integer from `min` to `max`: a bound for a position read from a cursor. */
export function isIntIn(value: unknown, min: number, max: number): value is number {
  return Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;
}
