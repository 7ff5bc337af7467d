// The subscription transport's limits, each refused with its close code and a reason naming it,
// against a server with small limits: subscriptions per connection, connections per token,
// message size, connection_init timeout, idle timeout, keep-alive, subscribe rate; the HTTP
// endpoint's validation rules on subscribe; only subscriptions over WebSocket; only /graphql
// upgrades; browser origins.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import WebSocket from "ws";
import { startHarness, type Harness } from "../helpers/harness.js";
import { defaultLiveLimits } from "../../src/live/limits.js";
import { defaultLimits } from "../../src/server/limits.js";
import { eventually, personalProfile, subscribe, TRANSFER_STATE_CHANGED, wsClient, type Closed } from "./ws-clients.js";

let h: Harness;
let profileId: string;

beforeAll(async () => {
  h = await startHarness({
    server: {
      limits: { ...defaultLimits, maxAliases: 1 },
      live: {
        ...defaultLiveLimits,
        maxSubscriptionsPerConnection: 2,
        maxConnectionsPerToken: 2,
        maxMessageBytes: 1024,
        connectionInitTimeoutMs: 300,
        idleTimeoutMs: 1_500,
        keepAliveMs: 300,
        subscribeRate: 3,
      },
    },
  });
  profileId = (await personalProfile(h, h.alice.token)).id;
});

afterAll(async () => {
  await h.close();
});

/** A raw WebSocket speaking graphql-transport-ws, for what a graphql-ws client would never send. */
function rawSocket(options: WebSocket.ClientOptions = {}, protocols: string[] = ["graphql-transport-ws"], url = h.wsUrl): { socket: WebSocket; closed: Promise<Closed> } {
  const socket = new WebSocket(url, protocols, options);
  socket.on("error", () => {});
  const closed = new Promise<Closed>((resolve) => socket.on("close", (code, reason) => resolve({ code, reason: reason.toString() })));
  return { socket, closed };
}

const opened = (socket: WebSocket) => new Promise((resolve) => socket.once("open", resolve));

