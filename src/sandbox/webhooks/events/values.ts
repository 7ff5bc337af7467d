// How webhook data writes amounts: exact JSON numbers without trailing zeros ("amount": 70,
// "post_transaction_balance_amount": 88.93), as Wise's examples show them.

import Big from "big.js";
import type { LosslessNumber } from "lossless-json";
import { dec } from "../../http.js";
import type { Decimal } from "../../model.js";

/** A decimal as an exact JSON number, trailing zeros dropped ("70.00" -> 70). */
export function exactNumber(value: Decimal): LosslessNumber {
  return dec(new Big(value).toFixed());
}

/** The same, without its sign (webhooks give the direction apart, as "credit" or "debit"). */
export function exactMagnitude(value: Decimal): LosslessNumber {
  return dec(new Big(value).abs().toFixed());
}

/** The major number of a schema version ("3.0.0" -> 3). */
export function schemaMajor(schemaVersion: string): number {
  return Number.parseInt(schemaVersion, 10) || 0;
}
