import { route } from "../route.js";
import { wiseCard, wiseCardPage, wiseCardPermissions, type WiseCard, type WiseCardPage, type WiseCardPermission } from "../schemas/card.js";
import { wiseNoContent } from "../schemas/verification.js";
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

/** The statuses a partner may set on a card. */
export type WiseCardStatusRequest = "ACTIVE" | "FROZEN" | "BLOCKED";

/**
 * `PUT /v3/spend/profiles/{profileId}/cards/{cardToken}/status`: sets the card's status (ACTIVE,
 * FROZEN or BLOCKED; BLOCKED is final) and answers the card. Setting the same status again
 * changes nothing, so repeating a lost call is safe.
 * @wiseOperation PUT /v3/spend/profiles/{profileId}/cards/{cardToken}/status
 */
export function updateCardStatus(wise: WiseSession, profileId: number, cardToken: string, status: WiseCardStatusRequest): Promise<WiseCard> {
  return wise.call({ method: "PUT", route: route`/v3/spend/profiles/${profileId}/cards/${cardToken}/status`, json: { status }, decoder: wiseCard });
}

/**
 * `POST /v3/spend/profiles/{profileId}/cards/{cardToken}/reset-pin-count`: sets the count of wrong
 * PINs back to 0, so PIN payments are no longer declined for it. Repeating it is harmless.
 * @wiseOperation POST /v3/spend/profiles/{profileId}/cards/{cardToken}/reset-pin-count
 */
export async function resetCardPinCount(wise: WiseSession, profileId: number, cardToken: string): Promise<void> {
  await wise.call({ method: "POST", route: route`/v3/spend/profiles/${profileId}/cards/${cardToken}/reset-pin-count`, decoder: wiseNoContent });
}

/**
 * `GET /v3/spend/profiles/{profileId}/cards/{cardToken}/spending-permissions`: every spending
 * permission of the card, on or off, locked or not.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/cards/{cardToken}/spending-permissions
 */
export async function getCardPermissions(wise: WiseSession, profileId: number, cardToken: string): Promise<WiseCardPermission[]> {
  return (await wise.call({ method: "GET", route: route`/v3/spend/profiles/${profileId}/cards/${cardToken}/spending-permissions`, decoder: wiseCardPermissions })).permissions;
}

/**
 * `PATCH /v4/spend/profiles/{profileId}/cards/{cardToken}/spending-permissions`: turns several
 * permissions on or off at once, all or none. It sets values, so repeating it is harmless.
 * @wiseOperation PATCH /v4/spend/profiles/{profileId}/cards/{cardToken}/spending-permissions
 */
export async function updateCardPermissions(
  wise: WiseSession,
  profileId: number,
  cardToken: string,
  permissions: ReadonlyArray<{ type: string; isEnabled: boolean }>,
): Promise<void> {
  await wise.call({
    method: "PATCH",
    route: route`/v4/spend/profiles/${profileId}/cards/${cardToken}/spending-permissions`,
    json: { permissions: permissions.map(({ type, isEnabled }) => ({ type, isEnabled })) },
    decoder: wiseNoContent,
  });
}
