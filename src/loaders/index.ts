import type { WiseSession } from "../wise/session.js";
import { createAddressLoaders } from "./address.loader.js";
import { createBalanceLoaders } from "./balance.loader.js";
import { createMoneyLoaders } from "./money.loader.js";
import { createProfileLoaders } from "./profile.loader.js";

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
    once: createOnce(),
  };
}

/**
 * One answer per key per request, for reads that are not by id (a page of a list): the same
 * page asked twice (aliases, or a prefetch by the parent field and then the field itself) is
 * fetched once.
 */
function createOnce() {
  const pages = new Map<string, Promise<unknown>>();
  return <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let page = pages.get(key) as Promise<T> | undefined;
    if (!page) {
      page = load();
      pages.set(key, page);
    }
    return page;
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
