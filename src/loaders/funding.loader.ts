import DataLoader from "dataloader";
import { getDepositDetails, listDirectDebitAccounts } from "../wise/endpoints/funding.js";
import type { WiseDepositDetails, WiseDirectDebitAccount } from "../wise/schemas/funding.js";
import type { WiseSession } from "../wise/session.js";

export interface DepositDetailsKey {
  profileId: number;
  transferId: number;
}

export interface DirectDebitAccountsKey {
  profileId: number;
  type: string;
  currency: string;
}

/** Deposit details by transfer and direct debit accounts by profile and scheme: one call per key per request. */
export function createFundingLoaders(wise: () => WiseSession) {
  return {
    depositDetailsByTransfer: new DataLoader<DepositDetailsKey, WiseDepositDetails, string>(
      (keys) => Promise.all(keys.map((key) => getDepositDetails(wise(), key.profileId, key.transferId).catch((error: Error) => error))),
      { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.transferId}` },
    ),
    directDebitAccounts: new DataLoader<DirectDebitAccountsKey, WiseDirectDebitAccount[], string>(
      (keys) => Promise.all(keys.map((key) => listDirectDebitAccounts(wise(), key.profileId, key.type, key.currency).catch((error: Error) => error))),
      { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.type}:${key.currency}` },
    ),
  };
}
