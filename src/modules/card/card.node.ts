import { numericUuidKey } from "../../common/node/node-key.js";
import type { Context } from "../../context/context.js";
import { defineNode, firstIdOf } from "../module.js";
import { loadCard } from "./card.load.js";
import { splitCardKey, toCard } from "./card.mapper.js";
import { Card } from "./card.type.js";

/** Refetches a Card for `node(id:)`; its key is `profileId:cardToken`. */
export async function fetchCardNode(ctx: Context, key: string): Promise<Card> {
  const { profileId, cardToken } = splitCardKey(key);
  return toCard(await loadCard(ctx, profileId, cardToken));
}

/** Card as a Node type: keyed by its profile's id and Wise's card token. */
export const cardNode = defineNode({
  name: "Card",
  type: Card,
  key: numericUuidKey,
  fetch: fetchCardNode,
  sample: async (api) =>
    firstIdOf(
      (await api.request<{ profiles: { cards: { nodes: { id: string }[] } | null }[] }>("{ profiles { cards(first: 1) { nodes { id } } } }")).profiles.map((p) => p.cards?.nodes),
      "card",
    ),
});
