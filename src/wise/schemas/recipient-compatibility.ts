import { z } from "zod";
import { wiseId } from "./common.js";

/** One bank-side check of the recipient's details (name matching, account existence...). */
export const wiseConfirmationOutcome = z.object({
  type: z.string(),
  timestamp: z.string().nullish(),
  outcome: z.string(),
  requiresCustomerAcceptance: z.boolean().nullish(),
  fieldsChecked: z.array(z.string()).nullish(),
  providedName: z.string().nullish(),
  resolvedName: z.string().nullish(),
  message: z.string().nullish(),
  recommendedUpdates: z.array(z.object({ path: z.string(), value: z.string() })).nullish(),
});

/** A recipient's bank-side checks and the sender's acceptance of them (`confirmations`). */
export const wiseConfirmations = z.object({
  acceptedOutcomes: z.boolean().nullish(),
  acceptedAt: z.string().nullish(),
  quoteId: z.string().nullish(),
  outcomes: z.array(wiseConfirmationOutcome).nullish(),
});

/** `POST /v2/accounts/{accountId}/quotes/{quoteId}/compatibility`: the recipient can receive the quote's transfer. */
export const wiseRecipientCompatibility = z.object({
  accountId: wiseId,
  quoteId: z.string(),
  /** Present only for currencies where Wise verifies the recipient with the bank. */
  confirmations: wiseConfirmations.nullish(),
});

export type WiseRecipientCompatibility = z.infer<typeof wiseRecipientCompatibility>;
export type WiseConfirmations = z.infer<typeof wiseConfirmations>;
export type WiseConfirmationOutcome = z.infer<typeof wiseConfirmationOutcome>;
