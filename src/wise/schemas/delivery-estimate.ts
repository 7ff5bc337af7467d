import { z } from "zod";

/** `GET /v1/delivery-estimates/{transferId}`: when the money is expected to arrive. */
export const wiseDeliveryEstimate = z.object({
  /** "2018-01-10T12:15:00.000+0000" (offset without a colon); absent when Wise has no estimate. */
  estimatedDeliveryDate: z.string().nullish(),
  formattedEstimatedDeliveryDate: z.string().nullish(),
});

export type WiseDeliveryEstimate = z.infer<typeof wiseDeliveryEstimate>;
