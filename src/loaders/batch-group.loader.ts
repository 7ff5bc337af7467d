import DataLoader from "dataloader";
import { getBatchGroup, getPaymentInitiation } from "../wise/endpoints/batch-groups.js";
import type { WiseBatchGroup, WisePaymentInitiation } from "../wise/schemas/batch-group.js";
import type { WiseSession } from "../wise/session.js";

/** A batch group as Wise reads it: through its profile. */
export interface BatchGroupKey {
  profileId: number;
  batchGroupId: string;
}

export interface PaymentInitiationKey extends BatchGroupKey {
  paymentInitiationId: number;
}

/** Batch groups and their payment initiations by key: the same one asked twice in a request is one call. */
export function createBatchGroupLoaders(wise: () => WiseSession) {
  const batchGroupById = new DataLoader<BatchGroupKey, WiseBatchGroup, string>(
    (keys) => Promise.all(keys.map((key) => getBatchGroup(wise(), key.profileId, key.batchGroupId).catch((error: Error) => error))),
    { cacheKeyFn: (key) => `${key.profileId}:${key.batchGroupId.toLowerCase()}` },
  );
  const paymentInitiationById = new DataLoader<PaymentInitiationKey, WisePaymentInitiation, string>(
    (keys) => Promise.all(keys.map((key) => getPaymentInitiation(wise(), key.profileId, key.batchGroupId, key.paymentInitiationId).catch((error: Error) => error))),
    { cacheKeyFn: (key) => `${key.profileId}:${key.batchGroupId.toLowerCase()}:${key.paymentInitiationId}` },
  );
  return { batchGroupById, paymentInitiationById };
}
