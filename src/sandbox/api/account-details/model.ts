// Bank account details as the sandbox keeps them: details issued on a balance, the orders that
// lead to them, the payments received through them, and the profile's multi-currency account.

import type { BalanceRecord, Decimal } from "../../model.js";
import { ID_BASE } from "../../seed/constants.js";
import { ALICE, BOB } from "../../seed/users.js";

/** Details issued on a STANDARD balance; their numbers derive from the id (reference/account-details.ts). */
export interface AccountDetailsRecord {
  id: number;
  profileId: number;
  balanceId: number;
  currency: string;
  createdMs: number;
}

export type OrderStatus = "PENDING_USER" | "PENDING_TW" | "REQUIREMENTS_FULFILLED" | "DONE";
export type RequirementStatus = "PENDING_USER" | "PENDING_TW" | "DONE";

/** An order for details in one currency; Wise names it by profile and currency only. */
export interface AccountDetailsOrderRecord {
  /** Internal (Wise's answers carry none): the id of the order's BANK_DETAILS_ORDER activity. */
  id: number;
  profileId: number;
  currency: string;
  status: OrderStatus;
  requirements: { type: "VERIFICATION" | "TOP_UP"; status: RequirementStatus }[];
  createdMs: number;
}

/** A payment received through issued details (made by the sandbox's simulation call). */
export interface AccountDetailsPaymentRecord {
  id: number;
  profileId: number;
  accountDetailsId: number;
  balanceId: number;
  currency: string;
  amount: Decimal;
  senderName: string;
  /** The sender's bank details, when the payment's maker gave them (webhooks show sandbox values otherwise). */
  senderDetails?: { accountNumber: string; bankCode: string; address: string };
  /** LOCAL: through the local details; SWIFT: through the international ones (a return needs a reason). */
  channel: "LOCAL" | "SWIFT";
  createdMs: number;
  /** Set once the payment is returned to its sender. */
  returnId: string | null;
}

/** The multi-currency account of a profile: it exists once the profile holds a balance. */
export interface MultiCurrencyAccountRecord {
  id: number;
  profileId: number;
  recipientId: number;
  createdMs: number;
  modifiedMs: number;
}

/** The seeded details: alice's personal GBP and EUR balances and bob's personal USD balance. */
const SEEDED: ReadonlyArray<readonly [profileId: number, currency: string]> = [
  [ALICE.personalProfileId, "GBP"],
  [ALICE.personalProfileId, "EUR"],
  [BOB.personalProfileId, "USD"],
];

export function seedAccountDetails(balances: readonly BalanceRecord[]): AccountDetailsRecord[] {
  let id = ID_BASE.accountDetails;
  return SEEDED.flatMap(([profileId, currency]) => {
    const balance = balances.find((b) => b.profileId === profileId && b.currency === currency && b.type === "STANDARD");
    return balance === undefined ? [] : [{ id: ++id, profileId, balanceId: balance.id, currency, createdMs: Math.floor(balance.createdUs / 1000) }];
  });
}
