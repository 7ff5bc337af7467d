import DataLoader from "dataloader";
import { getQuote } from "../wise/endpoints/quotes.js";
import { getRecipient } from "../wise/endpoints/recipients.js";
import { getTransfer, listTransfers } from "../wise/endpoints/transfers.js";
import type { WiseQuote } from "../wise/schemas/quote.js";
import type { WiseRecipient } from "../wise/schemas/recipient.js";
import type { WiseTransfer } from "../wise/schemas/transfer.js";
import type { WiseSession } from "../wise/session.js";

export interface QuoteKey {
  profileId: number;
  quoteId: string;
}

/** A transfer named by an activity of a profile's feed, with the activity's time as a hint. */
export interface FeedTransferKey {
  profileId: number;
  transferId: number;
  /** When the activity was created (epoch ms): the transfer was created about then. */
  at: number;
}

/** From this many transfers of one profile on, one list call is cheaper than a call per id. */
const LIST_FROM = 3;
/** Slack around the activities' times when listing transfers by creation date. */
const WINDOW_MS = 24 * 3600_000;
const LIST_LIMIT = 100;

/**
 * Transfers, recipients and quotes by id. Wise has no batch read for them, so a loader's job here
 * is to call once per distinct id per request and to be primed from list answers, so that a page
 * of 20 transfers showing 5 distinct recipients costs 5 recipient calls, not 20.
 */
export function createMoneyLoaders(wise: () => WiseSession) {
  const settle = <T>(promise: Promise<T>) => promise.catch((error: Error) => error);
  const transferById = new DataLoader<number, WiseTransfer>((ids) => Promise.all(ids.map((id) => settle(getTransfer(wise(), id)))));

  /**
   * Transfers linked from an activity feed. Wise has no batch read by id, but its transfer list
   * filters by creation date: the transfers of a page of activities were created when those
   * activities were, so one `GET /v1/transfers?profile&createdDateStart&createdDateEnd` around
   * the page's times returns them all at once (the same objects as `GET /v1/transfers/{id}`).
   * Any transfer the list does not hold (created at another time, past the limit, or the list
   * refused) is read on its own, so the answer never depends on the guess, only the cost does.
   */
  const feedTransfer = new DataLoader<FeedTransferKey, WiseTransfer, number>(
    async (keys) => {
      const byProfile = new Map<number, FeedTransferKey[]>();
      for (const key of keys) byProfile.set(key.profileId, [...(byProfile.get(key.profileId) ?? []), key]);
      const listed = new Map<number, WiseTransfer>();
      await Promise.all(
        [...byProfile].map(async ([profileId, group]) => {
          if (group.length < LIST_FROM) return;
          const times = group.map((key) => key.at);
          try {
            const transfers = await listTransfers(wise(), {
              profile: profileId,
              offset: 0,
              limit: LIST_LIMIT,
              createdDateStart: new Date(Math.min(...times) - WINDOW_MS).toISOString(),
              createdDateEnd: new Date(Math.max(...times) + WINDOW_MS).toISOString(),
            });
            for (const transfer of transfers) {
              listed.set(transfer.id, transfer);
              transferById.prime(transfer.id, transfer);
            }
          } catch {
            // Each transfer is then read on its own, and reports its own error.
          }
        }),
      );
      return Promise.all(keys.map((key) => listed.get(key.transferId) ?? settle(transferById.load(key.transferId))));
    },
    { cacheKeyFn: (key) => key.transferId },
  );

  return {
    transferById,
    feedTransfer,
    recipientById: new DataLoader<number, WiseRecipient>((ids) => Promise.all(ids.map((id) => settle(getRecipient(wise(), id))))),
    quoteById: new DataLoader<QuoteKey, WiseQuote, string>((keys) => Promise.all(keys.map((key) => settle(getQuote(wise(), key.profileId, key.quoteId)))), {
      cacheKeyFn: (key) => `${key.profileId}:${key.quoteId}`,
    }),
  };
}
