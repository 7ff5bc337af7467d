import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "graphql";
import { toGlobalId } from "graphql-relay";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";
import { SUBGRAPH_SECRET_HEADER } from "../../src/server/plugins/subgraph-secret.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { compose } from "./gateway.js";
import { startHiveGateway, type RunningHiveGateway } from "./hive-gateway.mjs";
import { loyaltyTypeDefs, startLoyaltySubgraph, type LoyaltySubgraph } from "./loyalty-subgraph.js";
import { eventually, subscribe, transferStateChange } from "../live/ws-clients.js";

// The subgraph runs shielded, as in production behind a router: /graphql answers only requests
// that carry this secret, over HTTP and on the WebSocket upgrade alike.
const SECRET = "hive-gateway-test-secret-0123456789";

let h: Harness;
let loyalty: LoyaltySubgraph;
let supergraphSdl: string;
let gateway: RunningHiveGateway;
let personal: string;
let firstTransfer: string;
let firstTransferWiseId: number;
let firstTransferStatus: string;

beforeAll(async () => {
  h = await startHarness({ defaultToken: null, server: { subgraphSecret: SECRET } });
  loyalty = await startLoyaltySubgraph();
  // The Wise subgraph's SDL as a router gets it: from `_service { sdl }`, with the secret.
  const service = (await (
    await fetch(h.url, {
      method: "POST",
      headers: { "content-type": "application/json", [SUBGRAPH_SECRET_HEADER]: SECRET },
      body: JSON.stringify({ query: "{ _service { sdl } }" }),
    })
  ).json()) as { data: { _service: { sdl: string } } };
  supergraphSdl = compose([
    { name: "wise", url: h.url, typeDefs: parse(service.data._service.sdl) },
    { name: "loyalty", url: loyalty.url, typeDefs: loyaltyTypeDefs },
  ]);
  gateway = await startHiveGateway({ supergraphSdl, subgraph: "wise", subgraphSecret: SECRET });
  personal = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
  const [transfer] = await h.rest<Array<{ id: number; status: string }>>(`/v1/transfers?profile=${h.alice.personalProfileId}&offset=0&limit=1`, h.alice.token);
  firstTransfer = toGlobalId("Transfer", String(transfer.id));
  firstTransferWiseId = transfer.id;
  firstTransferStatus = transfer.status;
});
afterAll(async () => {
  await gateway?.close();
  await loyalty?.close();
  await h?.close();
});

describe("queries through Hive Gateway", () => {
  it("answers a query that crosses both subgraphs, as the caller whose token it forwards", async () => {
    loyalty.data.tiers.set(personal, "SILVER");
    loyalty.data.notes.set(firstTransfer, "seen by compliance");
    const response = await gateway.query<{
      profiles: Array<{ id: string; loyaltyTier: string; transfers: { edges: Array<{ node: { id: string; internalNote: string | null } }> } }>;
    }>(`{ profiles { id loyaltyTier transfers(first: 1) { edges { node { id internalNote } } } } }`, { token: h.alice.token });
    expect(response.errors).toBeUndefined();
    const alice = response.data!.profiles.find((p) => p.id === personal)!;
    expect(alice.loyaltyTier).toBe("SILVER");
    expect(alice.transfers.edges[0].node).toEqual({ id: firstTransfer, internalNote: "seen by compliance" });

    const asBob = await gateway.query<{ profiles: Array<{ id: string }> }>(`{ profiles { id } }`, { token: h.bob.token });
    expect(asBob.errors).toBeUndefined();
    expect(asBob.data!.profiles.map((p) => p.id)).toContain(toGlobalId("PersonalProfile", String(h.bob.personalProfileId)));
    expect(asBob.data!.profiles.map((p) => p.id)).not.toContain(personal);
  });

  it("forwards no token when the caller sent none", async () => {
    const response = await gateway.query(`{ profiles { id } }`);
    expect(response.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is refused by the shielded subgraph when it does not send the subgraph secret, over HTTP and on the WebSocket", async () => {
    const unshielded = await startHiveGateway({ supergraphSdl, subgraph: "wise" });
    const alice = gatewayClient(unshielded.wsUrl, h.alice.token);
    try {
      const response = await unshielded.query(`{ profiles { id } }`, { token: h.alice.token });
      expect(response.data?.profiles ?? null).toBeNull();
      expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining(SUBGRAPH_SECRET_HEADER), extensions: { code: "UNAUTHENTICATED", serviceName: "wise" } });

      const stream = subscribe<TransferStateChanged>(alice, TRANSFER_STATE_CHANGED, { profileId: personal });
      await Promise.race([stream.done, stream.waitFor(1)]);
      // The subgraph refused the gateway's WebSocket upgrade (401) before any subscription existed.
      expect(stream.results).toEqual([{ errors: [expect.objectContaining({ message: expect.stringContaining("401") })] }]);
      expect(h.server.subscriptions.size).toBe(0);
    } finally {
      await alice.dispose();
      await unshielded.close();
    }
  });
});

