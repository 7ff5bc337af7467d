import { z } from "zod";
import { jsonNumber } from "../json.js";
import { route } from "../route.js";
import {
  wiseCardSimulationAnswer,
  wiseCardTransaction,
  wiseCardTransactionList,
  wiseSimulatedCardTransaction,
  type WiseCardSimulationAnswer,
  type WiseCardTransaction,
  type WiseSimulatedCardTransaction,
} from "../schemas/card-transaction.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v4/spend/profiles/{profileId}/cards/transactions/{transactionId}`: one card transaction,
 * with the balance movements (debits, credits) it made. Wise serves the past 90 days only.
 * @wiseOperation GET /v4/spend/profiles/{profileId}/cards/transactions/{transactionId}
 */
export function getCardTransaction(wise: WiseSession, profileId: number, transactionId: number): Promise<WiseCardTransaction> {
  return wise.call({
    method: "GET",
    route: route`/v4/spend/profiles/${profileId}/cards/transactions/${transactionId}`,
    decoder: wiseCardTransaction,
  });
}

/** The filters and paging of a card's transaction list, in Wise's terms. */
export interface WiseCardTransactionQuery {
  /** ISO 8601 instants; both required by Wise, at most 90 days back. */
  fromCreationTime: string;
  toCreationTime: string;
  /** 10 to 100. */
  pageSize: number;
  /** Only transactions with a smaller id (the last id of the previous page). */
  lastId?: number;
}

/**
 * `GET /v4/spend/profiles/{profileId}/cards/{cardToken}/transactions`: one page of a card's
 * transactions, by id newest first (without debits and credits).
 * @wiseOperation GET /v4/spend/profiles/{profileId}/cards/{cardToken}/transactions
 */
export async function listCardTransactions(wise: WiseSession, profileId: number, cardToken: string, query: WiseCardTransactionQuery): Promise<WiseCardTransaction[]> {
  const page = await wise.call({
    method: "GET",
    route: route`/v4/spend/profiles/${profileId}/cards/${cardToken}/transactions`,
    searchParams: { ...query },
    decoder: wiseCardTransactionList,
  });
  return page.transactions;
}

// The simulations below are Wise sandbox only. None takes an idempotency key, and each one sent
// again is another authorisation, clearing or reversal: the client never resends a POST.

/** An authorisation as Wise's simulation takes it. */
export interface WiseCardAuthorisationRequest {
  /** CHIP_AND_PIN, CONTACTLESS, MAGSTRIPE, E_COMMERCE, E_COMMERCE_NO_3DS... */
  pos: string;
  /** GOODS_AND_SERVICES, CASH_WITHDRAWAL or REFUND. */
  transactionType: string;
  amount: { value: string; currency: string };
  mcc: number;
}

/**
 * `POST /v2/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions/authorisation`:
 * a merchant asks to hold money on the card. The answer's reference carries the card's secrets.
 * @wiseOperation POST /v2/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions/authorisation
 */
export function simulateCardAuthorisation(wise: WiseSession, profileId: number, cardToken: string, request: WiseCardAuthorisationRequest): Promise<WiseCardSimulationAnswer> {
  return wise.call({
    method: "POST",
    route: route`/v2/simulation/spend/profiles/${profileId}/cards/${cardToken}/transactions/authorisation`,
    json: { ...request, amount: { value: jsonNumber(request.amount.value), currency: request.amount.currency } },
    decoder: wiseCardSimulationAnswer,
  });
}

/** A clearing or reversal: the amount (the final amount for a reversal, 0 for a full one), the authorisation's type and reference. */
export interface WiseCardFollowUpRequest {
  amount: { value: string; currency: string };
  transactionType: string;
  /** The authorisation's reference, exactly as Wise answered it. */
  ref: Record<string, unknown>;
}

const followUpBody = (request: WiseCardFollowUpRequest) => ({
  amount: { value: jsonNumber(request.amount.value), currency: request.amount.currency },
  transactionType: request.transactionType,
  ref: request.ref,
});

/**
 * `POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions/clearing`: the
 * merchant captures an authorisation (the amount may differ from the one authorised).
 * @wiseOperation POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions/clearing
 */
export function simulateCardClearing(wise: WiseSession, profileId: number, cardToken: string, request: WiseCardFollowUpRequest): Promise<WiseCardSimulationAnswer> {
  return wise.call({
    method: "POST",
    route: route`/v1/simulation/spend/profiles/${profileId}/cards/${cardToken}/transactions/clearing`,
    json: followUpBody(request),
    decoder: wiseCardSimulationAnswer,
  });
}

/**
 * `POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions/reversal`: the
 * merchant gives up an authorisation, wholly (amount 0) or down to a final amount.
 * @wiseOperation POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions/reversal
 */
export function simulateCardReversal(wise: WiseSession, profileId: number, cardToken: string, request: WiseCardFollowUpRequest): Promise<WiseCardSimulationAnswer> {
  return wise.call({
    method: "POST",
    route: route`/v1/simulation/spend/profiles/${profileId}/cards/${cardToken}/transactions/reversal`,
    json: followUpBody(request),
    decoder: wiseCardSimulationAnswer,
  });
}

/**
 * `GET /v2/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions`: the card's
 * simulated transactions, newest first (ids and creation times only).
 * @wiseOperation GET /v2/simulation/spend/profiles/{profileId}/cards/{cardToken}/transactions
 */
export function listSimulatedCardTransactions(wise: WiseSession, profileId: number, cardToken: string, limit: number): Promise<WiseSimulatedCardTransaction[]> {
  return wise.call({
    method: "GET",
    route: route`/v2/simulation/spend/profiles/${profileId}/cards/${cardToken}/transactions`,
    searchParams: { limit },
    decoder: z.array(wiseSimulatedCardTransaction),
  });
}
