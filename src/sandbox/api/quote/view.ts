// v3 quote JSON, key order and number forms as in recordings/quote-create.yaml and
// iban-process.yaml: only the provided amount at top level (a TARGET quote has no
// top-level sourceAmount, a SOURCE quote no targetAmount), the provided amount at its
// currency's scale (110.00), computed amounts and fees without trailing zeros (1.4,
// 1185.5, 0.0, a whole one as 2.0 except in whole-unit currencies), feePercentage with 4 decimals, times as "2025-01-03T22:13:50Z".

import { doubleText, isoSeconds } from "../../format.js";
import { dec } from "../../http.js";
import type { QuoteRecord, QuoteStatus } from "../../model.js";
import { deliveryInstant, formatDelivery, PAY_INS, price, type Priced } from "../../pricing.js";
import { currencyScale } from "../../reference/currencies.js";
import type { Store } from "../../store.js";

const ALLOWED_PROFILE_TYPES = ["PERSONAL", "BUSINESS"];

/** What a quote's status reads as at `nowMs` (PENDING quotes past expirationTime are EXPIRED). */
export function quoteStatus(q: QuoteRecord, nowMs: number): QuoteStatus {
  return q.status === "PENDING" && nowMs > q.expirationMs ? "EXPIRED" : q.status;
}

export interface QuoteOption extends Priced {
  disabled: boolean;
  disabledReason: { code: string; message: string; arguments: unknown[] } | null;
}

/** Every payment option of a quote, the preferred pay-in first, BALANCE last (as Wise lists them). */
export function quoteOptions(store: Store, q: QuoteRecord): QuoteOption[] {
  const hasBalance = store.balancesOf(q.profileId).some((b) => b.type === "STANDARD" && b.currency === q.sourceCurrency);
  const order = q.preferredPayIn === null ? [...PAY_INS] : [q.preferredPayIn, ...PAY_INS.filter((p) => p !== q.preferredPayIn)];
  return order.map((payIn) => {
    const priced = price(q, payIn, q.payOut);
    let disabledReason: QuoteOption["disabledReason"] = null;
    if (payIn === "BALANCE" && !hasBalance) {
      disabledReason = {
        code: "error.payInmethod.disabled",
        message: "Open a multi currency account and add funds to instantly pay for your transfers.",
        arguments: [],
      };
    } else if (!priced.usable) {
      disabledReason = { code: "error.amount.tooLow", message: "The amount is too low to cover the fee.", arguments: [] };
    }
    return { ...priced, disabled: disabledReason !== null, disabledReason };
  });
}

/** The option a transfer made from this quote is priced with (preferredPayIn, else BANK_TRANSFER). */
export function chosenOption(store: Store, q: QuoteRecord, payIn = q.preferredPayIn ?? "BANK_TRANSFER"): QuoteOption {
  const option = quoteOptions(store, q).find((o) => o.payIn === payIn);
  if (option === undefined) throw new Error(`quote ${q.id} has no ${payIn} option`);
  return option;
}

function optionView(q: QuoteRecord, o: QuoteOption) {
  const sourceWhole = currencyScale(q.sourceCurrency) === 0;
  const money = (amount: string) => ({ amount: dec(doubleText(amount, sourceWhole)), currency: q.sourceCurrency, label: `${amount} ${q.sourceCurrency}` });
  const source = q.providedAmountType === "SOURCE" ? o.sourceAmount : doubleText(o.sourceAmount, sourceWhole);
  const target = q.providedAmountType === "TARGET" ? o.targetAmount : doubleText(o.targetAmount, currencyScale(q.targetCurrency) === 0);
  const delivery = deliveryInstant(q.createdMs, o.deliveryDays);
  const priceSetId = o.payIn === "BALANCE" ? 381 : 384;
  return {
    formattedEstimatedDelivery: formatDelivery(delivery, o.deliveryDays),
    estimatedDeliveryDelays: [],
    allowedProfileTypes: [...ALLOWED_PROFILE_TYPES],
    payInProduct: o.payInProduct,
    feePercentage: dec(o.feePercentage),
    estimatedDelivery: isoSeconds(delivery),
    sourceAmount: dec(source),
    targetAmount: dec(target),
    disabled: o.disabled,
    sourceCurrency: q.sourceCurrency,
    targetCurrency: q.targetCurrency,
    payOut: o.payOut,
    payIn: o.payIn,
    price: {
      priceSetId,
      total: { type: "TOTAL", label: "Total fees", value: money(o.totalFee) },
      items: [{ type: "TRANSFERWISE", label: "Our fee", value: money(o.totalFee) }],
      priceDecisionReferenceId: q.priceDecisionReferenceId,
    },
    fee: {
      transferwise: dec(doubleText(o.transferwiseFee, sourceWhole)),
      // Wise writes no pay-in fee as 0.0 whatever the currency (recorded).
      payIn: dec(Number(o.payInFee) === 0 ? "0.0" : doubleText(o.payInFee, sourceWhole)),
      discount: dec("0"),
      total: dec(doubleText(o.totalFee, sourceWhole)),
      priceSetId,
      partner: dec("0.0"),
    },
    ...(o.disabledReason === null ? {} : { disabledReason: { ...o.disabledReason } }),
  };
}

export function quoteView(store: Store, q: QuoteRecord, nowMs: number) {
  const provided = q.providedAmountType === "SOURCE" ? { sourceAmount: dec(q.amount) } : { targetAmount: dec(q.amount) };
  return {
    ...provided,
    guaranteedTargetAmountAllowed: false,
    targetAmountAllowed: true,
    ...(q.preferredPayIn === null ? {} : { preferredPayIn: q.preferredPayIn }),
    paymentOptions: quoteOptions(store, q).map((o) => optionView(q, o)),
    notices: [],
    transferFlowConfig: {
      highAmount: {
        showFeePercentage: false,
        trackAsHighAmountSender: false,
        showEducationStep: false,
        offerPrefundingOption: false,
        overLimitThroughCs: false,
        overLimitThroughWiseAccount: false,
      },
    },
    rateTimestamp: isoSeconds(q.rateTimestampMs),
    clientId: "transferwise-personal-tokens",
    expirationTime: isoSeconds(q.expirationMs),
    id: q.id,
    type: "REGULAR",
    status: quoteStatus(q, nowMs),
    profile: q.profileId,
    rate: dec(doubleText(q.rate)),
    sourceCurrency: q.sourceCurrency,
    targetCurrency: q.targetCurrency,
    createdTime: isoSeconds(q.createdMs),
    user: q.userId,
    rateType: "FIXED",
    rateExpirationTime: isoSeconds(q.rateExpirationMs),
    payOut: q.payOut,
    guaranteedTargetAmount: false,
    providedAmountType: q.providedAmountType,
    ...(q.targetAccount === null ? {} : { targetAccount: q.targetAccount }),
    ...(q.payInCountry === null ? {} : { payInCountry: q.payInCountry }),
    ...(q.payOutCountry === null ? {} : { payOutCountry: q.payOutCountry }),
    funding: "POST",
  };
}
