import DataLoader from "dataloader";
import { getTransferRequirements, type WiseTransferRequirementsRequest } from "../wise/endpoints/transfer-requirements.js";
import type { WiseRequirement } from "../wise/schemas/requirements.js";
import type { WiseSession } from "../wise/session.js";

/** The transfer form by quote, recipient and answers: the same form asked twice in one request is one call. */
export function createTransferRequirementsLoaders(wise: () => WiseSession) {
  return {
    transferRequirements: new DataLoader<WiseTransferRequirementsRequest, WiseRequirement[], string>(
      (keys) => Promise.all(keys.map((key) => getTransferRequirements(wise(), key).catch((error: Error) => error))),
      { batch: false, cacheKeyFn: (key) => JSON.stringify([key.quoteUuid, key.targetAccount, Object.entries(key.details).sort()]) },
    ),
  };
}
