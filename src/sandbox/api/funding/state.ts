// What the funding and balance-limit routes keep: direct debit accounts, hold limit breaches and
// the excess money account per profile. Lives on the Store (store.funding) and is emptied by
// its reset(), like everything else the API creates.

import type { Decimal } from "../../model.js";

export type DirectDebitType = "ACH" | "EFT";
export type BankAccountType = "CHECKING" | "SAVINGS";

export interface DirectDebitAccountRecord {
  id: number;
  profileId: number;
  currency: string;
  type: DirectDebitType;
  details: { routingNumber: string; accountNumber: string; accountType: BankAccountType };
}

export type BreachState = "OPEN" | "CLOSED";
export type BreachClosingReason = "AUTOMATICALLY_RESOLVED" | "MANUALLY_RESOLVED";

export interface HoldLimitBreachRecord {
  id: number;
  profileId: number;
  /** The money held above the limit, in the limit's currency, at the currency's scale. */
  amount: Decimal;
  currency: string;
  state: BreachState;
  closingReason: BreachClosingReason | null;
  createdMs: number;
  updatedMs: number;
}

// Id ranges apart from the seed's and from each other, so an id never names two things.
const FIRST_DIRECT_DEBIT_ACCOUNT_ID = 8_100_001;
const FIRST_BREACH_ID = 8_200_001;

export class FundingState {
  directDebitAccounts = new Map<number, DirectDebitAccountRecord>();
  holdLimitBreaches = new Map<number, HoldLimitBreachRecord>();
  /** profileId -> the recipient that receives money above the hold limit. */
  excessMoneyAccounts = new Map<number, number>();
  private nextDirectDebitAccountId = FIRST_DIRECT_DEBIT_ACCOUNT_ID;
  private nextBreachId = FIRST_BREACH_ID;

  reset(): void {
    this.directDebitAccounts = new Map();
    this.holdLimitBreaches = new Map();
    this.excessMoneyAccounts = new Map();
    this.nextDirectDebitAccountId = FIRST_DIRECT_DEBIT_ACCOUNT_ID;
    this.nextBreachId = FIRST_BREACH_ID;
  }

  directDebitAccountId(): number {
    return this.nextDirectDebitAccountId++;
  }

  breachId(): number {
    return this.nextBreachId++;
  }
}
