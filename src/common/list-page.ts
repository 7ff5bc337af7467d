import { connectionOf } from "./connection.js";
import { cursorCodec, isIntIn } from "./cursor.js";
import { pageSize, type PageRequest } from "./page-args.js";

/** Cursors of a list Wise answers whole: the position is the index of the last item served. */
const indexCursor = cursorCodec((fields) => (isIntIn(fields.i, 0, 1_000_000) ? { i: fields.i } : null));

/** Where a page of a whole list starts and how long it is. */
export interface ListPage {
  start: number;
  size: number;
}

/**
 * Checks a page request of a list Wise answers in one call (no paging at Wise), before that call:
 * a bad `first` or a cursor of another list (`scope` names the list: profile and filters) is
 * refused without one.
 */
export function listPage(scope: string, page: PageRequest): ListPage {
  const size = pageSize(page.first);
  const start = page.after === null || page.after === undefined ? 0 : indexCursor.decode(page.after, scope).i + 1;
  return { start, size };
}

/** One page of a list Wise answers whole: `first` items after the cursor, as `listPage` checked it. */
export function pageOfList<C extends object, T>(ConnectionClass: new () => C, items: readonly T[], scope: string, page: PageRequest): C {
  const { start, size } = listPage(scope, page);
  const slice = items.slice(start, start + size);
  const edges = slice.map((node, offset) => ({ cursor: indexCursor.encode(scope, { i: start + offset }), node }));
  return connectionOf(ConnectionClass, edges, start + size < items.length, page.after);
}
