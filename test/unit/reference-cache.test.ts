import { describe, expect, it } from "@jest/globals";
import { ReferenceCache } from "../../src/loaders/reference-cache.js";

const ttls = { currencies: 1_000, currentRate: 100, pastRate: 1_000 };

describe("ReferenceCache", () => {
  it("keeps a successful answer for its TTL, then asks again", async () => {
    let now = 0;
    let calls = 0;
    const cache = new ReferenceCache(ttls, () => now);
    const load = async () => ++calls;
    expect(await cache.get("k", 100, load)).toBe(1);
    now = 99;
    expect(await cache.get("k", 100, load)).toBe(1);
    now = 101;
    expect(await cache.get("k", 100, load)).toBe(2);
    expect(calls).toBe(2);
  });

  it("shares one call among concurrent requests", async () => {
    let calls = 0;
    const cache = new ReferenceCache(ttls);
    const load = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 10));
    expect(await Promise.all([cache.get("k", 100, load), cache.get("k", 100, load), cache.get("k", 100, load)])).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it("never keeps a failure, and a request that joined a failing call makes its own", async () => {
    const cache = new ReferenceCache(ttls);
    const failing = () => new Promise<string>((_resolve, reject) => setTimeout(() => reject(new Error("401")), 10));
    const first = cache.get("k", 100, failing);
    const second = cache.get("k", 100, async () => "own");
    await expect(first).rejects.toThrow("401");
    expect(await second).toBe("own");
    expect(await cache.get("k", 100, async () => "fresh")).toBe("fresh");
  });

  it("calls through every time with a TTL of 0", async () => {
    let calls = 0;
    const cache = new ReferenceCache(ttls);
    await cache.get("k", 0, async () => ++calls);
    await cache.get("k", 0, async () => ++calls);
    expect(calls).toBe(2);
  });
});
