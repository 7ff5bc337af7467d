import type { DeliveryDedupe } from "../webhooks/delivery-dedupe.js";
import type { NewestStates } from "../webhooks/newest-states.js";
import { RedisDeliveryDedupe } from "../webhooks/redis-delivery-dedupe.js";
import { RedisNewestStates } from "../webhooks/redis-newest-states.js";
import { RedisClientToken } from "../wise/redis-client-token.js";
import type { SharedClientToken } from "../wise/shared-client-token.js";
import { closeRedis, connectRedis, redisTarget } from "./redis-connection.js";
import { RedisEventBus } from "./redis-event-bus.js";

/** What instances share through Redis (`REDIS_URL`). */
export interface RedisServices {
  /** Where Redis is, without credentials (for the start-up banner). */
  target: string;
  events: RedisEventBus;
  dedupe: DeliveryDedupe;
  newestStates: NewestStates;
  /** The client-credentials token of this Wise and client id, shared by every instance. */
  clientToken(wiseUrl: string, clientId: string): SharedClientToken;
  /** Closes every connection (the bus's too). */
  close(): Promise<void>;
}

/**
 * Connects to Redis: a connection for commands (de-duplication, ordering, the shared token),
 * and the bus's two (publishing, and the subscription, which needs its own). Resolves once the
 * bus hears the channel; throws when Redis does not answer within `timeoutMs`.
 */
export async function startRedisServices(options: { url: string; keyPrefix: string; rememberMs: number; timeoutMs?: number }): Promise<RedisServices> {
  const commands = connectRedis(options.url, "commands");
  const events = new RedisEventBus(connectRedis(options.url, "publisher"), connectRedis(options.url, "subscriber"), `${options.keyPrefix}events`);
  const target = redisTarget(options.url);
  const close = async () => {
    await Promise.all([events.close(), closeRedis(commands)]);
  };
  try {
    await events.ready(options.timeoutMs ?? 5_000);
  } catch (error) {
    await close();
    throw new Error(`REDIS_URL: no answer from Redis at ${target} (${(error as Error).message}).`);
  }
  return {
    target,
    events,
    dedupe: new RedisDeliveryDedupe(commands, options.keyPrefix, options.rememberMs),
    newestStates: new RedisNewestStates(commands, options.keyPrefix, options.rememberMs),
    clientToken: (wiseUrl, clientId) => new RedisClientToken(commands, options.keyPrefix, wiseUrl, clientId),
    close,
  };
}
