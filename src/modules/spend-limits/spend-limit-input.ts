import Big from "big.js";
import { decimalPlacesOf } from "../../common/currency-decimals.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { SpendLimitAmountInput } from "./spend-limits.inputs.js";

/**
 * Why a limit's amount cannot go to Wise, as a userError on its input field, or null. A limit may
 * be zero (it then allows nothing) but not negative, and is never rounded: more decimals than its
 * currency has are refused. Trailing zeros are no extra precision.
 */
export function limitAmountError(input: SpendLimitAmountInput, field: string[]): UserError | null {
  if (new Big(input.amount).lt(0)) return UserError.of(UserErrorCode.INVALID, "A limit must be zero or more.", [...field, "amount"]);
  const places = (input.amount.split(".")[1] ?? "").replace(/0+$/, "").length;
  const allowed = decimalPlacesOf(input.currency);
  if (places > allowed) {
    return UserError.of(
      UserErrorCode.INVALID,
      `"${input.amount}" has more decimal places than ${input.currency} allows (${allowed}). Limits are never rounded: send the exact amount.`,
      [...field, "amount"],
    );
  }
  return null;
}

/**
 * Where Wise's refusal of a limit points in the input: its `ref` names the field in Wise's body
 * (`aggregateWindow.daily.value.amount`, `monthly.value.currency`, `type`, `granularity`).
 */
export function spendLimitField(wisePath: string | null): string[] | null {
  if (wisePath === null) return null;
  if (wisePath === "type") return ["input", "transactionType"];
  if (wisePath === "granularity") return ["input", "granularity"];
  const match = /^(?:aggregateWindow\.)?(transaction|daily|monthly|lifetime)(?:\.value)?(?:\.(amount|currency))?$/.exec(wisePath);
  if (match === null) return null;
  return match[2] ? ["input", match[1]!, match[2]] : ["input", match[1]!];
}
