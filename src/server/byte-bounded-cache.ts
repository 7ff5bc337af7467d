/** What one entry costs beyond its key's characters and its value: the map's slot, the key's header. */
const ENTRY_OVERHEAD_BYTES = 96;

/**
 * A least-recently-used cache bounded by the bytes it holds, not by its count of entries: keys are
 * weighed by their length (give it hashes, so that a client's large input is never kept), values
 * by `valueBytes`, each entry plus a fixed overhead. When a new entry would pass `maxBytes`, the
 * least recently used entries go first; a value heavier than the whole bound is never kept.
 */
export class ByteBoundedCache<T> {
  private readonly entries = new Map<string, { value: T; bytes: number }>();
  private heldBytes = 0;

  constructor(
    readonly maxBytes: number,
    private readonly valueBytes: (value: T) => number = () => 8,
  ) {}

  /** The value kept under `key`, now the most recently used, if any. */
  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Most recently used last: a Map iterates in insertion order.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  /** Keeps `value` under `key` if it fits, making room by dropping the least recently used. */
  set(key: string, value: T): void {
    this.delete(key);
    const bytes = ENTRY_OVERHEAD_BYTES + key.length * 2 + this.valueBytes(value);
    if (bytes > this.maxBytes) return;
    for (const [oldest, entry] of this.entries) {
      if (this.heldBytes + bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.heldBytes -= entry.bytes;
    }
    this.entries.set(key, { value, bytes });
    this.heldBytes += bytes;
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
    return true;
  }

  /** The cached value of `key`, or `compute()`'s, kept for next time if it fits. */
  getOrCompute(key: string, compute: () => T): T {
    const hit = this.entries.has(key);
    if (hit) return this.get(key) as T;
    const value = compute();
    this.set(key, value);
    return value;
  }

  /** The bytes the entries are weighed at, at most `maxBytes`. */
  get bytes(): number {
    return this.heldBytes;
  }

  get size(): number {
    return this.entries.size;
  }
}
