import type { Redis } from "ioredis";
import type { NewestStates } from "./newest-states.js";

/**
 * Compare-and-set in one step inside Redis, so that two instances taking two states of one
 * resource at once cannot both win: a time older than the stored one is refused, any other is
 * stored (with the memory's TTL) and admitted.
 */
const ADMIT_NEWEST = `
local newest = redis.call('GET', KEYS[1])
if newest and tonumber(newest) > tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
`;

type WithAdmitNewest = Redis & { wiseAdmitNewest(key: string, occurredAtMs: string, ttlMs: string): Promise<number> };

/** The newest state of each resource, shared by every instance. */
export class RedisNewestStates implements NewestStates {
  private readonly redis: WithAdmitNewest;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    private readonly ttlMs: number,
  ) {
    // ioredis sends the script once and then only its hash (EVALSHA).
    if (!("wiseAdmitNewest" in redis)) redis.defineCommand("wiseAdmitNewest", { numberOfKeys: 1, lua: ADMIT_NEWEST });
    this.redis = redis as WithAdmitNewest;
  }

  async admit(eventType: string, resourceKey: string, occurredAtMs: number): Promise<boolean> {
    const key = `${this.keyPrefix}webhook-newest:${eventType}:${resourceKey}`;
    return (await this.redis.wiseAdmitNewest(key, String(occurredAtMs), String(this.ttlMs))) === 1;
  }
}
