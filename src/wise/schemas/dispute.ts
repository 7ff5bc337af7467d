import { z } from "zod";
import { isJsonNumber, jsonNumberText } from "../json.js";
import { wiseId } from "./common.js";

/** A dispute reason; one with `subOptions` is submitted as one of them. */
export interface WiseDisputeReason {
  code: string;
  description: string | null;
  isFraud: boolean | null;
  tooltip: string | null;
  supportsMultipleTransactions: boolean | null;
  subOptions: WiseDisputeReason[] | null;
}

export const wiseDisputeReason: z.ZodType<WiseDisputeReason> = z.lazy(() =>
  z
    .object({
      code: z.string(),
      description: z.string().nullish(),
      isFraud: z.boolean().nullish(),
      tooltip: z.string().nullish(),
      supportsMultipleTransactions: z.boolean().nullish(),
      subOptions: z.array(wiseDisputeReason).nullish(),
    })
    .transform((r) => ({
      code: r.code,
      description: r.description ?? null,
      isFraud: r.isFraud ?? null,
      tooltip: r.tooltip ?? null,
      supportsMultipleTransactions: r.supportsMultipleTransactions ?? null,
      subOptions: r.subOptions ?? null,
    })),
);

/** A dispute of a card transaction. */
export const wiseDispute = z.object({
  id: z.string(),
  transactionId: wiseId,
  profileId: wiseId,
  reason: z.string(),
  status: z.string(),
  subStatus: z.string(),
  statusMessage: z.string().nullish(),
  createdAt: z.string(),
  createdBy: z.string().nullish(),
  lastUpdatedAt: z.string().nullish(),
  canWithdraw: z.boolean(),
});
export type WiseDispute = z.infer<typeof wiseDispute>;

/** One page of a profile's disputes, with the count of all that match. */
export const wiseDisputePage = z.object({ totalCount: wiseId, disputes: z.array(wiseDispute) });
export type WiseDisputePage = z.infer<typeof wiseDisputePage>;

/** Numbers of a Dynamic Flow document as plain JSON numbers: they are form settings (lengths, minimums), never money. */
function plainJson(value: unknown): unknown {
  if (isJsonNumber(value)) return Number(jsonNumberText(value));
  if (Array.isArray(value)) return value.map(plainJson);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, plainJson(child)]));
  return value;
}

/** A Dynamic Flow step (Wise's JSON for its Dynamic Flow framework), kept whole. */
export const wiseDynamicFlowStep = z.record(z.string(), z.unknown()).transform((step) => plainJson(step) as Record<string, unknown>);
export type WiseDynamicFlowStep = z.infer<typeof wiseDynamicFlowStep>;

/** The answer of a file upload: the multipart part's name -> the file's id. */
export const wiseDisputeFileIds = z.record(z.string(), z.string());
