import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "graphql";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eventually, subscribe, transferStateChange, wsClient } from "./ws-clients.js";

const TRANSFER_STATE_CHANGED = `subscription($profileId: ID!, $transferId: ID) {
  transferStateChanged(profileId: $profileId, transferId: $transferId) { previousStatus currentStatus transferId transfer { id wiseId status } }
}`;

let h: Harness;
let alicePersonal: string;
let aliceTransfer: { id: string; wiseId: number; status: string };

beforeAll(async () => {
  h = await startHarness();
  const profiles = await h.request<{ profiles: { id: string; __typename: string; transfers: { nodes: { id: string; wiseId: number; status: string }[] } }[] }, never>(
    parse("{ profiles { id __typename transfers(first: 1) { nodes { id wiseId status } } } }") as never,
    undefined,
    { token: h.alice.token },
  );
  const personal = profiles.body.data!.profiles.find((p) => p.__typename === "PersonalProfile")!;
  alicePersonal = personal.id;
  aliceTransfer = personal.transfers.nodes[0];
});

afterAll(async () => {
  await h.close();
});

describe("transferStateChanged over graphql-ws", () => {
  it("delivers a published transfers#state-change with the transfer read from Wise", async () => {
    const alice = wsClient(h, h.alice.token);
    try {
      const stream = subscribe(alice.client, TRANSFER_STATE_CHANGED, { profileId: alicePersonal });
      await eventually(() => h.server.subscriptions.size === 1);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, aliceTransfer.wiseId, "incoming_payment_waiting", "processing"));
      const [result] = await stream.waitFor(1);
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual({
        transferStateChanged: {
          previousStatus: "INCOMING_PAYMENT_WAITING",
          currentStatus: "PROCESSING",
          transferId: aliceTransfer.id,
          transfer: { id: aliceTransfer.id, wiseId: aliceTransfer.wiseId, status: aliceTransfer.status },
        },
      });
    } finally {
      await alice.dispose();
    }
    await eventually(() => h.server.subscriptions.size === 0);
  });
});
