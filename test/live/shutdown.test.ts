// Closing the server ends its subscription sockets (1001) instead of waiting on them.

import { describe, expect, it } from "@jest/globals";
import { startHarness } from "../helpers/harness.js";
import { eventually, personalProfile, subscribe, TRANSFER_STATE_CHANGED, wsClient } from "./ws-clients.js";

describe("app.close()", () => {
  it("closes every subscription socket with 1001 and returns promptly", async () => {
    const h = await startHarness();
    const profileId = (await personalProfile(h, h.alice.token)).id;
    const clients = [wsClient(h, h.alice.token), wsClient(h, h.bob.token)];
    const idle = wsClient(h, h.alice.token);
    try {
      const stream = subscribe(clients[0].client, TRANSFER_STATE_CHANGED, { profileId });
      await Promise.all([...clients, idle].map((client) => client.connected));
      await eventually(() => h.server.subscriptions.size === 1);
      const started = Date.now();
      await h.server.app.close();
      expect(Date.now() - started).toBeLessThan(2_000);
      for (const client of [...clients, idle]) expect(await client.closed).toEqual({ code: 1001, reason: "Server shutting down" });
      await stream.done;
      expect(h.server.subscriptions.size).toBe(0);
    } finally {
      await Promise.all([...clients, idle].map((client) => client.dispose()));
      await h.sandbox.close();
    }
  });
});
