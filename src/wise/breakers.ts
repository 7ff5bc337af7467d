import CircuitBreaker from "opossum";
import { WiseApiError } from "./errors.js";

export interface BreakerOptions {
  /** Failure share (percent) in the rolling window that opens the breaker. */
  errorThresholdPercentage: number;
  /** How long an open breaker sheds calls before letting one probe through (ms). */
  resetTimeoutMs: number;
  /** The rolling window the failure share is measured over (ms). */
  rollingWindowMs: number;
  /** Calls needed in the window before the breaker may open at all. */
  volumeThreshold: number;
}

export const defaultBreakerOptions: BreakerOptions = { errorThresholdPercentage: 50, resetTimeoutMs: 10_000, rollingWindowMs: 10_000, volumeThreshold: 10 };

/** Only faults of Wise's side count against a route: 4xx answers are the caller's business. */
function isUpstreamFault(error: unknown): boolean {
  return error instanceof WiseApiError && (error.kind !== "HTTP" || (error.status !== null && error.status >= 500));
}

/**
 * One circuit breaker (opossum) per Wise route, so a failing endpoint sheds load quickly
 * without blocking the healthy ones. An open breaker fails a call before it is sent, which is
 * always safe to report, even for money-moving calls.
 */
export class RouteBreakers {
  private readonly breakers = new Map<string, CircuitBreaker<[() => Promise<unknown>], unknown>>();

  constructor(private readonly options: BreakerOptions = defaultBreakerOptions) {}

  async run<T>(routeKey: string, action: () => Promise<T>): Promise<T> {
    let breaker = this.breakers.get(routeKey);
    if (!breaker) {
      breaker = new CircuitBreaker((fn: () => Promise<unknown>) => fn(), {
        timeout: false,
        errorThresholdPercentage: this.options.errorThresholdPercentage,
        resetTimeout: this.options.resetTimeoutMs,
        rollingCountTimeout: this.options.rollingWindowMs,
        volumeThreshold: this.options.volumeThreshold,
        errorFilter: (error: unknown) => !isUpstreamFault(error),
      });
      this.breakers.set(routeKey, breaker);
    }
    try {
      return (await breaker.fire(action)) as T;
    } catch (error) {
      if ((error as { code?: string }).code === "EOPENBREAKER") {
        throw new WiseApiError("NETWORK", null, [], null, routeKey, `${routeKey}: circuit open, call not sent`, "EOPENBREAKER");
      }
      throw error;
    }
  }

  shutdown(): void {
    for (const breaker of this.breakers.values()) breaker.shutdown();
    this.breakers.clear();
  }
}
