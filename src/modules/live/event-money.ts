import Big from "big.js";
import { decimalPlacesOf } from "../../common/currency-decimals.js";
import { Money } from "../../common/money.type.js";

/**
 * An event's amount as the rest of the API writes money: at least the currency's minor units
 * ("30" becomes "30.00"; Wise's webhooks drop trailing zeros), never losing a digit it sent.
 */
export function eventMoney(amount: string, currency: string): Money {
  const value = new Big(amount);
  const given = Math.max(0, -value.e + value.c.length - 1);
  return Money.of(value.toFixed(Math.max(given, decimalPlacesOf(currency))), currency);
}
