import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

/** `GET /v1/transfers/{id}`: a standard transfer (created as `2025-01-05 11:31:08`, UTC). */
export const wiseTransfer = z.object({
  id: wiseId,
  user: wiseId.nullish(),
  targetAccount: wiseId.nullish(),
  sourceAccount: wiseId.nullish(),
  quoteUuid: z.string().nullish(),
  status: z.string(),
  reference: z.string().nullish(),
  rate: wiseDecimal.nullish(),
  created: z.string(),
  business: wiseId.nullish(),
  details: z.object({ reference: z.string().nullish() }).nullish(),
  hasActiveIssues: z.boolean().nullish(),
  sourceCurrency: z.string(),
  sourceValue: wiseDecimal,
  targetCurrency: z.string(),
  targetValue: wiseDecimal,
  customerTransactionId: z.string().nullish(),
});

/** `POST /v3/profiles/{pid}/transfers/{id}/payments`: the result of funding. */
export const wisePayment = z.object({
  type: z.string().nullish(),
  status: z.string(),
  errorCode: z.string().nullish(),
  errorMessage: z.string().nullish(),
  balanceTransactionId: wiseId.nullish(),
});

export type WiseTransfer = z.infer<typeof wiseTransfer>;
export type WisePayment = z.infer<typeof wisePayment>;
