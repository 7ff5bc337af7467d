import { z } from "zod";

/** The answer of the verification-documents calls: `success`, and Wise's reason when it is false. */
export const wiseDocumentResult = z.object({ errorMessage: z.string().nullish(), success: z.boolean() });
export type WiseDocumentResult = z.infer<typeof wiseDocumentResult>;
