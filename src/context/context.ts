import { apiError, ErrorCode } from "../common/errors.js";
import { createLoaders, type Loaders } from "../loaders/index.js";
import { referenceCacheFor, type ReferenceCache } from "../loaders/reference-cache.js";
import type { ClientCredentialsToken } from "../wise/client-token.js";
import { NO_TOKEN, type WiseClient } from "../wise/client.js";
import type { WiseOAuth } from "../wise/oauth.js";
import { createPartnerSession, type PartnerSession } from "../wise/partner-session.js";
import { createSession, type WiseSession } from "../wise/session.js";

/** What the server has when it holds client credentials: the token endpoint, and its own cached client-credentials token. */
export interface PartnerAccess {
  oauth: WiseOAuth;
  clientToken: ClientCredentialsToken;
}

/** Everything a resolver may use for one GraphQL request. */
export interface Context {
  /** The caller's Wise session; throws UNAUTHENTICATED when the request carries no token. */
  wise(): WiseSession;
  /**
   * A Wise session that sends no token at all, whoever the caller is, for the operations Wise
   * serves to anyone (an example quote, a price comparison): no caller's token reaches them.
   */
  publicWise(): WiseSession;
  /** Per-request DataLoaders, bound to this caller's token. */
  loaders: Loaders;
  /** Public reference data (currencies, rates) shared by every request of the process. */
  reference: ReferenceCache;
  /**
   * The server acting as the partner, with its client-credentials token (user creation, phone
   * numbers); throws FORBIDDEN when the server has no client credentials.
   */
  partner(): PartnerSession;
  /** Wise's token endpoint with the server's client credentials (user-token grants); throws FORBIDDEN without them. */
  oauth(): WiseOAuth;
}

/**
 * Builds the context of one request for the caller whose Wise token is `token` (or none). Every
 * Wise call of the request must be over by `deadlineMs` from now, retries included.
 */
export function createContext(client: WiseClient, token: string | null, deadlineMs?: number, partnerAccess: PartnerAccess | null = null): Context {
  const deadline = deadlineMs === undefined ? undefined : Date.now() + deadlineMs;
  const session: WiseSession | null = token ? createSession(client, token, deadline) : null;
  const wise = () => {
    if (!session) {
      throw apiError(ErrorCode.UNAUTHENTICATED, "No Wise token: send `Authorization: Bearer <your Wise API token>`.");
    }
    return session;
  };
  const partnerAccessOrRefuse = () => {
    if (!partnerAccess) {
      throw apiError(ErrorCode.FORBIDDEN, "This server has no Wise client credentials (WISE_CLIENT_ID, WISE_CLIENT_SECRET), so partner operations are off.");
    }
    return partnerAccess;
  };
  let partnerSession: PartnerSession | undefined;
  let publicSession: WiseSession | undefined;
  return {
    wise,
    publicWise: () => (publicSession ??= createSession(client, NO_TOKEN, deadline)),
    loaders: createLoaders(wise),
    reference: referenceCacheFor(client),
    partner: () => (partnerSession ??= createPartnerSession(client, partnerAccessOrRefuse().clientToken, deadline)),
    oauth: () => partnerAccessOrRefuse().oauth,
  };
}
