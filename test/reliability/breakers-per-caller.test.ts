import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { ProfilesDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import type { FaultSpec } from "../../src/sandbox/faults.js";

// A fresh server per case (so no breaker state carries over) with the default breaker settings;
// GET retries off only to keep the failing calls quick.
let h: Harness;
beforeEach(async () => {
  h = await startHarness({ client: { getRetryLimit: 0 } });
});
afterEach(async () => {
  await h.close();
});

const PROFILES = "GET /v2/profiles";

describe("one caller's failures do not deny another", () => {
  it.each<[string, FaultSpec["fault"]]>([
    ["answers 503", { type: "status", status: 503 }],
    ["answers 500", { type: "status", status: 500 }],
    ["resets the connection", { type: "reset-before" }],
  ])("Wise %s on a route for bob only: after 40 of bob's calls fail, all of alice's calls on that route still reach Wise and succeed", async (_name, fault) => {
    await h.reset();
    await h.request(ProfilesDocument, {}, { token: h.alice.token });
    const aliceCallsPerRequest = (await h.stats()).byToken.alice!;
    await h.reset();
    h.sandbox.faults.add({ route: PROFILES, fault, user: "bob" });
    for (let i = 0; i < 40; i++) {
      expect(errorCodes(await h.request(ProfilesDocument, {}, { token: h.bob.token }))).toEqual(["UPSTREAM_UNAVAILABLE"]);
    }
    for (let i = 0; i < 40; i++) {
      const alice = await h.request(ProfilesDocument, {}, { token: h.alice.token });
      expect(alice.body.errors).toBeUndefined();
      expect(alice.body.data?.profiles?.length).toBeGreaterThan(0);
    }
    const stats = await h.stats();
    expect(stats.byToken.alice).toBe(40 * aliceCallsPerRequest);
    // Bob's requests stop at their failed profile list; alice's each list her profiles once.
    expect(stats.routes[PROFILES]).toBe(40 + stats.byToken.bob!);
    // Bob's own breaker on the route opened and shed the rest of his calls.
    expect(stats.byToken.bob).toBeLessThan(40);
  });
});
