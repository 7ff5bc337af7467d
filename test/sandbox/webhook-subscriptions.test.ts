// The sandbox's webhook subscription routes (Wise's `webhook` tag) over HTTP: each answer
// validated against Wise's spec (openapi-backend, as in contract.test.ts), the bodies the client's
// endpoint functions send validated against the spec's request schema, and Wise's rules: which
// token may call which route, the checks of a creation (nothing created when one fails), and the
// test notification reaching a receiver signed, flagged as a test, with ids of 0.

import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { MAX_SUBSCRIPTIONS_PER_SCOPE } from "../../src/sandbox/api/webhook/routes.js";
import { WEBHOOK_EVENT_TYPES } from "../../src/sandbox/webhooks/event-types.js";
import { testEventData } from "../../src/sandbox/webhooks/test-event.js";
import { WiseClient } from "../../src/wise/client.js";
import { ClientCredentialsToken } from "../../src/wise/client-token.js";
import {
  createApplicationSubscription,
  createProfileSubscription,
  deleteApplicationSubscription,
  deleteProfileSubscription,
  getApplicationSubscription,
  getProfileSubscription,
  listApplicationSubscriptions,
  listProfileSubscriptions,
  testApplicationSubscription,
} from "../../src/wise/endpoints/webhook-subscriptions.js";
import { WiseOAuth } from "../../src/wise/oauth.js";
import { createPartnerSession, type PartnerSession } from "../../src/wise/partner-session.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";
import { signatureValid, startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver.js";

// See contract.test.ts: openapi-backend in quick mode with a parsed definition needs no ref parser.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

const definition = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let api: InstanceType<typeof OpenAPIBackend>;
let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;
let client: WiseClient;
let partnerToken: string;
let receiver: WebhookReceiver;
/** Every call the partner session and alice's session made: what the client's endpoint functions send. */
let sent: Array<{ method: string; path: string; json: unknown }>;
let partner: PartnerSession;
let aliceWise: WiseSession;

interface Raw {
  status: number;
  text: string;
  body: unknown;
}

async function call(method: string, requestPath: string, options: { token?: string | null; body?: unknown } = {}): Promise<Raw> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? alice.token : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sandbox.url}${requestPath}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  return { status: res.status, text, body: text === "" ? undefined : JSON.parse(text) };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

function expectValidRequest(method: string, requestPath: string, body: unknown, operationId: string): void {
  const result = api.validateRequest({ method, path: requestPath, headers: { "content-type": "application/json" }, body: body as never }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

const apps = () => `/v3/applications/${sandbox.client.id}/subscriptions`;
const profiles = (profileId = alice.personalProfileId) => `/v3/profiles/${profileId}/subscriptions`;
const request = (over: Record<string, unknown> = {}) => ({ name: "Transfers", trigger_on: "transfers#state-change", delivery: { version: "2.0.0", url: receiver.url }, ...over });

beforeAll(async () => {
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", DATE_TIME);
      ajv.addFormat("uuid", UUID);
      return ajv;
    },
  });
  await api.init();
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
  client = new WiseClient({ baseUrl: sandbox.url });
  const clientToken = new ClientCredentialsToken(new WiseOAuth(sandbox.url, { clientId: sandbox.client.id, clientSecret: sandbox.client.secret }));
  partnerToken = await clientToken.token();
  const realPartner = createPartnerSession(client, clientToken);
  const realAlice = createSession(client, alice.token);
  partner = { call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), realPartner.call(c)) };
  aliceWise = { ...realAlice, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), realAlice.call(c)) };
  receiver = await startWebhookReceiver();
});

beforeEach(() => {
  sandbox.store.webhooks.reset();
  receiver.received.length = 0;
  sent = [];
});

afterAll(async () => {
  await receiver?.close();
  await sandbox?.close();
  client?.shutdown();
});

