import { createTransferPayoutLoaders } from "../../loaders/transfer-payout.loader.js";
import { defineModule } from "../module.js";
import { TransferPayoutResolver } from "./transfer-payout.resolver.js";

/** Who paid a transfer out, and how (`Transfer.payoutInfo`). */
export const transferPayoutModule = defineModule(() => ({
  resolvers: [TransferPayoutResolver],
  loaders: createTransferPayoutLoaders,
}));
