import type { Context } from "../../context/context.js";
import { toBalance } from "./balance.mapper.js";
import { Balance } from "./balance.type.js";
import { numericPairKey } from "../../common/node/node-key.js";
import { defineNode, firstIdOf } from "../module.js";

/** Refetches a Balance for `node(id:)`; its key is `profileId:balanceId`. */
export async function fetchBalanceNode(ctx: Context, key: string): Promise<Balance> {
  const [profileId, balanceId] = key.split(":").map(Number);
  return toBalance(profileId, await ctx.loaders.balanceById.load({ profileId, balanceId }));
}

/** Balance as a Node type: keyed by `profileId:balanceId`, because Wise reads a balance through its profile. */
export const balanceNode = defineNode({
  name: "Balance",
  type: Balance,
  key: numericPairKey,
  fetch: fetchBalanceNode,
  sample: async (api) =>
    firstIdOf(
      (await api.request<{ profiles: { balances: { id: string }[] | null }[] }>("{ profiles { balances { id } } }")).profiles.map((p) => p.balances),
      "balance",
    ),
});
