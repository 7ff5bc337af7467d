// Wise uses a different timestamp format per endpoint and preformatted
// display strings for activity amounts; all formatting lives here so each view
// picks the exact one its endpoint uses. All times are UTC.

import Big from "big.js";
import type { Decimal } from "./model.js";

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Activity createdOn/updatedOn: "2023-01-01T00:00:00.000Z". */
export function isoMillis(ms: number): string {
  return new Date(ms).toISOString();
}

/** Balance creationTime/modificationTime: "2024-12-24T18:32:50.433814Z" (epoch microseconds in). */
export function isoMicros(us: number): string {
  const ms = Math.floor(us / 1000);
  const micros = us - ms * 1000;
  const base = new Date(ms).toISOString(); // ...:50.433Z
  return `${base.slice(0, 23)}${pad(micros, 3)}Z`;
}

/** v2 profile createdAt/updatedAt: "2023-01-15T10:30:00" (no zone). */
export function localDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

/** Standard transfer `created`: "2025-01-05 11:31:08". */
export function spaceDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", " ");
}

/** Rate `time`: "2018-08-31T10:43:31+0000" (offset without colon). */
export function rateTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+0000`;
}

/** Quote times: "2025-01-03T22:13:50Z" (no milliseconds). */
export function isoSeconds(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Spring error `timestamp` (real clock; errors are not seeded data). */
export function springTimestamp(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Activity amount text as Wise shows it: whole amounts without decimals ("150 JPY",
 * "20 GBP"), others with two ("1.50 SGD"), thousands separated by commas ("1,500.25 EUR").
 */
export function displayAmount(value: Decimal, currency: string): string {
  const abs = new Big(value).abs();
  const whole = abs.round(0, Big.roundDown);
  const text = abs.eq(whole) ? whole.toFixed(0) : abs.toFixed(2);
  const [int, frac] = text.split(".") as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${frac === undefined ? grouped : `${grouped}.${frac}`} ${currency}`;
}

/** Incoming money: "<positive>+ 20 GBP</positive>". */
export function positiveAmount(value: Decimal, currency: string): string {
  return `<positive>+ ${displayAmount(value, currency)}</positive>`;
}

/** Charges deducted from a balance: "<negative>- 0.85 GBP</negative>". */
export function negativeAmount(value: Decimal, currency: string): string {
  return `<negative>- ${displayAmount(value, currency)}</negative>`;
}

/** Negated (cancelled) amounts: "<strikethrough>45 GBP</strikethrough>". */
export function struckAmount(value: Decimal, currency: string): string {
  return `<strikethrough>${displayAmount(value, currency)}</strikethrough>`;
}

/**
 * A number Wise keeps as a floating-point value (quote fees and computed amounts, rates): no
 * trailing zeros, but a whole value keeps one decimal, as Wise writes them ("1.4", "0.0", a
 * same-currency rate "1.0"). Amounts of whole-unit currencies (JPY, HUF...) stay whole ("88").
 */
export function doubleText(value: Decimal, wholeUnits = false): Decimal {
  const text = new Big(value).toFixed();
  return wholeUnits || text.includes(".") ? text : `${text}.0`;
}
