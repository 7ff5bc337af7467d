import { apiError, ErrorCode, fromWiseError, isWiseError } from "../common/errors.js";
import type { Context } from "../context/context.js";
import { logger } from "../logging/logger.js";
import { LiveCloseCode } from "./close-codes.js";
import { EventQueue } from "./event-queue.js";
import type { LiveEventPayload } from "./live-event-payload.js";
import type { LiveContext, LiveStreamRequest } from "./live-context.js";
import type { LiveLimits } from "./limits.js";
import { RateWindow } from "./rate-window.js";
import type { SubscriptionHub } from "./subscription-hub.js";
import { tokenKey } from "./token-key.js";
import type { WiseProfile } from "../wise/schemas/profile.js";

export interface LiveConnectionDeps {
  hub: SubscriptionHub;
  limits: LiveLimits;
  /** A fresh context acting with this token. */
  contextFor(token: string): Context;
  /** Closes the socket with a close code and a reason. */
  close(code: number, reason: string): void;
}

/** One open subscription of a connection, as the periodic token check sees it. */
interface OpenStream {
  profileId: number;
  queue: EventQueue<LiveEventPayload>;
}

export const TOKEN_REFUSED_REASON = "Wise no longer accepts this token (revoked or expired): connect again with a valid token.";

/**
 * The state of one WebSocket connection: its token (once `connection_init` gave one), its open
 * subscriptions, and the timers that end it (no subscription for the idle timeout, a token Wise
 * stops accepting).
 */
export class LiveConnection {
  private token: string | null = null;
  /** The hash of the connection's token, grouping subscribers of one token. */
  private key: string | null = null;
  /** The token key this connection was counted under (connections per token), released when it closes. */
  countedAs: string | null = null;
  /** The token's profiles as Wise listed them at connect (and at each periodic check), so that a subscribe to one of them costs no Wise call. */
  private profiles: readonly WiseProfile[] = [];
  private readonly streams = new Set<OpenStream>();
  private readonly subscribeRate: RateWindow;
  private idleTimer: NodeJS.Timeout | null = null;
  private reauthTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly deps: LiveConnectionDeps) {
    this.subscribeRate = new RateWindow(deps.limits.subscribeRate, deps.limits.subscribeRateWindowMs);
    this.armIdleTimer();
  }

  /**
   * Takes the connection's token and checks it with Wise (one read of its profiles, which later
   * subscribes reuse). False when Wise refuses it: the connection is then closed with 4401.
   */
  async authenticate(token: string): Promise<boolean> {
    this.token = token;
    this.key = tokenKey(token);
    try {
      this.profiles = await this.deps.contextFor(token).loaders.profileList();
    } catch (error) {
      if (this.refusedToken(error)) return false;
      // Wise unwell: the connection stays; each subscribe reads the profile again.
      logger.warn({ err: isWiseError(error) ? error.message : error }, "subscription connection: could not check the token with Wise");
    }
    this.reauthTimer = setInterval(() => void this.reauthenticate(), this.deps.limits.reauthSeconds * 1000);
    this.reauthTimer.unref();
    return true;
  }

  /** Counts one subscribe message against the connection's rate; false when over it. */
  takeSubscribeMessage(): boolean {
    return this.subscribeRate.take();
  }

  /** The context a subscription's `subscribe` step runs with. */
  subscribeContext(): LiveContext {
    const context = this.deps.contextFor(this.token!);
    for (const profile of this.profiles) context.loaders.profileById.prime(profile.id, profile);
    return { ...context, live: { events: (request) => this.openStream(context, request) } };
  }

  /** Whether an error is Wise refusing the token; if so the connection is closed with 4401. */
  refusedToken(error: unknown): boolean {
    if (!isWiseError(error) || error.status !== 401) return false;
    this.close(LiveCloseCode.Unauthorized, TOKEN_REFUSED_REASON);
    return true;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.deps.close(code, reason);
  }

  /** Ends every subscription and stops the timers; the socket has closed. */
  dispose(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    if (this.reauthTimer) clearInterval(this.reauthTimer);
    for (const stream of [...this.streams]) void stream.queue.return();
  }

  private async openStream(context: Context, request: LiveStreamRequest): Promise<EventQueue<LiveEventPayload>> {
    try {
      // Answered from the profiles read at connect; another user's profile costs one GET, which Wise refuses.
      await context.loaders.profileById.load(request.profileId);
    } catch (error) {
      this.refusedToken(error);
      throw error;
    }
    if (this.closed) throw apiError(ErrorCode.UNAUTHENTICATED, "The connection has closed.");
    let remove = () => {};
    const stream: OpenStream = {
      profileId: request.profileId,
      queue: new EventQueue<LiveEventPayload>(
        this.deps.limits.maxQueuedEvents,
        () => apiError(ErrorCode.RATE_LIMITED, `This subscription fell more than ${this.deps.limits.maxQueuedEvents} events behind and was ended; subscribe again.`),
        () => {
          remove();
          this.streams.delete(stream);
          if (this.streams.size === 0) this.armIdleTimer();
        },
      ),
    };
    remove = this.deps.hub.add({
      profileId: String(request.profileId),
      eventTypes: new Set(request.eventTypes),
      accepts: request.accepts ?? null,
      token: this.token!,
      tokenKey: this.key!,
      queue: stream.queue,
    });
    this.streams.add(stream);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    return stream.queue;
  }

  /**
   * Checks the token with Wise again, with fresh loaders: a token Wise refuses closes the
   * connection (4401); a profile it may no longer read ends that profile's subscriptions.
   */
  private async reauthenticate(): Promise<void> {
    if (this.closed || !this.token) return;
    const context = this.deps.contextFor(this.token);
    try {
      this.profiles = await context.loaders.profileList();
    } catch (error) {
      if (!this.refusedToken(error)) logger.warn({ err: isWiseError(error) ? error.message : error }, "subscription connection: could not check the token with Wise again");
      return;
    }
    for (const stream of [...this.streams]) {
      try {
        await context.loaders.profileById.load(stream.profileId);
      } catch (error) {
        if (this.refusedToken(error)) return;
        if (isWiseError(error) && (error.status === 403 || error.status === 404)) stream.queue.fail(fromWiseError(error));
      }
    }
  }

  private armIdleTimer(): void {
    if (this.closed) return;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const seconds = Math.round(this.deps.limits.idleTimeoutMs / 1000);
    this.idleTimer = setTimeout(() => this.close(LiveCloseCode.IdleTimeout, `Idle timeout: no subscription for ${seconds} s.`), this.deps.limits.idleTimeoutMs);
    this.idleTimer.unref();
  }
}
