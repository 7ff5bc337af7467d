import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { splitCardOrderKey } from "../card-order/card-order.mapper.js";
import { splitCardKey } from "../card/card.mapper.js";

/** A card's profile and Wise token, from its global ID (`Card:profileId:cardToken`), the token as Wise writes it (lower case). */
export function cardKey(id: string, argument = "input.cardId"): { profileId: number; cardToken: string } {
  const { profileId, cardToken } = splitCardKey(parseGlobalIdOf(id, ["Card"], argument).key);
  return { profileId, cardToken: cardToken.toLowerCase() };
}

/** A card order's profile and Wise id, from its global ID (`CardOrder:profileId:orderId`). */
export function cardOrderKey(id: string, argument = "input.cardOrderId"): { profileId: number; orderId: number } {
  const { profileId, cardOrderId } = splitCardOrderKey(parseGlobalIdOf(id, ["CardOrder"], argument).key);
  return { profileId, orderId: cardOrderId };
}
