import { splitQuoteKey } from "../../common/node/global-id.js";
import { numericUuidKey } from "../../common/node/node-key.js";
import type { Context } from "../../context/context.js";
import { defineNode } from "../module.js";
import { toBatchGroup } from "./batch-group.mapper.js";
import { BatchGroup } from "./batch-group.type.js";

/** Refetches a BatchGroup for `node(id:)`; its key is `profileId:batchGroupUuid`, as Wise reads a group through its profile. */
export async function fetchBatchGroupNode(ctx: Context, key: string): Promise<BatchGroup> {
  const { profileId, quoteId: batchGroupId } = splitQuoteKey(key);
  return toBatchGroup(profileId, await ctx.loaders.batchGroupById.load({ profileId, batchGroupId: batchGroupId.toLowerCase() }));
}

/** BatchGroup as a Node type. */
export const batchGroupNode = defineNode({
  name: "BatchGroup",
  type: BatchGroup,
  key: numericUuidKey,
  fetch: fetchBatchGroupNode,
  // Wise lists no batch groups, so the sample is a fresh one.
  sample: async (api) => {
    const profileId = (await api.request<{ profiles: { id: string }[] }>("{ profiles { id } }")).profiles[0].id;
    const input = { profileId, currency: "GBP", name: "Registry sample" };
    const created = await api.request<{ batchGroupCreate: { batchGroup: { id: string } } }>(
      "mutation($input: BatchGroupCreateInput!) { batchGroupCreate(input: $input) { batchGroup { id } } }",
      { input },
    );
    return created.batchGroupCreate.batchGroup.id;
  },
});
