import { defineModule } from "../module.js";
import { TransferStateChangeResolver } from "./transfer-state-change.resolver.js";

/** Live updates: Subscription fields fed by Wise's webhook events (served over WebSocket, src/live/). */
export const liveModule = defineModule(() => ({
  resolvers: [TransferStateChangeResolver],
}));
