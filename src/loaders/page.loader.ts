import DataLoader from "dataloader";
import type { CursorCodec, CursorPosition } from "../common/cursor.js";
import { pageSize, type PageRequest } from "../common/page-args.js";
import type { WiseSession } from "../wise/session.js";

/** A page as Wise gave it: its items, each with the position just after it, and whether more follow. */
export interface WisePage<P, T> {
  items: Array<{ position: P; item: T }>;
  hasNextPage: boolean;
}

/** A page as a connection shows it: its items with their cursors. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  hasNextPage: boolean;
}

/**
 * A list of a profile's that Wise pages (transfers, activities, recipients), declared once by its
 * module: its arguments, its cursor and how one page is read from Wise.
 */
export interface PagedList<A extends PageRequest, F, P extends CursorPosition, T> {
  /** The list's name, the first part of its cursors' scope. */
  name: string;
  /** Checks the list's own arguments (BAD_USER_INPUT, before any Wise call) and puts them in Wise's terms. */
  filters(args: A): F;
  /** The filter values that tell this list from another of the same profile: a cursor of one is refused by the others. */
  scope(filters: F): Array<string | number | null | undefined>;
  cursor: CursorCodec<P>;
  /** Reads up to `first` items from Wise, starting after `after` (at the start when null). */
  read(wise: WiseSession, profileId: number, filters: F, first: number, after: P | null): Promise<WisePage<P, T>>;
}

interface PageKey {
  profileId: number;
  scope: string;
  filters: unknown;
  first: number;
  after: CursorPosition | null;
  /** The cursor as given: with the scope and `first`, the cache key. */
  afterText: string;
}

/** Any list: its methods take their own types, which the loader passes through untouched. */
type AnyList = PagedList<PageRequest, unknown, CursorPosition, unknown>;

/**
 * Pages of lists, one loader per list, keyed by profile, filters, `first` and cursor: the same
 * page asked twice in one request (aliases, or `profile(id:)` reading ahead and then the field
 * itself) is one Wise call. Arguments are checked in one order for every list: `first`, the
 * list's filters, then the cursor, all before any call.
 */
export function createPageLoaders(wise: () => WiseSession) {
  const loaders = new Map<AnyList, DataLoader<PageKey, Page<unknown>, string>>();

  function loaderOf(list: AnyList): DataLoader<PageKey, Page<unknown>, string> {
    let loader = loaders.get(list);
    if (!loader) {
      const read = async (key: PageKey): Promise<Page<unknown>> => {
        const page = await list.read(wise(), key.profileId, key.filters, key.first, key.after);
        return { edges: page.items.map(({ position, item }) => ({ cursor: list.cursor.encode(key.scope, position), node: item })), hasNextPage: page.hasNextPage };
      };
      // No batching: each page is its own Wise call, started at once.
      loader = new DataLoader((keys) => Promise.all(keys.map((key) => read(key).catch((error: Error) => error))), {
        batch: false,
        cacheKeyFn: (key) => `${key.scope}:${key.first}:${key.afterText}`,
      });
      loaders.set(list, loader);
    }
    return loader;
  }

  return {
    /** One page of `list` for `profileId`, as `args` ask for it. */
    load<A extends PageRequest, F, P extends CursorPosition, T>(list: PagedList<A, F, P, T>, profileId: number, args: A): Promise<Page<T>> {
      const first = pageSize(args.first);
      const filters = list.filters(args);
      const scope = [list.name, profileId, ...list.scope(filters)].map((part) => part ?? "").join(":");
      const after = args.after === null || args.after === undefined ? null : list.cursor.decode(args.after, scope);
      return loaderOf(list as unknown as AnyList).load({ profileId, scope, filters, first, after, afterText: args.after ?? "" }) as Promise<Page<T>>;
    },
  };
}
