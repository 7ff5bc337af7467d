import { z } from "zod";
import { wiseMoney } from "./common.js";

/** One line of a balance statement. */
export const wiseStatementTransaction = z.object({
  type: z.string(),
  date: z.string(),
  amount: wiseMoney,
  totalFees: wiseMoney.nullish(),
  details: z.object({ type: z.string().nullish(), description: z.string().nullish() }).nullish(),
  runningBalance: wiseMoney.nullish(),
  referenceNumber: z.string().nullish(),
});

/** `GET /v1/profiles/{profileId}/balance-statements/{balanceId}/statement.json`. */
export const wiseBalanceStatement = z.object({
  transactions: z.array(wiseStatementTransaction),
  endOfStatementBalance: wiseMoney.nullish(),
});

export type WiseBalanceStatement = z.infer<typeof wiseBalanceStatement>;
