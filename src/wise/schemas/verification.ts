import { z } from "zod";

/** `GET .../verification-status/required-evidences`: the evidence keys still asked for. */
export const wiseRequiredEvidences = z.object({ required_evidences: z.array(z.string()) });
export type WiseRequiredEvidences = z.infer<typeof wiseRequiredEvidences>;

/** `POST .../upload-evidences` (207): the overall result and one result per submitted field. */
export const wiseEvidenceUploadResult = z.object({
  overallStatus: z.string(),
  results: z.array(z.object({ evidenceRequirementKey: z.string(), result: z.string(), message: z.string().nullish() })),
});
export type WiseEvidenceUploadResult = z.infer<typeof wiseEvidenceUploadResult>;

/** An answer without a body (204, 202): anything Wise may put there is ignored. */
export const wiseNoContent = z.unknown().transform(() => null);
