// Finding the card a /spend/profiles/{profileId}/cards/{cardToken}/... path names: the profile
// must be the caller's (404 unknown, 403 someone else's, as for every profile route), and the
// card that profile's (404 otherwise, also for a token of another profile's card).

import { profileFromPath } from "../../auth.js";
import { isUuid } from "../../body.js";
import { badRequest, notFound } from "../../http.js";
import type { Ctx } from "../../route.js";
import type { CardRecord } from "./model.js";

/** The card of the path's profile and token. */
export function cardFromPath(ctx: Ctx): CardRecord {
  const profile = profileFromPath(ctx);
  const token = ctx.params.cardToken ?? "";
  if (!isUuid(token)) throw badRequest("'cardToken' should be a valid 'UUID'");
  const card = ctx.store.cards.cards.get(token.toLowerCase());
  if (card === undefined || card.profileId !== profile.id) throw notFound("Card", "cardToken", token);
  return card;
}
