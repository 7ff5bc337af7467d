import { createHash, randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import type { SharedClientToken, SharedTokenEntry } from "./shared-client-token.js";

/** Deletes the token only if it is still the refused one (another instance may have replaced it). */
const DELETE_IF_SAME = `
local entry = redis.call('GET', KEYS[1])
if entry and cjson.decode(entry).token == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Releases the claim only if this instance still holds it (it may have expired and passed on). */
const RELEASE_IF_MINE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** A claim outlives Wise's token call (15 s at most), then lapses, should its holder have died. */
const CLAIM_MS = 20_000;

/**
 * The client-credentials token shared through Redis: one key per Wise and client id (the key
 * names a hash of them, not the id), holding the token until it is to be renewed, after which
 * Redis forgets it. The token lives in Redis and in memory only; it is never logged.
 */
export class RedisClientToken implements SharedClientToken {
  private readonly key: string;
  private readonly claimKey: string;
  /** Tells this instance's claim from another's, so that only the claimant releases it. */
  private readonly claimant = randomUUID();

  constructor(
    private readonly redis: Redis,
    keyPrefix: string,
    wiseUrl: string,
    clientId: string,
    private readonly now: () => number = Date.now,
  ) {
    const which = createHash("sha256").update(`${wiseUrl}\n${clientId}`).digest("hex").slice(0, 32);
    this.key = `${keyPrefix}client-token:${which}`;
    this.claimKey = `${keyPrefix}client-token-renewal:${which}`;
  }

  async read(): Promise<SharedTokenEntry | null> {
    const stored = await this.redis.get(this.key);
    if (stored === null) return null;
    try {
      const entry = JSON.parse(stored) as Partial<SharedTokenEntry>;
      if (typeof entry.token === "string" && entry.token !== "" && typeof entry.renewAtMs === "number") return { token: entry.token, renewAtMs: entry.renewAtMs };
    } catch {
      // Not ours, or damaged: treated as absent, and overwritten by the next token.
    }
    return null;
  }

  async write(entry: SharedTokenEntry): Promise<void> {
    const ttlMs = Math.floor(entry.renewAtMs - this.now());
    if (ttlMs <= 0) return;
    await this.redis.set(this.key, JSON.stringify({ token: entry.token, renewAtMs: entry.renewAtMs }), "PX", ttlMs);
  }

  async claimRenewal(): Promise<boolean> {
    return (await this.redis.set(this.claimKey, this.claimant, "PX", CLAIM_MS, "NX")) === "OK";
  }

  async releaseRenewal(): Promise<void> {
    await this.redis.eval(RELEASE_IF_MINE, 1, this.claimKey, this.claimant);
  }

  async discard(token: string): Promise<void> {
    await this.redis.eval(DELETE_IF_SAME, 1, this.key, token);
  }
}
