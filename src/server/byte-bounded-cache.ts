import { LRUCache } from "lru-cache";

/** What one entry costs beyond its key's characters and its value: the map's slot, the key's header. */
const ENTRY_OVERHEAD_BYTES = 96;

/**
 * A least-recently-used cache bounded by the bytes it holds, not by its count of entries: keys are
 * weighed by their length (give it hashes, so that a client's large input is never kept), values
 * by `valueBytes`, each entry plus a fixed overhead. When a new entry would pass `maxBytes`, the
 * least recently used entries go first; a value heavier than the whole bound is never kept.
 * lru-cache does the bookkeeping; this names the weighing once for its two users.
 */
export class ByteBoundedCache<T extends NonNullable<unknown>> {
  private readonly entries: LRUCache<string, T>;

  constructor(
    readonly maxBytes: number,
    valueBytes: (value: T) => number = () => 8,
  ) {
    this.entries = new LRUCache<string, T>({
      maxSize: maxBytes,
      sizeCalculation: (value, key) => Math.ceil(ENTRY_OVERHEAD_BYTES + key.length * 2 + valueBytes(value)),
    });
  }

  /** The value kept under `key`, now the most recently used, if any. */
  get(key: string): T | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` under `key` if it fits, making room by dropping the least recently used. */
  set(key: string, value: T): void {
    this.entries.set(key, value);
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  /** The cached value of `key`, or `compute()`'s, kept for next time if it fits. */
  getOrCompute(key: string, compute: () => T): T {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const value = compute();
    this.entries.set(key, value);
    return value;
  }

  /** The bytes the entries are weighed at, at most `maxBytes`. */
  get bytes(): number {
    return this.entries.calculatedSize;
  }

  get size(): number {
    return this.entries.size;
  }
}
