// Which card programs a profile may order in the sandbox, and the sandbox's order limits.
// Programs depend on the profile's type and the country of its main address; each program is
// either virtual or physical (its name says which, as Wise's `..._CARDS_API` and
// `..._PHYSICAL_CARDS_API`). Limits follow Wise's sandbox: 10 physical and 30 virtual cards per
// profile (cards and open orders together), and no more than 3 virtual cards ordered a day.

import type { ProfileRecord } from "../../model.js";
import type { Store } from "../../store.js";
import type { CardProgramRecord, CardScheme, CardType } from "./model.js";

interface ProgramBase {
  base: string;
  scheme: CardScheme;
  currency: string;
}

const EURO_COUNTRIES = ["AT", "BE", "DE", "ES", "FI", "FR", "IE", "IT", "NL", "PT"];

/** The program family of a profile's type in a country, if Wise issues cards there. */
function programBase(type: ProfileRecord["type"], country: string): ProgramBase | undefined {
  const consumer = type === "PERSONAL";
  if (country === "GB") return { base: consumer ? "VISA_DEBIT_CONSUMER_GB_1" : "VISA_DEBIT_BUSINESS_UK_1", scheme: "VISA", currency: "GBP" };
  if (country === "US") return { base: consumer ? "MASTERCARD_DEBIT_CONSUMER_US_1" : "MASTERCARD_DEBIT_BUSINESS_US_1", scheme: "MASTERCARD", currency: "USD" };
  if (EURO_COUNTRIES.includes(country)) return { base: consumer ? `VISA_DEBIT_CONSUMER_${country}_1` : `VISA_DEBIT_BUSINESS_${country}_1`, scheme: "VISA", currency: "EUR" };
  if (country === "BR") return { base: consumer ? "VISA_DEBIT_CONSUMER_BR_1" : "VISA_DEBIT_BUSINESS_BR_1", scheme: "VISA", currency: "BRL" };
  return undefined;
}

function program(base: ProgramBase, cardType: CardType): CardProgramRecord {
  const suffix = cardType === "PHYSICAL" ? "_PHYSICAL_CARDS_API" : "_CARDS_API";
  return { name: base.base + suffix, scheme: base.scheme, defaultCurrency: base.currency, cardType };
}

/** The country of the profile's main address (null without one). */
export function profileCountry(store: Store, profile: ProfileRecord): string | null {
  return store.addresses.get(profile.addressId)?.country ?? null;
}

/** Every program of the profile's type and country, limits aside. */
export function programsOf(store: Store, profile: ProfileRecord): CardProgramRecord[] {
  const country = profileCountry(store, profile);
  const base = country === null ? undefined : programBase(profile.type, country);
  return base === undefined ? [] : [program(base, "VIRTUAL_NON_UPGRADEABLE"), program(base, "PHYSICAL")];
}

export const MAX_CARDS: Record<CardType, number> = { PHYSICAL: 10, VIRTUAL_NON_UPGRADEABLE: 30 };
export const MAX_VIRTUAL_CARDS_A_DAY = 3;
const DAY_MS = 86_400_000;

const DONE_CARD = new Set(["BLOCKED", "EXPIRED", "PURGED"]);
const DONE_ORDER = new Set(["CANCELLED", "RETURNED"]);

/** Why the profile may not order another card of this type now, or null when it may. */
export function limitReached(store: Store, profileId: number, cardType: CardType, nowMs: number): string | null {
  const cards = store.cards.cardsOfProfile(profileId).filter((c) => c.program.cardType === cardType && !DONE_CARD.has(c.status));
  const waiting = [...store.cards.orders.values()].filter((o) => o.profileId === profileId && o.program.cardType === cardType && o.cardToken === null && !DONE_ORDER.has(o.status));
  if (cards.length + waiting.length >= MAX_CARDS[cardType])
    return `The profile already has ${MAX_CARDS[cardType]} ${cardType === "PHYSICAL" ? "physical" : "virtual"} cards or card orders.`;
  if (cardType === "VIRTUAL_NON_UPGRADEABLE") {
    const today = nowMs - (nowMs % DAY_MS);
    const orderedToday = [...store.cards.orders.values()].filter(
      (o) => o.profileId === profileId && o.program.cardType === cardType && o.creationMs >= today && o.status !== "CANCELLED",
    );
    if (orderedToday.length >= MAX_VIRTUAL_CARDS_A_DAY) return `No more than ${MAX_VIRTUAL_CARDS_A_DAY} virtual cards can be ordered a day.`;
  }
  return null;
}

/** The programs the profile may order now: its programs within the limits. */
export function availablePrograms(store: Store, profile: ProfileRecord, nowMs: number): CardProgramRecord[] {
  return programsOf(store, profile).filter((p) => limitReached(store, profile.id, p.cardType, nowMs) === null);
}
