import { route } from "../route.js";
import { wiseTransferPayments, type WiseTransferPayment } from "../schemas/transfer-payment.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v1/transfers/{transferId}/payments`: the completed pay-ins that funded a transfer (empty
 * while it waits to be paid).
 * @wiseOperation GET /v1/transfers/{transferId}/payments
 */
export function listTransferPayments(wise: WiseSession, transferId: number): Promise<WiseTransferPayment[]> {
  return wise.call({ method: "GET", route: route`/v1/transfers/${transferId}/payments`, decoder: wiseTransferPayments });
}
