import { ArgsType } from "type-graphql";
import { cursorCodec, isIntIn } from "../../common/cursor.js";
import { PageArgs } from "../../common/page-args.js";
import type { PagedList } from "../../loaders/page.loader.js";
import { CARD_PAGE_SIZE_MAX, CARD_PAGE_SIZE_MIN, listCards } from "../../wise/endpoints/cards.js";
import type { WiseCard } from "../../wise/schemas/card.js";

/** The arguments of `Profile.cards`. */
@ArgsType()
export class CardListArgs extends PageArgs("cards") {}

/** The furthest offset a cursor may point at. */
const MAX_OFFSET = 1_000_000;

/** Wise's pages that hold cards `start` to `end - 1`: one page when a page size fits the window, else two. */
export function wisePagesFor(start: number, end: number): Array<{ pageNumber: number; pageSize: number }> {
  const count = end - start;
  for (let size = Math.max(CARD_PAGE_SIZE_MIN, count); size <= CARD_PAGE_SIZE_MAX; size++) {
    if (Math.floor(start / size) === Math.floor((end - 1) / size)) return [{ pageNumber: Math.floor(start / size) + 1, pageSize: size }];
  }
  // No page size holds the window: two consecutive pages of the window's size do.
  const size = Math.max(CARD_PAGE_SIZE_MIN, count);
  const first = Math.floor(start / size) + 1;
  return [
    { pageNumber: first, pageSize: size },
    { pageNumber: first + 1, pageSize: size },
  ];
}

/**
 * A profile's cards over Wise's pageNumber/pageSize (10 to 100). A cursor holds the offset just
 * after its card; a page is read as the one Wise page (rarely two) that holds the window, and
 * Wise's totalCount answers hasNextPage.
 */
export const cardList: PagedList<CardListArgs, null, { o: number }, WiseCard> = {
  name: "cards",
  filters: () => null,
  scope: () => [],
  cursor: cursorCodec((fields) => (isIntIn(fields.o, 0, MAX_OFFSET) ? { o: fields.o } : null)),
  async read(wise, profileId, _filters, first, after) {
    const start = after?.o ?? 0;
    const pages = await Promise.all(
      wisePagesFor(start, start + first).map(({ pageNumber, pageSize }) => listCards(wise, profileId, pageNumber, pageSize).then((page) => ({ page, pageNumber, pageSize }))),
    );
    const pageStart = (pages[0].pageNumber - 1) * pages[0].pageSize;
    const cards = pages.flatMap(({ page }) => page.cards).slice(start - pageStart, start - pageStart + first);
    const totalCount = Math.max(...pages.map(({ page }) => page.totalCount));
    return {
      items: cards.map((card, index) => ({ position: { o: start + index + 1 }, item: card })),
      hasNextPage: start + cards.length < totalCount,
    };
  },
};
