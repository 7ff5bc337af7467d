import { numericUuidKey } from "../../common/node/node-key.js";
import type { Context } from "../../context/context.js";
import { defineNode, firstIdOf } from "../module.js";
import { splitDisputeKey, toDispute } from "./dispute.mapper.js";
import { Dispute } from "./dispute.type.js";

/** Refetches a Dispute for `node(id:)`; its key is `profileId:disputeUuid`. */
export async function fetchDisputeNode(ctx: Context, key: string): Promise<Dispute> {
  const { profileId, disputeId } = splitDisputeKey(key);
  return toDispute(profileId, await ctx.loaders.disputeById.load({ profileId, disputeId }));
}

export const disputeNode = defineNode({
  name: "Dispute",
  type: Dispute,
  key: numericUuidKey,
  fetch: fetchDisputeNode,
  // The seed has no disputes: the sample pays with the owner's first card (a simulated
  // authorisation) and disputes that payment.
  sample: async (api) => {
    const { profiles } = await api.request<{ profiles: { cards: { edges: { node: { id: string; program: { scheme: string; defaultCurrency: string } } }[] } | null }[] }>(
      "{ profiles { cards(first: 1) { edges { node { id program { scheme defaultCurrency } } } } } }",
    );
    const card = profiles.flatMap((p) => p.cards?.edges ?? [])[0]?.node;
    if (!card) throw new Error("The sample user has no card.");
    const paid = await api.request<{ cardSimulateAuthorisation: { transaction: { id: string } | null } }>(
      "mutation($input: CardSimulateAuthorisationInput!) { cardSimulateAuthorisation(input: $input) { transaction { id } } }",
      { input: { cardId: card.id, amount: "12.00", currency: card.program.defaultCurrency } },
    );
    const transactionId = paid.cardSimulateAuthorisation.transaction?.id;
    if (!transactionId) throw new Error("The sample card payment was not made.");
    const submitted = await api.request<{ disputeSubmit: { disputes: { id: string }[] | null } }>(
      "mutation($input: DisputeSubmitInput!) { disputeSubmit(input: $input) { disputes { id } } }",
      {
        input: {
          transactionIds: [transactionId],
          scheme: card.program.scheme,
          reason: "UNEXPECTEDLY_CHARGED_AGAIN",
          answers: { details: "A charge I did not expect" },
          allAnswered: true,
          filesUploaded: true,
        },
      },
    );
    return firstIdOf([submitted.disputeSubmit.disputes], "dispute");
  },
});
