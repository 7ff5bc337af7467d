import DataLoader from "dataloader";
import { getQuote } from "../wise/endpoints/quotes.js";
import { getRecipient } from "../wise/endpoints/recipients.js";
import { getTransfer } from "../wise/endpoints/transfers.js";
import type { WiseQuote } from "../wise/schemas/quote.js";
import type { WiseRecipient } from "../wise/schemas/recipient.js";
import type { WiseTransfer } from "../wise/schemas/transfer.js";
import type { WiseSession } from "../wise/session.js";

export interface QuoteKey {
  profileId: number;
  quoteId: string;
}

/**
 * Transfers, recipients and quotes by id. Wise has no batch read for them, so a loader's job here
 * is to call once per distinct id per request and to be primed from list answers, so that a page
 * of 20 transfers showing 5 distinct recipients costs 5 recipient calls, not 20.
 */
export function createMoneyLoaders(wise: () => WiseSession) {
  const settle = <T>(promise: Promise<T>) => promise.catch((error: Error) => error);
  return {
    transferById: new DataLoader<number, WiseTransfer>((ids) => Promise.all(ids.map((id) => settle(getTransfer(wise(), id))))),
    recipientById: new DataLoader<number, WiseRecipient>((ids) => Promise.all(ids.map((id) => settle(getRecipient(wise(), id))))),
    quoteById: new DataLoader<QuoteKey, WiseQuote, string>(
      (keys) => Promise.all(keys.map((key) => settle(getQuote(wise(), key.profileId, key.quoteId)))),
      { cacheKeyFn: (key) => `${key.profileId}:${key.quoteId}` },
    ),
  };
}
