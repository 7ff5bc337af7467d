// transferStateChanged over a real graphql-ws client against the server and the embedded
// sandbox: a published transfers#state-change arrives with the Transfer read from Wise; several
// arrive in the order published, once each; `transferId` narrows to one transfer; the same
// operation over HTTP POST is a clear error.

import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eventually, personalProfile, subscribe, TRANSFER_STATE_CHANGED, transferStateChange, wsClient, type SeededTransfer } from "./ws-clients.js";

let h: Harness;
let alice: { id: string; transfers: SeededTransfer[] };

beforeAll(async () => {
  h = await startHarness();
  alice = await personalProfile(h, h.alice.token);
});

afterEach(async () => {
  // The server has dropped the last test's subscriptions before the next test counts its own.
  await eventually(() => h.server.subscriptions.size === 0);
});

afterAll(async () => {
  await h.close();
});

describe("transferStateChanged over graphql-ws", () => {
  it("delivers a published transfers#state-change with the transfer read from Wise", async () => {
    const [transfer] = alice.transfers;
    const client = wsClient(h, h.alice.token);
    try {
      const stream = subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      await eventually(() => h.server.subscriptions.size === 1);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, transfer.wiseId, "incoming_payment_waiting", "processing"));
      const [result] = await stream.waitFor(1);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        transferStateChanged: {
          previousStatus: "INCOMING_PAYMENT_WAITING",
          currentStatus: "PROCESSING",
          transferId: transfer.id,
          transfer: { id: transfer.id, wiseId: transfer.wiseId, status: transfer.status },
        },
      });
    } finally {
      await client.dispose();
    }
  });

  it("delivers every state in the order published, once each", async () => {
    const [transfer] = alice.transfers;
    const client = wsClient(h, h.alice.token);
    try {
      const stream = subscribe<{ transferStateChanged: { previousStatus: string | null; currentStatus: string } }>(client.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      await eventually(() => h.server.subscriptions.size === 1);
      const states = ["incoming_payment_waiting", "processing", "funds_converted", "outgoing_payment_sent"];
      for (let i = 1; i < states.length; i++) {
        await h.server.events.publish(transferStateChange(h.alice.personalProfileId, transfer.wiseId, states[i - 1], states[i]));
      }
      await stream.waitFor(3);
      // Nothing more arrives.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(stream.results.map((r) => ({ previousStatus: r.data!.transferStateChanged.previousStatus, currentStatus: r.data!.transferStateChanged.currentStatus }))).toEqual([
        { previousStatus: "INCOMING_PAYMENT_WAITING", currentStatus: "PROCESSING" },
        { previousStatus: "PROCESSING", currentStatus: "FUNDS_CONVERTED" },
        { previousStatus: "FUNDS_CONVERTED", currentStatus: "OUTGOING_PAYMENT_SENT" },
      ]);
    } finally {
      await client.dispose();
    }
  });

  it("narrowed by transferId, skips the profile's other transfers before reading anything", async () => {
    const [first, second] = alice.transfers;
    const client = wsClient(h, h.alice.token);
    try {
      const stream = subscribe<{ transferStateChanged: { transferId: string } }>(
        client.client,
        `subscription($p: ID!, $t: ID) { transferStateChanged(profileId: $p, transferId: $t) { transferId } }`,
        {
          p: alice.id,
          t: second.id,
        },
      );
      await eventually(() => h.server.subscriptions.size === 1);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, first.wiseId, "processing", "funds_converted"));
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, second.wiseId, "processing", "funds_converted"));
      await stream.waitFor(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(stream.results.map((r) => r.data!.transferStateChanged.transferId)).toEqual([second.id]);
    } finally {
      await client.dispose();
    }
  });

  it("refuses a forged profile id as BAD_USER_INPUT and registers nothing", async () => {
    const client = wsClient(h, h.alice.token);
    try {
      const stream = subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: "not-an-id" });
      await stream.done;
      expect(stream.results).toEqual([
        {
          errors: [
            expect.objectContaining({ message: 'Argument "profileId" is not a valid ID issued by this API.', extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
          ],
        },
      ]);
      expect(h.server.subscriptions.size).toBe(0);
    } finally {
      await client.dispose();
    }
  });

  it("over HTTP POST, answers that subscriptions are served over WebSocket", async () => {
    const response = await h.raw(JSON.stringify({ query: TRANSFER_STATE_CHANGED, variables: { profileId: alice.id } }), { token: h.alice.token });
    expect(response.text).toContain("Subscriptions are served over WebSocket");
    expect(response.text).not.toContain(h.alice.token);
  });
});
