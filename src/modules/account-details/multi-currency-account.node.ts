import { numericKey } from "../../common/node/node-key.js";
import type { Context } from "../../context/context.js";
import { defineNode, firstIdOf } from "../module.js";
import { toMultiCurrencyAccount } from "./account-details.mapper.js";
import { MultiCurrencyAccount } from "./multi-currency-account.type.js";

/** Refetches a MultiCurrencyAccount for `node(id:)`; its key is its profile's id (one account per profile). */
export async function fetchMultiCurrencyAccountNode(ctx: Context, key: string): Promise<MultiCurrencyAccount> {
  return toMultiCurrencyAccount(await ctx.loaders.multiCurrencyAccountByProfile.load(Number(key)));
}

export const multiCurrencyAccountNode = defineNode({
  name: "MultiCurrencyAccount",
  type: MultiCurrencyAccount,
  key: numericKey,
  fetch: fetchMultiCurrencyAccountNode,
  sample: async (api) =>
    firstIdOf(
      (await api.request<{ profiles: { multiCurrencyAccount: { id: string } | null }[] }>("{ profiles { multiCurrencyAccount { id } } }")).profiles.map((p) =>
        p.multiCurrencyAccount ? [p.multiCurrencyAccount] : [],
      ),
      "multi-currency account",
    ),
});
