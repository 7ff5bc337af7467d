// The cost of an event: subscribers of the same token share one Wise read of the changed object
// (50 subscriptions asking `transfer { id }`: one transfer fetch per event), and subscribers of
// other profiles cost nothing.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eventually, personalProfile, subscribe, transferStateChange, wsClient, type Stream, type TestClient } from "./ws-clients.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h.close();
});

describe("fan-out of one event", () => {
  it("reads the transfer once per event for 50 subscribers of one token, and never for another user's subscribers", async () => {
    const alice = await personalProfile(h, h.alice.token);
    const bob = await personalProfile(h, h.bob.token);
    const clients: TestClient[] = [];
    const streams: Stream<{ transferStateChanged: { transfer: { id: string } } }>[] = [];
    try {
      // Five connections (tabs) of ten subscriptions each, and bob following his own profile.
      for (let c = 0; c < 5; c++) {
        const client = wsClient(h, h.alice.token);
        clients.push(client);
        for (let s = 0; s < 10; s++) {
          streams.push(subscribe(client.client, `subscription($p: ID!) { transferStateChanged(profileId: $p) { transfer { id } } }`, { p: alice.id }));
        }
      }
      const bobClient = wsClient(h, h.bob.token);
      clients.push(bobClient);
      const bobStream = subscribe(bobClient.client, `subscription($p: ID!) { transferStateChanged(profileId: $p) { transfer { id } } }`, { p: bob.id });
      await eventually(() => h.server.subscriptions.size === 51);
      await h.reset();

      const transfer = alice.transfers[0];
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, transfer.wiseId, "processing", "funds_converted"));
      await Promise.all(streams.map((stream) => stream.waitFor(1)));
      expect(streams.every((stream) => stream.results[0].data?.transferStateChanged.transfer.id === transfer.id)).toBe(true);
      expect((await h.stats()).routes).toEqual({ "GET /v1/transfers/:transferId": 1 });

      // The next event is read again (no stale transfer), once.
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, transfer.wiseId, "funds_converted", "outgoing_payment_sent"));
      await Promise.all(streams.map((stream) => stream.waitFor(2)));
      expect((await h.stats()).routes).toEqual({ "GET /v1/transfers/:transferId": 2 });
      expect(bobStream.results).toEqual([]);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });
});
