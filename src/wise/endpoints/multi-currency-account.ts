import { z } from "zod";
import { route } from "../route.js";
import { wiseMcaEligibility, wiseMultiCurrencyAccount, type WiseMcaEligibility, type WiseMultiCurrencyAccount } from "../schemas/account-details.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v4/profiles/{profileId}/multi-currency-account`: the profile's multi-currency account;
 * Wise answers 404 while the profile has none.
 * @wiseOperation GET /v4/profiles/{profileId}/multi-currency-account
 */
export function getMultiCurrencyAccount(wise: WiseSession, profileId: number): Promise<WiseMultiCurrencyAccount> {
  return wise.call({ method: "GET", route: route`/v4/profiles/${profileId}/multi-currency-account`, decoder: wiseMultiCurrencyAccount });
}

/** Whose eligibility to check: a profile, or a customer living in a country (and US state). */
export type McaEligibilityQuery = { profileId: number } | { country: string; state?: string | null };

/**
 * `GET /v4/multi-currency-account/eligibility`: whether a profile, or a place, may have a multi-currency account.
 * @wiseOperation GET /v4/multi-currency-account/eligibility
 */
export function getMcaEligibility(wise: WiseSession, query: McaEligibilityQuery): Promise<WiseMcaEligibility> {
  const searchParams = "profileId" in query ? { profileId: query.profileId } : { country: query.country, state: query.state ?? undefined };
  return wise.call({ method: "GET", route: route`/v4/multi-currency-account/eligibility`, searchParams, decoder: wiseMcaEligibility });
}

/**
 * `GET /v2/borderless-accounts-configuration/profiles/{profileId}/available-currencies`: the currencies a balance can be opened in.
 * @wiseOperation GET /v2/borderless-accounts-configuration/profiles/{profileId}/available-currencies
 */
export function listAvailableCurrencies(wise: WiseSession, profileId: number): Promise<string[]> {
  return wise.call({ method: "GET", route: route`/v2/borderless-accounts-configuration/profiles/${profileId}/available-currencies`, decoder: z.array(z.string()) });
}

/**
 * `GET /v2/borderless-accounts-configuration/profiles/{profileId}/payin-currencies`: the currencies with bank account details.
 * @wiseOperation GET /v2/borderless-accounts-configuration/profiles/{profileId}/payin-currencies
 */
export function listPayinCurrencies(wise: WiseSession, profileId: number): Promise<string[]> {
  return wise.call({ method: "GET", route: route`/v2/borderless-accounts-configuration/profiles/${profileId}/payin-currencies`, decoder: z.array(z.string()) });
}
