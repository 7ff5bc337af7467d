// What decides whether the sandbox approves a card authorisation. Each check looks at one
// thing (the card's status, its spending permissions, limits, spend controls...) and answers
// Wise's decline reason, or null to let the next check look. The first reason wins, in the
// order of this list; the balance (INSUFFICIENT_FUNDS) is checked after all of them, when the
// money is held.

import type { Store } from "../../store.js";
import { cardStatusCheck } from "./card-status.check.js";
import type { CardAmount, CardRecord, CardTransactionType } from "./model.js";
import { spendingPermissionsCheck } from "./spending-permissions.check.js";
import { spendControlCheck } from "../spend-controls/spend-control.check.js";
import { spendLimitCheck } from "../spend-limits/spend-limit.check.js";

/** One authorisation as the checks see it. */
export interface CardAuthorisation {
  card: CardRecord;
  transactionType: CardTransactionType;
  /** The simulation's point of sale: CHIP_AND_PIN, CONTACTLESS, MAGSTRIPE, E_COMMERCE, E_COMMERCE_NO_3DS, ATM... */
  pos: string;
  /** What the merchant asked, in its currency. */
  amount: CardAmount;
  /** The same amount in the card's billing currency (the profile's balances are debited in it). */
  billingAmount: CardAmount;
  /** Merchant category code, four digits. */
  mcc: string;
  /** The merchant's country, ISO 3166-1 alpha-2, when known. */
  merchantCountry: string | null;
  nowMs: number;
}

/** Wise's decline reason (`declineReason`) and, where Wise gives one, the detailed reason. */
export interface CardDecline {
  reason: string;
  detailedReason?: string;
}

export type AuthorisationCheck = (store: Store, authorisation: CardAuthorisation) => CardDecline | null;

/** Every check, in the order Wise applies them; one line per check, each in its own file. */
export const AUTHORISATION_CHECKS: AuthorisationCheck[] = [cardStatusCheck, spendingPermissionsCheck, spendControlCheck, spendLimitCheck];

/** The first decline any check gives, or null when every check lets the authorisation through. */
export function declineOf(store: Store, authorisation: CardAuthorisation): CardDecline | null {
  for (const check of AUTHORISATION_CHECKS) {
    const decline = check(store, authorisation);
    if (decline) return decline;
  }
  return null;
}
