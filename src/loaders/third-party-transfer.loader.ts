import DataLoader from "dataloader";
import { getThirdPartyTransfer } from "../wise/endpoints/third-party-transfers.js";
import type { WiseThirdPartyTransfer } from "../wise/schemas/third-party-transfer.js";
import type { WiseSession } from "../wise/session.js";

/** Third-party transfers by profile and transfer id: one call per transfer per request. */
export function createThirdPartyTransferLoaders(wise: () => WiseSession) {
  return {
    thirdPartyTransfer: new DataLoader<{ profileId: number; transferId: number }, WiseThirdPartyTransfer, string>(
      (keys) => Promise.all(keys.map((key) => getThirdPartyTransfer(wise(), key.profileId, key.transferId).catch((error: Error) => error))),
      { cacheKeyFn: (key) => `${key.profileId}:${key.transferId}` },
    ),
  };
}
