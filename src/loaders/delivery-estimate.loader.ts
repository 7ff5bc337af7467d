import DataLoader from "dataloader";
import { getDeliveryEstimate } from "../wise/endpoints/delivery-estimates.js";
import type { WiseDeliveryEstimate } from "../wise/schemas/delivery-estimate.js";
import type { WiseSession } from "../wise/session.js";

/** Delivery estimates by transfer id: one call per transfer per request (Wise has no batch read). */
export function createDeliveryEstimateLoaders(wise: () => WiseSession) {
  return {
    deliveryEstimateByTransfer: new DataLoader<number, WiseDeliveryEstimate>((ids) => Promise.all(ids.map((id) => getDeliveryEstimate(wise(), id).catch((error: Error) => error)))),
  };
}
