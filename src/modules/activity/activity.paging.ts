import { ArgsType, Field } from "type-graphql";
import { cursorCodec, cursorNotIssued, isIntIn } from "../../common/cursor.js";
import { badUserInput } from "../../common/errors.js";
import { PageArgs } from "../../common/page-args.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import type { PagedList, WisePage } from "../../loaders/page.loader.js";
import { listActivities, type WiseActivityQuery } from "../../wise/endpoints/activities.js";
import type { WiseActivity } from "../../wise/schemas/activity.js";
import { ActivityResourceType, ActivityStatus } from "./activity.enums.js";

/** The arguments of `Profile.activities`. */
@ArgsType()
export class ActivityListArgs extends PageArgs("activities", "Return activities after this cursor (an `endCursor` or edge cursor of this same list).") {
  @Field(() => ActivityStatus, { nullable: true, description: "Only activities in this status." })
  status?: ActivityStatus | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only activities created at or after this time." })
  since?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only activities created at or before this time." })
  until?: Date | null;

  @Field(() => ActivityResourceType, { nullable: true, description: "Only activities about this kind of resource." })
  monetaryResourceType?: ActivityResourceType | null;
}

/** Wise's page size limit on the activities endpoint. */
const WISE_MAX_SIZE = 100;
/** A guard against an upstream that keeps returning short pages with a cursor. */
const MAX_CALLS_PER_PAGE = 10;

export type ActivityFilters = Omit<WiseActivityQuery, "nextCursor" | "size">;

/** Where a page resumes: at Wise cursor `c` (the feed's start when null), after skipping `k` items. */
type ActivityPosition = { c: string | null; k: number };

/**
 * A profile's activity feed, over Wise's activity cursor. Wise only hands out a cursor at the end
 * of each of its pages, so an edge's cursor is "Wise cursor C, then skip k items" (k at most one
 * Wise page); the last edge of a whole Wise page points straight at Wise's next cursor. Paging
 * with `endCursor` thus costs one Wise call of exactly `first` items per page. A page resumed
 * inside a Wise page (an edge's cursor other than the last) costs one call too: it ends where that
 * Wise page ends, so it may hold fewer than `first` items, with `hasNextPage` true. A cursor,
 * edited or not, can therefore never make one field follow Wise's cursor to skip ahead.
 * `hasNextPage` is Wise's own answer: its cursor is null when nothing follows.
 */
export const activityList: PagedList<ActivityListArgs, ActivityFilters, ActivityPosition, WiseActivity> = {
  name: "activities",
  filters({ status, since, until, monetaryResourceType }) {
    if (status === ActivityStatus.UNKNOWN) throw badUserInput('Argument "status" cannot be UNKNOWN.', "status");
    if (monetaryResourceType === ActivityResourceType.UNKNOWN) throw badUserInput('Argument "monetaryResourceType" cannot be UNKNOWN.', "monetaryResourceType");
    if (since && until && since > until) throw badUserInput('Argument "since" must not be later than "until".', "since");
    return { status: status ?? undefined, monetaryResourceType: monetaryResourceType ?? undefined, since: since?.toISOString(), until: until?.toISOString() };
  },
  scope: (filters) => [filters.monetaryResourceType, filters.status, filters.since, filters.until],
  cursor: cursorCodec((fields) => ((fields.c === null || typeof fields.c === "string") && isIntIn(fields.k, 0, WISE_MAX_SIZE) ? { c: fields.c, k: fields.k } : null)),
  async read(wise, profileId, filters, first, after) {
    let wiseCursor = after?.c ?? null;
    const skip = after?.k ?? 0;
    const items: WisePage<ActivityPosition, WiseActivity>["items"] = [];
    for (let calls = 0; calls < MAX_CALLS_PER_PAGE; calls++) {
      const size = Math.min(WISE_MAX_SIZE, skip + first - items.length);
      const page = await listActivities(wise, profileId, { ...filters, nextCursor: wiseCursor ?? undefined, size });
      const activities = page.activities;
      const next = page.cursor ?? null;
      // Skipping a whole Wise page that has a successor: the cursor issued there is Wise's next one.
      if (skip > 0 && skip >= activities.length && next !== null) throw cursorNotIssued();
      for (let index = skip; index < activities.length && items.length < first; index++) {
        const endOfWisePage = index === activities.length - 1 && next !== null;
        items.push({ position: endOfWisePage ? { c: next, k: 0 } : { c: wiseCursor, k: index + 1 }, item: activities[index] });
      }
      if (items.length === first) {
        // Items left in Wise's page mean more follow; otherwise Wise's cursor tells.
        return { items, hasNextPage: items.at(-1)!.item === activities.at(-1) ? next !== null : true };
      }
      if (next === null || activities.length === 0) return { items, hasNextPage: false };
      // Only a page that starts at a Wise cursor goes on (Wise may answer short pages with a cursor).
      if (skip > 0) return { items, hasNextPage: true };
      wiseCursor = next;
    }
    return { items, hasNextPage: true };
  },
};
