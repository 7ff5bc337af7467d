import { z } from "zod";
import { jsonNumber } from "../json.js";
import { route } from "../route.js";
import {
  wiseAddressValidation,
  wiseCardOrder,
  wiseCardOrderPage,
  wiseCardOrderRequirements,
  wiseCardPrograms,
  type WiseAddressProblem,
  type WiseCardOrder,
  type WiseCardOrderPage,
  type WiseCardOrderRequirement,
  type WiseCardProgram,
} from "../schemas/card-order.js";
import type { WiseSession } from "../session.js";

/** The largest page of card orders Wise serves. */
export const CARD_ORDER_PAGE_SIZE = 100;

/**
 * `GET /v3/spend/profiles/{profileId}/card-orders`: one page of the profile's card orders
 * (pageNumber from 1, pageSize 10 to 100) and how many there are in all.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/card-orders
 */
export function listCardOrders(wise: WiseSession, profileId: number, pageNumber: number, pageSize = CARD_ORDER_PAGE_SIZE): Promise<WiseCardOrderPage> {
  return wise.call({
    method: "GET",
    route: route`/v3/spend/profiles/${profileId}/card-orders`,
    searchParams: { pageNumber: String(pageNumber), pageSize: String(pageSize) },
    decoder: wiseCardOrderPage,
  });
}

/**
 * `GET /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}`: one card order.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}
 */
export function getCardOrder(wise: WiseSession, profileId: number, cardOrderId: number): Promise<WiseCardOrder> {
  return wise.call({ method: "GET", route: route`/v3/spend/profiles/${profileId}/card-orders/${cardOrderId}`, decoder: wiseCardOrder });
}

export type WiseCardDeliveryOption = "POSTAL_SERVICE_STANDARD" | "POSTAL_SERVICE_WITH_TRACKING" | "KIOSK_COLLECTION";

/** What a card order asks for; the address is required for every card (billing, or delivery). */
export interface WiseCardOrderRequest {
  program: string;
  cardHolderName: string;
  /** The name printed on a physical card, 1 to 22 characters. */
  embossedName?: string;
  address: WiseCardOrderAddressRequest;
  phoneNumber?: string;
  deliveryOption?: WiseCardDeliveryOption;
  /** Exact decimal string, sent as a JSON number. */
  lifetimeLimit?: string;
  replacementDetails?: { cardToken: string; reason: "CARD_DAMAGED" | "CARD_EXPIRING" };
}

export interface WiseCardOrderAddressRequest {
  firstLine: string;
  secondLine?: string | null;
  thirdLine?: string | null;
  city: string;
  postCode: string;
  state?: string | null;
  country: string;
}

/**
 * `POST /v3/spend/profiles/{profileId}/card-orders`: orders a card. The `X-idempotence-uuid`
 * makes a repeat answer the order the key made, so a lost answer may be asked again with it.
 * @wiseOperation POST /v3/spend/profiles/{profileId}/card-orders
 */
export function createCardOrder(wise: WiseSession, profileId: number, request: WiseCardOrderRequest, idempotencyKey: string): Promise<WiseCardOrder> {
  const { lifetimeLimit, ...rest } = request;
  return wise.call({
    method: "POST",
    route: route`/v3/spend/profiles/${profileId}/card-orders`,
    headers: { "x-idempotence-uuid": idempotencyKey },
    json: lifetimeLimit === undefined ? rest : { ...rest, lifetimeLimit: jsonNumber(lifetimeLimit) },
    decoder: wiseCardOrder,
  });
}

/**
 * `GET /v3/spend/profiles/{profileId}/card-orders/availability`: the card programs the profile
 * may order now (none when it may order no more cards).
 * @wiseOperation GET /v3/spend/profiles/{profileId}/card-orders/availability
 */
export async function getCardOrderPrograms(wise: WiseSession, profileId: number): Promise<WiseCardProgram[]> {
  const answer = await wise.call({ method: "GET", route: route`/v3/spend/profiles/${profileId}/card-orders/availability`, decoder: wiseCardPrograms });
  return answer.cardPrograms ?? [];
}

/**
 * `GET /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}/requirements`: what the order
 * still needs (verification, address, PIN), each with its status.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}/requirements
 */
export async function getCardOrderRequirements(wise: WiseSession, profileId: number, cardOrderId: number): Promise<WiseCardOrderRequirement[]> {
  const answer = await wise.call({
    method: "GET",
    route: route`/v3/spend/profiles/${profileId}/card-orders/${cardOrderId}/requirements`,
    decoder: wiseCardOrderRequirements,
  });
  return answer.requirements ?? [];
}

/**
 * `PUT /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}/status`: cancels an order (or,
 * deprecated, completes it); Wise answers 202 with no body.
 * @wiseOperation PUT /v3/spend/profiles/{profileId}/card-orders/{cardOrderId}/status
 */
export async function updateCardOrderStatus(wise: WiseSession, profileId: number, cardOrderId: number, status: "CANCELLED" | "COMPLETED"): Promise<void> {
  await wise.call({ method: "PUT", route: route`/v3/spend/profiles/${profileId}/card-orders/${cardOrderId}/status`, json: { status }, decoder: z.unknown() });
}

/**
 * `POST /v3/spend/address/validate`: checks an address's format for a card order; no problems
 * means it is valid.
 * @wiseOperation POST /v3/spend/address/validate
 */
export async function validateCardAddress(wise: WiseSession, address: WiseCardOrderAddressRequest): Promise<WiseAddressProblem[]> {
  const answer = await wise.call({ method: "POST", route: route`/v3/spend/address/validate`, json: address, decoder: wiseAddressValidation });
  return answer.errors ?? [];
}

/**
 * `POST /v1/simulation/spend/profiles/{profileId}/card-orders/{cardOrderId}/next`: the embedded
 * sandbox only (Wise has no such simulation): moves a physical card's order one step through
 * production (card details created, then produced).
 * @wiseOperation POST /v1/simulation/spend/profiles/{profileId}/card-orders/{cardOrderId}/next
 */
export function simulateCardOrderStep(wise: WiseSession, profileId: number, cardOrderId: number): Promise<WiseCardOrder> {
  return wise.call({ method: "POST", route: route`/v1/simulation/spend/profiles/${profileId}/card-orders/${cardOrderId}/next`, decoder: wiseCardOrder });
}
