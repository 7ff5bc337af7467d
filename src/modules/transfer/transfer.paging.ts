import { ArgsType, Field } from "type-graphql";
import { cursorCodec, isIntIn } from "../../common/cursor.js";
import { badUserInput } from "../../common/errors.js";
import { PageArgs } from "../../common/page-args.js";
import { CurrencyCodeScalar, DateTimeScalar } from "../../common/scalars/index.js";
import type { PagedList } from "../../loaders/page.loader.js";
import { listTransfers } from "../../wise/endpoints/transfers.js";
import type { WiseTransfer } from "../../wise/schemas/transfer.js";
import { TransferStatus } from "./transfer-status.enum.js";

/** The arguments of `Profile.transfers`. */
@ArgsType()
export class TransferListArgs extends PageArgs("transfers") {
  @Field(() => [TransferStatus], { nullable: true, description: "Only transfers in one of these statuses." })
  status?: TransferStatus[] | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only transfers created at or after this time." })
  createdAfter?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only transfers created at or before this time." })
  createdBefore?: Date | null;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: "Only transfers that send this currency." })
  sourceCurrency?: string | null;

  @Field(() => CurrencyCodeScalar, { nullable: true, description: "Only transfers that deliver this currency." })
  targetCurrency?: string | null;
}

export interface TransferFilters {
  /** Wise statuses, lower case, sorted. */
  statuses: string[];
  createdAfter?: string;
  createdBefore?: string;
  sourceCurrency?: string;
  targetCurrency?: string;
}

/** The furthest offset a cursor may point at; Wise lists are not that long in practice. */
const MAX_OFFSET = 1_000_000;

/**
 * A profile's transfers, over Wise's offset/limit. An edge's cursor is the offset just after it;
 * one extra transfer is read to answer `hasNextPage` honestly, so a page costs exactly one call.
 */
export const transferList: PagedList<TransferListArgs, TransferFilters, { o: number }, WiseTransfer> = {
  name: "transfers",
  filters({ status, createdAfter, createdBefore, sourceCurrency, targetCurrency }) {
    if (status?.includes(TransferStatus.UNKNOWN)) throw badUserInput('Argument "status" cannot include UNKNOWN.', "status");
    if (createdAfter && createdBefore && createdAfter > createdBefore) throw badUserInput('Argument "createdAfter" must not be later than "createdBefore".', "createdAfter");
    const statuses = [...new Set(status ?? [])].sort().map((s) => s.toLowerCase());
    return {
      statuses,
      createdAfter: createdAfter?.toISOString(),
      createdBefore: createdBefore?.toISOString(),
      sourceCurrency: sourceCurrency ?? undefined,
      targetCurrency: targetCurrency ?? undefined,
    };
  },
  // The currency filters join the scope only when set, so cursors without them read as before.
  scope: (filters) => [
    filters.statuses.join(","),
    filters.createdAfter,
    filters.createdBefore,
    ...(filters.sourceCurrency || filters.targetCurrency ? [filters.sourceCurrency, filters.targetCurrency] : []),
  ],
  cursor: cursorCodec((fields) => (isIntIn(fields.o, 0, MAX_OFFSET) ? { o: fields.o } : null)),
  async read(wise, profileId, filters, first, after) {
    const offset = after?.o ?? 0;
    const transfers = await listTransfers(wise, {
      profile: profileId,
      offset,
      limit: first + 1,
      status: filters.statuses.length > 0 ? filters.statuses.join(",") : undefined,
      createdDateStart: filters.createdAfter,
      createdDateEnd: filters.createdBefore,
      sourceCurrency: filters.sourceCurrency,
      targetCurrency: filters.targetCurrency,
    });
    return {
      items: transfers.slice(0, first).map((transfer, index) => ({ position: { o: offset + index + 1 }, item: transfer })),
      hasNextPage: transfers.length > first,
    };
  },
};
