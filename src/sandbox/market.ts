// Deterministic exchange-rate model shared by /v1/rates and quotes.
// A rate is a pure function of (source, target, minute): the base table times a smooth
// drift (a few sine waves with per-currency phases) plus tiny per-minute noise, so any
// historic instant always yields the same value. Rates are exact decimal strings with
// 6 significant digits (e.g. "1.20512", "151.42", "0.00528123").

import Big from "big.js";
import type { Decimal } from "./model.js";
import { UNITS_PER_USD } from "./reference/rates.js";
import { hashUnit } from "./seed/random.js";

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Currencies the rate model quotes (every ordered pair of them is a route). */
export const RATE_CURRENCIES: readonly string[] = Object.keys(UNITS_PER_USD);

const INDEX = new Map(RATE_CURRENCIES.map((c, i) => [c, i]));

interface Wave {
  amplitude: number;
  periodMinutes: number;
  phase: number;
}

// Per-currency waves: ~3.5% over a quarter, ~1.2% over weeks, ~0.3% intraday.
const WAVES = new Map<string, Wave[]>(
  RATE_CURRENCIES.map((c, i) => [
    c,
    [
      { amplitude: 0.035, periodMinutes: 97 * 1440, phase: 2 * Math.PI * hashUnit(i, 1) },
      { amplitude: 0.012, periodMinutes: 23 * 1440, phase: 2 * Math.PI * hashUnit(i, 2) },
      { amplitude: 0.003, periodMinutes: 1440, phase: 2 * Math.PI * hashUnit(i, 3) },
    ],
  ]),
);

export function isRateCurrency(code: string): boolean {
  return INDEX.has(code);
}

/** Units of `currency` per USD at a given minute since the epoch. */
function unitsPerUsd(currency: string, minute: number): number {
  const base = UNITS_PER_USD[currency];
  const index = INDEX.get(currency);
  const waves = WAVES.get(currency);
  if (base === undefined || index === undefined || waves === undefined) {
    throw new Error(`no rate for ${currency}`);
  }
  if (currency === "USD") return 1;
  let drift = (hashUnit(index, minute) - 0.5) * 0.0006;
  for (const w of waves) drift += w.amplitude * Math.sin((2 * Math.PI * minute) / w.periodMinutes + w.phase);
  return base * Math.exp(drift);
}

/** Mid-market rate source->target at the minute containing `ms`, as an exact decimal string. */
export function midRate(source: string, target: string, ms: number): Decimal {
  if (source === target) return "1";
  const minute = Math.floor(ms / MINUTE_MS);
  const value = unitsPerUsd(target, minute) / unitsPerUsd(source, minute);
  // toPrecision rounds once in binary-to-decimal; Big then drops trailing zeros without exponent form.
  return new Big(value.toPrecision(6)).toFixed();
}

/** Start of the minute containing `ms` (the instant a rate is stamped with). */
export function floorToMinute(ms: number): number {
  return Math.floor(ms / MINUTE_MS) * MINUTE_MS;
}
