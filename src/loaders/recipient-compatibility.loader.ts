import DataLoader from "dataloader";
import { checkRecipientCompatibility } from "../wise/endpoints/recipient-compatibility.js";
import type { WiseRecipientCompatibility } from "../wise/schemas/recipient-compatibility.js";
import type { WiseSession } from "../wise/session.js";

export interface RecipientCompatibilityKey {
  recipientId: number;
  quoteId: string;
}

/** Compatibility checks by recipient and quote: the same pair asked twice in a request is one call. */
export function createRecipientCompatibilityLoaders(wise: () => WiseSession) {
  return {
    recipientCompatibility: new DataLoader<RecipientCompatibilityKey, WiseRecipientCompatibility, string>(
      (keys) => Promise.all(keys.map((key) => checkRecipientCompatibility(wise(), key.recipientId, key.quoteId).catch((error: Error) => error))),
      { batch: false, cacheKeyFn: (key) => `${key.recipientId}:${key.quoteId.toLowerCase()}` },
    ),
  };
}
