import { z } from "zod";
import { wiseDecimal, wiseId, wiseMoney } from "./common.js";

/** `POST /v2/profiles/{pid}/balance-movements`: a conversion or move between balances. */
export const wiseBalanceMovement = z.object({
  id: wiseId,
  type: z.string(),
  state: z.string(),
  balancesAfter: z.array(z.object({ id: wiseId, value: wiseDecimal, currency: z.string() })).nullish(),
  creationTime: z.string().nullish(),
  sourceAmount: wiseMoney.nullish(),
  targetAmount: wiseMoney.nullish(),
  rate: wiseDecimal.nullish(),
  feeAmounts: z.array(wiseMoney).nullish(),
});

export type WiseBalanceMovement = z.infer<typeof wiseBalanceMovement>;
