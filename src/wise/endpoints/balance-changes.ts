import { z } from "zod";
import { route } from "../route.js";
import { wiseBalance, type WiseBalance } from "../schemas/balance.js";
import { wiseBalanceMovement, type WiseBalanceMovement } from "../schemas/balance-movement.js";
import type { WiseSession } from "../session.js";

/**
 * `POST /v4/profiles/{profileId}/balances`; the same `X-idempotence-uuid` never opens a second balance.
 * @wiseOperation POST /v4/profiles/{profileId}/balances
 */
export function createBalance(
  wise: WiseSession,
  profileId: number,
  request: { currency: string; type: "STANDARD" | "SAVINGS"; name?: string },
  idempotencyKey: string,
): Promise<WiseBalance> {
  return wise.call({
    method: "POST",
    route: route`/v4/profiles/${profileId}/balances`,

    headers: { "x-idempotence-uuid": idempotencyKey },
    json: request,
    decoder: wiseBalance,
  });
}

/**
 * `DELETE /v4/profiles/{profileId}/balances/{balanceId}`: closes an empty balance.
 * @wiseOperation DELETE /v4/profiles/{profileId}/balances/{balanceId}
 */
export function deleteBalance(wise: WiseSession, profileId: number, balanceId: number): Promise<unknown> {
  return wise.call({ method: "DELETE", route: route`/v4/profiles/${profileId}/balances/${balanceId}`, decoder: z.unknown() });
}

/**
 * `POST /v2/profiles/{profileId}/balance-movements` with a quote: converts between two balances.
 * @wiseOperation POST /v2/profiles/{profileId}/balance-movements
 */
export function convertBalance(wise: WiseSession, profileId: number, quoteId: string, idempotencyKey: string): Promise<WiseBalanceMovement> {
  return wise.call({
    method: "POST",
    route: route`/v2/profiles/${profileId}/balance-movements`,

    headers: { "x-idempotence-uuid": idempotencyKey },
    json: { quoteId },
    decoder: wiseBalanceMovement,
  });
}
