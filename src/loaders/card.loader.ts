import DataLoader from "dataloader";
import { CARD_PAGE_SIZE_MAX, getCard, listCards } from "../wise/endpoints/cards.js";
import type { WiseCard } from "../wise/schemas/card.js";
import type { WiseSession } from "../wise/session.js";

export interface CardKey {
  profileId: number;
  cardToken: string;
}

/** The most pages of cards read for one profile's whole list: a bound on the calls one field costs. */
const MAX_CARD_PAGES = 10;

/** Every card of a profile, page by page (Wise's largest page), until its count is reached. */
async function allCards(wise: WiseSession, profileId: number): Promise<WiseCard[]> {
  const cards: WiseCard[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_CARD_PAGES; pageNumber++) {
    const page = await listCards(wise, profileId, pageNumber, CARD_PAGE_SIZE_MAX);
    cards.push(...page.cards);
    if (page.cards.length < CARD_PAGE_SIZE_MAX || cards.length >= page.totalCount) break;
  }
  return cards;
}

/**
 * Cards by profile (the whole list, for fields that look a card up among a profile's) and one
 * card by profile and token; the list primes the single reads. One call per distinct key.
 */
export function createCardLoaders(wise: () => WiseSession) {
  const cardById = new DataLoader<CardKey, WiseCard, string>(
    (keys) => Promise.all(keys.map((key) => getCard(wise(), key.profileId, key.cardToken).catch((error: Error) => error))),
    { cacheKeyFn: (key) => `${key.profileId}:${key.cardToken.toLowerCase()}` },
  );
  const cardsByProfile = new DataLoader<number, WiseCard[]>((profileIds) =>
    Promise.all(
      profileIds.map((profileId) =>
        allCards(wise(), profileId).then(
          (cards) => {
            for (const card of cards) cardById.prime({ profileId, cardToken: card.token }, card);
            return cards;
          },
          (error: Error) => error,
        ),
      ),
    ),
  );
  return { cardById, cardsByProfile };
}
