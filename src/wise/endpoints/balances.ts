import { z } from "zod";
import { route } from "../route.js";
import { wiseBalance, type WiseBalance } from "../schemas/balance.js";
import type { WiseSession } from "../session.js";

/** Wise's balance kinds: a STANDARD balance per currency, and SAVINGS jars. */
export type WiseBalanceType = "STANDARD" | "SAVINGS";

/**
 * `GET /v4/profiles/{profileId}/balances?types=`; `types` is required by Wise.
 * @wiseOperation GET /v4/profiles/{profileId}/balances
 */
export function listBalances(wise: WiseSession, profileId: number, types: readonly WiseBalanceType[]): Promise<WiseBalance[]> {
  return wise.call({
    method: "GET",
    route: route`/v4/profiles/${profileId}/balances`,

    searchParams: { types: types.join(",") },
    decoder: z.array(wiseBalance),
  });
}

/**
 * `GET /v4/profiles/{profileId}/balances/{balanceId}`.
 * @wiseOperation GET /v4/profiles/{profileId}/balances/{balanceId}
 */
export function getBalance(wise: WiseSession, profileId: number, balanceId: number): Promise<WiseBalance> {
  return wise.call({
    method: "GET",
    route: route`/v4/profiles/${profileId}/balances/${balanceId}`,

    decoder: wiseBalance,
  });
}
