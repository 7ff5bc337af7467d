// Request counters behind GET /__sandbox/stats: how many Wise-route calls the GraphQL
// layer made, per "METHOD /route/:pattern" and per demo user. Tests and benchmarks use
// them to prove batching/caching (e.g. one /v2/profiles call per GraphQL request).

export interface StatsSnapshot {
  total: number;
  routes: Record<string, number>;
  byToken: Record<string, number>;
  /** Requests that matched no route (404); not part of total. */
  unmatched: number;
}

/** byToken key for requests without a valid token. */
export const ANONYMOUS = "anonymous";

export class Stats {
  private total = 0;
  private unmatched = 0;
  private readonly routes = new Map<string, number>();
  private readonly byToken = new Map<string, number>();

  record(routeKey: string, who: string): void {
    this.total++;
    this.routes.set(routeKey, (this.routes.get(routeKey) ?? 0) + 1);
    this.byToken.set(who, (this.byToken.get(who) ?? 0) + 1);
  }

  recordUnmatched(): void {
    this.unmatched++;
  }

  reset(): void {
    this.total = 0;
    this.unmatched = 0;
    this.routes.clear();
    this.byToken.clear();
  }

  snapshot(): StatsSnapshot {
    return {
      total: this.total,
      routes: Object.fromEntries(this.routes),
      byToken: Object.fromEntries(this.byToken),
      unmatched: this.unmatched,
    };
  }
}
