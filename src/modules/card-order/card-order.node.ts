import { numericPairKey } from "../../common/node/node-key.js";
import type { Context } from "../../context/context.js";
import { defineNode, firstIdOf } from "../module.js";
import { splitCardOrderKey, toCardOrder } from "./card-order.mapper.js";
import { CardOrder } from "./card-order.type.js";

/** Refetches a CardOrder for `node(id:)`; its key is `profileId:cardOrderId`. */
export async function fetchCardOrderNode(ctx: Context, key: string): Promise<CardOrder> {
  return toCardOrder(await ctx.loaders.cardOrderById.load(splitCardOrderKey(key)));
}

/** CardOrder as a Node type: keyed by its profile's id and Wise's order id, as Wise reads an order through its profile. */
export const cardOrderNode = defineNode({
  name: "CardOrder",
  type: CardOrder,
  key: numericPairKey,
  fetch: fetchCardOrderNode,
  sample: async (api) =>
    firstIdOf(
      (await api.request<{ profiles: { cardOrders: { nodes: { id: string }[] } | null }[] }>("{ profiles { cardOrders(first: 1) { nodes { id } } } }")).profiles.map(
        (p) => p.cardOrders?.nodes,
      ),
      "card order",
    ),
});
