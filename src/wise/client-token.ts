import { requestToken } from "./endpoints/oauth.js";
import { WiseApiError } from "./errors.js";
import type { WiseOAuth } from "./oauth.js";
import type { SharedClientToken, SharedTokenEntry } from "./shared-client-token.js";
import { logger } from "../logging/logger.js";

/** Wise refused this server's own client id and secret: the operator must fix WISE_CLIENT_ID/WISE_CLIENT_SECRET. */
export class ClientCredentialsRefused extends Error {
  override readonly name = "ClientCredentialsRefused";
}

/** How long an instance waits for another's renewal before asking Wise itself (past Wise's token call timeout), and how often it looks. */
const CLAIM_WAIT_MS = 16_000;
const CLAIM_POLL_MS = 50;

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

  /**
   * The shared token when another instance has a valid one; else this instance claims the renewal,
   * asks Wise and shares the answer, while the others wait for it (or claim it in turn when the
   * claimant gives up). Without a shared store, or when it fails, Wise is asked directly.
   */
  private async renew(): Promise<string> {
    const shared = this.shared;
    if (!shared) return this.obtain();
    await this.discarding;
    const deadline = Date.now() + CLAIM_WAIT_MS;
    let claimed = false;
    for (;;) {
      const entry = await this.readShared(shared);
      if (entry === undefined) break;
      if (entry !== null) {
        this.current = entry;
        return entry.token;
      }
      claimed = await shared.claimRenewal().catch(() => true);
      if (claimed || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, CLAIM_POLL_MS));
    }
    try {
      // The claimant before this one may have shared its token just before letting go.
      const entry = claimed ? await this.readShared(shared) : null;
      if (entry) {
        this.current = entry;
        return entry.token;
      }
      const token = await this.obtain();
      if (this.current) await shared.write(this.current).catch((error: unknown) => logger.warn({ err: error }, "could not share the client-credentials token"));
      return token;
    } finally {
      if (claimed) await shared.releaseRenewal().catch(() => undefined);
    }
  }

  /** The shared token if still to be used, null when there is none, undefined when the store failed. */
  private async readShared(shared: SharedClientToken): Promise<SharedTokenEntry | null | undefined> {
    try {
      const entry = await shared.read();
      return entry !== null && this.now() < entry.renewAtMs ? entry : null;
    } catch (error) {
      logger.warn({ err: error }, "shared client-credentials token unavailable: asking Wise for one");
      return undefined;
    }
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
