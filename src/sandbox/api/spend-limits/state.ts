// What the spend-limit routes keep: each profile's PURCHASE and ATM_WITHDRAWAL limits (daily and
// monthly, below Wise's maximum) and each card's own limits (per transaction, daily, monthly,
// lifetime; each optional). Lives on the Store (store.spendLimits), emptied by its reset().
// Usage is never stored: it is summed from the card transactions when asked (usage.ts).

import type { Decimal } from "../../model.js";
import type { Store } from "../../store.js";
import type { CardRecord } from "../card/model.js";

export type ProfileLimitType = "PURCHASE" | "ATM_WITHDRAWAL";
export const PROFILE_LIMIT_TYPES: readonly ProfileLimitType[] = ["PURCHASE", "ATM_WITHDRAWAL"];

export type ProfileWindow = "daily" | "monthly";
export const PROFILE_WINDOWS: readonly ProfileWindow[] = ["daily", "monthly"];

export type CardGranularity = "transaction" | "daily" | "monthly" | "lifetime";
export const CARD_GRANULARITIES: readonly CardGranularity[] = ["transaction", "daily", "monthly", "lifetime"];

/** One profile limit: the value set and the most Wise allows, both in the limits' currency. */
export interface ProfileLimitValue {
  value: Decimal;
  max: Decimal;
}

export interface ProfileLimitsRecord {
  profileId: number;
  currency: string;
  limits: Record<ProfileLimitType, Record<ProfileWindow, ProfileLimitValue>>;
}

export interface CardLimitsRecord {
  cardToken: string;
  /** The card's billing currency: every value is in it. */
  currency: string;
  /** The limit of each granularity, or null where the card has none of its own. */
  limits: Record<CardGranularity, Decimal | null>;
}

/** The limits a profile starts with, as Wise's docs show them: purchases 20,000 a day and a month (30,000 at most), ATM 1,000 (4,000 at most). */
export const DEFAULT_PROFILE_LIMITS: Readonly<Record<ProfileLimitType, Readonly<ProfileLimitValue>>> = {
  PURCHASE: { value: "20000", max: "30000" },
  ATM_WITHDRAWAL: { value: "1000", max: "4000" },
};

/** The currency a profile's limits are kept in: its oldest card's, or GBP (Wise's own) before it has a card. */
function profileLimitCurrency(store: Store, profileId: number): string {
  return store.cards.cardsOfProfile(profileId)[0]?.program.defaultCurrency ?? "GBP";
}

export class SpendLimitState {
  private profiles = new Map<number, ProfileLimitsRecord>();
  private cards = new Map<string, CardLimitsRecord>();

  reset(): void {
    this.profiles = new Map();
    this.cards = new Map();
  }

  /** The profile's limits; Wise's defaults until they are changed. */
  profileLimits(store: Store, profileId: number): ProfileLimitsRecord {
    const known = this.profiles.get(profileId);
    if (known) return known;
    const defaults = (type: ProfileLimitType) => ({
      daily: { ...DEFAULT_PROFILE_LIMITS[type] },
      monthly: { ...DEFAULT_PROFILE_LIMITS[type] },
    });
    const record: ProfileLimitsRecord = {
      profileId,
      currency: profileLimitCurrency(store, profileId),
      limits: { PURCHASE: defaults("PURCHASE"), ATM_WITHDRAWAL: defaults("ATM_WITHDRAWAL") },
    };
    this.profiles.set(profileId, record);
    return record;
  }

  /**
   * The card's own limits. A card issued from an order that set a lifetime limit starts with it
   * (Wise's card order takes one); any other card starts with none.
   */
  cardLimits(store: Store, card: CardRecord): CardLimitsRecord {
    const known = this.cards.get(card.token);
    if (known) return known;
    const lifetime = card.orderId === null ? null : (store.cards.orders.get(card.orderId)?.lifetimeLimit ?? null);
    const record: CardLimitsRecord = {
      cardToken: card.token,
      currency: card.program.defaultCurrency,
      limits: { transaction: null, daily: null, monthly: null, lifetime },
    };
    this.cards.set(card.token, record);
    return record;
  }
}
