// A subscription socket outlives the HTTP server's own timeouts (headers, request, keep-alive),
// which are for HTTP requests, not for upgraded connections.

import { describe, expect, it } from "@jest/globals";
import { startHarness } from "../helpers/harness.js";
import { defaultLimits } from "../../src/server/limits.js";
import { defaultLiveLimits } from "../../src/live/limits.js";
import { eventually, personalProfile, subscribe, TRANSFER_STATE_CHANGED, transferStateChange, wsClient } from "./ws-clients.js";

describe("a long-lived subscription", () => {
  it("still receives events after the HTTP headers, request and keep-alive timeouts have passed", async () => {
    const h = await startHarness({
      server: {
        http: { maxConnections: 100, headersTimeoutMs: 500, keepAliveTimeoutMs: 500 },
        limits: { ...defaultLimits, requestDeadlineMs: 1_000 },
        live: { ...defaultLiveLimits, keepAliveMs: 1_000 },
      },
    });
    try {
      const alice = await personalProfile(h, h.alice.token);
      const client = wsClient(h, h.alice.token);
      const stream = subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      await eventually(() => h.server.subscriptions.size === 1);
      // Past the request timeout (deadline + 10 s) and several header checks.
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, alice.transfers[0].wiseId, "processing", "funds_converted"));
      const [result] = await stream.waitFor(1);
      expect(result.errors).toBeUndefined();
      await client.dispose();
    } finally {
      await h.close();
    }
  }, 60_000);
});
