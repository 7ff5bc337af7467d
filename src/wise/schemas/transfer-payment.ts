import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

/** One item of `GET /v1/transfers/{transferId}/payments`: a completed pay-in that funded the transfer. */
export const wiseTransferPayment = z.object({
  id: wiseId,
  /** The pay-in method, e.g. BALANCE or BANK_TRANSFER. */
  method: z.string(),
  pricingVariant: z.string().nullish(),
  amount: wiseDecimal,
  currency: z.string(),
  timeCreated: z.string(),
  timeUpdated: z.string().nullish(),
});

export const wiseTransferPayments = z.array(wiseTransferPayment);

export type WiseTransferPayment = z.infer<typeof wiseTransferPayment>;
