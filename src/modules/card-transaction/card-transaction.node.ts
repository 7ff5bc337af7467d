import type { Context } from "../../context/context.js";
import { numericPairKey } from "../../common/node/node-key.js";
import { defineNode, firstIdOf } from "../module.js";
import { toCardTransaction } from "./card-transaction.mapper.js";
import { CardTransaction } from "./card-transaction.type.js";

/** Refetches a CardTransaction for `node(id:)`; its key is `profileId:transactionId`. */
export async function fetchCardTransactionNode(ctx: Context, key: string): Promise<CardTransaction> {
  const [profileId, transactionId] = key.split(":").map(Number);
  return toCardTransaction(profileId, await ctx.loaders.cardTransactionById.load({ profileId, transactionId }));
}

/** CardTransaction as a Node type: keyed by `profileId:transactionId`, because Wise reads one through its profile. */
export const cardTransactionNode = defineNode({
  name: "CardTransaction",
  type: CardTransaction,
  key: numericPairKey,
  fetch: fetchCardTransactionNode,
  sample: async (api) =>
    firstIdOf(
      (
        await api.request<{ profiles: { cards: { edges: { node: { transactions: { edges: { node: { id: string } }[] } } }[] } | null }[] }>(
          "{ profiles { cards(first: 10) { edges { node { transactions(first: 5) { edges { node { id } } } } } } } }",
        )
      ).profiles.flatMap((p) => (p.cards?.edges ?? []).map((e) => e.node.transactions.edges.map((t) => t.node))),
      "card transaction",
    ),
});
