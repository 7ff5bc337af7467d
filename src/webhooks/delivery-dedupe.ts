import { LRUCache } from "lru-cache";

/** Remembers which deliveries (`X-Delivery-Id`) were already taken, so that a retried one is published once. */
export interface DeliveryDedupe {
  /** True the first time a delivery id is offered within the memory's time; false for a repeat. */
  firstSeen(deliveryId: string): Promise<boolean>;
}

/**
 * The de-duplication of a single instance: delivery ids kept in memory for `ttlMs`, at most
 * `maxEntries` of them (the oldest forgotten first).
 */
export class MemoryDeliveryDedupe implements DeliveryDedupe {
  private readonly seen: LRUCache<string, true>;

  constructor(ttlMs: number, maxEntries = 20_000) {
    this.seen = new LRUCache({ max: maxEntries, ttl: ttlMs });
  }

  async firstSeen(deliveryId: string): Promise<boolean> {
    if (this.seen.has(deliveryId)) return false;
    this.seen.set(deliveryId, true);
    return true;
  }
}
