import { Redis } from "ioredis";
import { logger } from "../logging/logger.js";

/** Where a Redis URL points, without its user name or password: safe to log. */
export function redisTarget(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    return "(unparsable REDIS_URL)";
  }
}

/** An error's message with any credentials of a URL in it removed. */
function withoutCredentials(message: string): string {
  return message.replace(/(rediss?:\/\/)[^@\s/]*@/gi, "$1[redacted]@");
}

/**
 * A connection to Redis that reconnects on its own, forever, backing off to one attempt every
 * 5 s, and says so in the log once per outage (never with the URL's credentials). `role` names it
 * in the log and in Redis's CLIENT LIST.
 */
export function connectRedis(url: string, role: string): Redis {
  const redis = new Redis(url, {
    connectionName: `wise-graphql-${role}`,
    // A command waits through two reconnection attempts at most, then fails (and is logged by its caller).
    maxRetriesPerRequest: 2,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 6), 5_000),
  });
  const target = redisTarget(url);
  let healthy = true;
  redis.on("error", (error: Error & { code?: string }) => {
    const fields = { redis: target, role, code: error.code, reason: withoutCredentials(error.message) };
    if (healthy) logger.warn(fields, "Redis connection failed: reconnecting");
    else logger.debug(fields, "Redis still unreachable");
    healthy = false;
  });
  redis.on("ready", () => {
    if (!healthy) logger.info({ redis: target, role }, "Redis connection restored");
    healthy = true;
  });
  return redis;
}

/** Closes a connection: politely when Redis answers, at once when it does not. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === "end") return;
  try {
    await Promise.race([redis.quit(), new Promise((_, reject) => setTimeout(reject, 1_000).unref())]);
  } catch {
    redis.disconnect();
  }
}
