import { requestToken } from "./endpoints/oauth.js";
import { WiseApiError } from "./errors.js";
import type { WiseOAuth } from "./oauth.js";
import type { SharedClientToken, SharedTokenEntry } from "./shared-client-token.js";
import { logger } from "../logging/logger.js";

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
 * With a shared store (Redis), instances reuse the token one of them obtained; the store is only
 * a cache: when it fails, the token is obtained from Wise as without it.
 */
export class ClientCredentialsToken {
  private current: SharedTokenEntry | null = null;
  private pending: Promise<string> | null = null;
  /** A refused token being removed from the shared store: a renewal waits for it, so as not to read it back. */
  private discarding: Promise<void> = Promise.resolve();

  constructor(
    private readonly oauth: WiseOAuth,
    private readonly now: () => number = Date.now,
    private readonly shared: SharedClientToken | null = null,
  ) {}

  /** A valid token: the cached one, or the one a single in-flight renewal brings. */
  token(): Promise<string> {
    if (this.current !== null && this.now() < this.current.renewAtMs) return Promise.resolve(this.current.token);
    this.pending ??= this.renew().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Wise refused this token (revoked, or expired early): the next call obtains a new one. */
  discard(token: string): void {
    if (this.current?.token === token) this.current = null;
    if (this.shared) {
      this.discarding = this.shared.discard(token).catch((error: unknown) => logger.warn({ err: error }, "could not discard the shared client-credentials token"));
    }
  }

  /** The shared token when another instance has a valid one, else a new one from Wise (then shared). */
  private async renew(): Promise<string> {
    if (this.shared) {
      await this.discarding;
      const entry = await this.shared.read().catch((error: unknown) => {
        logger.warn({ err: error }, "shared client-credentials token unavailable: asking Wise for one");
        return null;
      });
      if (entry !== null && this.now() < entry.renewAtMs) {
        this.current = entry;
        return entry.token;
      }
    }
    const token = await this.obtain();
    if (this.shared && this.current) {
      await this.shared.write(this.current).catch((error: unknown) => logger.warn({ err: error }, "could not share the client-credentials token"));
    }
    return token;
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
