import { route } from "../route.js";
import { wiseTransferPayoutInfo, type WiseTransferPayoutInfo } from "../schemas/transfer-payout.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v2/transfers/{transferId}/invoices/bankingpartner`: the partner bank that paid the
 * transfer out, its reference and the delivery mode; 404 while the money has not been sent.
 * @wiseOperation GET /v2/transfers/{transferId}/invoices/bankingpartner
 */
export function getTransferPayoutInfo(wise: WiseSession, transferId: number): Promise<WiseTransferPayoutInfo> {
  return wise.call({ method: "GET", route: route`/v2/transfers/${transferId}/invoices/bankingpartner`, decoder: wiseTransferPayoutInfo });
}
