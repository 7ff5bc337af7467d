import { jsonNumber } from "../json.js";
import { route } from "../route.js";
import { wiseCardSpendLimits, wiseProfileSpendLimits, type WiseCardSpendLimits, type WiseProfileSpendLimits } from "../schemas/spend-limits.js";
import type { WiseSession } from "../session.js";

/** An amount to send as a limit: an exact decimal string and its currency. */
export interface SpendLimitAmount {
  amount: string;
  currency: string;
}

export type ProfileSpendLimitType = "PURCHASE" | "ATM_WITHDRAWAL";
export type CardSpendLimitGranularity = "transaction" | "daily" | "monthly" | "lifetime";

const limitValue = (money: SpendLimitAmount) => ({ value: { amount: jsonNumber(money.amount), currency: money.currency } });

/**
 * `GET /v4/spend/profiles/{profileId}/spend-limits`: the profile's purchase and ATM limits, daily
 * and monthly, with their usage, Wise's maximum and when each resets.
 * @wiseOperation GET /v4/spend/profiles/{profileId}/spend-limits
 */
export function getProfileSpendLimits(wise: WiseSession, profileId: number): Promise<WiseProfileSpendLimits> {
  return wise.call({ method: "GET", route: route`/v4/spend/profiles/${profileId}/spend-limits`, decoder: wiseProfileSpendLimits });
}

/** The body of a profile limits update: one type, both windows (Wise requires both). */
function profileSpendLimitsBody(type: ProfileSpendLimitType, daily: SpendLimitAmount, monthly: SpendLimitAmount) {
  return { type, aggregateWindow: { daily: limitValue(daily), monthly: limitValue(monthly) } };
}

/**
 * `PATCH /v4/spend/profiles/{profileId}/spend-limits`: sets one type's daily and monthly limits and
 * answers every limit of the profile. Setting the same values again changes nothing.
 * @wiseOperation PATCH /v4/spend/profiles/{profileId}/spend-limits
 */
export function updateProfileSpendLimits(
  wise: WiseSession,
  profileId: number,
  type: ProfileSpendLimitType,
  daily: SpendLimitAmount,
  monthly: SpendLimitAmount,
): Promise<WiseProfileSpendLimits> {
  return wise.call({
    method: "PATCH",
    route: route`/v4/spend/profiles/${profileId}/spend-limits`,
    json: profileSpendLimitsBody(type, daily, monthly),
    decoder: wiseProfileSpendLimits,
  });
}

/**
 * `GET /v4/spend/profiles/{profileId}/cards/{cardToken}/spend-limits`: the card's own limits, null
 * for each granularity it has none of.
 * @wiseOperation GET /v4/spend/profiles/{profileId}/cards/{cardToken}/spend-limits
 */
export function getCardSpendLimits(wise: WiseSession, profileId: number, cardToken: string): Promise<WiseCardSpendLimits> {
  return wise.call({ method: "GET", route: route`/v4/spend/profiles/${profileId}/cards/${cardToken}/spend-limits`, decoder: wiseCardSpendLimits });
}

/** The body of a card limits update: only the granularities given. */
function cardSpendLimitsBody(limits: Partial<Record<CardSpendLimitGranularity, SpendLimitAmount>>) {
  return Object.fromEntries(Object.entries(limits).map(([granularity, money]) => [granularity, limitValue(money)]));
}

/**
 * `PATCH /v4/spend/profiles/{profileId}/cards/{cardToken}/spend-limits`: sets the given limits of
 * the card (the others stay) and answers all of them. Setting the same values again changes nothing.
 * @wiseOperation PATCH /v4/spend/profiles/{profileId}/cards/{cardToken}/spend-limits
 */
export function updateCardSpendLimits(
  wise: WiseSession,
  profileId: number,
  cardToken: string,
  limits: Partial<Record<CardSpendLimitGranularity, SpendLimitAmount>>,
): Promise<WiseCardSpendLimits> {
  return wise.call({
    method: "PATCH",
    route: route`/v4/spend/profiles/${profileId}/cards/${cardToken}/spend-limits`,
    json: cardSpendLimitsBody(limits),
    decoder: wiseCardSpendLimits,
  });
}

/**
 * `DELETE /v4/spend/profiles/{profileId}/cards/{cardToken}/spend-limits/{granularity}`: removes one
 * of the card's limits and answers the rest. Removing one that is not set changes nothing.
 * @wiseOperation DELETE /v4/spend/profiles/{profileId}/cards/{cardToken}/spend-limits/{granularity}
 */
export function deleteCardSpendLimit(wise: WiseSession, profileId: number, cardToken: string, granularity: CardSpendLimitGranularity): Promise<WiseCardSpendLimits> {
  return wise.call({
    method: "DELETE",
    route: route`/v4/spend/profiles/${profileId}/cards/${cardToken}/spend-limits/${granularity}`,
    decoder: wiseCardSpendLimits,
  });
}
