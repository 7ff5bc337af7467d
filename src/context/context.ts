import { apiError, ErrorCode } from "../common/errors.js";
import { createLoaders, type Loaders } from "../loaders/index.js";
import { referenceCacheFor, type ReferenceCache } from "../loaders/reference-cache.js";
import type { WiseClient } from "../wise/client.js";
import { createSession, type WiseSession } from "../wise/session.js";

/** Everything a resolver may use for one GraphQL request. */
export interface Context {
  /** The caller's Wise session; throws UNAUTHENTICATED when the request carries no token. */
  wise(): WiseSession;
  /** Per-request DataLoaders, bound to this caller's token. */
  loaders: Loaders;
  /** Public reference data (currencies, rates) shared by every request of the process. */
  reference: ReferenceCache;
}

/**
 * Builds the context of one request for the caller whose Wise token is `token` (or none). Every
 * Wise call of the request must be over by `deadlineMs` from now, retries included.
 */
export function createContext(client: WiseClient, token: string | null, deadlineMs?: number): Context {
  const session: WiseSession | null = token ? createSession(client, token, deadlineMs === undefined ? undefined : Date.now() + deadlineMs) : null;
  const wise = () => {
    if (!session) {
      throw apiError(ErrorCode.UNAUTHENTICATED, "No Wise token: send `Authorization: Bearer <your Wise API token>`.");
    }
    return session;
  };
  return { wise, loaders: createLoaders(wise), reference: referenceCacheFor(client) };
}
