import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

const priceValue = z.object({ amount: wiseDecimal, currency: z.string(), label: z.string().nullish() });

/** One way to pay and receive a quote (`paymentOptions[]`): its amounts, fees and delivery. */
export const wisePaymentOption = z.object({
  disabled: z.boolean().nullish(),
  disabledReason: z.object({ code: z.string().nullish(), message: z.string().nullish() }).nullish(),
  estimatedDelivery: z.string().nullish(),
  formattedEstimatedDelivery: z.string().nullish(),
  /** Reasons the money may arrive late; entries without a reason are dropped rather than refused. */
  estimatedDeliveryDelays: z
    .array(z.object({ reason: z.string().nullish() }))
    .nullish()
    .transform((delays) => (delays ?? []).flatMap((d) => (d.reason ? [{ reason: d.reason }] : []))),
  sourceAmount: wiseDecimal.nullish(),
  targetAmount: wiseDecimal.nullish(),
  sourceCurrency: z.string().nullish(),
  targetCurrency: z.string().nullish(),
  payIn: z.string(),
  payOut: z.string(),
  payInProduct: z.string().nullish(),
  feePercentage: wiseDecimal.nullish(),
  allowedProfileTypes: z.array(z.string()).nullish(),
  fee: z
    .object({
      transferwise: wiseDecimal.nullish(),
      payIn: wiseDecimal.nullish(),
      discount: wiseDecimal.nullish(),
      partner: wiseDecimal.nullish(),
      total: wiseDecimal.nullish(),
    })
    .nullish(),
  price: z
    .object({
      total: z.object({ type: z.string().nullish(), label: z.string().nullish(), value: priceValue }).nullish(),
      items: z
        .array(
          z.object({
            type: z.string().nullish(),
            label: z.string().nullish(),
            value: priceValue,
            explanation: z.object({ plainText: z.string().nullish() }).nullish(),
          }),
        )
        .nullish(),
    })
    .nullish(),
});

/** `POST/GET/PATCH /v3/profiles/{pid}/quotes[/{id}]`. A quote has only the amount it was priced by at top level. */
export const wiseQuote = z.object({
  id: z.string(),
  sourceCurrency: z.string(),
  targetCurrency: z.string(),
  sourceAmount: wiseDecimal.nullish(),
  targetAmount: wiseDecimal.nullish(),
  rate: wiseDecimal,
  rateType: z.string().nullish(),
  providedAmountType: z.string().nullish(),
  status: z.string().nullish(),
  payOut: z.string().nullish(),
  preferredPayIn: z.string().nullish(),
  targetAccount: wiseId.nullish(),
  profile: wiseId.nullish(),
  user: wiseId.nullish(),
  createdTime: z.string().nullish(),
  expirationTime: z.string().nullish(),
  rateExpirationTime: z.string().nullish(),
  guaranteedTargetAmountAllowed: z.boolean().nullish(),
  notices: z.array(z.object({ text: z.string().nullish(), link: z.string().nullish(), type: z.string().nullish() })).nullish(),
  paymentOptions: z.array(wisePaymentOption).nullish(),
});

export type WiseQuote = z.infer<typeof wiseQuote>;
export type WisePaymentOption = z.infer<typeof wisePaymentOption>;
