import { z } from "zod";
import { WiseApiError } from "../errors.js";
import { route } from "../route.js";
import { wiseDepositDetails, wiseDirectDebitAccount, type WiseDepositDetails, type WiseDirectDebitAccount, type WiseDirectDebitAccountRequest } from "../schemas/funding.js";
import { wiseTransfer, type WiseTransfer } from "../schemas/transfer.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v1/profiles/{profileId}/transfers/{transferId}/deposit-details/bank-transfer`: the bank
 * account to send the money to when the sender pays the transfer by bank transfer.
 * @wiseOperation GET /v1/profiles/{profileId}/transfers/{transferId}/deposit-details/bank-transfer
 */
export function getDepositDetails(wise: WiseSession, profileId: number, transferId: number): Promise<WiseDepositDetails> {
  return wise.call({ method: "GET", route: route`/v1/profiles/${profileId}/transfers/${transferId}/deposit-details/bank-transfer`, decoder: wiseDepositDetails });
}

/**
 * `POST /v1/simulation/transfers/{transferId}/deposit`: the embedded sandbox only (not a Wise
 * route): the sender's bank transfer arrives and pays the transfer. Like Wise's simulations it
 * answers HTTP 200 with an `errors` array when the transfer does not wait for a deposit.
 * @wiseOperation POST /v1/simulation/transfers/{transferId}/deposit
 */
export async function simulateDeposit(wise: WiseSession, transferId: number): Promise<WiseTransfer> {
  const answer = await wise.call({
    method: "POST",
    route: route`/v1/simulation/transfers/${transferId}/deposit`,
    decoder: z.union([wiseTransfer, z.object({ errors: z.array(z.object({ code: z.string().nullish(), message: z.string().nullish() })) })]),
  });
  if ("errors" in answer) {
    const details = answer.errors.map((e) => ({ code: e.code ?? null, message: e.message ?? null, path: null, arguments: null }));
    throw new WiseApiError("HTTP", 409, details, null, "POST /v1/simulation/transfers/{}/deposit", "deposit simulation refused");
  }
  return answer;
}

/**
 * `GET /v1/profiles/{profileId}/direct-debit-accounts?type=&currency=`: the profile's direct
 * debit accounts of one type and currency (Wise requires both).
 * @wiseOperation GET /v1/profiles/{profileId}/direct-debit-accounts
 */
export function listDirectDebitAccounts(wise: WiseSession, profileId: number, type: string, currency: string): Promise<WiseDirectDebitAccount[]> {
  return wise.call({ method: "GET", route: route`/v1/profiles/${profileId}/direct-debit-accounts`, searchParams: { type, currency }, decoder: z.array(wiseDirectDebitAccount) });
}

/**
 * `POST /v1/profiles/{profileId}/direct-debit-accounts`: registers an external bank account to
 * pull money from. It carries no idempotency key, so a lost answer is not sent again.
 * @wiseOperation POST /v1/profiles/{profileId}/direct-debit-accounts
 */
export function createDirectDebitAccount(wise: WiseSession, profileId: number, request: WiseDirectDebitAccountRequest): Promise<WiseDirectDebitAccount> {
  return wise.call({ method: "POST", route: route`/v1/profiles/${profileId}/direct-debit-accounts`, json: request, decoder: wiseDirectDebitAccount });
}
