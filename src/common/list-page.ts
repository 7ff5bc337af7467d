import { connectionOf } from "./connection.js";
import { cursorCodec, isIntIn } from "./cursor.js";
import { pageSize, type PageRequest } from "./page-args.js";

/** Cursors of a list Wise answers whole: the position is the index of the last item served. */
const indexCursor = cursorCodec((fields) => (isIntIn(fields.i, 0, 1_000_000) ? { i: fields.i } : null));

/** A checked page request of one whole list: where the page starts, how long it is, and its list. */
export interface ListPage {
  scope: string;
  start: number;
  size: number;
  after: string | null | undefined;
}

/**
 * Checks a page request of a list Wise answers in one call (no paging at Wise), before that call:
 * a bad `first` or a cursor of another list (`scope` names the list: profile and filters) is
 * refused without one.
 */
export function listPage(scope: string, page: PageRequest): ListPage {
  const size = pageSize(page.first);
  const start = page.after === null || page.after === undefined ? 0 : indexCursor.decode(page.after, scope).i + 1;
  return { scope, start, size, after: page.after };
}

/** The page `listPage` checked, cut from the whole list once it is read; only its items are mapped to nodes. */
export function pageOfList<C extends object, W, T>(ConnectionClass: new () => C, items: readonly W[], page: ListPage, toNode: (item: W) => T): C {
  const { scope, start, size } = page;
  const slice = items.slice(start, start + size);
  const edges = slice.map((item, offset) => ({ cursor: indexCursor.encode(scope, { i: start + offset }), node: toNode(item) }));
  return connectionOf(ConnectionClass, edges, start + size < items.length, page.after);
}
