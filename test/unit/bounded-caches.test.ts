import { describe, expect, it } from "@jest/globals";
import { parse, type DocumentNode } from "graphql";
import { ByteBoundedCache } from "../../src/server/byte-bounded-cache.js";
import { boundedDocumentStore, documentBytes } from "../../src/server/document-store.js";
import { estimateKey } from "../../src/server/plugins/cost-limit.js";

describe("ByteBoundedCache", () => {
  it("never weighs more than its bound, however many keys pass through it", () => {
    const cache = new ByteBoundedCache<number>(10_000);
    let computed = 0;
    for (let i = 0; i < 5_000; i++) {
      expect(cache.getOrCompute(`key-${i}`, () => ++computed)).toBe(computed);
      expect(cache.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(computed).toBe(5_000);
    // Full, not emptied: it holds as many of the latest entries as fit.
    expect(cache.size).toBeGreaterThan(40);
    expect(cache.bytes).toBeGreaterThan(10_000 - 200);
    expect(cache.getOrCompute("key-4999", () => -1)).toBe(5_000);
    expect(cache.getOrCompute("key-0", () => -1)).toBe(-1);
  });

  it("weighs values by the given measure and evicts the least recently used first", () => {
    const cache = new ByteBoundedCache<string>(1_000, (value) => value.length * 2);
    cache.getOrCompute("a", () => "x".repeat(200));
    cache.getOrCompute("b", () => "y".repeat(200));
    // Reading "a" makes "b" the oldest, so "b" goes when "c" needs room.
    expect(cache.getOrCompute("a", () => "recomputed")).toBe("x".repeat(200));
    cache.getOrCompute("c", () => "z".repeat(200));
    expect(cache.size).toBe(2);
    expect(cache.getOrCompute("a", () => "recomputed")).toBe("x".repeat(200));
    expect(cache.getOrCompute("b", () => "recomputed")).toBe("recomputed");
    expect(cache.bytes).toBeLessThanOrEqual(1_000);
  });

  it("hands back a value heavier than its whole bound without keeping it", () => {
    const cache = new ByteBoundedCache<string>(1_000, (value) => value.length);
    cache.getOrCompute("small", () => "s");
    expect(cache.getOrCompute("huge", () => "h".repeat(5_000))).toHaveLength(5_000);
    expect(cache.size).toBe(1);
    expect(cache.getOrCompute("huge", () => "again")).toBe("again");
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

describe("the parsed-document store", () => {
  it("weighs a document by the text and tokens it keeps alive, comments included", () => {
    const plain = parse("query Plain { __typename }");
    const padded = parse(`query Padded { __typename }\n${"#\n".repeat(31_000)}`);
    // JSON (Apollo's default measure) sees the same small tree in both.
    expect(JSON.stringify(padded).length).toBeLessThan(1_000);
    expect(documentBytes(padded)).toBeGreaterThan(31_000 * 88);
    expect(documentBytes(plain)).toBeLessThan(10_000);
  });

  it("keeps documents up to its byte bound, the most recently used first", async () => {
    const store = boundedDocumentStore(1024 * 1024);
    const documents = Array.from({ length: 40 }, (_, i) => parse(`query Q${i} { ${"__typename ".repeat(100)} }`));
    for (const [i, document] of documents.entries()) await store.set(`doc:${i}`, document);
    const kept = (await Promise.all(documents.map((_, i) => store.get(`doc:${i}`)))).filter(Boolean) as DocumentNode[];
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(40);
    expect(kept.reduce((sum, document) => sum + documentBytes(document), 0)).toBeLessThanOrEqual(1024 * 1024);
    expect(await store.get("doc:39")).toBe(documents[39]);
    expect(await store.get("doc:0")).toBeUndefined();
  });
});
