import { z } from "zod";
import { wiseDecimal, wiseId, wiseMoney } from "./common.js";

/** `GET /v1/profiles/{profileId}/balance-capacity?currency=`: how much more the profile may hold. */
export const wiseBalanceCapacity = z.object({
  hasLimit: z.boolean(),
  depositLimit: z.object({ amount: wiseDecimal, currency: z.string() }).nullish(),
});

export type WiseBalanceCapacity = z.infer<typeof wiseBalanceCapacity>;

/** `GET /v1/profiles/{profileId}/total-funds/{currency}`: everything the profile holds, in one currency. */
export const wiseTotalFunds = z.object({
  totalWorth: wiseMoney,
  totalAvailable: wiseMoney,
  totalCash: wiseMoney,
  overdraft: z
    .object({
      limit: wiseMoney.nullish(),
      used: wiseMoney.nullish(),
      available: wiseMoney.nullish(),
      availableByCurrency: z.array(wiseMoney).nullish(),
    })
    .nullish(),
});

export type WiseTotalFunds = z.infer<typeof wiseTotalFunds>;

/** One hold limit breach: the money a profile holds above its country's hold limit. */
export const wiseHoldLimitBreach = z.object({
  id: wiseId,
  profileId: wiseId,
  amount: wiseDecimal,
  currency: z.string(),
  state: z.string(),
  closingReason: z.string().nullish(),
  createdAt: z.string(),
  updatedAt: z.string().nullish(),
});

export type WiseHoldLimitBreach = z.infer<typeof wiseHoldLimitBreach>;

/** `POST /v1/profiles/{profileId}/excess-money-account`: the recipient money above the limit goes to. */
export const wiseExcessMoneyAccount = z.object({ userProfileId: wiseId, recipientId: wiseId });

export type WiseExcessMoneyAccount = z.infer<typeof wiseExcessMoneyAccount>;
