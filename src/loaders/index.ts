import type { WiseSession } from "../wise/session.js";
import { createAddressLoaders } from "./address.loader.js";
import { createBalanceLoaders } from "./balance.loader.js";
import { createMoneyLoaders } from "./money.loader.js";
import { createPageLoaders } from "./page.loader.js";
import { createProfileLoaders } from "./profile.loader.js";
import { createQueryLoaders } from "./query.loader.js";

/**
 * A fresh set of loaders for one GraphQL request. Loaders cache per caller, so they are never
 * shared between requests (two callers with different tokens must never see each other's data).
 */
export function createLoaders(wise: () => WiseSession) {
  return {
    ...createProfileLoaders(wise),
    ...createAddressLoaders(wise),
    ...createBalanceLoaders(wise),
    ...createMoneyLoaders(wise),
    pages: createPageLoaders(wise),
    ...createQueryLoaders(wise),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
