// The card's spending permissions: a payment of a kind the cardholder switched off (or that the
// card cannot make) is PAYMENT_METHOD_NOT_ALLOWED; a chip-and-PIN payment after too many wrong PINs
// in a row is PIN_ENTRY_TRIES_EXCEEDED until the PIN count is reset. Money coming back to the card
// (refunds, credits) needs no permission.

import type { AuthorisationCheck, CardAuthorisation } from "./authorisation-checks.js";
import type { CardTransactionType, SpendingPermissionType } from "./model.js";

/** Wrong PINs in a row after which PIN payments are declined. */
export const MAX_PIN_TRIES = 3;

const CREDITS: ReadonlySet<CardTransactionType> = new Set(["ACCOUNT_CREDIT", "CREDIT_TRANSACTION", "REFUND", "CHARGEBACK"]);
const CASH: ReadonlySet<CardTransactionType> = new Set(["CASH_WITHDRAWAL", "CASH_ADVANCE"]);

const PERMISSION_BY_POS: Readonly<Record<string, SpendingPermissionType>> = {
  CHIP_AND_PIN: "POS_CHIP",
  CONTACTLESS: "POS_CONTACTLESS",
  MAGSTRIPE: "POS_MAGSTRIPE",
  E_COMMERCE: "ECOM",
  E_COMMERCE_NO_3DS: "ECOM",
  MOBILE_WALLET: "MOBILE_WALLETS",
};

/** The permission an authorisation needs, or null when it needs none (a credit, an unknown point of sale). */
export function permissionFor(authorisation: Pick<CardAuthorisation, "transactionType" | "pos">): SpendingPermissionType | null {
  if (CREDITS.has(authorisation.transactionType)) return null;
  if (CASH.has(authorisation.transactionType)) return "ATM_WITHDRAWAL";
  return PERMISSION_BY_POS[authorisation.pos] ?? null;
}

export const spendingPermissionsCheck: AuthorisationCheck = (_store, authorisation) => {
  const permission = permissionFor(authorisation);
  if (permission === null) return null;
  if (!authorisation.card.permissions[permission].isEnabled) return { reason: "PAYMENT_METHOD_NOT_ALLOWED" };
  if (authorisation.pos === "CHIP_AND_PIN" && authorisation.card.pinTries >= MAX_PIN_TRIES) return { reason: "PIN_ENTRY_TRIES_EXCEEDED" };
  return null;
};
