import Big from "big.js";
import { decimalPlacesOf } from "./currency-decimals.js";

/**
 * Why an amount a client asked to move or price cannot go to Wise as it is, or null when it can.
 * Wise refuses amounts that are not positive, and may round one with more decimal places than
 * its currency has: we refuse both rather than price or move a different amount. Trailing zeros
 * are no extra precision ("1000.00" JPY is 1000).
 */
export function amountProblem(amount: string, currency: string): string | null {
  if (!new Big(amount).gt(0)) return "The amount must be greater than zero.";
  const places = (amount.split(".")[1] ?? "").replace(/0+$/, "").length;
  const allowed = decimalPlacesOf(currency);
  if (places <= allowed) return null;
  const limit = allowed === 0 ? "none: whole units only" : String(allowed);
  return `"${amount}" has more decimal places than ${currency} allows (${limit}). Amounts are never rounded: send the exact amount.`;
}
