import type { Context } from "../../context/context.js";
import { BalanceType } from "./balance.enums.js";

/** A profile's balances of the given kinds (both when none), once per request. */
export function loadProfileBalances(ctx: Context, profileId: number, types: readonly BalanceType[] | null | undefined) {
  const wanted = types && types.length > 0 ? [...new Set(types)] : [BalanceType.STANDARD, BalanceType.SAVINGS];
  return ctx.loaders.balancesByProfile.load({ profileId, types: wanted });
}
