import { z } from "zod";

/** `GET /v2/transfers/{transferId}/invoices/bankingpartner`: who paid a transfer out, and how. */
export const wiseTransferPayoutInfo = z.object({
  processorName: z.string().nullish(),
  deliveryMode: z.string().nullish(),
  bankingPartnerReference: z.string().nullish(),
  bankingPartnerName: z.string().nullish(),
  mt103: z.string().nullish(),
});

export type WiseTransferPayoutInfo = z.infer<typeof wiseTransferPayoutInfo>;
