import { numericUuidKey } from "../../common/node/node-key.js";
import type { Context } from "../../context/context.js";
import { defineNode } from "../module.js";
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
  // The seed has no disputes: the sample disputes one of the owner's card transactions.
  sample: async (api) => {
    throw new Error(`Dispute sample needs a card transaction (${typeof api})`);
  },
});