describe("application subscriptions (client-credentials token)", () => {
  it("create, list, get, test and delete: each answer matches Wise's spec, each body the client sends its request schema", async () => {
    const clientKey = sandbox.client.id;
    const created = await createApplicationSubscription(partner, clientKey, request());
    expectValidRequest("POST", apps(), sent[0]!.json, "webhookApplicationSubscriptionCreate");
    expect(created).toMatchObject({
      name: "Transfers",
      trigger_on: "transfers#state-change",
      delivery: { version: "2.0.0", url: receiver.url },
      scope: { domain: "application", id: clientKey },
      created_by: { type: "application", id: clientKey },
    });
    expect(created.id).toMatch(UUID);
    expect(created.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

    const raw = await call("GET", `${apps()}/${created.id}`, { token: partnerToken });
    expect(raw.status).toBe(200);
    expectValid(raw.body, "webhookApplicationSubscriptionGet", 200);
    const list = await call("GET", apps(), { token: partnerToken });
    expectValid(list.body, "webhookApplicationSubscriptionList", 200);
    expect(await listApplicationSubscriptions(partner, clientKey)).toEqual([created]);
    expect(await getApplicationSubscription(partner, clientKey, created.id)).toEqual(created);

    const tested = await call("POST", `${apps()}/${created.id}/test-notifications`, { token: partnerToken });
    expect(tested.status).toBe(200);
    expectValid(tested.body, "webhookApplicationSubscriptionTest", 200);
    const [queued] = await testApplicationSubscription(partner, clientKey, created.id);
    expect(queued!.delivery_id).toMatch(UUID);

    await deleteApplicationSubscription(partner, clientKey, created.id);
    const after = await call("GET", `${apps()}/${created.id}`, { token: partnerToken });
    expect(after.status).toBe(404);
    expect(after.body).toEqual({ errors: [{ code: "NOT_FOUND", message: "Subscription not found", path: "subscriptionId", arguments: ["subscriptionId", created.id] }] });
    expect(await listApplicationSubscriptions(partner, clientKey)).toEqual([]);
    expect((await call("DELETE", `${apps()}/${created.id}`, { token: partnerToken })).status).toBe(404);
  });

  it("a test notification reaches the receiver: signed, flagged as a test, its delivery id the one answered, ids of 0", async () => {
    const created = await createApplicationSubscription(partner, sandbox.client.id, request());
    const [queued] = await testApplicationSubscription(partner, sandbox.client.id, created.id);
    const [hook] = await receiver.waitFor(1);
    expect(hook!.headers["x-delivery-id"]).toBe(queued!.delivery_id);
    expect(hook!.headers["x-test-notification"]).toBe("true");
    expect(hook!.headers["content-type"]).toBe("application/json");
    expect(signatureValid(hook!, sandbox.webhookPublicKey)).toBe(true);
    const event = JSON.parse(hook!.body) as Record<string, unknown>;
    expect(event).toEqual({
      data: {
        resource: { type: "transfer", id: 0, profile_id: 0, account_id: 0 },
        current_state: expect.any(String),
        previous_state: expect.any(String),
        occurred_at: expect.stringMatching(DATE_TIME),
      },
      subscription_id: created.id,
      event_type: "transfers#state-change",
      schema_version: "2.0.0",
      sent_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
    });
  });

  it("takes only a client-credentials token, and only for the client's own key", async () => {
    expect(await call("GET", apps())).toMatchObject({ status: 403, body: { error: "access_denied" } });
    expect(await call("POST", apps(), { body: request() })).toMatchObject({ status: 403, body: { error: "access_denied" } });
    expect((await call("GET", apps(), { token: null })).status).toBe(401);
    expect((await call("GET", apps(), { token: "not-a-token" })).status).toBe(401);
    const other = await call("POST", "/v3/applications/another-client/subscriptions", { token: partnerToken, body: request() });
    expect(other).toMatchObject({ status: 403, body: { status: 403, error: "unauthorized" } });
    expect((await call("GET", "/v3/applications/another-client/subscriptions", { token: partnerToken })).status).toBe(403);
    expect(sandbox.store.webhooks.subscriptions.size).toBe(0);
  });

  it("refuses event types Wise keeps to profile subscriptions", async () => {
    const res = await call("POST", apps(), { token: partnerToken, body: request({ trigger_on: "transfers#active-cases" }) });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      errors: [
        {
          code: "NOT_VALID",
          message: "Event type transfers#active-cases is not available to application subscriptions.",
          path: "trigger_on",
          arguments: ["trigger_on", "transfers#active-cases"],
        },
      ],
    });
    expect(sandbox.store.webhooks.subscriptions.size).toBe(0);
  });
});

