// The sandbox's spend-controls routes (Wise's authorisation rules) over HTTP: each answer
// validated against Wise's spec (openapi-backend, as in contract.test.ts), the bodies the client's
// endpoint functions send validated against the spec's request schemas, and Wise's rules: only
// the application's client-credentials token for its own client id, bad bodies making nothing,
// unknown rules 404, an applied rule not deletable until unapplied.

import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { MAX_RULES_PER_APPLICATION } from "../../src/sandbox/api/spend-controls/routes.js";
import { WiseClient } from "../../src/wise/client.js";
import { ClientCredentialsToken } from "../../src/wise/client-token.js";
import {
  applySpendControlRule,
  createSpendControlRule,
  deleteSpendControlRule,
  listAppliedSpendControlRuleIds,
  listSpendControlRules,
  unapplySpendControlRule,
} from "../../src/wise/endpoints/spend-controls.js";
import { WiseOAuth } from "../../src/wise/oauth.js";
import { createPartnerSession, type PartnerSession } from "../../src/wise/partner-session.js";

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

let api: InstanceType<typeof OpenAPIBackend>;
let sandbox: RunningSandbox;
let alice: DemoUser;
let client: WiseClient;
let partnerToken: string;
/** Every call the partner session made: what the client's endpoint functions send. */
let sent: Array<{ method: string; path: string; json: unknown }>;
let partner: PartnerSession;

interface Raw {
  status: number;
  text: string;
  body: unknown;
}

async function call(method: string, requestPath: string, options: { token?: string | null; body?: unknown } = {}): Promise<Raw> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? partnerToken : options.token;
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

const rules = (clientId = sandbox.client.id) => `/v3/spend/applications/${clientId}/spend-controls/rules`;
const gambling = { type: "MCC", operation: "BLOCK", description: "No gambling", values: ["7995"] } as const;

beforeAll(async () => {
  api = new OpenAPIBackend({ definition, quick: true, ajvOpts: { logger: false, allErrors: true } });
  await api.init();
  sandbox = await startSandbox();
  [alice] = sandbox.users as [DemoUser];
  client = new WiseClient({ baseUrl: sandbox.url });
  const clientToken = new ClientCredentialsToken(new WiseOAuth(sandbox.url, { clientId: sandbox.client.id, clientSecret: sandbox.client.secret }));
  partnerToken = await clientToken.token();
  const realPartner = createPartnerSession(client, clientToken);
  partner = { call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), realPartner.call(c)) };
});

beforeEach(() => {
  sandbox.store.spendControls.reset();
  sent = [];
});

afterAll(async () => {
  await sandbox?.close();
  client?.shutdown();
});

describe("an application's authorisation rules (client-credentials token)", () => {
  it("create, list, apply, list applied, unapply and delete: each answer matches Wise's spec, each body the client sends its request schema", async () => {
    const clientId = sandbox.client.id;
    const created = await createSpendControlRule(partner, clientId, { ...gambling, values: [...gambling.values] });
    expectValidRequest("POST", rules(), sent[0]!.json, "spendControlsRuleCreate");
    expect(created).toEqual({ id: expect.any(Number), description: "No gambling", type: "MCC", operation: "BLOCK", values: ["7995"] });
    const raw = await call("POST", rules(), { body: { type: "CURRENCY", operation: "ALLOW", values: ["GBP", "EUR"] } });
    expect(raw.status).toBe(200);
    expectValid(raw.body, "spendControlsRuleCreate", 200);
    expect(raw.body).toEqual({ id: created.id + 1, type: "CURRENCY", operation: "ALLOW", values: ["GBP", "EUR"] });

    const list = await call("GET", rules());
    expectValid(list.body, "spendControlsRulesList", 200);
    expect(await listSpendControlRules(partner, clientId)).toEqual([created, raw.body]);
    expect(await listAppliedSpendControlRuleIds(partner, clientId)).toEqual([]);

    sent = [];
    await applySpendControlRule(partner, clientId, created.id);
    expectValidRequest("POST", `${rules()}/apply`, sent[0]!.json, "spendControlsRuleApply");
    expect(sent[0]!.json).toEqual({ ruleId: String(created.id) });
    // Applying twice changes nothing.
    const again = await call("POST", `${rules()}/apply`, { body: { ruleId: created.id } });
    expect(again).toMatchObject({ status: 200, text: "" });
    const applied = await call("GET", `${rules()}/applied`);
    expectValid(applied.body, "spendControlsAppliedRulesList", 200);
    expect(applied.body).toEqual([{ ruleId: created.id }]);

    // An applied rule is not deleted.
    const refused = await call("DELETE", `${rules()}/${created.id}`);
    expect(refused).toMatchObject({ status: 409, body: { errors: [{ code: "rule.applied", path: "ruleId" }] } });
    expect(sandbox.store.spendControls.rules.has(created.id)).toBe(true);

    sent = [];
    await unapplySpendControlRule(partner, clientId, created.id);
    expectValidRequest("POST", `${rules()}/unapply`, sent[0]!.json, "spendControlsRuleUnapply");
    expect(await listAppliedSpendControlRuleIds(partner, clientId)).toEqual([]);
    await deleteSpendControlRule(partner, clientId, created.id);
    expect((await listSpendControlRules(partner, clientId)).map((r) => r.id)).toEqual([created.id + 1]);
    expect(await call("DELETE", `${rules()}/${created.id}`)).toMatchObject({
      status: 404,
      body: { errors: [{ code: "NOT_FOUND", message: "Rule not found", path: "ruleId", arguments: ["ruleId", String(created.id)] }] },
    });
  });

  it("takes only a client-credentials token, and only for the client's own id", async () => {
    expect(await call("GET", rules(), { token: alice.token })).toMatchObject({ status: 403, body: { error: "access_denied" } });
    expect(await call("POST", rules(), { token: alice.token, body: gambling })).toMatchObject({ status: 403, body: { error: "access_denied" } });
    expect((await call("GET", rules(), { token: null })).status).toBe(401);
    expect((await call("GET", `${rules()}/applied`, { token: "not-a-token" })).status).toBe(401);
    expect(await call("POST", rules("another-client"), { body: gambling })).toMatchObject({ status: 403, body: { status: 403, error: "unauthorized" } });
    expect((await call("GET", `${rules("another-client")}/applied`)).status).toBe(403);
    expect(sandbox.store.spendControls.rules.size).toBe(0);
  });

  it("keeps each application's rules to itself", async () => {
    const other = { id: "other-client", secret: "other-secret", redirectUri: "http://localhost:4000/other" };
    sandbox.store.oauth.clients.set(other.id, other);
    try {
      const otherToken = await new ClientCredentialsToken(new WiseOAuth(sandbox.url, { clientId: other.id, clientSecret: other.secret })).token();
      const theirs = (await call("POST", rules(other.id), { token: otherToken, body: gambling })).body as { id: number };
      expect(await call("GET", rules())).toMatchObject({ status: 200, body: [] });
      expect((await call("POST", `${rules()}/apply`, { body: { ruleId: String(theirs.id) } })).status).toBe(404);
      expect((await call("DELETE", `${rules()}/${theirs.id}`)).status).toBe(404);
      expect(sandbox.store.spendControls.rules.get(theirs.id)).toMatchObject({ applied: false, clientId: other.id });
    } finally {
      sandbox.store.oauth.clients.delete(other.id);
    }
  });
});

