import type { Context } from "../../context/context.js";
import { toTransfer } from "./transfer.mapper.js";
import { Transfer } from "./transfer.type.js";
import { numericKey } from "../../common/node/node-key.js";
import { defineNode, firstIdOf } from "../module.js";

/** Refetches a Transfer for `node(id:)` (and for activities that are about a transfer). */
export async function fetchTransferNode(ctx: Context, key: string): Promise<Transfer> {
  return toTransfer(await ctx.loaders.transferById.load(Number(key)));
}

/** Transfer as a Node type: keyed by Wise's transfer id. */
export const transferNode = defineNode({
  name: "Transfer",
  type: Transfer,
  key: numericKey,
  fetch: fetchTransferNode,
  sample: async (api) =>
    firstIdOf(
      (await api.request<{ profiles: { transfers: { nodes: { id: string }[] } | null }[] }>("{ profiles { transfers(first: 1) { nodes { id } } } }")).profiles.map(
        (p) => p.transfers?.nodes,
      ),
      "transfer",
    ),
});
