// Who may subscribe to what, over a real graphql-ws client: a subscriber sees only the events of
// profiles its token reads; another user's profile is FORBIDDEN on subscribe; a connection
// without a token, or with one Wise refuses, is closed with 4401; a token that expires while
// subscribed closes the connection with 4401, at the next event or at the periodic check.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { UserTokenCreateDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { defaultLiveLimits } from "../../src/live/limits.js";
import { eventually, personalProfile, subscribe, TRANSFER_STATE_CHANGED, transferStateChange, wsClient } from "./ws-clients.js";

/** A user access token for alice from the sandbox's OAuth flow (authorization code), which expires after the sandbox's TTL. */
async function oauthToken(h: Harness): Promise<string> {
  const res = await fetch(`${h.sandbox.url}/__sandbox/authorization-codes`, { method: "POST", body: JSON.stringify({ user: "alice" }) });
  const { code } = (await res.json()) as { code: string };
  const created = await h.request(UserTokenCreateDocument, { input: { authorizationCode: { code, redirectUri: h.sandbox.client.redirectUri } } });
  return created.body.data!.userTokenCreate.token!.accessToken;
}

describe("subscribers see only their own profiles", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("a subscriber of bob's profile never sees alice's events, and the other way round", async () => {
    const [alice, bob] = await Promise.all([personalProfile(h, h.alice.token), personalProfile(h, h.bob.token)]);
    const aliceClient = wsClient(h, h.alice.token);
    const bobClient = wsClient(h, h.bob.token);
    try {
      const aliceStream = subscribe<{ transferStateChanged: { transferId: string } }>(aliceClient.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      const bobStream = subscribe<{ transferStateChanged: { transferId: string } }>(bobClient.client, TRANSFER_STATE_CHANGED, { profileId: bob.id });
      await eventually(() => h.server.subscriptions.size === 2);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, alice.transfers[0].wiseId, "processing", "funds_converted"));
      await h.server.events.publish(transferStateChange(h.bob.personalProfileId, bob.transfers[0].wiseId, "processing", "funds_converted"));
      await Promise.all([aliceStream.waitFor(1), bobStream.waitFor(1)]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(aliceStream.results.map((r) => r.data!.transferStateChanged.transferId)).toEqual([alice.transfers[0].id]);
      expect(bobStream.results.map((r) => r.data!.transferStateChanged.transferId)).toEqual([bob.transfers[0].id]);
    } finally {
      await Promise.all([aliceClient.dispose(), bobClient.dispose()]);
    }
  });

  it("alice's token cannot subscribe to bob's profile: FORBIDDEN, nothing registered, nothing of bob's sent", async () => {
    const bob = await personalProfile(h, h.bob.token);
    const client = wsClient(h, h.alice.token);
    try {
      await eventually(() => h.server.subscriptions.size === 0);
      const stream = subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: bob.id });
      await stream.done;
      expect(stream.results).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) })] }]);
      expect(h.server.subscriptions.size).toBe(0);
      await h.server.events.publish(transferStateChange(h.bob.personalProfileId, bob.transfers[0].wiseId, "processing", "funds_converted"));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(stream.results).toHaveLength(1);
    } finally {
      await client.dispose();
    }
  });

  it("an event about an object the token may not read ends that subscription with FORBIDDEN; the connection stays", async () => {
    const [alice, bob] = await Promise.all([personalProfile(h, h.alice.token), personalProfile(h, h.bob.token)]);
    const client = wsClient(h, h.alice.token);
    try {
      await eventually(() => h.server.subscriptions.size === 0);
      const stream = subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      await eventually(() => h.server.subscriptions.size === 1);
      // An event filed under alice's profile that names bob's transfer: Wise refuses it to alice's token.
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, bob.transfers[0].wiseId, "processing", "funds_converted"));
      await stream.done;
      expect(stream.results).toEqual([]);
      expect(stream.error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) })]);
      expect(JSON.stringify(stream.error)).not.toContain(String(bob.transfers[0].wiseId));
      await eventually(() => h.server.subscriptions.size === 0);
      // The connection is still usable.
      subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      await eventually(() => h.server.subscriptions.size === 1);
    } finally {
      await client.dispose();
    }
  });

  it("a connection without a token acts with the anonymous default token, like an HTTP request", async () => {
    const alice = await personalProfile(h, h.alice.token);
    const client = wsClient(h, null);
    try {
      const stream = subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      await eventually(() => h.server.subscriptions.size === 1);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, alice.transfers[0].wiseId, "processing", "funds_converted"));
      const [result] = await stream.waitFor(1);
      expect(result.errors).toBeUndefined();
    } finally {
      await client.dispose();
    }
  });

  it("a token Wise refuses closes the connection with 4401, the token echoed nowhere", async () => {
    const client = wsClient(h, "not-a-token-of-anyone");
    const closed = await client.closed;
    expect(closed).toEqual({ code: 4401, reason: "Wise no longer accepts this token (revoked or expired): connect again with a valid token." });
    await client.dispose();
  });

  it("reads the authorization key in any case, and a value that is not a bearer token means no token at all", async () => {
    const upper = wsClient(h, null, { Authorization: "Bearer not-a-token-of-anyone" });
    expect((await upper.closed).code).toBe(4401);
    const basic = wsClient(h, null, { authorization: "Basic YWxpY2U6c2VjcmV0" });
    expect(await basic.closed).toEqual({ code: 4401, reason: 'No Wise token: send connectionParams { authorization: "Bearer <token>" }.' });
    await Promise.all([upper.dispose(), basic.dispose()]);
  });
});

