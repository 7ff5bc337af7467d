import { describe, expect, it } from "@jest/globals";
import { MemoryDeliveryDedupe } from "../../src/webhooks/delivery-dedupe.js";
import { MemoryNewestStates } from "../../src/webhooks/newest-states.js";

// What a single instance remembers of webhooks is bounded in count and in time.
describe("the webhook memory of a single instance", () => {
  it("remembers at most maxEntries delivery ids, forgetting the least recently used first", async () => {
    const dedupe = new MemoryDeliveryDedupe(60_000, 3);
    for (const id of ["a", "b", "c", "d"]) expect(await dedupe.firstSeen(id)).toBe(true);
    expect(await dedupe.firstSeen("d")).toBe(false);
    expect(await dedupe.firstSeen("b")).toBe(false);
    // "a" was pushed out by "d".
    expect(await dedupe.firstSeen("a")).toBe(true);
  });

  it("forgets a delivery id after its time", async () => {
    const dedupe = new MemoryDeliveryDedupe(30, 10);
    expect(await dedupe.firstSeen("x")).toBe(true);
    expect(await dedupe.firstSeen("x")).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await dedupe.firstSeen("x")).toBe(true);
  });

  it("keeps the newest time per resource and event type, at most maxEntries of them", async () => {
    const newest = new MemoryNewestStates(60_000, 2);
    expect(await newest.admit("transfers#state-change", "transfer:1", 2_000)).toBe(true);
    expect(await newest.admit("transfers#state-change", "transfer:1", 1_000)).toBe(false);
    expect(await newest.admit("transfers#state-change", "transfer:1", 2_000)).toBe(true);
    // Another event type of the same transfer has its own order.
    expect(await newest.admit("transfers#active-cases", "transfer:1", 1_000)).toBe(true);
    expect(await newest.admit("transfers#state-change", "transfer:2", 1_000)).toBe(true);
    // transfer:1's state changes were pushed out: an old one is admitted again (the bound's price).
    expect(await newest.admit("transfers#state-change", "transfer:1", 1_000)).toBe(true);
  });
});
