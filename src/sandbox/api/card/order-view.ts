// The JSON Wise answers for a card order (GET/POST /v3/spend/profiles/{profileId}/card-orders...).

import { isoMicros } from "../../format.js";
import { dec } from "../../http.js";
import type { CardOrderRecord } from "./model.js";

/** Wise's card order resource; a virtual card's order has no delivery details. */
export function cardOrderView(order: CardOrderRecord, nowMs: number): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: order.id,
    profileId: order.profileId,
    clientId: order.clientId,
    cardProgram: { ...order.program },
    address: order.address === null ? null : { ...order.address },
    cardToken: order.cardToken,
    replacesCard: order.replacesCard,
    creationTime: isoMicros(order.creationMs * 1000),
    modificationTime: isoMicros(order.modificationMs * 1000),
    status: order.status,
    cardHolderName: order.cardHolderName,
    phoneNumber: order.phoneNumber,
    lifetimeLimit: order.lifetimeLimit === null ? null : dec(order.lifetimeLimit),
    deliveryEstimate: isoMicros(deliveryEstimateMs(order, nowMs) * 1000),
  };
  if (order.program.cardType === "PHYSICAL") {
    view.deliveryDetails = {
      deliveryOption: order.deliveryOption,
      deliveryVendor: order.deliveryVendor,
      trackingUrl: order.trackingUrl,
      trackingNumber: order.trackingNumber,
    };
  }
  return view;
}

const DAY_MS = 86_400_000;
/** Days from requirements fulfilled to delivery, per delivery option. */
const DELIVERY_DAYS = { POSTAL_SERVICE_STANDARD: 7, POSTAL_SERVICE_WITH_TRACKING: 5, KIOSK_COLLECTION: 1 } as const;

/**
 * When the card should arrive: a virtual card at once (its creation); a physical card still PLACED
 * as if its requirements were fulfilled today (so the estimate moves daily); after that, the
 * estimate fixed when the requirements were fulfilled.
 */
export function deliveryEstimateMs(order: CardOrderRecord, nowMs: number): number {
  if (order.program.cardType !== "PHYSICAL") return order.creationMs;
  if (order.deliveryEstimateMs !== null && order.status !== "PLACED") return order.deliveryEstimateMs;
  return startOfDay(nowMs) + DELIVERY_DAYS[order.deliveryOption] * DAY_MS;
}

/** The estimate fixed when a physical order's requirements are fulfilled at `nowMs`. */
export function fixedDeliveryEstimateMs(order: CardOrderRecord, nowMs: number): number {
  return nowMs + DELIVERY_DAYS[order.deliveryOption] * DAY_MS;
}

function startOfDay(ms: number): number {
  return ms - (ms % DAY_MS);
}
