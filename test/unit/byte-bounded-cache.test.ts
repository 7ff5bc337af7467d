import { describe, expect, it } from "@jest/globals";
import { ByteBoundedCache } from "../../src/server/plugins/byte-bounded-cache.js";
import { estimateKey } from "../../src/server/plugins/cost-limit.js";

describe("ByteBoundedCache", () => {
  it("never weighs more than its bound, however many keys pass through it", () => {
    const cache = new ByteBoundedCache<number>(10_000);
    let computed = 0;
    for (let i = 0; i < 5_000; i++) {
      expect(cache.get(`key-${i}`, () => ++computed)).toBe(computed);
      expect(cache.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(computed).toBe(5_000);
    // Full, not emptied: it holds as many of the latest entries as fit.
    expect(cache.size).toBeGreaterThan(40);
    expect(cache.bytes).toBeGreaterThan(10_000 - 200);
    expect(cache.get("key-4999", () => -1)).toBe(5_000);
    expect(cache.get("key-0", () => -1)).toBe(-1);
  });

  it("weighs values by the given measure and evicts the least recently used first", () => {
    const cache = new ByteBoundedCache<string>(1_000, (value) => value.length * 2);
    cache.get("a", () => "x".repeat(200));
    cache.get("b", () => "y".repeat(200));
    // Reading "a" makes "b" the oldest, so "b" goes when "c" needs room.
    expect(cache.get("a", () => "recomputed")).toBe("x".repeat(200));
    cache.get("c", () => "z".repeat(200));
    expect(cache.size).toBe(2);
    expect(cache.get("a", () => "recomputed")).toBe("x".repeat(200));
    expect(cache.get("b", () => "recomputed")).toBe("recomputed");
    expect(cache.bytes).toBeLessThanOrEqual(1_000);
  });

  it("hands back a value heavier than its whole bound without keeping it", () => {
    const cache = new ByteBoundedCache<string>(1_000, (value) => value.length);
    cache.get("small", () => "s");
    expect(cache.get("huge", () => "h".repeat(5_000))).toHaveLength(5_000);
    expect(cache.size).toBe(1);
    expect(cache.get("huge", () => "again")).toBe("again");
  });
});

describe("the cost estimate's cache key", () => {
  it("is a fixed-size hash, whatever the size of the variables", () => {
    const small = estimateKey("abc", "Op", { id: "1" });
    const large = estimateKey("abc", "Op", { filler: "x".repeat(95_000) });
    expect(small).toHaveLength(44);
    expect(large).toHaveLength(44);
  });

  it("differs with the document, the operation name and the variables", () => {
    const keys = new Set([
      estimateKey("abc", "Op", { n: 1 }),
      estimateKey("abd", "Op", { n: 1 }),
      estimateKey("abc", "Other", { n: 1 }),
      estimateKey("abc", undefined, { n: 1 }),
      estimateKey("abc", "Op", { n: 2 }),
    ]);
    expect(keys.size).toBe(5);
  });
});
