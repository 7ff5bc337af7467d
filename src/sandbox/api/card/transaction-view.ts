// A card transaction as Wise's v4 card-transaction endpoints answer it. The list leaves out
// `debits` and `credits` (Wise gives them only when one transaction is read by id). Amounts are
// exact JSON numbers; a refund's amounts are negative, as in Wise's examples.

import Big from "big.js";
import { isoMillis } from "../../format.js";
import { dec } from "../../http.js";
import { COUNTRIES } from "../../reference/countries.js";
import type { CardAmount, CardTransactionRecord } from "./model.js";

/** How long Wise holds an authorised amount before releasing it, when the merchant never captures it. */
export const HOLD_DAYS = 7;
const DAY_MS = 86_400_000;

/** Negated with its scale kept ("8.40" is "-8.40"). */
const negated = (value: string) => (value.startsWith("-") ? value.slice(1) : new Big(value).eq(0) ? value : `-${value}`);
const money = (amount: CardAmount, sign: 1 | -1 = 1) => ({ amount: dec(sign === 1 ? amount.value : negated(amount.value)), currency: amount.currency });

/** Wise names the merchant's country in full ("France"). */
function countryName(code: string | null): string | null {
  if (code === null) return null;
  return COUNTRIES.find((c) => c.key === code)?.name ?? code;
}

/** The amount with its fees, in the merchant's currency. */
export function amountWithFees(tx: CardTransactionRecord): CardAmount {
  const fees = tx.fees.filter((f) => f.amount.currency === tx.transactionAmount.currency).reduce((sum, f) => sum.plus(f.amount.value), new Big(0));
  return { value: new Big(tx.transactionAmount.value).plus(fees).toFixed(), currency: tx.transactionAmount.currency };
}

export function cardTransactionView(tx: CardTransactionRecord, lastFourDigits: string | null, withMovements: boolean) {
  const sign = tx.type === "REFUND" ? -1 : 1;
  const view: Record<string, unknown> = {
    id: tx.id,
    cardToken: tx.cardToken,
    type: tx.type,
    state: tx.state,
    declineReason: tx.declineReason,
    detailedDeclineReason: tx.detailedDeclineReason,
    creationTime: isoMillis(tx.creationMs),
    modificationTime: isoMillis(tx.modificationMs),
    purgeTime: tx.state === "IN_PROGRESS" ? isoMillis(tx.creationMs + HOLD_DAYS * DAY_MS) : null,
    cardLastDigits: lastFourDigits,
    transactionAmount: money(tx.transactionAmount, sign),
    fees: tx.fees.map((f) => ({ amount: dec(f.amount.value), currency: f.amount.currency, fee_type: f.feeType })),
    transactionAmountWithFees: money(amountWithFees(tx), sign),
    merchant: {
      name: tx.merchant.name,
      location: { country: countryName(tx.merchant.country), city: tx.merchant.city, zipCode: tx.merchant.zipCode, region: tx.merchant.region, state: tx.merchant.state },
      category: { name: tx.merchant.categoryName, code: tx.merchant.categoryCode, description: tx.merchant.categoryDescription ?? tx.merchant.categoryCode },
    },
    authorisationMethod: tx.authorisationMethod,
    approvalCode: tx.approvalCode,
    billingAmount: money(tx.billingAmount, sign),
    arn: tx.arn ?? null,
    pinValidationResult: tx.authorisationMethod === "CHIP_AND_PIN" && tx.state !== "DECLINED" ? "ONLINE_PIN_VALIDATED" : null,
    balanceChannelReferenceId: null,
  };
  if (withMovements) {
    view.debits = tx.debits.map((d) => ({
      balanceId: d.balanceId,
      debitedAmount: money(d.debitedAmount),
      forAmount: money(d.forAmount),
      rate: dec(d.rate),
      fee: money(d.fee),
      creationTime: isoMillis(d.creationMs ?? tx.creationMs),
    }));
    view.credits = (tx.credits ?? []).map((c) => ({ balanceId: c.balanceId, creditedAmount: money(c.creditedAmount), creationTime: isoMillis(c.creationMs) }));
  }
  return view;
}