/**
 * A GraphQL-over-SSE client of the gateway (`Accept: text/event-stream`), sending its token in the
 * Authorization header: the results of the `next` events, as they arrive.
 */
function sseSubscribe(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const abort = new AbortController();
  const results: Array<{ data?: unknown; errors?: unknown }> = [];
  const reading = (async () => {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "text/event-stream", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
      signal: abort.signal,
    });
    const decoder = new TextDecoder();
    let buffered = "";
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffered.indexOf("\n\n")) !== -1) {
        const message = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = message.split("\n").find((line) => line.startsWith("data:"));
        if (/^event: ?next$/m.test(message) && data) results.push(JSON.parse(data.slice(5)));
      }
    }
  })().catch(() => {});
  return {
    results,
    async waitFor(count: number) {
      await eventually(() => results.length >= count);
      return results.slice(0, count);
    },
    async close() {
      abort.abort();
      await reading;
    },
  };
}

/** A real graphql-ws client of the gateway, sending its token as the `authorization` connection param. */
function gatewayClient(url: string, token: string): Client {
  return createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
}

const TRANSFER_STATE_CHANGED = `subscription($profileId: ID!) {
  transferStateChanged(profileId: $profileId) { previousStatus currentStatus transferId transfer { id wiseId status internalNote } }
}`;

interface TransferStateChanged {
  transferStateChanged: {
    previousStatus: string | null;
    currentStatus: string;
    transferId: string;
    transfer: { id: string; wiseId: number; status: string; internalNote: string | null };
  };
}

