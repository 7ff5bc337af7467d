// Deterministic, exact pricing of quotes, transfers and conversions (big.js, never floats).
//
// Fee of one payment option, in the source currency, each part rounded half-up to the
// currency's decimals (none for JPY, HUF...):
//   transferwise = fixed(source) + payOutFixed + variable(target, payIn) x base
//   payIn        = payInPercentage(payIn) x base
//   total        = transferwise + payIn
// where, like Wise's recordings (1000 GBP - 3.88 fee = 996.12 converted at 1.20512 = 1200.44):
//   SOURCE quotes: base = sourceAmount; converted = sourceAmount - total;
//                  targetAmount = converted x rate, rounded down.
//   TARGET quotes: converted = targetAmount / rate, rounded up (the recipient gets at least
//                  the amount asked for); base = converted; sourceAmount = converted + total.
// A transfer's sourceValue is `converted` and its fee `total`; funding debits both.

import Big from "big.js";
import type { Decimal } from "./model.js";
import { fromUsd } from "./seed/balances.js";
import { currencyScale } from "./reference/currencies.js";
import recordedPayIns from "./reference/generated/payment-options.json" with { type: "json" };

export const PAY_OUTS = ["BANK_TRANSFER", "BALANCE", "SWIFT", "SWIFT_OUR", "INTERAC"] as const;

/** Pay-in methods each quote prices: the recorded ones, in the order Wise lists them (BALANCE last). */
export const PAY_INS: readonly string[] = recordedPayIns.map((o) => o.payIn);

interface PayInRule {
  product: "CHEAP" | "FAST" | "ADVANCED" | "BALANCE";
  /** Extra pay-in fee as a fraction of the amount. */
  percentage: string;
  /** Business days the pay-in adds before delivery. */
  extraDays: number;
}

/** The sandbox's own rules for the common methods; the card schemes' fees come from the recording. */
const OWN_RULES: Readonly<Record<string, PayInRule>> = {
  BANK_TRANSFER: { product: "CHEAP", percentage: "0", extraDays: 0 },
  DEBIT: { product: "FAST", percentage: "0.0065", extraDays: 0 },
  CREDIT: { product: "FAST", percentage: "0.0200", extraDays: 0 },
  CARD: { product: "FAST", percentage: "0.0065", extraDays: 0 },
  APPLE_PAY: { product: "FAST", percentage: "0.0200", extraDays: 0 },
  GOOGLE_PAY: { product: "FAST", percentage: "0.0200", extraDays: 0 },
  PISP: { product: "CHEAP", percentage: "0", extraDays: 0 },
  SWIFT: { product: "ADVANCED", percentage: "0", extraDays: 1 },
  BALANCE: { product: "BALANCE", percentage: "0", extraDays: 0 },
};

const PAY_IN_RULES: Readonly<Record<string, PayInRule>> = Object.fromEntries(
  recordedPayIns.map((o) => [o.payIn, OWN_RULES[o.payIn] ?? { product: o.product as PayInRule["product"], percentage: o.payInFee, extraDays: 0 }]),
);

export function isPayIn(value: string): boolean {
  return Object.hasOwn(PAY_IN_RULES, value);
}

/** Wise's variable fee per target currency (cross-currency routes). */
const VARIABLE: Readonly<Record<string, string>> = {
  GBP: "0.0035",
  EUR: "0.0035",
  USD: "0.0045",
  PLN: "0.0040",
  CHF: "0.0040",
  SEK: "0.0040",
  NOK: "0.0040",
  DKK: "0.0040",
  CZK: "0.0045",
  HUF: "0.0045",
  JPY: "0.0050",
  INR: "0.0055",
};
const DEFAULT_VARIABLE = "0.0060";
/** Paying from a balance is a little cheaper (recorded: 3.69 instead of 3.88 on 1000 GBP). */
const BALANCE_DISCOUNT = "0.0002";

/** Extra fixed fee of the delivery method, in USD (converted to the source currency). */
const PAY_OUT_FIXED_USD: Readonly<Record<string, string>> = {
  BANK_TRANSFER: "0",
  BALANCE: "0",
  SWIFT: "4.00",
  SWIFT_OUR: "9.00",
  INTERAC: "0.50",
};

export interface PriceInput {
  sourceCurrency: string;
  targetCurrency: string;
  providedAmountType: "SOURCE" | "TARGET";
  /** Provided amount, at its currency's scale. */
  amount: Decimal;
  rate: Decimal;
}

