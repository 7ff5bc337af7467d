import { z } from "zod";

/** One requirement of a KYC review. Wise's docs call its state `status`, its spec `state`: either is read. */
export const wiseKycRequirement = z
  .object({
    key: z.string(),
    state: z.string().nullish(),
    status: z.string().nullish(),
    apiCollectionSupported: z.boolean(),
  })
  .transform(({ key, state, status, apiCollectionSupported }) => ({ key, state: state ?? status ?? "", apiCollectionSupported }));
export type WiseKycRequirement = z.infer<typeof wiseKycRequirement>;

/** A KYC review; `requirements` only comes with the v2 read. */
export const wiseKycReview = z.object({
  id: z.string(),
  status: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  requiredBy: z.string().nullish(),
  link: z.object({ value: z.string(), expiresAt: z.string() }).nullish(),
  triggerReferences: z.array(z.object({ type: z.string(), triggerData: z.record(z.string(), z.unknown()).nullish() })).nullish(),
  redirectUrl: z.string().nullish(),
  requirements: z.array(z.array(wiseKycRequirement)).nullish(),
});
export type WiseKycReview = z.infer<typeof wiseKycReview>;
