import { route } from "../route.js";
import { wiseDeliveryEstimate, type WiseDeliveryEstimate } from "../schemas/delivery-estimate.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v1/delivery-estimates/{transferId}`: Wise's live estimate of when a transfer arrives.
 * @wiseOperation GET /v1/delivery-estimates/{transferId}
 */
export function getDeliveryEstimate(wise: WiseSession, transferId: number, timezone?: string): Promise<WiseDeliveryEstimate> {
  return wise.call({ method: "GET", route: route`/v1/delivery-estimates/${transferId}`, searchParams: { timezone }, decoder: wiseDeliveryEstimate });
}
