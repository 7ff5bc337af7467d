import { z } from "zod";
import { wiseDecimal, wiseMoney } from "./common.js";

/** A card transaction's merchant, as a statement line names it. */
const wiseStatementMerchant = z.object({
  name: z.string().nullish(),
  firstLine: z.string().nullish(),
  postCode: z.string().nullish(),
  city: z.string().nullish(),
  state: z.string().nullish(),
  country: z.string().nullish(),
  category: z.string().nullish(),
});

/** What a statement line says about its transaction; which keys appear depends on `type`. */
const wiseStatementDetails = z.object({
  type: z.string().nullish(),
  description: z.string().nullish(),
  /** The amount in its original currency (a card payment abroad). */
  amount: wiseMoney.nullish(),
  sourceAmount: wiseMoney.nullish(),
  targetAmount: wiseMoney.nullish(),
  fee: wiseMoney.nullish(),
  rate: wiseDecimal.nullish(),
  senderName: z.string().nullish(),
  senderAccount: z.string().nullish(),
  paymentReference: z.string().nullish(),
  category: z.string().nullish(),
  merchant: wiseStatementMerchant.nullish(),
});

/** One line of a balance statement. */
export const wiseStatementTransaction = z.object({
  type: z.string(),
  date: z.string(),
  amount: wiseMoney,
  totalFees: wiseMoney.nullish(),
  details: wiseStatementDetails.nullish(),
  exchangeDetails: z.object({ toAmount: wiseMoney.nullish(), fromAmount: wiseMoney.nullish(), forAmount: wiseMoney.nullish(), rate: wiseDecimal.nullish() }).nullish(),
  runningBalance: wiseMoney.nullish(),
  referenceNumber: z.string().nullish(),
});

/** `GET /v1/profiles/{profileId}/balance-statements/{balanceId}/statement.json`. */
export const wiseBalanceStatement = z.object({
  transactions: z.array(wiseStatementTransaction),
  endOfStatementBalance: wiseMoney.nullish(),
});

export type WiseStatementTransaction = z.infer<typeof wiseStatementTransaction>;
export type WiseBalanceStatement = z.infer<typeof wiseBalanceStatement>;
