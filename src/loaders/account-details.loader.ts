import DataLoader from "dataloader";
import { listAccountDetails, listAccountDetailsOrders } from "../wise/endpoints/account-details.js";
import { getMcaEligibility, getMultiCurrencyAccount, listAvailableCurrencies, listPayinCurrencies, type McaEligibilityQuery } from "../wise/endpoints/multi-currency-account.js";
import type { WiseAccountDetails, WiseAccountDetailsOrder, WiseMcaEligibility, WiseMultiCurrencyAccount } from "../wise/schemas/account-details.js";
import type { WiseSession } from "../wise/session.js";

/**
 * A profile's bank details (one call answers every currency, so `Balance.bankDetails` of all its
 * balances share it), its orders for bank details in one currency (Wise answers them whole, so
 * every page of one request slices one list), its multi-currency account, the currencies it may
 * open, and eligibility: one call per distinct profile or question.
 */
export function createAccountDetailsLoaders(wise: () => WiseSession) {
  const perProfile = <T>(read: (session: WiseSession, profileId: number) => Promise<T>) =>
    new DataLoader<number, T>((profileIds) => Promise.all(profileIds.map((profileId) => read(wise(), profileId).catch((error: Error) => error))));
  const accountDetailsByProfile = perProfile<WiseAccountDetails[]>(listAccountDetails);
  const multiCurrencyAccountByProfile = perProfile<WiseMultiCurrencyAccount>(getMultiCurrencyAccount);
  const availableCurrenciesByProfile = perProfile<string[]>(listAvailableCurrencies);
  const payinCurrenciesByProfile = perProfile<string[]>(listPayinCurrencies);
  const accountDetailsOrders = new DataLoader<{ profileId: number; currency: string }, WiseAccountDetailsOrder[], string>(
    (keys) => Promise.all(keys.map((key) => listAccountDetailsOrders(wise(), key.profileId, key.currency).catch((error: Error) => error))),
    { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.currency}` },
  );
  const mcaEligibility = new DataLoader<McaEligibilityQuery, WiseMcaEligibility, string>(
    (queries) => Promise.all(queries.map((query) => getMcaEligibility(wise(), query).catch((error: Error) => error))),
    { batch: false, cacheKeyFn: (query) => JSON.stringify("profileId" in query ? [query.profileId] : [query.country, query.state ?? null]) },
  );
  return { accountDetailsByProfile, accountDetailsOrders, multiCurrencyAccountByProfile, availableCurrenciesByProfile, payinCurrenciesByProfile, mcaEligibility };
}