describe("profile subscriptions (the token of the profile's user)", () => {
  it("create, list, get and delete: each answer matches Wise's spec, each body the client sends its request schema", async () => {
    const profileId = alice.businessProfileId;
    const created = await createProfileSubscription(aliceWise, profileId, request({ trigger_on: "balances#credit" }));
    expectValidRequest("POST", profiles(profileId), sent[0]!.json, "webhookProfileSubscriptionCreate");
    expect(created).toMatchObject({ trigger_on: "balances#credit", scope: { domain: "profile", id: String(profileId) }, created_by: { type: "user", id: String(alice.userId) } });
    const raw = await call("POST", profiles(profileId), {
      body: request({ name: "Second", trigger_on: "transfers#state-change", delivery: { version: "4.0.0", url: receiver.url } }),
    });
    expect(raw.status).toBe(200);
    expectValid(raw.body, "webhookProfileSubscriptionCreate", 200);
    expectValid((await call("GET", profiles(profileId))).body, "webhookProfileSubscriptionList", 200);
    expectValid((await call("GET", `${profiles(profileId)}/${created.id}`)).body, "webhookProfileSubscriptionGet", 200);
    expect((await listProfileSubscriptions(aliceWise, profileId)).map((s) => s.name)).toEqual(["Transfers", "Second"]);
    expect(await getProfileSubscription(aliceWise, profileId, created.id)).toEqual(created);
    // Each profile has its own: alice's personal profile has none.
    expect(await listProfileSubscriptions(aliceWise, alice.personalProfileId)).toEqual([]);
    expect((await call("GET", `${profiles()}/${created.id}`)).status).toBe(404);

    await deleteProfileSubscription(aliceWise, profileId, created.id);
    expect((await call("DELETE", `${profiles(profileId)}/${created.id}`)).status).toBe(404);
    expect((await listProfileSubscriptions(aliceWise, profileId)).map((s) => s.name)).toEqual(["Second"]);
  });

  it("refuses another user's profile (403), an unknown one (404), a client-credentials token and no token", async () => {
    expect(await call("POST", profiles(), { token: bob.token, body: request() })).toMatchObject({ status: 403, body: { error: "unauthorized" } });
    expect((await call("GET", profiles(), { token: bob.token })).status).toBe(403);
    expect((await call("POST", profiles(999_999_999), { body: request() })).status).toBe(404);
    expect((await call("GET", profiles(), { token: partnerToken })).body).toEqual({ error: "access_denied", error_description: "Access is denied" });
    expect((await call("GET", profiles(), { token: null })).status).toBe(401);
    expect((await call("GET", "/v3/profiles/abc/subscriptions")).status).toBe(400);
    expect(sandbox.store.webhooks.subscriptions.size).toBe(0);
  });

  it("keeps one scope's subscriptions from another: an application's id under a profile is 404, and the other way round", async () => {
    const mine = await createProfileSubscription(aliceWise, alice.personalProfileId, request());
    const app = await createApplicationSubscription(partner, sandbox.client.id, request());
    expect((await call("GET", `${profiles()}/${app.id}`)).status).toBe(404);
    expect((await call("DELETE", `${profiles()}/${app.id}`)).status).toBe(404);
    expect((await call("GET", `${apps()}/${mine.id}`, { token: partnerToken })).status).toBe(404);
    expect((await call("POST", `${apps()}/${mine.id}/test-notifications`, { token: partnerToken })).status).toBe(404);
    expect((await call("GET", `${profiles(bob.personalProfileId)}/${mine.id}`, { token: bob.token })).status).toBe(404);
    expect(sandbox.store.webhooks.subscriptions.size).toBe(2);
  });

  it("has no test notifications (Wise offers them for application subscriptions only)", async () => {
    const mine = await createProfileSubscription(aliceWise, alice.personalProfileId, request());
    const res = await call("POST", `${profiles()}/${mine.id}/test-notifications`);
    expect(res.status).toBe(404);
    expect(receiver.received).toEqual([]);
  });

  it("refuses a subscription id that is not a UUID with 400", async () => {
    expect(await call("GET", `${profiles()}/not-a-uuid`)).toMatchObject({
      status: 400,
      body: { errors: [{ code: "bad.request", message: "'subscriptionId' should be a valid 'UUID'" }] },
    });
    expect((await call("DELETE", `${apps()}/not-a-uuid`, { token: partnerToken })).status).toBe(400);
  });
});

