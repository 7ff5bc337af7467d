import { route } from "../route.js";
import { wiseCardProduction, type WiseCardProduction } from "../schemas/card.js";
import { wiseNoContent } from "../schemas/verification.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v3/spend/profiles/{profileId}/cards/{cardToken}/production`: the production of a card
 * ordered for kiosk collection (404 for any other card).
 * @wiseOperation GET /v3/spend/profiles/{profileId}/cards/{cardToken}/production
 */
export function getCardProduction(wise: WiseSession, profileId: number, cardToken: string): Promise<WiseCardProduction> {
  return wise.call({ method: "GET", route: route`/v3/spend/profiles/${profileId}/cards/${cardToken}/production`, decoder: wiseCardProduction });
}

/**
 * `PUT /v3/spend/profiles/{profileId}/cards/{cardToken}/production`: sends the card to a kiosk
 * machine to be produced. A request the kiosk refuses is a 422 whose body names the reason
 * (`errorCode`, `description`); sending it again while production is under way is refused
 * (REQUEST_ALREADY_EXISTS), so a repeat never produces a card twice.
 * @wiseOperation PUT /v3/spend/profiles/{profileId}/cards/{cardToken}/production
 */
export function produceCard(wise: WiseSession, profileId: number, cardToken: string, kioskId: string): Promise<WiseCardProduction> {
  return wise.call({ method: "PUT", route: route`/v3/spend/profiles/${profileId}/cards/${cardToken}/production`, json: { kioskId }, decoder: wiseCardProduction });
}

/**
 * `POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/production`: Wise sandbox only:
 * the kiosk finishes a production in progress, PRODUCED or PRODUCTION_ERROR (with its error code).
 * @wiseOperation POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/production
 */
export async function simulateCardProduction(
  wise: WiseSession,
  profileId: number,
  cardToken: string,
  request: { status: "PRODUCED" | "PRODUCTION_ERROR"; errorCode?: string },
): Promise<void> {
  await wise.call({
    method: "POST",
    route: route`/v1/simulation/spend/profiles/${profileId}/cards/${cardToken}/production`,
    json: request.errorCode === undefined ? { status: request.status } : { status: request.status, errorCode: request.errorCode },
    decoder: wiseNoContent,
  });
}
