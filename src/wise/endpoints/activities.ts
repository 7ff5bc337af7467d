import { route } from "../route.js";
import { wiseActivityPage, type WiseActivityPage } from "../schemas/activity.js";
import type { WiseSession } from "../session.js";

/** Filters and paging of `GET /v1/profiles/{profileId}/activities`, in Wise's own terms. */
export interface WiseActivityQuery {
  monetaryResourceType?: string;
  status?: string;
  /** ISO 8601 with milliseconds, e.g. `2025-03-10T11:56:30.376Z`. */
  since?: string;
  until?: string;
  /** The `cursor` of the previous page. */
  nextCursor?: string;
  /** 1..100; Wise's default is 10. */
  size?: number;
}

/**
 * `GET /v1/profiles/{profileId}/activities`: one page of a profile's activity feed.
 * @wiseOperation GET /v1/profiles/{profileId}/activities
 */
export function listActivities(wise: WiseSession, profileId: number, query: WiseActivityQuery): Promise<WiseActivityPage> {
  return wise.call({
    method: "GET",
    route: route`/v1/profiles/${profileId}/activities`,

    searchParams: { ...query },
    decoder: wiseActivityPage,
  });
}
