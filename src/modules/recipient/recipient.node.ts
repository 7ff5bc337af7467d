import type { Context } from "../../context/context.js";
import { toRecipient } from "./recipient.mapper.js";
import { Recipient } from "./recipient.type.js";
import { numericKey } from "../../common/node/node-key.js";
import { defineNode, firstIdOf } from "../module.js";

/** Refetches a Recipient for `node(id:)`. */
export async function fetchRecipientNode(ctx: Context, key: string): Promise<Recipient> {
  return toRecipient(await ctx.loaders.recipientById.load(Number(key)));
}

/** Recipient as a Node type: keyed by Wise's recipient (account) id. */
export const recipientNode = defineNode({
  name: "Recipient",
  type: Recipient,
  key: numericKey,
  fetch: fetchRecipientNode,
  sample: async (api) =>
    firstIdOf(
      (await api.request<{ profiles: { recipients: { nodes: { id: string }[] } | null }[] }>("{ profiles { recipients(first: 1) { nodes { id } } } }")).profiles.map(
        (p) => p.recipients?.nodes,
      ),
      "recipient",
    ),
});
