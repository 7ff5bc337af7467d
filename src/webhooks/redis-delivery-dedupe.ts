import type { Redis } from "ioredis";
import type { DeliveryDedupe } from "./delivery-dedupe.js";

/**
 * De-duplication shared by every instance: the first to take a delivery id sets its key
 * (`SET NX`, atomic in Redis) and publishes; a retry landing on any instance finds it set.
 */
export class RedisDeliveryDedupe implements DeliveryDedupe {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly ttlMs: number,
  ) {}

  async firstSeen(deliveryId: string): Promise<boolean> {
    return (await this.redis.set(`${this.keyPrefix}webhook-delivery:${deliveryId}`, "1", "PX", this.ttlMs, "NX")) === "OK";
  }
}
