import { connectionOf } from "./connection.js";
import { cursorCodec, isIntIn } from "./cursor.js";
import { pageSize, type PageRequest } from "./page-args.js";

/** Cursors of a list Wise answers whole: the position is the index of the last item served. */
const indexCursor = cursorCodec((fields) => (isIntIn(fields.i, 0, 1_000_000) ? { i: fields.i } : null));

/**
 * One page of a list Wise answers in one call (no paging at Wise): `first` items after the cursor.
 * `scope` names the list (profile and filters), so a cursor of another list is refused.
 */
export function pageOfList<C extends object, T>(ConnectionClass: new () => C, items: readonly T[], scope: string, page: PageRequest): C {
  const size = pageSize(page.first);
  const start = page.after === null || page.after === undefined ? 0 : indexCursor.decode(page.after, scope).i + 1;
  const slice = items.slice(start, start + size);
  const edges = slice.map((node, offset) => ({ cursor: indexCursor.encode(scope, { i: start + offset }), node }));
  return connectionOf(ConnectionClass, edges, start + size < items.length, page.after);
}
