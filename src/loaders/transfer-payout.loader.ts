import DataLoader from "dataloader";
import { getTransferPayoutInfo } from "../wise/endpoints/transfer-payouts.js";
import type { WiseTransferPayoutInfo } from "../wise/schemas/transfer-payout.js";
import type { WiseSession } from "../wise/session.js";

/** Payout information by transfer id: one call per transfer per request (Wise has no batch read). */
export function createTransferPayoutLoaders(wise: () => WiseSession) {
  return {
    transferPayoutInfo: new DataLoader<number, WiseTransferPayoutInfo>((ids) => Promise.all(ids.map((id) => getTransferPayoutInfo(wise(), id).catch((error: Error) => error)))),
  };
}
