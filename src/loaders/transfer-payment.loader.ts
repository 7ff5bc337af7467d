import DataLoader from "dataloader";
import { listTransferPayments } from "../wise/endpoints/transfer-payments.js";
import type { WiseTransferPayment } from "../wise/schemas/transfer-payment.js";
import type { WiseSession } from "../wise/session.js";

/** A transfer's pay-ins by transfer id: one call per transfer per request (Wise has no batch read). */
export function createTransferPaymentLoaders(wise: () => WiseSession) {
  return {
    paymentsByTransfer: new DataLoader<number, WiseTransferPayment[]>((ids) => Promise.all(ids.map((id) => listTransferPayments(wise(), id).catch((error: Error) => error)))),
  };
}
