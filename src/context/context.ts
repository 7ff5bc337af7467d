import { apiError, ErrorCode } from "../common/errors.js";
import { DownloadStore } from "../downloads/download-store.js";
import { defaultDownloadLimits } from "../server/download-limits.js";
import { createLoaders, type Loaders } from "../loaders/index.js";
import { referenceCacheFor, type ReferenceCache } from "../loaders/reference-cache.js";
import type { ClientCredentialsToken } from "../wise/client-token.js";
import { NO_TOKEN, type WiseClient } from "../wise/client.js";
import type { WiseOAuth } from "../wise/oauth.js";
import { createPartnerSession, type PartnerSession } from "../wise/partner-session.js";
import { WiseKeys, wiseKeyCacheFor } from "../wise/sca/wise-keys.js";
import { createSession, type WiseSession } from "../wise/session.js";
import { twcardClientFor } from "../wise/twcard.js";

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
   * The caller's session on Wise's card data host (twcard: card numbers, PINs, wallet payloads);
   * throws UNAUTHENTICATED when the request carries no token.
   */
  twcard(): WiseSession;
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
  /**
   * The partner session for operations only the partner's own backend may run (user creation,
   * email lookups, JOSE key installation); throws FORBIDDEN unless the request proved it comes
   * from that backend (`x-partner-secret`) and the server has client credentials.
   */
  asPartnerBackend(): PartnerSession;
  /** Wise's token endpoint with the server's client credentials (user-token grants); throws FORBIDDEN without them or from any caller but the partner's backend. */
  oauth(): WiseOAuth;
  /**
   * Wise's JOSE public keys (to encrypt PIN and device-fingerprint bodies, to check signed
   * answers), fetched as the partner and kept per process; throws FORBIDDEN without client credentials.
   */
  wiseKeys(): WiseKeys;
  /** The server's Wise client id (WISE_CLIENT_ID), which a few user calls name (KYC partners' document updates); throws FORBIDDEN without client credentials. */
  partnerClientId(): string;
  /** The server's store of files handed out as download links (statement files, receipts). */
  downloads: DownloadStore;
}

const PARTNER_OFF = "This server has no Wise client credentials (WISE_CLIENT_ID, WISE_CLIENT_SECRET), so partner operations are off.";
const NOT_PARTNER_BACKEND = "Only the partner's own backend may run this operation: send the server's PARTNER_SECRET in the x-partner-secret header.";
const WISE_KEYS_OFF =
  "This server has no Wise client credentials (WISE_CLIENT_ID, WISE_CLIENT_SECRET): Wise serves its JOSE public keys only to them, so PIN and device-fingerprint bodies cannot be encrypted for Wise, nor its signed answers checked.";

/**
 * Builds the context of one request for the caller whose Wise token is `token` (or none). Every
 * Wise call of the request must be over by `deadlineMs` from now, retries included.
 */
export function createContext(
  client: WiseClient,
  token: string | null,
  deadlineMs?: number,
  partnerAccess: PartnerAccess | null = null,
  fromPartnerBackend = false,
  downloads: DownloadStore = new DownloadStore(defaultDownloadLimits),
): Context {
  const deadline = deadlineMs === undefined ? undefined : Date.now() + deadlineMs;
  const session: WiseSession | null = token ? createSession(client, token, deadline) : null;
  const wise = () => {
    if (!session) {
      throw apiError(ErrorCode.UNAUTHENTICATED, "No Wise token: send `Authorization: Bearer <your Wise API token>`.");
    }
    return session;
  };
  const partnerAccessOrRefuse = (refusal = PARTNER_OFF) => {
    if (!partnerAccess) throw apiError(ErrorCode.FORBIDDEN, refusal);
    return partnerAccess;
  };
  let partnerSession: PartnerSession | undefined;
  const partnerOrRefuse = (refusal?: string) => (partnerSession ??= createPartnerSession(client, partnerAccessOrRefuse(refusal).clientToken, deadline));
  let wiseKeys: WiseKeys | undefined;
  let publicSession: WiseSession | undefined;
  let twcardSession: WiseSession | undefined;
  return {
    wise,
    twcard: () => {
      const { token: own } = wise();
      return (twcardSession ??= createSession(twcardClientFor(client), own, deadline, client));
    },
    publicWise: () => (publicSession ??= createSession(client, NO_TOKEN, deadline)),
    loaders: createLoaders(wise),
    reference: referenceCacheFor(client),
    partner: () => partnerOrRefuse(),
    asPartnerBackend: () => {
      if (!fromPartnerBackend) throw apiError(ErrorCode.FORBIDDEN, NOT_PARTNER_BACKEND);
      return partnerOrRefuse();
    },
    oauth: () => {
      if (!fromPartnerBackend) throw apiError(ErrorCode.FORBIDDEN, NOT_PARTNER_BACKEND);
      return partnerAccessOrRefuse().oauth;
    },
    partnerClientId: () => partnerAccessOrRefuse().oauth.clientId,
    wiseKeys: () => (wiseKeys ??= new WiseKeys(wiseKeyCacheFor(client), () => partnerOrRefuse(WISE_KEYS_OFF))),
    downloads,
  };
}
