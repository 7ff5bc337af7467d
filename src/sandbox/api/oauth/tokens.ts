// The sandbox's OAuth state: its API clients (one demo partner client), the access and
// refresh tokens it issued, and authorization codes waiting to be exchanged. Tokens are
// random UUIDs; access tokens expire after `accessTokenTtlSeconds` (Wise: 12 hours), refresh
// tokens after 20 years, authorization codes after 10 minutes and at their first use. The
// seeded demo users' fixed tokens are not here: they never expire.

import { randomUUID } from "node:crypto";

/** An API client, as Wise issues them to partners: Basic-auth credentials and a redirect URL. */
export interface OAuthClient {
  id: string;
  secret: string;
  /** Where Wise's authorization page sends the user back; `authorization_code` must name it. */
  redirectUri: string;
}

/** The demo partner client: printed at sandbox start and written in the docs. */
export const DEMO_CLIENT: OAuthClient = {
  id: "sandbox-client",
  secret: "sandbox-secret",
  redirectUri: "http://localhost:4000/oauth/callback",
};

/** Wise's access tokens live 12 hours (its `expires_in` reads 43199 right after issue). */
export const DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 43_200;
const REFRESH_TOKEN_TTL_SECONDS = 20 * 365 * 86_400;
const AUTHORIZATION_CODE_TTL_MS = 10 * 60_000;

export interface AccessTokenRecord {
  token: string;
  /** `client`: a client-credentials token (partner endpoints only); `user`: acts as userId. */
  kind: "client" | "user";
  clientId: string;
  userId: number | null;
  createdMs: number;
  expiresMs: number;
}

export interface RefreshTokenRecord {
  token: string;
  clientId: string;
  userId: number;
  expiresMs: number;
}

interface AuthorizationCode {
  clientId: string;
  userId: number;
  redirectUri: string;
  expiresMs: number;
}

/** A user grant's result: the access token and the refresh token that renews it. */
export interface UserTokens {
  access: AccessTokenRecord;
  refresh: RefreshTokenRecord;
}

export class OAuthState {
  readonly clients = new Map<string, OAuthClient>([[DEMO_CLIENT.id, DEMO_CLIENT]]);
  private access = new Map<string, AccessTokenRecord>();
  private refresh = new Map<string, RefreshTokenRecord>();
  private codes = new Map<string, AuthorizationCode>();

  /** Lifetime of new access tokens; tests shorten it to cross an expiry quickly. */
  constructor(public accessTokenTtlSeconds = DEFAULT_ACCESS_TOKEN_TTL_SECONDS) {}

  /** Forgets every issued token and code (the clients stay). */
  reset(): void {
    this.access = new Map();
    this.refresh = new Map();
    this.codes = new Map();
  }

  /** The client these Basic-auth credentials name, or undefined when they are wrong. */
  client(id: string, secret: string): OAuthClient | undefined {
    const client = this.clients.get(id);
    return client !== undefined && client.secret === secret ? client : undefined;
  }

  /** An issued access token, whether or not it has expired. */
  accessToken(token: string): AccessTokenRecord | undefined {
    return this.access.get(token);
  }

  /** Every access token issued of one kind (in-process, for tests that search logs for them). */
  issued(kind: AccessTokenRecord["kind"]): string[] {
    return [...this.access.values()].filter((t) => t.kind === kind).map((t) => t.token);
  }

  issueClientToken(client: OAuthClient, nowMs: number): AccessTokenRecord {
    return this.issueAccess("client", client.id, null, nowMs);
  }

  issueUserTokens(client: OAuthClient, userId: number, nowMs: number): UserTokens {
    const refresh: RefreshTokenRecord = { token: randomUUID(), clientId: client.id, userId, expiresMs: nowMs + REFRESH_TOKEN_TTL_SECONDS * 1000 };
    this.refresh.set(refresh.token, refresh);
    return { access: this.issueAccess("user", client.id, userId, nowMs), refresh };
  }

  /** A new access token for a valid refresh token of this client; the refresh token stays the same. */
  renew(client: OAuthClient, refreshToken: string, nowMs: number): UserTokens | undefined {
    const refresh = this.refresh.get(refreshToken);
    if (refresh === undefined || refresh.clientId !== client.id || refresh.expiresMs <= nowMs) return undefined;
    return { access: this.issueAccess("user", client.id, refresh.userId, nowMs), refresh };
  }

  /** What Wise's authorization page hands the partner once the user has approved it. */
  createAuthorizationCode(client: OAuthClient, userId: number, nowMs: number): string {
    const code = randomUUID().replace(/-/g, "").slice(0, 24);
    this.codes.set(code, { clientId: client.id, userId, redirectUri: client.redirectUri, expiresMs: nowMs + AUTHORIZATION_CODE_TTL_MS });
    return code;
  }

  /** The user behind a code, consuming it; undefined when unknown, used, expired, another client's or another redirect's. */
  redeemCode(client: OAuthClient, code: string, redirectUri: string, nowMs: number): number | undefined {
    const found = this.codes.get(code);
    if (found === undefined) return undefined;
    // A code is single use: even a failed attempt burns it, as OAuth servers do.
    this.codes.delete(code);
    if (found.clientId !== client.id || found.redirectUri !== redirectUri || found.expiresMs <= nowMs) return undefined;
    return found.userId;
  }

  private issueAccess(kind: AccessTokenRecord["kind"], clientId: string, userId: number | null, nowMs: number): AccessTokenRecord {
    const record: AccessTokenRecord = { token: randomUUID(), kind, clientId, userId, createdMs: nowMs, expiresMs: nowMs + this.accessTokenTtlSeconds * 1000 };
    this.access.set(record.token, record);
    return record;
  }
}
