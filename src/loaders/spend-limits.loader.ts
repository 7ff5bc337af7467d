import DataLoader from "dataloader";
import { getCardSpendLimits, getProfileSpendLimits } from "../wise/endpoints/spend-limits.js";
import type { WiseCardSpendLimits, WiseProfileSpendLimits } from "../wise/schemas/spend-limits.js";
import type { WiseSession } from "../wise/session.js";

export interface CardSpendLimitsKey {
  profileId: number;
  cardToken: string;
}

/** A profile's spend limits and a card's own: one call per profile or card per request. */
export function createSpendLimitLoaders(wise: () => WiseSession) {
  return {
    profileSpendLimits: new DataLoader<number, WiseProfileSpendLimits>(
      (profileIds) => Promise.all(profileIds.map((profileId) => getProfileSpendLimits(wise(), profileId).catch((error: Error) => error))),
      { batch: false },
    ),
    cardSpendLimits: new DataLoader<CardSpendLimitsKey, WiseCardSpendLimits, string>(
      (keys) => Promise.all(keys.map((key) => getCardSpendLimits(wise(), key.profileId, key.cardToken).catch((error: Error) => error))),
      { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.cardToken}` },
    ),
  };
}
