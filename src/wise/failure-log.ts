import type { WiseApiError } from "./errors.js";
import { logger } from "../logging/logger.js";

interface RouteFailures {
  failed: number;
  /** Failures that were Wise's fault or shed by an open breaker: these make the line a warning. */
  serious: number;
  /** Failed calls by cause: `HTTP 503`, `NETWORK ECONNRESET`, `BAD_RESPONSE`, `NETWORK EOPENBREAKER`... */
  causes: Map<string, number>;
  /** The first failure's message (safe: never a token or a Wise body). */
  example: string;
}

/**
 * Failed Wise calls, logged as one summary line per route per interval, with counts by cause,
 * instead of one line per call: when Wise is down every request fails, and a line each floods
 * the log. The number of lines is bounded by routes x intervals, whatever the traffic.
 */
export class FailureLog {
  private readonly routes = new Map<string, RouteFailures>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly intervalMs: number) {}

  record(operation: string, error: WiseApiError): void {
    let route = this.routes.get(operation);
    if (!route) {
      route = { failed: 0, serious: 0, causes: new Map(), example: error.message };
      this.routes.set(operation, route);
    }
    route.failed++;
    if (error.isWiseFault || error.networkCode === "EOPENBREAKER") route.serious++;
    const cause = error.kind === "HTTP" ? `HTTP ${error.status}` : error.kind === "NETWORK" ? `NETWORK ${error.networkCode ?? "?"}` : error.kind;
    route.causes.set(cause, (route.causes.get(cause) ?? 0) + 1);
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs).unref();
  }

  /** Writes one line per route with failures since the last flush, and starts a new interval. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const [route, failures] of this.routes) {
      const line = { route, failed: failures.failed, causes: Object.fromEntries(failures.causes), intervalMs: this.intervalMs, example: failures.example };
      if (failures.serious > 0) logger.warn(line, "failed Wise calls");
      else logger.info(line, "failed Wise calls");
    }
    this.routes.clear();
  }
}
