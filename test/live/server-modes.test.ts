// The subscription transport in the server's stricter modes: with trusted documents only the
// manifest's subscriptions run (by hash), and with SUBGRAPH_SECRET the WebSocket upgrade needs the
// secret as every HTTP request to /graphql does.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createHash } from "node:crypto";
import WebSocket from "ws";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eventually, subscribe, TRANSFER_STATE_CHANGED, wsClient } from "./ws-clients.js";

const SECRET = "subgraph-secret-of-the-router-0123";
const hash = createHash("sha256").update(TRANSFER_STATE_CHANGED).digest("hex");

let h: Harness;
let profileId: string;

beforeAll(async () => {
  h = await startHarness({ server: { trustedDocuments: new Map([[hash, TRANSFER_STATE_CHANGED]]), subgraphSecret: SECRET } });
  // Over HTTP the secret is needed too; the profile is read with it and the manifest has no query, so through the sandbox.
  const profiles = await h.rest<{ id: number; type: string }[]>("/v2/profiles", h.alice.token);
  expect(profiles.some((p) => p.id === h.alice.personalProfileId)).toBe(true);
  profileId = Buffer.from(`PersonalProfile:${h.alice.personalProfileId}`).toString("base64");
});

afterAll(async () => {
  await h.close();
});

/** A graphql-ws client that sends the subgraph secret on the upgrade, as a router would. */
class RouterWebSocket extends WebSocket {
  constructor(address: string, protocols?: string | string[]) {
    super(address, protocols, { headers: { "x-subgraph-secret": SECRET } });
  }
}

describe("with SUBGRAPH_SECRET", () => {
  it("refuses an upgrade without the secret with 401", async () => {
    const socket = new WebSocket(h.wsUrl, "graphql-transport-ws");
    const status = await new Promise<number>((resolve) => socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0)));
    expect(status).toBe(401);
  });
});

describe("in trusted-documents mode", () => {
  it("runs a manifest subscription sent by hash, and refuses ad-hoc text", async () => {
    const client = wsClient(h, h.alice.token, undefined, RouterWebSocket);
    try {
      const adHoc = subscribe(client.client, `subscription($p: ID!) { transferStateChanged(profileId: $p) { transferId } }`, { p: profileId });
      await adHoc.done;
      expect(adHoc.error).toEqual([expect.objectContaining({ extensions: { code: "PERSISTED_QUERY_NOT_ALLOWED" } })]);

      const trusted = subscribe(client.client, "", { profileId }, { persistedQuery: { version: 1, sha256Hash: hash } });
      await eventually(() => h.server.subscriptions.size === 1);
      trusted.unsubscribe();
      await eventually(() => h.server.subscriptions.size === 0);
    } finally {
      await client.dispose();
    }
  });
});
