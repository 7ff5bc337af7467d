import { z } from "zod";
import { route } from "../route.js";
import {
  wiseBalanceCapacity,
  wiseExcessMoneyAccount,
  wiseHoldLimitBreach,
  wiseTotalFunds,
  type WiseBalanceCapacity,
  type WiseExcessMoneyAccount,
  type WiseHoldLimitBreach,
  type WiseTotalFunds,
} from "../schemas/balance-limits.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v1/profiles/{profileId}/balance-capacity?currency=`: whether the profile's country caps
 * what it may hold, and how much more it may receive, in `currency`.
 * @wiseOperation GET /v1/profiles/{profileId}/balance-capacity
 */
export function getBalanceCapacity(wise: WiseSession, profileId: number, currency: string): Promise<WiseBalanceCapacity> {
  return wise.call({ method: "GET", route: route`/v1/profiles/${profileId}/balance-capacity`, searchParams: { currency }, decoder: wiseBalanceCapacity });
}

/**
 * `GET /v1/profiles/{profileId}/total-funds/{currency}`: all the profile's balances, converted into one currency.
 * @wiseOperation GET /v1/profiles/{profileId}/total-funds/{currency}
 */
export function getTotalFunds(wise: WiseSession, profileId: number, currency: string): Promise<WiseTotalFunds> {
  return wise.call({ method: "GET", route: route`/v1/profiles/${profileId}/total-funds/${currency}`, decoder: wiseTotalFunds });
}

/**
 * `POST /v1/profiles/{profileId}/balances/hold-limit-breach?state=&closingReason=`: a read, though
 * a POST; it changes nothing, so it is safe to send again.
 * @wiseOperation POST /v1/profiles/{profileId}/balances/hold-limit-breach
 */
export function listHoldLimitBreaches(wise: WiseSession, profileId: number, filter: { state?: string; closingReason?: string } = {}): Promise<WiseHoldLimitBreach[]> {
  return wise.call({ method: "POST", route: route`/v1/profiles/${profileId}/balances/hold-limit-breach`, searchParams: filter, decoder: z.array(wiseHoldLimitBreach) });
}

/**
 * `POST /v1/profiles/{profileId}/balances/hold-limit-breach/{holdLimitBreachId}` `{targetRecipientId,
 * state: "CLOSED"}`: refunds the excess to the recipient once and closes the breach; 204.
 * It moves money and carries no idempotency key: the breach's state is the guard.
 * @wiseOperation POST /v1/profiles/{profileId}/balances/hold-limit-breach/{holdLimitBreachId}
 */
export async function closeHoldLimitBreach(wise: WiseSession, profileId: number, breachId: number, targetRecipientId: number): Promise<void> {
  await wise.call({
    method: "POST",
    route: route`/v1/profiles/${profileId}/balances/hold-limit-breach/${breachId}`,
    json: { targetRecipientId, state: "CLOSED" },
    decoder: z.unknown(),
  });
}

/**
 * `POST /v1/profiles/{profileId}/excess-money-account` `{recipientId}`: names the recipient that
 * receives money above the hold limit. Setting the same recipient again changes nothing.
 * @wiseOperation POST /v1/profiles/{profileId}/excess-money-account
 */
export function setExcessMoneyAccount(wise: WiseSession, profileId: number, recipientId: number): Promise<WiseExcessMoneyAccount> {
  return wise.call({ method: "POST", route: route`/v1/profiles/${profileId}/excess-money-account`, json: { recipientId }, decoder: wiseExcessMoneyAccount });
}
