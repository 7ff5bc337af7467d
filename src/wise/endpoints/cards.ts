import { route } from "../route.js";
import { wiseCard, wiseCardPage, type WiseCard, type WiseCardPage } from "../schemas/card.js";
import type { WiseSession } from "../session.js";

/** Wise's smallest and largest page of cards. */
export const CARD_PAGE_SIZE_MIN = 10;
export const CARD_PAGE_SIZE_MAX = 100;

/**
 * `GET /v3/spend/profiles/{profileId}/cards`: one page of the profile's cards (pageNumber from 1,
 * pageSize 10 to 100) with the profile's card count.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/cards
 */
export function listCards(wise: WiseSession, profileId: number, pageNumber: number, pageSize: number): Promise<WiseCardPage> {
  return wise.call({ method: "GET", route: route`/v3/spend/profiles/${profileId}/cards`, searchParams: { pageNumber, pageSize }, decoder: wiseCardPage });
}

/**
 * `GET /v3/spend/profiles/{profileId}/cards/{cardToken}`: one card of the profile.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/cards/{cardToken}
 */
export function getCard(wise: WiseSession, profileId: number, cardToken: string): Promise<WiseCard> {
  return wise.call({ method: "GET", route: route`/v3/spend/profiles/${profileId}/cards/${cardToken}`, decoder: wiseCard });
}