describe("subscription limits", () => {
  it("closes a connection with 4429 at one subscription more than allowed", async () => {
    const client = wsClient(h, h.bob.token);
    const bobProfile = (await personalProfile(h, h.bob.token)).id;
    for (let i = 0; i < 3; i++) subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: bobProfile });
    expect(await client.closed).toEqual({ code: 4429, reason: "Too many subscriptions on one connection: at most 2." });
    await client.dispose();
    await eventually(() => h.server.subscriptions.size === 0);
  });

  it("closes one connection more than allowed per token with 4429; the others keep working", async () => {
    const first = wsClient(h, h.alice.token);
    const second = wsClient(h, h.alice.token);
    await Promise.all([first.connected, second.connected]);
    const third = wsClient(h, h.alice.token);
    expect(await third.closed).toEqual({ code: 4429, reason: "Too many connections with this token: at most 2. Share one connection among subscriptions." });
    subscribe(first.client, TRANSFER_STATE_CHANGED, { profileId });
    await eventually(() => h.server.subscriptions.size === 1);
    // A closed connection frees its place.
    await second.dispose();
    await second.closed;
    const fourth = wsClient(h, h.alice.token);
    await fourth.connected;
    await Promise.all([first.dispose(), third.dispose(), fourth.dispose()]);
    await eventually(() => h.server.subscriptions.size === 0);
  });

  it("closes a connection that sends a message over the size limit with 1009, before reading it", async () => {
    const { socket, closed } = rawSocket();
    await opened(socket);
    socket.send(JSON.stringify({ type: "connection_init", payload: { padding: "x".repeat(2_000) } }));
    expect((await closed).code).toBe(1009);
  });

  it("closes a connection that sends no connection_init in time with 4408", async () => {
    const { closed } = rawSocket();
    expect(await closed).toEqual({ code: 4408, reason: "Connection initialisation timeout" });
  });

  it("closes a connection that holds no subscription for the idle timeout with 4408", async () => {
    const client = wsClient(h, h.alice.token);
    await client.connected;
    const started = Date.now();
    expect(await client.closed).toEqual({ code: 4408, reason: "Idle timeout: no subscription for 2 s." });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    await client.dispose();
  });

  it("cuts off a client that does not answer pings", async () => {
    const { socket, closed } = rawSocket({ autoPong: false });
    await opened(socket);
    socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${h.alice.token}` } }));
    // Terminated without a close frame: the client sees 1006.
    expect((await closed).code).toBe(1006);
  });

  it("closes a connection that sends subscribe messages faster than allowed with 4429", async () => {
    const client = wsClient(h, h.alice.token);
    // One after the other, each refused at once (an invalid id), so only the rate counts.
    for (let i = 0; i < 3; i++) await subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: "not-an-id" }).done;
    subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: "not-an-id" });
    expect(await client.closed).toEqual({ code: 4429, reason: "Too many subscribe messages: at most 3 per 10 s." });
    await client.dispose();
  });
});

describe("what a subscribe message may carry", () => {
  it("runs the HTTP endpoint's validation rules once, on subscribe (here the alias limit)", async () => {
    const client = wsClient(h, h.alice.token);
    try {
      const stream = subscribe(client.client, `subscription($p: ID!) { transferStateChanged(profileId: $p) { a: transferId b: transferId } }`, { p: profileId });
      await stream.done;
      expect(stream.error).toEqual([expect.objectContaining({ message: expect.stringMatching(/aliases/i) })]);
      expect(h.server.subscriptions.size).toBe(0);
    } finally {
      await client.dispose();
    }
  });

  it("refuses a syntax error as an error on that subscription, the connection staying open", async () => {
    const client = wsClient(h, h.alice.token);
    try {
      const broken = subscribe(client.client, `subscription { transferStateChanged(`);
      await broken.done;
      expect(broken.error).toEqual([expect.objectContaining({ message: expect.stringContaining("Syntax Error"), extensions: { code: "GRAPHQL_PARSE_FAILED" } })]);
      const stream = subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId });
      await eventually(() => h.server.subscriptions.size === 1);
      stream.unsubscribe();
    } finally {
      await client.dispose();
    }
  });

  it("serves only subscriptions: a query over WebSocket is refused", async () => {
    const client = wsClient(h, h.alice.token);
    try {
      const stream = subscribe(client.client, `{ viewer { wiseId } }`);
      await stream.done;
      expect(stream.error).toEqual([expect.objectContaining({ message: "Only subscriptions are served over WebSocket; send this query over HTTP (POST /graphql)." })]);
      expect((await h.stats()).total).toBeGreaterThanOrEqual(0);
    } finally {
      await client.dispose();
    }
  });
});

describe("upgrades", () => {
  it("destroys the socket of an upgrade to any other path", async () => {
    const { socket, closed } = rawSocket({}, ["graphql-transport-ws"], h.wsUrl.replace("/graphql", "/health"));
    const unexpected = await new Promise<string>((resolve) => {
      socket.once("open", () => resolve("open"));
      socket.once("error", (error) => resolve(error.message));
    });
    expect(unexpected).toMatch(/socket hang up|ECONNRESET/);
    expect((await closed).code).toBe(1006);
  });

  it("refuses a browser page from another origin with 403, and lets the server's own origin in", async () => {
    const foreign = rawSocket({ origin: "https://evil.example" });
    const status = await new Promise<number>((resolve) => foreign.socket.once("unexpected-response", (_request, response) => resolve(response.statusCode ?? 0)));
    expect(status).toBe(403);
    const own = rawSocket({ origin: new URL(h.url).origin });
    await opened(own.socket);
    own.socket.close();
  });

  it("closes a connection without the graphql-transport-ws subprotocol with 4406", async () => {
    const { closed } = rawSocket({}, []);
    expect((await closed).code).toBe(4406);
  });
});
