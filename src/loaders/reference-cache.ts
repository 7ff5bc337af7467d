import type { WiseClient } from "../wise/client.js";

/** How long public reference data is kept, in ms; 0 turns a kind off. */
export interface ReferenceCacheTtls {
  /** `GET /v1/currencies`. */
  currencies: number;
  /** `GET /v1/rates?source&target`: the current mid-market rate. */
  currentRate: number;
  /** `GET /v1/rates?source&target&time`: a rate at a past moment, which no longer changes. */
  pastRate: number;
}

export const defaultReferenceTtls: ReferenceCacheTtls = { currencies: 60 * 60_000, currentRate: 10_000, pastRate: 60 * 60_000 };

/** The most entries kept; the oldest goes first when full (keys are currency pairs and times). */
const MAX_ENTRIES = 1_000;

interface Entry {
  value: Promise<unknown>;
  /** Epoch ms after which the value is stale; Infinity while the call is in flight. */
  expires: number;
}

/**
 * Public reference data (currencies, rates), shared by every request of the process. It is the
 * same for every caller, so keys hold no user data; only successful answers are kept (Wise
 * wants a valid token for these calls, and a caller whose token fails must not poison the
 * cache), and a caller that joins another's call still in flight makes its own call if that one
 * fails. Resolvers still ask for the caller's session first, so a request without a token is
 * UNAUTHENTICATED whether or not the data is cached.
 */
export class ReferenceCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly ttls: ReferenceCacheTtls = defaultReferenceTtls,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value of `key`, or `load()`'s answer, kept for `ttlMs` once it succeeds. */
  async get<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    if (ttlMs <= 0) return load();
    const entry = this.entries.get(key);
    if (entry && entry.expires > this.now()) {
      if (entry.expires !== Infinity) return entry.value as Promise<T>;
      // Another request is fetching it: share its answer, or fetch our own if it fails.
      try {
        return (await entry.value) as T;
      } catch {
        return load();
      }
    }
    return this.fetch(key, ttlMs, load);
  }

  private fetch<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
    const value = load();
    const entry: Entry = { value, expires: Infinity };
    this.entries.delete(key);
    this.entries.set(key, entry);
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    value.then(
      () => {
        if (this.entries.get(key) === entry) entry.expires = this.now() + ttlMs;
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return value;
  }

  /** Drops everything (tests, or an operator after a Wise incident). */
  clear(): void {
    this.entries.clear();
  }
}

const caches = new WeakMap<WiseClient, ReferenceCache>();

/**
 * The reference cache of one Wise client: one per process in production (one client), and one
 * per server a test starts. Default TTLs unless `configureReferenceCache` said otherwise.
 */
export function referenceCacheFor(client: WiseClient): ReferenceCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = new ReferenceCache();
    caches.set(client, cache);
  }
  return cache;
}

/**
 * Sets the TTLs of a client's reference cache, or turns it off (`false`). The test harness turns
 * it off by default: tests count upstream calls and inject faults on these very routes.
 */
export function configureReferenceCache(client: WiseClient, ttls: Partial<ReferenceCacheTtls> | false): ReferenceCache {
  const cache = new ReferenceCache(ttls === false ? { currencies: 0, currentRate: 0, pastRate: 0 } : { ...defaultReferenceTtls, ...ttls });
  caches.set(client, cache);
  return cache;
}
