import { fromGlobalId, toGlobalId } from "graphql-relay";
import { badUserInput } from "../../common/errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";

/** A card's profile and Wise token, from its global ID (`Card:profileId:cardToken`). */
export function cardKey(id: string, argument = "input.cardId"): { profileId: number; cardToken: string } {
  const { key } = parseGlobalIdOf(id, ["Card"], argument);
  const colon = key.indexOf(":");
  return { profileId: Number(key.slice(0, colon)), cardToken: key.slice(colon + 1).toLowerCase() };
}

const CARD_ORDER_KEY = /^(\d{1,16}):(\d{1,16})$/;

/**
 * A card order's profile and Wise id, from its global ID (`CardOrder:profileId:orderId`). Read
 * with the same checks as parseGlobalId (canonical base64, key shape, safe integers), and
 * refused as BAD_USER_INPUT otherwise.
 */
export function cardOrderKey(id: string, argument = "input.cardOrderId"): { profileId: number; orderId: number } {
  const invalid = () => badUserInput(`Argument "${argument}" must be the ID of a CardOrder.`, argument);
  if (id.length === 0 || id.length > 200 || !/^[A-Za-z0-9+/=_-]+$/.test(id)) throw invalid();
  const { type, id: key } = fromGlobalId(id);
  const match = CARD_ORDER_KEY.exec(key);
  if (type !== "CardOrder" || match === null || toGlobalId(type, key) !== id) throw invalid();
  const [profileId, orderId] = [Number(match[1]), Number(match[2])];
  if (!Number.isSafeInteger(profileId) || !Number.isSafeInteger(orderId)) throw invalid();
  return { profileId, orderId };
}
