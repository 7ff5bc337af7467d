import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

const logo = z.object({ svgUrl: z.string().nullish(), pngUrl: z.string().nullish() }).nullish();

/** One provider's estimated price and speed for the route (`providers[].quotes[]`). */
export const wiseComparisonQuote = z.object({
  rate: wiseDecimal,
  fee: wiseDecimal,
  dateCollected: z.string().nullish(),
  sourceCountry: z.string().nullish(),
  targetCountry: z.string().nullish(),
  markup: wiseDecimal.nullish(),
  receivedAmount: wiseDecimal.nullish(),
  sendAmount: wiseDecimal.nullish(),
  deliveryEstimation: z
    .object({
      duration: z.object({ min: z.string().nullish(), max: z.string().nullish() }).nullish(),
      providerGivesEstimate: z.boolean().nullish(),
    })
    .nullish(),
  isConsideredMidMarketRate: z.boolean().nullish(),
});

/** `GET /v4/comparisons`: Wise and other providers, each with its quotes, for one route and amount. */
export const wiseComparison = z.object({
  sourceCurrency: z.string().nullish(),
  targetCurrency: z.string().nullish(),
  amount: wiseDecimal.nullish(),
  amountType: z.string().nullish(),
  providers: z.array(
    z.object({
      id: wiseId,
      alias: z.string(),
      name: z.string(),
      type: z.string().nullish(),
      partner: z.boolean().nullish(),
      logos: z.object({ normal: logo, inverse: logo, white: logo, circle: logo }).partial().nullish(),
      quotes: z.array(wiseComparisonQuote),
    }),
  ),
});

export type WiseComparison = z.infer<typeof wiseComparison>;
export type WiseComparisonQuote = z.infer<typeof wiseComparisonQuote>;
