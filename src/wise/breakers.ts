import { createHash } from "node:crypto";
import { EventEmitter } from "node:events";
import CircuitBreaker from "opossum";
import { WiseApiError } from "./errors.js";
import { logger } from "../logging/logger.js";

export interface BreakerOptions {
  /** Failure share (percent) in the rolling window that opens a breaker. */
  errorThresholdPercentage: number;
  /** How long an open breaker sheds calls before letting one probe through (ms). */
  resetTimeoutMs: number;
  /** The rolling window the failure share is measured over (ms). */
  rollingWindowMs: number;
  /** Calls needed in the window before a breaker may open at all. */
  volumeThreshold: number;
  /** Distinct callers whose calls on a route must have failed within the window before the route-wide breaker counts failures. */
  minFailingCallers: number;
  /** Per-caller breakers kept; past this many, the least recently used one is dropped. */
  maxCallerBreakers: number;
}

export const defaultBreakerOptions: BreakerOptions = {
  errorThresholdPercentage: 50,
  resetTimeoutMs: 10_000,
  rollingWindowMs: 10_000,
  volumeThreshold: 10,
  minFailingCallers: 3,
  maxCallerBreakers: 1_000,
};

/** A caller's key for the breakers: a hash of their token, so no token is kept as a key. */
export function callerKey(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

type Action = () => Promise<unknown>;
type Breaker = CircuitBreaker<[Action], unknown>;

/** Buckets of a breaker's rolling window (opossum's default). */
const BUCKETS = 10;

/** Only Wise's own faults count against a breaker; a caller's 4xx or deadline never does. */
function isWiseFault(error: unknown): boolean {
  return error instanceof WiseApiError && error.isWiseFault;
}

/**
 * Circuit breakers (opossum) on Wise routes, at two levels, so that one caller's failures never
 * deny another caller:
 * - per route and caller: when Wise fails for one caller only (their account, their data), that
 *   caller's calls on the route are shed, and nobody else's. A caller gets one on their first
 *   fault of Wise's on the route, so healthy callers cost nothing; the least recently used go first;
 * - per route, counting a failure only while the route's failures in the window come from at
 *   least `minFailingCallers` distinct callers: that is Wise being down, and shedding everyone's
 *   calls lets it recover and answers them fast.
 * An open breaker fails a call before it is sent, which is always safe to report, even for
 * money-moving calls. Each change of state is logged as one line, with its route.
 */
export class RouteBreakers {
  private readonly routes = new Map<string, { breaker: Breaker; failing: FailingCallers }>();
  /** Breakers of callers Wise failed, least recently used first; keyed by route and caller hash. */
  private readonly callers = new Map<string, Breaker>();
  /** One timer turns every breaker's rolling window, instead of two timers per breaker. */
  private readonly rotation = new EventEmitter().setMaxListeners(0);
  private rotationTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: BreakerOptions = defaultBreakerOptions) {}

  /** Runs `action` unless the route's breaker or this caller's breaker on the route is open. */
  async run<T>(routeKey: string, caller: string, action: () => Promise<T>): Promise<T> {
    const route = this.routeBreaker(routeKey);
    const key = `${routeKey}\n${caller}`;
    // Who failed is noted before the route's breaker weighs the failure.
    const send = () =>
      action().catch((error: unknown) => {
        if (isWiseFault(error)) {
          route.failing.add(caller);
          if (!this.callers.has(key)) this.addCallerBreaker(key, routeKey);
        }
        throw error;
      });
    const throughRoute = () =>
      route.breaker.fire(send).catch((error: unknown) => {
        // Shed by the route: no fault of this caller's or Wise's, so their breaker does not count it.
        throw isOpen(error) ? shedError(routeKey, "Wise is failing on it for several callers") : error;
      });
    const own = this.callerBreaker(key);
    try {
      return (await (own ? own.fire(throughRoute) : throughRoute())) as T;
    } catch (error) {
      throw isOpen(error) ? shedError(routeKey, "Wise is failing on it for this caller") : error;
    }
  }

  /** How many callers have a breaker of their own (on any route). */
  get callerBreakers(): number {
    return this.callers.size;
  }

  shutdown(): void {
    for (const { breaker } of this.routes.values()) breaker.shutdown();
    for (const breaker of this.callers.values()) breaker.shutdown();
    this.routes.clear();
    this.callers.clear();
    clearInterval(this.rotationTimer);
    this.rotationTimer = undefined;
  }

  private routeBreaker(routeKey: string): { breaker: Breaker; failing: FailingCallers } {
    let route = this.routes.get(routeKey);
    if (!route) {
      const failing = new FailingCallers(this.options.rollingWindowMs, this.options.minFailingCallers);
      const breaker: Breaker = this.create(
        "route",
        routeKey,
        // A failure counts only while the window's failures span several callers. A failed probe
        // of a half-open breaker always counts: it opened because several callers failed.
        (error) => !isWiseFault(error) || (failing.count() < this.options.minFailingCallers && !breaker.halfOpen),
      );
      route = { breaker, failing };
      this.routes.set(routeKey, route);
    }
    return route;
  }

  /** This caller's breaker on the route, if Wise failed them there; marked as the most recently used. */
  private callerBreaker(key: string): Breaker | undefined {
    const breaker = this.callers.get(key);
    if (breaker) {
      this.callers.delete(key);
      this.callers.set(key, breaker);
    }
    return breaker;
  }

  private addCallerBreaker(key: string, routeKey: string): void {
    if (this.callers.size >= this.options.maxCallerBreakers) {
      const [oldestKey, oldest] = this.callers.entries().next().value as [string, Breaker];
      this.callers.delete(oldestKey);
      oldest.shutdown();
    }
    // It starts with the failure that created it, so it opens after as many calls as any breaker.
    this.callers.set(
      key,
      this.create("caller", routeKey, (error) => !isWiseFault(error), { fires: 1, failures: 1 }),
    );
  }

  private create(scope: "route" | "caller", routeKey: string, ignore: (error: unknown) => boolean, stats?: { fires: number; failures: number }): Breaker {
    this.rotationTimer ??= setInterval(() => this.rotation.emit("rotate"), Math.max(1, Math.floor(this.options.rollingWindowMs / BUCKETS))).unref();
    const breaker: Breaker = new CircuitBreaker((fn: Action) => fn(), {
      timeout: false,
      errorThresholdPercentage: this.options.errorThresholdPercentage,
      resetTimeout: this.options.resetTimeoutMs,
      rollingCountTimeout: this.options.rollingWindowMs,
      rollingCountBuckets: BUCKETS,
      volumeThreshold: this.options.volumeThreshold,
      errorFilter: ignore,
      rotateBucketController: this.rotation,
      enableSnapshots: false,
      rollingPercentilesEnabled: false,
      // Passed on to the rolling window as its first bucket (opossum's typings leave it out).
      ...({ stats } as object),
    });
    // One line per change of state. A caller's breaker may flap every reset timeout for as long as
    // Wise fails that caller, and many callers may each have one: only its opening is worth an
    // info line; the failure summary counts the calls it shed.
    const where = { route: routeKey, scope };
    const [opened, probing] = scope === "route" ? (["warn", "info"] as const) : (["info", "debug"] as const);
    breaker.on("open", () => logger[opened](where, `circuit breaker opened (${scope}): calls are shed, not sent`));
    breaker.on("halfOpen", () => logger[probing](where, `circuit breaker half-open (${scope}): one probe call goes through`));
    breaker.on("close", () => logger[probing](where, `circuit breaker closed (${scope})`));
    return breaker;
  }
}

/**
 * The callers whose calls on one route failed within the window, oldest first. It keeps no more
 * than it needs to tell whether the failures span `enough` callers.
 */
class FailingCallers {
  private readonly lastFailure = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly enough: number,
  ) {}

  add(caller: string): void {
    this.lastFailure.delete(caller);
    this.lastFailure.set(caller, Date.now());
    if (this.lastFailure.size > this.enough) this.lastFailure.delete(this.lastFailure.keys().next().value as string);
  }

  count(): number {
    const since = Date.now() - this.windowMs;
    for (const [caller, at] of this.lastFailure) {
      if (at > since) break;
      this.lastFailure.delete(caller);
    }
    return this.lastFailure.size;
  }
}

function isOpen(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "EOPENBREAKER";
}

function shedError(routeKey: string, why: string): WiseApiError {
  return new WiseApiError("NETWORK", null, [], null, routeKey, `${routeKey}: circuit open (${why}), call not sent`, "EOPENBREAKER");
}
