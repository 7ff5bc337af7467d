import DataLoader from "dataloader";
import { getBalance, listBalances, type WiseBalanceType } from "../wise/endpoints/balances.js";
import type { WiseBalance } from "../wise/schemas/balance.js";
import type { WiseSession } from "../wise/session.js";

export interface BalanceKey {
  profileId: number;
  balanceId: number;
}

export interface BalanceListKey {
  profileId: number;
  types: readonly WiseBalanceType[];
}

/** Balances of a profile (one call per profile and type set) and single balances, primed from lists. */
export function createBalanceLoaders(wise: () => WiseSession) {
  const balanceById = new DataLoader<BalanceKey, WiseBalance, string>(
    (keys) => Promise.all(keys.map((key) => getBalance(wise(), key.profileId, key.balanceId).catch((error: Error) => error))),
    { cacheKeyFn: (key) => `${key.profileId}:${key.balanceId}` },
  );
  const balancesByProfile = new DataLoader<BalanceListKey, WiseBalance[], string>(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          listBalances(wise(), key.profileId, key.types).then(
            (balances) => {
              for (const balance of balances) balanceById.prime({ profileId: key.profileId, balanceId: balance.id }, balance);
              return balances;
            },
            (error: Error) => error,
          ),
        ),
      ),
    { cacheKeyFn: (key) => `${key.profileId}:${[...key.types].sort().join(",")}` },
  );
  return { balanceById, balancesByProfile };
}
