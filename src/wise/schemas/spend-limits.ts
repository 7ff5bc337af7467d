import { z } from "zod";
import { wiseDecimal } from "./common.js";

/** `{amount, currency}`: the money object of Wise's spend APIs (`amount`, where balances say `value`). */
export const wiseSpendAmount = z.object({ amount: wiseDecimal, currency: z.string() });

export type WiseSpendAmount = z.infer<typeof wiseSpendAmount>;

/** One window of a profile limit: the value set, what was authorised in the window, Wise's maximum, and when it resets. */
export const wiseProfileLimitWindow = z.object({
  value: wiseSpendAmount,
  usage: wiseSpendAmount.nullish(),
  max: wiseSpendAmount.nullish(),
  resetAt: z.string().nullish(),
});

/** One kind of profile limit (`PURCHASE`, `ATM_WITHDRAWAL`) with its daily and monthly windows. */
export const wiseProfileLimits = z.object({
  type: z.string(),
  aggregateWindow: z.object({ daily: wiseProfileLimitWindow.nullish(), monthly: wiseProfileLimitWindow.nullish() }),
});

export type WiseProfileLimits = z.infer<typeof wiseProfileLimits>;

/** `GET /v4/spend/profiles/{profileId}/spend-limits`. */
export const wiseProfileSpendLimits = z.object({ spendLimits: z.array(wiseProfileLimits) });

export type WiseProfileSpendLimits = z.infer<typeof wiseProfileSpendLimits>;

/** One of a card's own limits: the value, what was authorised in its window (0 for the transaction limit), when it resets (null for transaction and lifetime). */
export const wiseCardLimit = z.object({
  value: wiseSpendAmount,
  usage: wiseSpendAmount.nullish(),
  resetAt: z.string().nullish(),
});

export type WiseCardLimit = z.infer<typeof wiseCardLimit>;

/** `GET /v4/spend/profiles/{profileId}/cards/{cardToken}/spend-limits`: each granularity, null where the card has no limit of its own. */
export const wiseCardSpendLimits = z.object({
  transaction: wiseCardLimit.nullish(),
  daily: wiseCardLimit.nullish(),
  monthly: wiseCardLimit.nullish(),
  lifetime: wiseCardLimit.nullish(),
});

export type WiseCardSpendLimits = z.infer<typeof wiseCardSpendLimits>;
