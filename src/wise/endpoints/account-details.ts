import { z } from "zod";
import { jsonNumber } from "../json.js";
import { route } from "../route.js";
import { wiseId } from "../schemas/common.js";
import {
  wiseAccountDetails,
  wiseAccountDetailsOrder,
  wiseBankDetails,
  wisePaymentReturn,
  type WiseAccountDetails,
  type WiseAccountDetailsOrder,
  type WiseBankDetails,
} from "../schemas/account-details.js";
import type { WiseSession } from "../session.js";

/** Why a received payment is sent back (Wise's list; a Swift payment needs one). */
export type WisePaymentReturnReason = "INCORRECT_ACCOUNT_NUMBER" | "CLOSED_ACCOUNT" | "BLOCKED_ACCOUNT" | "CANCELLATION_REQUEST" | "REGULATORY" | "CUSTOMER_REQUEST";

/**
 * `GET /v1/profiles/{profileId}/account-details`: the profile's details to receive money, one
 * entry per currency: issued (ACTIVE) or an example of what ordering would give (AVAILABLE, id null).
 * @wiseOperation GET /v1/profiles/{profileId}/account-details
 */
export function listAccountDetails(wise: WiseSession, profileId: number): Promise<WiseAccountDetails[]> {
  return wise.call({ method: "GET", route: route`/v1/profiles/${profileId}/account-details`, decoder: z.array(wiseAccountDetails) });
}

/**
 * `POST /v1/profiles/{profileId}/account-details-orders`: orders details for the profile's balance
 * in a currency. No idempotency key: Wise answers the open order of the currency when asked again.
 * @wiseOperation POST /v1/profiles/{profileId}/account-details-orders
 */
export function createAccountDetailsOrder(wise: WiseSession, profileId: number, currency: string): Promise<WiseAccountDetailsOrder> {
  return wise.call({ method: "POST", route: route`/v1/profiles/${profileId}/account-details-orders`, json: { currency }, decoder: wiseAccountDetailsOrder });
}

/**
 * `GET /v3/profiles/{profileId}/account-details-orders?currency=`: the profile's orders in a currency.
 * @wiseOperation GET /v3/profiles/{profileId}/account-details-orders
 */
export function listAccountDetailsOrders(wise: WiseSession, profileId: number, currency: string): Promise<WiseAccountDetailsOrder[]> {
  return wise.call({
    method: "GET",
    route: route`/v3/profiles/${profileId}/account-details-orders`,
    searchParams: { currency },
    decoder: z.array(wiseAccountDetailsOrder),
  });
}

/**
 * `POST /v3/profiles/{profileId}/bank-details`: issues local (and, where Swift is offered,
 * international) details on a balance at once; Wise enables it per partner.
 * @wiseOperation POST /v3/profiles/{profileId}/bank-details
 */
export function createBankDetails(wise: WiseSession, profileId: number, balanceId: number): Promise<WiseBankDetails> {
  return wise.call({ method: "POST", route: route`/v3/profiles/${profileId}/bank-details`, json: { targetAccountId: balanceId }, decoder: wiseBankDetails });
}

/**
 * `POST /v1/profiles/{profileId}/account-details/payments/{paymentId}/returns`: sends a payment
 * received through account details back to its sender; answers the return's id.
 * @wiseOperation POST /v1/profiles/{profileId}/account-details/payments/{paymentId}/returns
 */
export async function returnAccountDetailsPayment(wise: WiseSession, profileId: number, paymentId: number, reason: WisePaymentReturnReason | null): Promise<string> {
  const answer = await wise.call({
    method: "POST",
    route: route`/v1/profiles/${profileId}/account-details/payments/${paymentId}/returns`,
    json: reason === null ? {} : { reason },
    decoder: wisePaymentReturn,
  });
  return answer.id;
}

/**
 * `POST /v1/simulation/profiles/{profileId}/account-details-orders/{currency}/next`: the embedded
 * sandbox only (Wise has no such simulation): moves the open order of a currency one step, up to
 * DONE, where the details are issued.
 * @wiseOperation POST /v1/simulation/profiles/{profileId}/account-details-orders/{currency}/next
 */
export function simulateAccountDetailsOrderStep(wise: WiseSession, profileId: number, currency: string): Promise<WiseAccountDetailsOrder> {
  return wise.call({ method: "POST", route: route`/v1/simulation/profiles/${profileId}/account-details-orders/${currency}/next`, decoder: wiseAccountDetailsOrder });
}

/**
 * `POST /v1/simulation/profiles/{profileId}/account-details/payments`: the embedded sandbox only: a
 * payment received through the profile's issued details in a currency; answers the payment's id.
 * @wiseOperation POST /v1/simulation/profiles/{profileId}/account-details/payments
 */
export async function simulateAccountDetailsPayment(
  wise: WiseSession,
  profileId: number,
  payment: { currency: string; amount: string; senderName: string; channel: "LOCAL" | "SWIFT" },
): Promise<number> {
  const answer = await wise.call({
    method: "POST",
    route: route`/v1/simulation/profiles/${profileId}/account-details/payments`,
    json: { ...payment, amount: jsonNumber(payment.amount) },
    decoder: z.object({ id: wiseId }),
  });
  return answer.id;
}
