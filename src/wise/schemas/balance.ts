import { z } from "zod";
import { wiseId, wiseMoney } from "./common.js";

/** `GET /v4/profiles/{pid}/balances/{id}`: one balance of a multi-currency account. */
export const wiseBalance = z.object({
  id: wiseId,
  currency: z.string(),
  type: z.string(),
  name: z.string().nullish(),
  icon: z.object({ type: z.string().nullish(), value: z.string().nullish() }).nullish(),
  investmentState: z.string().nullish(),
  amount: wiseMoney,
  reservedAmount: wiseMoney.nullish(),
  cashAmount: wiseMoney.nullish(),
  totalWorth: wiseMoney.nullish(),
  creationTime: z.string().nullish(),
  modificationTime: z.string().nullish(),
  visible: z.boolean().nullish(),
  primary: z.boolean().nullish(),
});

export type WiseBalance = z.infer<typeof wiseBalance>;
