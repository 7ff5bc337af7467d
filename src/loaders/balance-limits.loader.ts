import DataLoader from "dataloader";
import { getBalanceCapacity, getTotalFunds, listHoldLimitBreaches } from "../wise/endpoints/balance-limits.js";
import type { WiseBalanceCapacity, WiseHoldLimitBreach, WiseTotalFunds } from "../wise/schemas/balance-limits.js";
import type { WiseSession } from "../wise/session.js";

export interface ProfileCurrencyKey {
  profileId: number;
  currency: string;
}

export interface HoldLimitBreachesKey {
  profileId: number;
  state?: string;
  closingReason?: string;
}

const byProfileAndCurrency = { batch: false, cacheKeyFn: (key: ProfileCurrencyKey) => `${key.profileId}:${key.currency}` };

/** Capacity, total funds and hold limit breaches of a profile: one call per key per request. */
export function createBalanceLimitLoaders(wise: () => WiseSession) {
  return {
    balanceCapacity: new DataLoader<ProfileCurrencyKey, WiseBalanceCapacity, string>(
      (keys) => Promise.all(keys.map((key) => getBalanceCapacity(wise(), key.profileId, key.currency).catch((error: Error) => error))),
      byProfileAndCurrency,
    ),
    totalFunds: new DataLoader<ProfileCurrencyKey, WiseTotalFunds, string>(
      (keys) => Promise.all(keys.map((key) => getTotalFunds(wise(), key.profileId, key.currency).catch((error: Error) => error))),
      byProfileAndCurrency,
    ),
    holdLimitBreaches: new DataLoader<HoldLimitBreachesKey, WiseHoldLimitBreach[], string>(
      (keys) => Promise.all(keys.map((key) => listHoldLimitBreaches(wise(), key.profileId, { state: key.state, closingReason: key.closingReason }).catch((error: Error) => error))),
      { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.state ?? ""}:${key.closingReason ?? ""}` },
    ),
  };
}