describe("bad input changes nothing", () => {
  it.each([
    ["a missing field", { type: "MCC", values: ["7995"] }, 400, [{ code: "NotNull", path: "operation" }]],
    ["all missing fields", {}, 400, [{ path: "type" }, { path: "operation" }, { path: "values" }]],
    ["an unknown type", { ...gambling, type: "COUNTRY" }, 400, [{ code: "bad.request" }]],
    ["an unknown operation", { ...gambling, operation: "DENY" }, 400, [{ code: "bad.request" }]],
    ["values that are not a list of strings", { ...gambling, values: [7995] }, 400, [{ code: "bad.request" }]],
    ["no values", { ...gambling, values: [] }, 422, [{ code: "NOT_VALID", path: "values" }]],
    ["an MCC that is not four digits", { ...gambling, values: ["7995", "799", "79a5"] }, 422, [{ path: "values[1]" }, { path: "values[2]" }]],
    ["an unknown or lower-case currency", { type: "CURRENCY", operation: "BLOCK", values: ["GBP", "XXQ", "eur"] }, 422, [{ path: "values[1]" }, { path: "values[2]" }]],
    ["an overlong description", { ...gambling, description: "x".repeat(256) }, 422, [{ path: "description" }]],
  ])("%s", async (_what, body, status, errors) => {
    const res = await call("POST", rules(), { body });
    expect(res.status).toBe(status);
    expect((res.body as { errors: unknown[] }).errors).toEqual(errors.map((e) => expect.objectContaining(e)));
    expect(sandbox.store.spendControls.rules.size).toBe(0);
  });

  it("apply, unapply and delete refuse a bad or unknown rule id", async () => {
    const rule = (await call("POST", rules(), { body: gambling })).body as { id: number };
    expect(await call("POST", `${rules()}/apply`, { body: {} })).toMatchObject({ status: 400, body: { errors: [{ code: "NotNull", path: "ruleId" }] } });
    expect(await call("POST", `${rules()}/apply`, { body: { ruleId: "abc" } })).toMatchObject({ status: 400, body: { errors: [{ code: "bad.request" }] } });
    expect(await call("POST", `${rules()}/apply`, { body: { ruleId: "999" } })).toMatchObject({ status: 404, body: { errors: [{ code: "NOT_FOUND", path: "ruleId" }] } });
    expect((await call("POST", `${rules()}/unapply`, { body: { ruleId: 999 } })).status).toBe(404);
    expect((await call("DELETE", `${rules()}/abc`)).status).toBe(400);
    expect(sandbox.store.spendControls.rules.get(rule.id)).toMatchObject({ applied: false });
  });

  it(`holds at most ${MAX_RULES_PER_APPLICATION} rules per application`, async () => {
    for (let i = 0; i < MAX_RULES_PER_APPLICATION; i++)
      sandbox.store.spendControls.rules.set(i + 1, {
        id: i + 1,
        clientId: sandbox.client.id,
        type: "MCC",
        operation: "BLOCK",
        description: null,
        values: ["7995"],
        applied: false,
      });
    expect(await call("POST", rules(), { body: gambling })).toMatchObject({ status: 422, body: { errors: [{ code: "rules.limit.exceeded" }] } });
    expect(sandbox.store.spendControls.rules.size).toBe(MAX_RULES_PER_APPLICATION);
  });
});
