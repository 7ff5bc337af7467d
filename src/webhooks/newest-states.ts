import { LRUCache } from "lru-cache";

/**
 * Remembers when the newest published state of each resource happened, per event type, so that a
 * late, older state (Wise does not keep order) is not published over a newer one.
 */
export interface NewestStates {
  /**
   * True, and records it, when a state of `occurredAtMs` is not older than the newest one
   * admitted for this resource and event type; false when it is older (it must be dropped). An
   * equal time is admitted: Wise's timestamps have whole seconds, and two changes can share one.
   */
  admit(eventType: string, resourceKey: string, occurredAtMs: number): Promise<boolean>;
}

/** The newest states of a single instance: kept in memory for `ttlMs`, at most `maxEntries` resources. */
export class MemoryNewestStates implements NewestStates {
  private readonly newest: LRUCache<string, number>;

  constructor(ttlMs: number, maxEntries = 20_000) {
    this.newest = new LRUCache({ max: maxEntries, ttl: ttlMs });
  }

  async admit(eventType: string, resourceKey: string, occurredAtMs: number): Promise<boolean> {
    const key = `${eventType} ${resourceKey}`;
    const newest = this.newest.get(key);
    if (newest !== undefined && newest > occurredAtMs) return false;
    this.newest.set(key, occurredAtMs);
    return true;
  }
}