describe("the checks of a creation (nothing is created when one fails)", () => {
  const refused = async (body: unknown, status: number, token?: string, at = profiles()) => {
    const res = await call("POST", at, { body, ...(token ? { token } : {}) });
    expect(sandbox.store.webhooks.subscriptions.size).toBe(0);
    expect(res.status).toBe(status);
    return (res.body as { errors: Array<{ code: string; path: string; message: string }> }).errors;
  };

  it("every missing field is a 400 NotNull, listed together", async () => {
    expect((await refused({}, 400)).map((e) => [e.code, e.path])).toEqual([
      ["NotNull", "name"],
      ["NotNull", "trigger_on"],
      ["NotNull", "delivery"],
    ]);
    expect((await refused({ name: "x", trigger_on: "transfers#state-change", delivery: {} }, 400)).map((e) => e.path)).toEqual(["delivery.version", "delivery.url"]);
    expect((await refused({ ...request(), name: 5 }, 400))[0]!.code).toBe("bad.request");
    expect((await refused({ ...request(), delivery: "https://example.com" }, 400))[0]!.code).toBe("bad.request");
  });

  it("an unknown event type, one Wise keeps to application subscriptions, and an unsupported schema version are 422 NOT_VALID", async () => {
    expect(await refused(request({ trigger_on: "transfers#teleported" }), 422)).toEqual([
      { code: "NOT_VALID", message: "Unknown event type transfers#teleported.", path: "trigger_on", arguments: ["trigger_on", "transfers#teleported"] },
    ]);
    expect((await refused(request({ trigger_on: "profiles#verification-state-change" }), 422))[0]!.message).toBe(
      "Event type profiles#verification-state-change is not available to profile subscriptions.",
    );
    expect(await refused(request({ delivery: { version: "3.0.0", url: receiver.url } }), 422)).toEqual([
      {
        code: "NOT_VALID",
        message: "Event type transfers#state-change is sent in schema version 2.0.0 or 4.0.0.",
        path: "delivery.version",
        arguments: ["delivery.version", "3.0.0"],
      },
    ]);
    expect((await refused(request({ trigger_on: "balances#update", delivery: { version: "2.0.0", url: receiver.url } }), 422))[0]!.path).toBe("delivery.version");
  });

  it("the URL must be absolute HTTPS, or plain HTTP to a loopback host", async () => {
    for (const url of [
      "/hooks",
      "example.com/hooks",
      "ftp://example.com/hooks",
      "http://example.com/hooks",
      "http://10.0.0.1/hooks",
      "https://user:pw@example.com/",
      `https://example.com/${"x".repeat(2048)}`,
    ]) {
      const errors = await refused(request({ delivery: { version: "2.0.0", url } }), 422);
      expect(errors.map((e) => [e.code, e.path])).toEqual([["NOT_VALID", "delivery.url"]]);
    }
    for (const url of ["https://example.com/hooks", "http://localhost:9/hooks", "http://127.0.0.1:9/hooks", "http://[::1]:9/hooks"]) {
      expect((await call("POST", profiles(), { body: request({ delivery: { version: "2.0.0", url } }) })).status).toBe(200);
    }
  });

  it("a blank or overlong name is 422, and every problem is listed together", async () => {
    const errors = await refused(request({ name: " ", trigger_on: "nope", delivery: { version: "2.0.0", url: "nope" } }), 422);
    expect(errors.map((e) => e.path)).toEqual(["name", "trigger_on", "delivery.url"]);
    expect((await refused(request({ name: "n".repeat(256) }), 422))[0]!.path).toBe("name");
  });

  it(`a scope holds at most ${MAX_SUBSCRIPTIONS_PER_SCOPE} subscriptions`, async () => {
    for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_SCOPE; i++) sandbox.store.webhooks.add({ ...(await createProfileSubscriptionRecord(i)) });
    const res = await call("POST", profiles(), { body: request() });
    expect(res.status).toBe(422);
    expect((res.body as { errors: Array<{ code: string }> }).errors[0]!.code).toBe("subscriptions.limit.exceeded");
    expect(sandbox.store.webhooks.subscriptions.size).toBe(MAX_SUBSCRIPTIONS_PER_SCOPE);
    // Another profile is another scope.
    expect((await call("POST", profiles(alice.businessProfileId), { body: request() })).status).toBe(200);
  });
});

/** A subscription record of alice's personal profile, made in-process (the limit test needs 100). */
async function createProfileSubscriptionRecord(i: number) {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    name: `#${i}`,
    triggerOn: "transfers#state-change",
    delivery: { version: "2.0.0", url: receiver.url },
    scope: { domain: "profile" as const, id: String(alice.personalProfileId) },
    createdBy: { type: "user" as const, id: String(alice.userId) },
    createdAt: "2025-01-01T00:00:00Z",
  };
}

describe("test notification data", () => {
  it("has the shape of each event type's data, with every entity id 0, in every schema version", () => {
    const ids: Array<[string, unknown]> = [];
    const walk = (value: unknown, key: string | null) => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, key));
      else if (typeof value === "object" && value !== null) Object.entries(value).forEach(([k, v]) => walk(v, k));
      else if (key !== null && /(^id$|_id$)/.test(key) && typeof value === "number") ids.push([key, value]);
    };
    for (const type of WEBHOOK_EVENT_TYPES) {
      for (const version of type.versions) {
        const data = testEventData(type, version, Date.UTC(2026, 0, 2, 3, 4, 5, 678));
        expect(Object.keys(data).sort()).toEqual(Object.keys(type.sample).sort());
        walk(data, null);
        if ("occurred_at" in data) expect(data.occurred_at).toBe(version.startsWith("4.") ? "2026-01-02T03:04:05.678Z" : "2026-01-02T03:04:05Z");
      }
    }
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.filter(([, value]) => value !== 0)).toEqual([]);
  });
});
