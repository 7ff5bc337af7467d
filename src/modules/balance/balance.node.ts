import type { Context } from "../../context/context.js";
import { toBalance } from "./balance.mapper.js";
import type { Balance } from "./balance.type.js";

/** Refetches a Balance for `node(id:)`; its key is `profileId:balanceId`. */
export async function fetchBalanceNode(ctx: Context, key: string): Promise<Balance> {
  const [profileId, balanceId] = key.split(":").map(Number);
  return toBalance(profileId, await ctx.loaders.balanceById.load({ profileId, balanceId }));
}
