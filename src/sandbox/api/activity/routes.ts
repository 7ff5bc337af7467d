// GET /v1/profiles/{profileId}/activities: newest first, filtered by
// monetaryResourceType, status, since/until (inclusive), paged by an opaque cursor.
// The cursor encodes the sort key of the last activity returned (keyset paging), so
// pages stay stable when newer activities are added; it is null on the last page.

import { profileFromPath } from "../../auth.js";
import { badRequest, rawJson, toJson, wiseErrors } from "../../http.js";
import type { ActivityRecord, ActivityStatus } from "../../model.js";
import { parseInstant, queryEnum, queryInt } from "../../params.js";
import type { RouteDef } from "../../route.js";
import { activityView } from "./view.js";

export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ["REQUIRES_ATTENTION", "IN_PROGRESS", "UPCOMING", "COMPLETED", "CANCELLED"];

export const ACTIVITY_RESOURCE_TYPES = [
  "ACCRUAL_CHARGE",
  "ACQUIRING_PAYMENT",
  "ASSETS_WITHDRAWAL",
  "BALANCE_CASHBACK",
  "BALANCE_INTEREST",
  "BALANCE_TRANSACTION",
  "BANK_DETAILS_ORDER",
  "BATCH_TRANSFER",
  "CARD_CASHBACK",
  "CARD_ORDER",
  "CARD_TRANSACTION",
  "DIRECT_DEBIT_INSTRUCTION",
  "DIRECT_DEBIT_TRANSACTION",
  "FEE_REFUND",
  "INCIDENT_REFUND",
  "INCORPORATION_ORDER",
  "OPERATIONAL_TRANSACTION",
  "PAYMENT_REQUEST",
  "REWARD",
  "REWARDS_REDEMPTION",
  "SEND_ORDER",
  "SEND_ORDER_EXECUTION",
  "TRANSFER",
] as const;

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;

interface Position {
  createdMs: number;
  seq: number;
}

/** Cursor text: base64 of `["PRIORITY",<createdMs><seq as 7 digits>]`, like Wise's cursors look. */
export function encodeCursor(a: Position): string {
  return Buffer.from(`["PRIORITY",${a.createdMs}${String(a.seq).padStart(7, "0")}]`).toString("base64");
}

export function decodeCursor(cursor: string): Position | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return null;
  const m = /^\["PRIORITY",(\d{8,})\]$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  if (!m || m[1] === undefined) return null;
  const digits = m[1];
  return { createdMs: Number(digits.slice(0, -7)), seq: Number(digits.slice(-7)) };
}

// Serialised activities, reused until the store changes (each page is mostly a join).
const rendered = new WeakMap<ActivityRecord, { version: number; json: string }>();
function activityJson(a: ActivityRecord, version: number): string {
  const hit = rendered.get(a);
  if (hit?.version === version) return hit.json;
  const json = toJson(activityView(a));
  rendered.set(a, { version, json });
  return json;
}

/** Strictly older than the cursor position in the newest-first order. */
const isAfter = (a: ActivityRecord, p: Position) => a.createdMs < p.createdMs || (a.createdMs === p.createdMs && a.seq < p.seq);

function instant(raw: string | null, name: string): number | undefined {
  if (raw === null || raw === "") return undefined;
  const ms = parseInstant(raw, { dateOnly: false });
  if (ms === null) throw badRequest(`'${name}' should be a valid 'Instant'`);
  return ms;
}

export const activityRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/profiles/:profileId/activities",
    handler: (ctx) => {
      const resourceType = queryEnum(ctx, "monetaryResourceType", ACTIVITY_RESOURCE_TYPES, "ActivityResourceType");
      const status = queryEnum(ctx, "status", ACTIVITY_STATUSES, "ActivityStatus");
      const since = instant(ctx.query.get("since"), "since");
      const until = instant(ctx.query.get("until"), "until");
      const size = queryInt(ctx, "size") ?? DEFAULT_PAGE_SIZE;
      if (size < 1) {
        throw wiseErrors(400, { code: "Min", message: "must be greater than or equal to 1", path: "size", arguments: ["size", String(size), "1"] });
      }
      if (size > MAX_PAGE_SIZE) {
        throw wiseErrors(400, { code: "Max", message: `must be less than or equal to ${MAX_PAGE_SIZE}`, path: "size", arguments: ["size", String(size), String(MAX_PAGE_SIZE)] });
      }
      const cursorRaw = ctx.query.get("nextCursor");
      const position = cursorRaw === null || cursorRaw === "" ? null : decodeCursor(cursorRaw);
      if (cursorRaw !== null && cursorRaw !== "" && position === null) {
        throw wiseErrors(400, { code: "INVALID_CURSOR", message: "Invalid cursor", path: "nextCursor", arguments: ["nextCursor"] });
      }
      const profile = profileFromPath(ctx);

      const page: ActivityRecord[] = [];
      let more = false;
      for (const a of ctx.store.activitiesOf(profile.id)) {
        if (position !== null && !isAfter(a, position)) continue;
        if (resourceType !== undefined && a.resourceType !== resourceType) continue;
        if (status !== undefined && a.status !== status) continue;
        if (since !== undefined && a.createdMs < since) break; // the rest is older still
        if (until !== undefined && a.createdMs > until) continue;
        if (page.length === size) {
          more = true;
          break;
        }
        page.push(a);
      }
      const last = page[page.length - 1];
      const cursor = more && last !== undefined ? encodeCursor(last) : null;
      const items = page.map((a) => activityJson(a, ctx.store.version)).join(",");
      return rawJson(`{"cursor":${toJson(cursor)},"activities":[${items}]}`);
    },
  },
];
