import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

/** `{ amount, currency }`: the money object of Wise's card transactions (not `value`). */
const wiseCardMoney = z.object({ amount: wiseDecimal, currency: z.string() });

const wiseCardDebit = z.object({
  balanceId: wiseId,
  debitedAmount: wiseCardMoney,
  forAmount: wiseCardMoney,
  rate: wiseDecimal.nullish(),
  fee: wiseCardMoney.nullish(),
  creationTime: z.string().nullish(),
});

const wiseCardCredit = z.object({
  balanceId: wiseId,
  creditedAmount: wiseCardMoney,
  creationTime: z.string().nullish(),
});

/** A card transaction (`GET /v4/spend/...`); `debits` and `credits` come only when it is read by id. */
export const wiseCardTransaction = z.object({
  id: wiseId,
  cardToken: z.string(),
  type: z.string(),
  state: z.string(),
  declineReason: z.string().nullish(),
  detailedDeclineReason: z.string().nullish(),
  creationTime: z.string(),
  modificationTime: z.string().nullish(),
  purgeTime: z.string().nullish(),
  transactionAmount: wiseCardMoney,
  fees: z.array(z.object({ amount: wiseDecimal, currency: z.string(), fee_type: z.string().nullish() })).nullish(),
  transactionAmountWithFees: wiseCardMoney.nullish(),
  merchant: z
    .object({
      name: z.string().nullish(),
      location: z
        .object({ country: z.string().nullish(), city: z.string().nullish(), zipCode: z.string().nullish(), region: z.string().nullish(), state: z.string().nullish() })
        .nullish(),
      category: z.object({ name: z.string().nullish(), code: z.string().nullish(), description: z.string().nullish() }).nullish(),
    })
    .nullish(),
  authorisationMethod: z.string().nullish(),
  approvalCode: z.string().nullish(),
  billingAmount: wiseCardMoney.nullish(),
  arn: z.string().nullish(),
  pinValidationResult: z.string().nullish(),
  debits: z.array(wiseCardDebit).nullish(),
  credits: z.array(wiseCardCredit).nullish(),
});

export const wiseCardTransactionList = z.object({ transactions: z.array(wiseCardTransaction) });

/**
 * The answer of a card transaction simulation. `reference` holds the card's PAN, PIN and CVVs
 * (Wise's sandbox sends them): it is kept whole, to be sent back for clearing and reversal, and
 * never logged or shown.
 */
export const wiseCardSimulationAnswer = z.object({
  reference: z.record(z.string(), z.unknown()).nullish(),
  error: z.string().nullish(),
});

/** One row of `GET /v2/simulation/.../transactions`. */
export const wiseSimulatedCardTransaction = z.object({ transactionId: wiseId, creationTime: wiseDecimal.nullish() });

export type WiseCardTransaction = z.infer<typeof wiseCardTransaction>;
export type WiseCardDebit = z.infer<typeof wiseCardDebit>;
export type WiseCardCredit = z.infer<typeof wiseCardCredit>;
export type WiseCardSimulationAnswer = z.infer<typeof wiseCardSimulationAnswer>;
export type WiseSimulatedCardTransaction = z.infer<typeof wiseSimulatedCardTransaction>;