export interface Priced {
  payIn: string;
  payOut: string;
  payInProduct: string;
  /** Amounts at their currency's scale. */
  sourceAmount: Decimal;
  targetAmount: Decimal;
  /** Amount converted (sourceAmount - totalFee): a transfer's sourceValue. */
  converted: Decimal;
  transferwiseFee: Decimal;
  payInFee: Decimal;
  totalFee: Decimal;
  /** totalFee / sourceAmount, 4 decimals. */
  feePercentage: Decimal;
  /** False when the fee eats the whole amount (SOURCE quotes only). */
  usable: boolean;
  /** Business days to delivery (0 = instant, balance to balance). */
  deliveryDays: number;
}

function variableFee(input: PriceInput, payIn: string, payOut: string): Big {
  if (input.sourceCurrency === input.targetCurrency) return new Big(0);
  let variable = new Big(VARIABLE[input.targetCurrency] ?? DEFAULT_VARIABLE);
  if (payIn === "BALANCE") variable = variable.minus(BALANCE_DISCOUNT);
  if (payOut === "SWIFT_OUR") variable = variable.plus("0.0010");
  return variable;
}

function fixedFee(input: PriceInput, payOut: string): Big {
  // Converting between one's own balances has no fixed part.
  if (payOut === "BALANCE") return new Big(0);
  return new Big(fromUsd("0.35", input.sourceCurrency)).plus(fromUsd(PAY_OUT_FIXED_USD[payOut] ?? "0", input.sourceCurrency));
}

/** Business days from paying to arrival for one pay-in and pay-out (0: balance to balance, instant). */
export function deliveryDaysOf(payIn: string, payOut: string): number {
  const rule = PAY_IN_RULES[payIn] ?? PAY_IN_RULES.BANK_TRANSFER!;
  return payOut === "BALANCE" && payIn === "BALANCE" ? 0 : 1 + rule.extraDays + (payOut.startsWith("SWIFT") ? 1 : 0);
}

/** Prices one payment option (payIn x payOut) of a quote. */
export function price(input: PriceInput, payIn: string, payOut: string): Priced {
  const rule = PAY_IN_RULES[payIn] ?? PAY_IN_RULES.BANK_TRANSFER!;
  const sScale = currencyScale(input.sourceCurrency);
  const tScale = currencyScale(input.targetCurrency);
  const rate = new Big(input.rate);
  const fees = (base: Big) => {
    const transferwise = fixedFee(input, payOut)
      .plus(variableFee(input, payIn, payOut).times(base))
      .round(sScale, Big.roundHalfUp);
    const payInFee = new Big(rule.percentage).times(base).round(sScale, Big.roundHalfUp);
    return { transferwise, payInFee, total: transferwise.plus(payInFee) };
  };

  let source: Big;
  let target: Big;
  let converted: Big;
  let fee: ReturnType<typeof fees>;
  if (input.providedAmountType === "SOURCE") {
    source = new Big(input.amount);
    fee = fees(source);
    converted = source.minus(fee.total);
    target = converted.gt(0) ? converted.times(rate).round(tScale, Big.roundDown) : new Big(0);
  } else {
    target = new Big(input.amount);
    converted = target.div(rate).round(sScale, Big.roundUp);
    fee = fees(converted);
    source = converted.plus(fee.total);
  }
  const usable = converted.gt(0) && target.gt(0);
  const feePercentage = source.gt(0) ? fee.total.div(source).round(4, Big.roundHalfUp) : new Big(0);
  const deliveryDays = deliveryDaysOf(payIn, payOut);
  return {
    payIn,
    payOut,
    payInProduct: rule.product,
    sourceAmount: source.toFixed(sScale),
    targetAmount: target.toFixed(tScale),
    converted: (converted.gt(0) ? converted : new Big(0)).toFixed(sScale),
    transferwiseFee: fee.transferwise.toFixed(sScale),
    payInFee: fee.payInFee.toFixed(sScale),
    totalFee: fee.total.toFixed(sScale),
    feePercentage: feePercentage.toFixed(4),
    usable,
    deliveryDays,
  };
}

/** The instant `days` business days after `ms`, at 17:30 UTC (Wise's usual cut-off); `ms` itself for 0. */
export function deliveryInstant(ms: number, days: number): number {
  if (days === 0) return Math.floor(ms / 1000) * 1000;
  const d = new Date(ms);
  let date = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  let left = days;
  while (left > 0) {
    date += 86_400_000;
    const weekday = new Date(date).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return date + (17 * 60 + 30) * 60_000;
}

/** "by Monday, January 6" (or "in seconds" for instant deliveries). */
export function formatDelivery(ms: number, days: number): string {
  if (days === 0) return "in seconds";
  const text = new Date(ms).toLocaleDateString("en-US", { weekday: "long", month: "long", day: "numeric", timeZone: "UTC" });
  return `by ${text}`;
}

/** A decimal without trailing zeros ("1.40" -> "1.4"), as Wise writes computed fees. */
export function stripped(value: Decimal): Decimal {
  return new Big(value).toFixed();
}
