import { cursorCodec, cursorNotIssued, isIntIn } from "../../common/cursor.js";
import { badUserInput } from "../../common/errors.js";
import { pageSize } from "../../common/page-args.js";

/** Where a statement cursor points: a line's index in the statement (newest first) and its key (reference, date, amount), which finds it again if newer lines arrived since. */
type StatementPosition = { i: number; r: string };

const MAX_LINES = 1_000_000;
const codec = cursorCodec<StatementPosition>((fields) => (isIntIn(fields.i, 0, MAX_LINES) && typeof fields.r === "string" ? { i: fields.i, r: fields.r } : null));

export interface StatementWindow {
  /** Indexes of the page's lines in the whole statement: start inclusive, end exclusive. */
  start: number;
  end: number;
  hasPreviousPage: boolean;
  hasNextPage: boolean;
}

export interface PagingArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A line's identity within its statement (its reference, date and amount). */
export type LineKey = (index: number) => string;

/** The cursor of line `index` of the statement `scope`. */
export function statementCursor(scope: string, index: number, key: LineKey): string {
  return codec.encode(scope, { i: index, r: key(index) });
}

/** Checks `first`/`last` (before any Wise call); the cursors are checked against the statement itself. */
export function checkPageSize(args: PagingArgs): void {
  if (args.first != null && args.last != null) throw badUserInput('Give "first" or "last", not both.', "last");
  if (args.first != null) pageSize(args.first);
  if (args.last != null) pageSize(args.last, undefined, "last");
}

/** Decodes a cursor's scope before any Wise call, so a forged or foreign cursor costs nothing. */
export function checkCursors(args: PagingArgs, scope: string): void {
  if (args.after != null) codec.decode(args.after, scope);
  if (args.before != null) decodeBefore(args.before, scope);
}

function decodeBefore(cursor: string, scope: string): StatementPosition {
  try {
    return codec.decode(cursor, scope);
  } catch {
    throw cursorNotIssued("before");
  }
}

/** The index a cursor points at now: where it was, or where its line moved to; BAD_USER_INPUT when its line is gone. */
function indexOf(position: StatementPosition, count: number, key: LineKey, argument: string): number {
  if (position.i < count && key(position.i) === position.r) return position.i;
  for (let index = 0; index < count; index++) if (key(index) === position.r) return index;
  throw cursorNotIssued(argument);
}

/**
 * The Relay window over a statement of `count` lines: after/before narrow the list, then first
 * takes from its start or last from its end. The page flags are exact, since the whole statement
 * is at hand.
 */
export function statementWindow(args: PagingArgs, scope: string, count: number, key: LineKey): StatementWindow {
  let start = 0;
  let end = count;
  if (args.after != null) start = indexOf(codec.decode(args.after, scope), count, key, "after") + 1;
  if (args.before != null) end = Math.max(start, indexOf(decodeBefore(args.before, scope), count, key, "before"));
  if (args.last != null) start = Math.max(start, end - args.last);
  else end = Math.min(end, start + (args.first ?? 20));
  return { start, end, hasPreviousPage: start > 0, hasNextPage: end < count };
}
