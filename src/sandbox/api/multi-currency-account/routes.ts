// The multi-currency account (MCA):
//   GET /v4/profiles/{profileId}/multi-currency-account: the profile's MCA; 404 until the profile
//       holds a balance (the account is made with the first one, so it is made here when first read).
//   GET /v4/multi-currency-account/eligibility?profileId= | ?country=&state=: whether a profile, or
//       a customer living there, may hold one (state required for US).
//   GET /v2/borderless-accounts-configuration/profiles/{profileId}/available-currencies: the
//       currencies a balance can be opened in; .../payin-currencies: those with bank account details.
// Eligibility by location is the sandbox's own rule: a few sanctioned countries are refused.

import { ownedProfile, profileFromPath } from "../../auth.js";
import { isoMillis } from "../../format.js";
import { badRequest, json, notFound } from "../../http.js";
import type { ProfileRecord } from "../../model.js";
import { queryLong } from "../../params.js";
import { PAYIN_CURRENCIES } from "../../reference/account-details.js";
import { isCountry, statesOf } from "../../reference/countries.js";
import type { RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import type { MultiCurrencyAccountRecord } from "../account-details/model.js";

/** Where the sandbox offers no multi-currency account. */
const INELIGIBLE_COUNTRIES = new Set(["CU", "IR", "KP", "SY", "RU", "BY"]);

/** The profile's MCA, made on first read once the profile holds a balance; undefined before that. */
export function multiCurrencyAccountOf(store: Store, profile: ProfileRecord): MultiCurrencyAccountRecord | undefined {
  const existing = store.multiCurrencyAccounts.get(profile.id);
  if (existing !== undefined) return existing;
  const balances = store.balancesOf(profile.id);
  if (balances.length === 0) return undefined;
  const firstUs = Math.min(...balances.map((b) => b.createdUs));
  const created: MultiCurrencyAccountRecord = {
    id: store.nextId("multiCurrencyAccount"),
    profileId: profile.id,
    recipientId: balances.find((b) => b.primary && b.recipientId !== null)?.recipientId ?? store.nextId("selfRecipient"),
    createdMs: Math.floor(firstUs / 1000),
    modifiedMs: Math.floor(firstUs / 1000),
  };
  store.multiCurrencyAccounts.set(profile.id, created);
  return created;
}

type Eligibility = { eligible: boolean; eligibilityCode: string; accountType: "FULL" | "RECEIVE_ONLY" | "INELIGIBLE"; ineligibilityReason: string | null };

function eligibilityAt(country: string, state: string | null): Eligibility {
  const refuse = (code: string, reason: string): Eligibility => ({ eligible: false, eligibilityCode: code, accountType: "INELIGIBLE", ineligibilityReason: reason });
  if (!isCountry(country) || INELIGIBLE_COUNTRIES.has(country)) return refuse("invalid.country", `Multi-currency accounts are not available in ${country}.`);
  const states = statesOf(country);
  if (country === "US" && (state === null || !states!.some((s) => s.key === state))) return refuse("invalid.state", "A valid US state is required.");
  return { eligible: true, eligibilityCode: "eligible", accountType: "FULL", ineligibilityReason: null };
}

export const multiCurrencyAccountRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v4/profiles/:profileId/multi-currency-account",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const account = multiCurrencyAccountOf(ctx.store, profile);
      if (account === undefined) throw notFound("Multi currency account", "profileId", String(profile.id));
      const address = ctx.store.addresses.get(profile.addressId);
      return json({
        id: account.id,
        profileId: account.profileId,
        recipientId: account.recipientId,
        creationTime: isoMillis(account.createdMs),
        modificationTime: isoMillis(account.modifiedMs),
        active: true,
        eligible: address === undefined ? true : eligibilityAt(address.country, address.state).eligible,
      });
    },
  },
  {
    method: "GET",
    path: "/v4/multi-currency-account/eligibility",
    handler: (ctx) => {
      const profileId = queryLong(ctx, "profileId");
      if (profileId !== undefined) {
        const profile = ownedProfile(ctx, profileId);
        const address = ctx.store.addresses.get(profile.addressId);
        return json(address === undefined ? eligibilityAt("", null) : eligibilityAt(address.country, address.state));
      }
      const country = ctx.query.get("country")?.trim().toUpperCase();
      if (!country) throw badRequest("Either 'profileId' or 'country' is required");
      return json(eligibilityAt(country, ctx.query.get("state")?.trim().toUpperCase() || null));
    },
  },
  {
    method: "GET",
    path: "/v2/borderless-accounts-configuration/profiles/:profileId/available-currencies",
    handler: (ctx) => {
      profileFromPath(ctx);
      return json(ctx.store.currencies.map((c) => c.code));
    },
  },
  {
    method: "GET",
    path: "/v2/borderless-accounts-configuration/profiles/:profileId/payin-currencies",
    handler: (ctx) => {
      profileFromPath(ctx);
      return json(PAYIN_CURRENCIES.filter((code) => ctx.store.currencies.some((c) => c.code === code)));
    },
  },
];
