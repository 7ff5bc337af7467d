import { route } from "../route.js";
import { wiseFile, type WiseFileAnswer } from "../file-answer.js";
import type { WiseSession } from "../session.js";

/** Wise answers these documents as PDFs; anything else breaks the contract. */
const pdf = wiseFile.refine((file) => file.contentType.toLowerCase().startsWith("application/pdf"), { message: "expected application/pdf" });

const PDF_ANSWER = { headers: { accept: "application/pdf" }, fileAnswer: true, decoder: pdf } as const;

/**
 * `GET /v1/transfers/{transferId}/receipt.pdf`: the transfer's receipt, once Wise has sent the
 * money out (404 before).
 * @wiseOperation GET /v1/transfers/{transferId}/receipt.pdf
 */
export function getTransferReceipt(wise: WiseSession, transferId: number): Promise<WiseFileAnswer> {
  return wise.call<WiseFileAnswer>({ method: "GET", route: route`/v1/transfers/${transferId}/receipt.pdf`, ...PDF_ANSWER });
}

/**
 * `GET /v1/transfers/{transferId}/us-combined-receipt.pdf`: the US combined disclosure receipt,
 * from the moment the payment is initiated (404 before).
 * @wiseOperation GET /v1/transfers/{transferId}/us-combined-receipt.pdf
 */
export function getTransferUsCombinedReceipt(wise: WiseSession, transferId: number): Promise<WiseFileAnswer> {
  return wise.call<WiseFileAnswer>({ method: "GET", route: route`/v1/transfers/${transferId}/us-combined-receipt.pdf`, ...PDF_ANSWER });
}

/**
 * `GET /v1/transfers/{transferId}/documents/noc`: the non objection certificate of an INR transfer
 * with a business sender or recipient, once sent (404 otherwise).
 * @wiseOperation GET /v1/transfers/{transferId}/documents/noc
 */
export function getTransferNoc(wise: WiseSession, transferId: number): Promise<WiseFileAnswer> {
  return wise.call<WiseFileAnswer>({ method: "GET", route: route`/v1/transfers/${transferId}/documents/noc`, ...PDF_ANSWER });
}
