import type { WiseClient } from "./client.js";

/** One caller's access to Wise: the shared client and that caller's own token. */
export interface WiseSession {
  readonly client: WiseClient;
  readonly token: string;
}
