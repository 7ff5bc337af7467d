// Builds the whole deterministic seed. Pure: same output on every call and machine.

import type { AddressRecord, BalanceRecord, BalanceTransactionRecord, CurrencyRecord, ProfileRecord, RecipientRecord, TransferRecord, UserRecord } from "../model.js";
import { seedActivities, type ActivityDraft } from "./activities.js";
import { completeBalanceHistory } from "./balance-history.js";
import { seedAddresses } from "./addresses.js";
import { seedBalances } from "./balances.js";
import { seedCurrencies } from "../reference/currencies.js";
import { seedProfiles } from "./profiles.js";
import { seedRecipients } from "./recipients.js";
import { seedTransfers } from "./transfers.js";
import { danaAddresses, danaBalances, danaProfiles } from "./sca-user.js";
import { seedUsers } from "./users.js";

export interface SeedData {
  users: UserRecord[];
  profiles: ProfileRecord[];
  addresses: AddressRecord[];
  balances: BalanceRecord[];
  recipients: RecipientRecord[];
  transfers: TransferRecord[];
  balanceTransactions: BalanceTransactionRecord[];
  activities: ActivityDraft[];
  currencies: CurrencyRecord[];
}

export function buildSeed(): SeedData {
  const users = seedUsers();
  const profiles = seedProfiles();
  const addresses = seedAddresses();
  const balances = seedBalances();
  const recipients = seedRecipients();
  const transfers = seedTransfers(profiles, balances, recipients);
  const { activities, balanceTransactions } = seedActivities(profiles, balances, recipients, transfers);
  const allBalances = [...balances, ...danaBalances(balances)];
  return {
    users,
    // Dana is appended after the generation, so alice's and bob's data is unchanged.
    profiles: [...profiles, ...danaProfiles()],
    addresses: [...addresses, ...danaAddresses()],
    balances: allBalances,
    recipients,
    transfers,
    // Each balance's history completed so that its statement reconciles from the day it opened.
    balanceTransactions: [...balanceTransactions, ...completeBalanceHistory(allBalances, balanceTransactions, transfers)],
    activities,
    currencies: seedCurrencies(),
  };
}

let template: SeedData | null = null;

/** buildSeed() is pure, so build it once per process and hand out deep copies (fast resets). */
export function freshSeed(): SeedData {
  template ??= buildSeed();
  return structuredClone(template);
}
