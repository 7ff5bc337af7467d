import { requestToken } from "./endpoints/oauth.js";
import { WiseApiError } from "./errors.js";
import type { WiseOAuth } from "./oauth.js";

/** Wise refused this server's own client id and secret: the operator must fix WISE_CLIENT_ID/WISE_CLIENT_SECRET. */
export class ClientCredentialsRefused extends Error {
  override readonly name = "ClientCredentialsRefused";
}

/** A token is renewed this long before it expires (a tenth of its life for short-lived ones). */
const RENEW_BEFORE_MS = 60_000;

/**
 * The server's own client-credentials token, for the endpoints Wise reserves for the partner.
 * Obtained with `POST /oauth/token`, kept until shortly before it expires, then renewed by one
 * call however many requests need it at that moment (they all wait for the same answer).
 */
export class ClientCredentialsToken {
  private current: { token: string; renewAtMs: number } | null = null;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly oauth: WiseOAuth,
    private readonly now: () => number = Date.now,
  ) {}

  /** A valid token: the cached one, or the one a single in-flight renewal brings. */
  token(): Promise<string> {
    if (this.current !== null && this.now() < this.current.renewAtMs) return Promise.resolve(this.current.token);
    this.pending ??= this.obtain().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Wise refused this token (revoked, or expired early): the next call obtains a new one. */
  discard(token: string): void {
    if (this.current?.token === token) this.current = null;
  }

  private async obtain(): Promise<string> {
    const askedAt = this.now();
    let answer;
    try {
      answer = await requestToken(this.oauth, { grant_type: "client_credentials" });
    } catch (error) {
      if (error instanceof WiseApiError && (error.status === 400 || error.status === 401)) {
        throw new ClientCredentialsRefused(`Wise refused this server's client credentials (${error.operation} answered ${error.status} ${error.code ?? ""}).`.replace(" )", ")"));
      }
      throw error;
    }
    const lifetimeMs = answer.expires_in * 1000;
    this.current = { token: answer.access_token, renewAtMs: askedAt + lifetimeMs - Math.min(RENEW_BEFORE_MS, lifetimeMs / 10) };
    return answer.access_token;
  }
}
