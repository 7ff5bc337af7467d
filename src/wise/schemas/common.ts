import { z } from "zod";
import { isJsonNumber, jsonNumberText, type JsonNumber } from "../json.js";

const jsonNumber = z.custom<JsonNumber>((value) => isJsonNumber(value), { message: "expected a JSON number" }).transform(jsonNumberText);

/** A Wise numeric id (a JSON number, int64 in Wise's spec, always within 2^53 in practice). */
export const wiseId = jsonNumber.refine((digits) => /^\d+$/.test(digits) && Number.isSafeInteger(Number(digits)), { message: "expected a safe integer id" }).transform(Number);

/** An exact decimal sent by Wise as a JSON number; kept as its decimal string, never a float. */
export const wiseDecimal = jsonNumber.transform(normaliseDecimal);

/** `{ value, currency }`, Wise's money object on balances and balance movements. */
export const wiseMoney = z.object({ value: wiseDecimal, currency: z.string() });

/** Turns exponent notation (`1e-7`) into plain digits and keeps every other form as sent. */
export function normaliseDecimal(text: string): string {
  if (!/[eE]/.test(text)) return text;
  const match = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, intPart, fracPart = "", expText] = match;
  const exponent = Number(expText);
  const digits = (intPart + fracPart).replace(/^0+(?=\d)/, "");
  const point = intPart.replace(/^0+(?=\d)/, "").length + exponent;
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