describe("without an anonymous default token", () => {
  it("closes a connection that sends no token with 4401", async () => {
    const h = await startHarness({ defaultToken: null });
    try {
      const client = wsClient(h, null);
      expect(await client.closed).toEqual({ code: 4401, reason: 'No Wise token: send connectionParams { authorization: "Bearer <token>" }.' });
      await client.dispose();
      expect((await h.stats()).total).toBe(0);
    } finally {
      await h.close();
    }
  });
});

describe("a token that expires while subscribed", () => {
  it("closes the connection with 4401 at the next event", async () => {
    const h = await startHarness({ sandbox: { accessTokenTtlSeconds: 2 } });
    try {
      const alice = await personalProfile(h, h.alice.token);
      const token = await oauthToken(h);
      const client = wsClient(h, token);
      const stream = subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      await eventually(() => h.server.subscriptions.size === 1);
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, alice.transfers[0].wiseId, "processing", "funds_converted"));
      expect((await stream.waitFor(1))[0].errors).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 2_200));
      await h.server.events.publish(transferStateChange(h.alice.personalProfileId, alice.transfers[0].wiseId, "funds_converted", "outgoing_payment_sent"));
      const closed = await client.closed;
      expect(closed.code).toBe(4401);
      expect(closed.reason).not.toContain(token);
      expect(stream.results).toHaveLength(1);
      await eventually(() => h.server.subscriptions.size === 0);
      await client.dispose();
    } finally {
      await h.close();
    }
  });

  it("closes the connection with 4401 at the periodic check, with no event", async () => {
    const h = await startHarness({ sandbox: { accessTokenTtlSeconds: 1 }, server: { live: { ...defaultLiveLimits, reauthSeconds: 1 } } });
    try {
      const alice = await personalProfile(h, h.alice.token);
      const token = await oauthToken(h);
      const client = wsClient(h, token);
      subscribe(client.client, TRANSFER_STATE_CHANGED, { profileId: alice.id });
      await eventually(() => h.server.subscriptions.size === 1);
      const started = Date.now();
      expect(await client.closed).toEqual({ code: 4401, reason: "Wise no longer accepts this token (revoked or expired): connect again with a valid token." });
      expect(Date.now() - started).toBeLessThan(5_000);
      await eventually(() => h.server.subscriptions.size === 0);
      await client.dispose();
    } finally {
      await h.close();
    }
  });
});
