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

const ALL_TYPES: readonly WiseBalanceType[] = ["STANDARD", "SAVINGS"];
const listKey = (key: BalanceListKey) => `${key.profileId}:${[...key.types].sort().join(",")}`;

/**
 * Balances of a profile (one call per profile and type set) and single balances, primed from
 * lists. Wise has no batch read by id, but one list call returns every balance of a profile:
 * when a request asks for two or more balances of one profile by id (`nodes`), one
 * `GET /v4/profiles/{id}/balances` answers them all (and the profile's `balances` field too);
 * an id missing from the list is read on its own, so Wise still says 403 or 404 for it.
 */
export function createBalanceLoaders(wise: () => WiseSession) {
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
    { cacheKeyFn: listKey },
  );
  const balanceById = new DataLoader<BalanceKey, WiseBalance, string>(
    async (keys) => {
      const perProfile = new Map<number, number>();
      for (const key of keys) perProfile.set(key.profileId, (perProfile.get(key.profileId) ?? 0) + 1);
      return Promise.all(
        keys.map(async (key) => {
          try {
            if ((perProfile.get(key.profileId) ?? 0) >= 2) {
              const listed = (await balancesByProfile.load({ profileId: key.profileId, types: ALL_TYPES })).find((b) => b.id === key.balanceId);
              if (listed) return listed;
            }
            return await getBalance(wise(), key.profileId, key.balanceId);
          } catch (error) {
            return error as Error;
          }
        }),
      );
    },
    { cacheKeyFn: (key) => `${key.profileId}:${key.balanceId}` },
  );
  return { balanceById, balancesByProfile };
}
