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
  // The seed holds no card transaction Wise would still serve (90 days): the sample makes one.
  sample: async (api) => {
    const { profiles } = await api.request<{ profiles: { cards: { nodes: { id: string; program: { defaultCurrency: string } }[] } | null }[] }>(
      "{ profiles { cards(first: 1) { nodes { id program { defaultCurrency } } } } }",
    );
    const card = profiles.flatMap((p) => p.cards?.nodes ?? [])[0];
    if (card === undefined) throw new Error("The sample user has no card.");
    const made = await api.request<{ cardSimulateAuthorisation: { transaction: { id: string } | null } }>(
      "mutation ($input: CardSimulateAuthorisationInput!) { cardSimulateAuthorisation(input: $input) { transaction { id } } }",
      { input: { cardId: card.id, amount: "1.00", currency: card.program.defaultCurrency } },
    );
    return firstIdOf([made.cardSimulateAuthorisation.transaction ? [made.cardSimulateAuthorisation.transaction] : []], "card transaction");
  },
});
