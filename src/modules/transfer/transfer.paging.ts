import { decodeCursor, encodeCursor, pageSize } from "../../common/cursor.js";
import { badUserInput } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { listTransfers } from "../../wise/endpoints/transfers.js";
import type { WiseTransfer } from "../../wise/schemas/transfer.js";
import type { WiseSession } from "../../wise/session.js";
import { TransferStatus } from "./transfer-status.enum.js";

export interface TransferFilters {
  /** Wise statuses, lower case. */
  statuses: string[];
  createdAfter: Date | null;
  createdBefore: Date | null;
}

export interface TransferPage {
  edges: Array<{ cursor: string; transfer: WiseTransfer }>;
  hasNextPage: boolean;
}

/** The furthest offset a cursor may point at; Wise lists are not that long in practice. */
const MAX_OFFSET = 1_000_000;

/**
 * Maps a Relay page onto Wise's offset/limit. An edge's cursor is the offset just after it; one
 * extra transfer is read to answer `hasNextPage` honestly, so a page costs exactly one call.
 */
export async function fetchTransferPage(wise: WiseSession, profileId: number, filters: TransferFilters, first: number, after: string | null | undefined): Promise<TransferPage> {
  const scope = `transfers:${profileId}:${filters.statuses.join(",")}:${filters.createdAfter?.toISOString() ?? ""}:${filters.createdBefore?.toISOString() ?? ""}`;
  let offset = 0;
  if (after !== null && after !== undefined) {
    const position = decodeCursor(after, scope);
    if (!Number.isSafeInteger(position.o) || (position.o as number) < 0 || (position.o as number) > MAX_OFFSET) {
      throw badUserInput('Argument "after" is not a cursor issued for this list.', "after");
    }
    offset = position.o as number;
  }
  const transfers = await listTransfers(wise, {
    profile: profileId,
    offset,
    limit: first + 1,
    status: filters.statuses.length > 0 ? filters.statuses.join(",") : undefined,
    createdDateStart: filters.createdAfter?.toISOString(),
    createdDateEnd: filters.createdBefore?.toISOString(),
  });
  return {
    edges: transfers.slice(0, first).map((transfer, index) => ({ cursor: encodeCursor(scope, { o: offset + index + 1 }), transfer })),
    hasNextPage: transfers.length > first,
  };
}

/** The arguments of `Profile.transfers`, as GraphQL gives them. */
export interface TransferListArgs {
  first: number;
  after?: string | null;
  status?: TransferStatus[] | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

/**
 * Checks the arguments of `Profile.transfers` (throwing BAD_USER_INPUT before any Wise call) and
 * reads the page once per request: the field and a prefetch by `profile(id:)` share one call.
 */
export function loadTransferPage(ctx: Context, profileId: number, args: TransferListArgs): Promise<TransferPage> {
  const { first, after, status, createdAfter, createdBefore } = args;
  pageSize(first);
  if (status?.includes(TransferStatus.UNKNOWN)) throw badUserInput('Argument "status" cannot include UNKNOWN.', "status");
  if (createdAfter && createdBefore && createdAfter > createdBefore) throw badUserInput('Argument "createdAfter" must not be later than "createdBefore".', "createdAfter");
  const statuses = [...new Set(status ?? [])].sort().map((s) => s.toLowerCase());
  const filters = { statuses, createdAfter: createdAfter ?? null, createdBefore: createdBefore ?? null };
  const key = `transfers:${profileId}:${first}:${after ?? ""}:${statuses.join(",")}:${createdAfter?.toISOString() ?? ""}:${createdBefore?.toISOString() ?? ""}`;
  return ctx.loaders.once(key, () => fetchTransferPage(ctx.wise(), profileId, filters, first, after));
}

