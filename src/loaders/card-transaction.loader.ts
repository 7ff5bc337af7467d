import DataLoader from "dataloader";
import { getCardTransaction } from "../wise/endpoints/card-transactions.js";
import type { WiseCardTransaction } from "../wise/schemas/card-transaction.js";
import type { WiseSession } from "../wise/session.js";

export interface CardTransactionKey {
  profileId: number;
  transactionId: number;
}

/**
 * Card transactions read by id (with their debits and credits, which Wise's list leaves out).
 * Wise has no batch read, so each id is one call; the same id asked twice in a request is one.
 */
export function createCardTransactionLoaders(wise: () => WiseSession) {
  const cardTransactionById = new DataLoader<CardTransactionKey, WiseCardTransaction, string>(
    (keys) => Promise.all(keys.map((key) => getCardTransaction(wise(), key.profileId, key.transactionId).catch((error: Error) => error))),
    { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.transactionId}` },
  );
  return { cardTransactionById };
}
