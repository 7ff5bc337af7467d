import { decodeCursor, encodeCursor, pageSize } from "../../common/cursor.js";
import { apiError, badUserInput, ErrorCode } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { listActivities, type WiseActivityQuery } from "../../wise/endpoints/activities.js";
import type { WiseActivity } from "../../wise/schemas/activity.js";
import type { WiseSession } from "../../wise/session.js";
import { ActivityResourceType, ActivityStatus } from "./activity.enums.js";

/** Wise's page size limit on the activities endpoint. */
const WISE_MAX_SIZE = 100;
/** A guard against an upstream that keeps returning short pages with a cursor. */
const MAX_CALLS_PER_PAGE = 10;

export type ActivityFilters = Omit<WiseActivityQuery, "nextCursor" | "size">;

export interface ActivityPage {
  edges: Array<{ cursor: string; activity: WiseActivity }>;
  hasNextPage: boolean;
}

/**
 * Maps a Relay page (`first`, `after`) onto Wise's activity cursor. Wise only hands out a cursor
 * at the end of each of its pages, so an edge's cursor is "Wise cursor C, then skip k items" (k at
 * most one Wise page); the last edge of a whole Wise page points straight at Wise's next cursor.
 * Paging with `endCursor` thus costs one Wise call of exactly `first` items per page. A page
 * resumed inside a Wise page (an edge's cursor other than the last) costs one call too: it ends
 * where that Wise page ends, so it may hold fewer than `first` items, with `hasNextPage` true. A
 * cursor, edited or not, can therefore never make one field follow Wise's cursor to skip ahead.
 * `hasNextPage` is Wise's own answer: its cursor is null when nothing follows.
 */
export async function fetchActivityPage(
  wise: WiseSession,
  profileId: number,
  filters: ActivityFilters,
  first: number,
  after: string | null | undefined,
): Promise<ActivityPage> {
  const scope = activityScope(profileId, filters);
  const notIssued = () => apiError(ErrorCode.BAD_USER_INPUT, 'Argument "after" is not a cursor issued for this list.', { argument: "after" });
  let wiseCursor: string | null = null;
  let skip = 0;
  if (after !== null && after !== undefined) {
    const position = decodeCursor(after, scope);
    if (!(position.c === null || typeof position.c === "string") || !Number.isInteger(position.k) || (position.k as number) < 0 || (position.k as number) > WISE_MAX_SIZE) {
      throw notIssued();
    }
    wiseCursor = position.c as string | null;
    skip = position.k as number;
  }

  const edges: ActivityPage["edges"] = [];
  for (let calls = 0; calls < MAX_CALLS_PER_PAGE; calls++) {
    const size = Math.min(WISE_MAX_SIZE, skip + first - edges.length);
    const page = await listActivities(wise, profileId, { ...filters, nextCursor: wiseCursor ?? undefined, size });
    const items = page.activities;
    const next = page.cursor ?? null;
    // Skipping a whole Wise page that has a successor: the cursor issued there is Wise's next one.
    if (skip > 0 && skip >= items.length && next !== null) throw notIssued();
    for (let index = skip; index < items.length && edges.length < first; index++) {
      const endOfWisePage = index === items.length - 1 && next !== null;
      const position = endOfWisePage ? { c: next, k: 0 } : { c: wiseCursor, k: index + 1 };
      edges.push({ cursor: encodeCursor(scope, position), activity: items[index] });
    }
    if (edges.length === first) {
      // Items left in Wise's page mean more follow; otherwise Wise's cursor tells.
      return { edges, hasNextPage: lastTaken(edges, items) ? next !== null : true };
    }
    if (next === null || items.length === 0) return { edges, hasNextPage: false };
    // Only a page that starts at a Wise cursor goes on (Wise may answer short pages with a cursor).
    if (skip > 0) return { edges, hasNextPage: true };
    wiseCursor = next;
  }
  return { edges, hasNextPage: true };
}

/** True when the last edge taken is the last item of the Wise page just read. */
function lastTaken(edges: ActivityPage["edges"], items: WiseActivity[]): boolean {
  return edges.length > 0 && items.length > 0 && edges[edges.length - 1].activity === items[items.length - 1];
}

/** The list a cursor belongs to: one profile with one set of filters. */
function activityScope(profileId: number, filters: ActivityFilters): string {
  return `activities:${profileId}:${filters.monetaryResourceType ?? ""}:${filters.status ?? ""}:${filters.since ?? ""}:${filters.until ?? ""}`;
}

/** The arguments of `Profile.activities`, as GraphQL gives them. */
export interface ActivityListArgs {
  first: number;
  after?: string | null;
  status?: ActivityStatus | null;
  since?: Date | null;
  until?: Date | null;
  monetaryResourceType?: ActivityResourceType | null;
}

/**
 * Checks the arguments of `Profile.activities` (throwing BAD_USER_INPUT before any Wise call) and
 * reads the page once per request: the field and a prefetch by `profile(id:)` share one call.
 */
export function loadActivityPage(ctx: Context, profileId: number, args: ActivityListArgs): Promise<ActivityPage> {
  const { first, after, status, since, until, monetaryResourceType } = args;
  pageSize(first);
  if (status === ActivityStatus.UNKNOWN) throw badUserInput('Argument "status" cannot be UNKNOWN.', "status");
  if (monetaryResourceType === ActivityResourceType.UNKNOWN) throw badUserInput('Argument "monetaryResourceType" cannot be UNKNOWN.', "monetaryResourceType");
  if (since && until && since > until) throw badUserInput('Argument "since" must not be later than "until".', "since");
  const filters = { status: status ?? undefined, monetaryResourceType: monetaryResourceType ?? undefined, since: since?.toISOString(), until: until?.toISOString() };
  const key = `${activityScope(profileId, filters)}:${first}:${after ?? ""}`;
  return ctx.loaders.once(key, () => fetchActivityPage(ctx.wise(), profileId, filters, first, after));
}