describe("subscriptions through Hive Gateway (graphql-ws from the gateway to the subgraph)", () => {
  it("relays alice's transfer state changes in order, each completed with a field of the other subgraph", async () => {
    loyalty.data.notes.set(firstTransfer, "watched by compliance");
    const referencesBefore = loyalty.references.Transfer ?? 0;
    const alice = gatewayClient(gateway.wsUrl, h.alice.token);
    try {
      const stream = subscribe<TransferStateChanged>(alice, TRANSFER_STATE_CHANGED, { profileId: personal });
      // The gateway has opened the subscription on the subgraph, over its own WebSocket.
      await eventually(() => h.server.subscriptions.size === 1);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, firstTransferWiseId, "incoming_payment_waiting", "processing"));
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, firstTransferWiseId, "processing", "funds_converted"));
      const results = await stream.waitFor(2);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined]);
      const transfer = { id: firstTransfer, wiseId: firstTransferWiseId, status: firstTransferStatus.toUpperCase(), internalNote: "watched by compliance" };
      expect(results.map((result) => result.data)).toEqual([
        { transferStateChanged: { previousStatus: "INCOMING_PAYMENT_WAITING", currentStatus: "PROCESSING", transferId: firstTransfer, transfer } },
        { transferStateChanged: { previousStatus: "PROCESSING", currentStatus: "FUNDS_CONVERTED", transferId: firstTransfer, transfer } },
      ]);
      // internalNote came from the loyalty subgraph: one entity fetch per event.
      expect((loyalty.references.Transfer ?? 0) - referencesBefore).toBe(2);
      stream.unsubscribe();
      await eventually(() => h.server.subscriptions.size === 0);
    } finally {
      await alice.dispose();
    }
  });

  it("relays them to an SSE client of the gateway too, whose token travels in the Authorization header", async () => {
    loyalty.data.notes.set(firstTransfer, "watched by compliance");
    const sse = sseSubscribe(gateway.url, h.alice.token, TRANSFER_STATE_CHANGED, { profileId: personal });
    try {
      await eventually(() => h.server.subscriptions.size === 1);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, firstTransferWiseId, "funds_converted", "outgoing_payment_sent"));
      const [result] = await sse.waitFor(1);
      expect(result).toEqual({
        data: {
          transferStateChanged: {
            previousStatus: "FUNDS_CONVERTED",
            currentStatus: "OUTGOING_PAYMENT_SENT",
            transferId: firstTransfer,
            transfer: expect.objectContaining({ id: firstTransfer, internalNote: "watched by compliance" }),
          },
        },
      });
    } finally {
      await sse.close();
    }
    await eventually(() => h.server.subscriptions.size === 0);
  });

  it("gives bob's token none of alice's events: the subgraph refuses it her profile", async () => {
    const bob = gatewayClient(gateway.wsUrl, h.bob.token);
    const alice = gatewayClient(gateway.wsUrl, h.alice.token);
    try {
      const asBob = subscribe<TransferStateChanged>(bob, TRANSFER_STATE_CHANGED, { profileId: personal });
      const asAlice = subscribe<TransferStateChanged>(alice, TRANSFER_STATE_CHANGED, { profileId: personal });
      await eventually(() => h.server.subscriptions.size === 1);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, firstTransferWiseId, "processing", "outgoing_payment_sent"));
      await asAlice.waitFor(1);
      await Promise.race([asBob.done, asBob.waitFor(1)]);
      // The subgraph saw bob's own token (the gateway keeps one subgraph socket per token) and refused it.
      expect(asBob.results).toEqual([
        { data: null, errors: [expect.objectContaining({ path: ["transferStateChanged"], extensions: expect.objectContaining({ code: "FORBIDDEN", serviceName: "wise" }) })] },
      ]);
      expect(JSON.stringify(asBob.results)).not.toContain(h.bob.token);
      expect(h.server.subscriptions.size).toBe(1);
    } finally {
      await bob.dispose();
      await alice.dispose();
    }
    await eventually(() => h.server.subscriptions.size === 0);
  });
});

describe("Apollo Router's callback mode, which this subgraph does not implement", () => {
  it("answers a callback-mode subscription request with a clear error instead of accepting it", async () => {
    // What Apollo Router sends in callback mode: the subscription over HTTP, with its callback URL.
    const response = await h.raw(
      JSON.stringify({
        query: `subscription($profileId: ID!) { transferStateChanged(profileId: $profileId) { transferId } }`,
        variables: { profileId: personal },
        extensions: { subscription: { callbackUrl: "http://127.0.0.1:9/callback/1", subscriptionId: "1", verifier: "v", heartbeatIntervalMs: 5000 } },
      }),
      { token: h.alice.token, headers: { [SUBGRAPH_SECRET_HEADER]: SECRET, accept: "multipart/mixed;subscriptionSpec=1.0, application/json" } },
    );
    const body = JSON.parse(response.text) as { data: unknown; errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.data).toBeNull();
    expect(body.errors[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringContaining("WebSocket") });
    expect(h.server.subscriptions.size).toBe(0);
  });
});
