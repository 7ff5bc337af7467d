import DataLoader from "dataloader";
import { CARD_ORDER_PAGE_SIZE, getCardOrder, getCardOrderPrograms, getCardOrderRequirements, listCardOrders } from "../wise/endpoints/card-orders.js";
import type { WiseCardOrder, WiseCardOrderRequirement, WiseCardProgram } from "../wise/schemas/card-order.js";
import type { WiseSession } from "../wise/session.js";

export interface CardOrderKey {
  profileId: number;
  cardOrderId: number;
}

/** The most pages of card orders read for one profile: a bound on the calls one field costs. */
const MAX_CARD_ORDER_PAGES = 10;

/** Every card order of a profile, newest first: Wise's pages of 100 read until totalCount (one call for most profiles). */
async function readAllCardOrders(wise: WiseSession, profileId: number): Promise<WiseCardOrder[]> {
  const orders: WiseCardOrder[] = [];
  for (let pageNumber = 1; pageNumber <= MAX_CARD_ORDER_PAGES; pageNumber++) {
    const page = await listCardOrders(wise, profileId, pageNumber);
    orders.push(...page.cardOrders);
    if (page.cardOrders.length < CARD_ORDER_PAGE_SIZE || orders.length >= (page.totalCount ?? orders.length)) break;
  }
  return orders;
}

/**
 * A profile's card orders (read whole, so every page of `Profile.cardOrders` in one request slices
 * one list) and single orders, primed from the list: `node(id:)` of an order listed in the same
 * request costs no second call. Also the programs a profile may order and an order's
 * requirements: one call per profile or order.
 */
export function createCardOrderLoaders(wise: () => WiseSession) {
  const cardOrderById = new DataLoader<CardOrderKey, WiseCardOrder, string>(
    (keys) => Promise.all(keys.map((key) => getCardOrder(wise(), key.profileId, key.cardOrderId).catch((error: Error) => error))),
    { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.cardOrderId}` },
  );
  const cardOrdersByProfile = new DataLoader<number, WiseCardOrder[]>((profileIds) =>
    Promise.all(
      profileIds.map((profileId) =>
        readAllCardOrders(wise(), profileId).then(
          (orders) => {
            for (const order of orders) cardOrderById.prime({ profileId, cardOrderId: order.id }, order);
            return orders;
          },
          (error: Error) => error,
        ),
      ),
    ),
  );
  const cardProgramsByProfile = new DataLoader<number, WiseCardProgram[]>((profileIds) =>
    Promise.all(profileIds.map((profileId) => getCardOrderPrograms(wise(), profileId).catch((error: Error) => error))),
  );
  const cardOrderRequirements = new DataLoader<CardOrderKey, WiseCardOrderRequirement[], string>(
    (keys) => Promise.all(keys.map((key) => getCardOrderRequirements(wise(), key.profileId, key.cardOrderId).catch((error: Error) => error))),
    { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.cardOrderId}` },
  );
  return { cardOrderById, cardOrdersByProfile, cardProgramsByProfile, cardOrderRequirements };
}
