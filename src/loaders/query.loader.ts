import DataLoader from "dataloader";
import { getRateHistory, type WiseRateGroup } from "../wise/endpoints/rates.js";
import { getQuoteRequirements, getRequirements } from "../wise/endpoints/requirements.js";
import type { WiseRate } from "../wise/schemas/rate.js";
import type { WiseRequirement } from "../wise/schemas/requirements.js";
import type { WiseSession } from "../wise/session.js";

export interface RateHistoryKey {
  source: string;
  target: string;
  from: Date;
  to: Date;
  group: WiseRateGroup;
}

/** The recipient forms of a quote, or of a route and amount, with the answers given so far. */
export type RequirementsKey =
  { quoteId: string; details?: Record<string, unknown> } | { query: { source: string; target: string; sourceAmount: string }; details?: Record<string, unknown> };

/**
 * Reads by query rather than by id (a rate series, a recipient form): the same query asked twice
 * in one request (aliases) is one Wise call. Each is its own call, started at once.
 */
export function createQueryLoaders(wise: () => WiseSession) {
  const settle = <T>(promise: Promise<T>) => promise.catch((error: Error) => error);
  return {
    rateHistory: new DataLoader<RateHistoryKey, WiseRate[], string>((keys) => Promise.all(keys.map((key) => settle(getRateHistory(wise(), key)))), {
      batch: false,
      cacheKeyFn: (key) => `${key.source}:${key.target}:${key.from.toISOString()}:${key.to.toISOString()}:${key.group}`,
    }),
    requirements: new DataLoader<RequirementsKey, WiseRequirement[], string>(
      (keys) => Promise.all(keys.map((key) => settle("quoteId" in key ? getQuoteRequirements(wise(), key.quoteId, key.details) : getRequirements(wise(), key.query, key.details)))),
      { batch: false, cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}
