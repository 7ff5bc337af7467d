import { ArgsType, Field } from "type-graphql";
import { cursorCodec, isIntIn } from "../../common/cursor.js";
import { badUserInput } from "../../common/errors.js";
import { PageArgs } from "../../common/page-args.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import type { PagedList } from "../../loaders/page.loader.js";
import { listCardTransactions } from "../../wise/endpoints/card-transactions.js";
import type { WiseCardTransaction } from "../../wise/schemas/card-transaction.js";

/** The arguments of `Card.transactions`: Wise's creation-time window and paging. */
@ArgsType()
export class CardTransactionListArgs extends PageArgs("transactions", "Return transactions after this cursor (an `endCursor` or edge cursor of this same list).") {
  @Field(() => DateTimeScalar, { nullable: true, description: "Only transactions created at or after this time; Wise serves the past 90 days only, which is the default." })
  createdFrom?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Only transactions created at or before this time; now (and a day ahead, for clock skew) by default." })
  createdTo?: Date | null;
}

/** How far back Wise serves card transactions. */
export const CARD_TRANSACTION_DAYS = 90;
const DAY_MS = 86_400_000;
/** Keeps the default window inside Wise's 90 days when the two clocks differ a little. */
const CLOCK_MARGIN_MS = 5 * 60_000;
const WISE_MIN_PAGE = 10;
const WISE_MAX_PAGE = 100;

export interface CardTransactionFilters {
  cardToken: string;
  from: string | null;
  to: string | null;
}

/** Where a page resumes: below this transaction id. */
type CardTransactionPosition = { lastId: number };

/** The list's arguments with the card whose transactions they read. */
export type CardTransactionPageRequest = CardTransactionListArgs & { cardToken: string };

/**
 * A card's transactions, newest (highest id) first, over Wise's `lastId` keyset paging: a cursor
 * holds the id of its edge, and the next page asks Wise for the ids below it. Wise pages hold 10
 * to 100 items and say nothing of what follows, so a page asks for one more than `first` to tell
 * (at `first: 100`, a full page says there may be more).
 */
export const cardTransactionList: PagedList<CardTransactionPageRequest, CardTransactionFilters, CardTransactionPosition, WiseCardTransaction> = {
  name: "card-transactions",
  filters({ cardToken, createdFrom, createdTo }) {
    if (createdFrom && createdTo && createdFrom > createdTo) throw badUserInput('Argument "createdFrom" must not be later than "createdTo".', "createdFrom");
    if (createdFrom && createdFrom.getTime() < Date.now() - CARD_TRANSACTION_DAYS * DAY_MS) {
      throw badUserInput(`Argument "createdFrom" must be within the past ${CARD_TRANSACTION_DAYS} days: Wise serves no older card transactions.`, "createdFrom");
    }
    return { cardToken, from: createdFrom?.toISOString() ?? null, to: createdTo?.toISOString() ?? null };
  },
  scope: (filters) => [filters.cardToken, filters.from, filters.to],
  cursor: cursorCodec((fields) => (isIntIn(fields.lastId, 1, Number.MAX_SAFE_INTEGER) ? { lastId: fields.lastId } : null)),
  async read(wise, profileId, filters, first, after) {
    const now = Date.now();
    const transactions = await listCardTransactions(wise, profileId, filters.cardToken, {
      fromCreationTime: filters.from ?? new Date(now - CARD_TRANSACTION_DAYS * DAY_MS + CLOCK_MARGIN_MS).toISOString(),
      toCreationTime: filters.to ?? new Date(now + DAY_MS).toISOString(),
      pageSize: Math.min(WISE_MAX_PAGE, Math.max(WISE_MIN_PAGE, first + 1)),
      lastId: after?.lastId,
    });
    const items = transactions.slice(0, first).map((item) => ({ position: { lastId: item.id }, item }));
    return { items, hasNextPage: transactions.length > first || (first >= WISE_MAX_PAGE && transactions.length === WISE_MAX_PAGE) };
  },
};
