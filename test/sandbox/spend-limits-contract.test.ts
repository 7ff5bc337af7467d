// Contract tests of the spend-limit routes: the sandbox's answers validated against Wise's spec
// (the committed extract, as in contract.test.ts), the raw text checked for exact amounts at the
// currency's scale, the request bodies the client's endpoint functions build validated against the
// spec's request schemas, Wise's defaults and maximums, usage from the card transactions, and
// every refusal shown to change nothing.

import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import type { CardRecord, CardTransactionRecord } from "../../src/sandbox/api/card/model.js";
import { WiseClient } from "../../src/wise/client.js";
import { deleteCardSpendLimit, getCardSpendLimits, getProfileSpendLimits, updateCardSpendLimits, updateProfileSpendLimits } from "../../src/wise/endpoints/spend-limits.js";
import { stringifyWiseJson } from "../../src/wise/json.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";

// See contract.test.ts: in quick mode openapi-backend never uses the ref parser Jest cannot load.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

// 15:00 in London on 15 July 2026: the sandbox clock of this suite.
const NOW = Date.parse("2026-07-15T14:00:00Z");

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;
let aliceCard: CardRecord;
let bobCard: CardRecord;

interface Raw {
  status: number;
  text: string;
  body: unknown;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const JSON_HEADERS = { "content-type": "application/json" };

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", DATE_TIME);
      ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
      ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      return ajv;
    },
  });
  await api.init();
  sandbox = await startSandbox({ now: () => NOW });
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

beforeEach(() => {
  sandbox.store.reset();
  aliceCard = sandbox.store.cards.cardsOfProfile(alice.personalProfileId)[0]!;
  bobCard = sandbox.store.cards.cardsOfProfile(bob.personalProfileId)[0]!;
});

afterAll(async () => {
  await sandbox?.close();
});

async function call(method: string, pathAndQuery: string, options: { token?: string; body?: unknown } = {}): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  return { status: res.status, text, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

function expectValidRequest(method: string, requestPath: string, body: unknown, operationId: string): void {
  const result = api.validateRequest({ method, path: requestPath, headers: JSON_HEADERS, body: body as never }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

const profilePath = (profileId: number) => `/v4/spend/profiles/${profileId}/spend-limits`;
const cardPath = (card: CardRecord) => `/v4/spend/profiles/${card.profileId}/cards/${card.token}/spend-limits`;
const gbp = (amount: number) => ({ value: { amount, currency: "GBP" } });

function addSpending(card: CardRecord, value: string, atMs: number, state: CardTransactionRecord["state"] = "COMPLETED"): void {
  const id = sandbox.store.cards.newTransactionId();
  const amount = { value, currency: card.program.defaultCurrency };
  sandbox.store.cards.transactions.set(id, {
    id,
    cardToken: card.token,
    profileId: card.profileId,
    type: "POS_PURCHASE",
    state,
    declineReason: null,
    detailedDeclineReason: null,
    creationMs: atMs,
    modificationMs: atMs,
    transactionAmount: amount,
    fees: [],
    billingAmount: amount,
    merchant: { name: "Shop", country: "GB", city: "London", zipCode: null, region: null, state: null, categoryName: "Grocery", categoryCode: "5411" },
    authorisationMethod: "CHIP_AND_PIN",
    approvalCode: "123456",
    debits: [],
    reference: null,
  });
}

describe("profile limits (spendLimitsProfileGet, spendLimitsProfileUpdate)", () => {
  it("start at Wise's documented defaults, in the profile's currency, with usage and the London reset instants", async () => {
    const res = await call("GET", profilePath(alice.personalProfileId));
    expect(res.status).toBe(200);
    expectValid(res.body, "spendLimitsProfileGet", 200);
    expect(res.text).toContain('"value":{"amount":20000.00,"currency":"GBP"}');
    expect(res.body).toEqual({
      spendLimits: [
        {
          type: "PURCHASE",
          aggregateWindow: {
            daily: {
              value: { amount: 20000, currency: "GBP" },
              usage: { amount: 0, currency: "GBP" },
              max: { amount: 30000, currency: "GBP" },
              resetAt: "2026-07-15T22:59:59.999999999Z",
            },
            monthly: {
              value: { amount: 20000, currency: "GBP" },
              usage: { amount: 0, currency: "GBP" },
              max: { amount: 30000, currency: "GBP" },
              resetAt: "2026-07-31T22:59:59.999999999Z",
            },
          },
        },
        {
          type: "ATM_WITHDRAWAL",
          aggregateWindow: {
            daily: {
              value: { amount: 1000, currency: "GBP" },
              usage: { amount: 0, currency: "GBP" },
              max: { amount: 4000, currency: "GBP" },
              resetAt: "2026-07-15T22:59:59.999999999Z",
            },
            monthly: {
              value: { amount: 1000, currency: "GBP" },
              usage: { amount: 0, currency: "GBP" },
              max: { amount: 4000, currency: "GBP" },
              resetAt: "2026-07-31T22:59:59.999999999Z",
            },
          },
        },
      ],
    });
    const usd = await call("GET", profilePath(bob.personalProfileId), { token: bob.token });
    expect(usd.text).toContain('"currency":"USD"');
    expect(usd.text).not.toContain('"GBP"');
  });

  it("show what every card of the profile spent in the day and the month, exactly", async () => {
    const [physical, virtual] = sandbox.store.cards.cardsOfProfile(alice.personalProfileId) as [CardRecord, CardRecord];
    addSpending(physical, "10.10", NOW - 3_600_000);
    addSpending(virtual, "0.20", NOW - 7_200_000);
    addSpending(virtual, "99.00", NOW - 3_600_000, "DECLINED");
    addSpending(physical, "5.00", Date.parse("2026-07-02T09:00:00Z"));
    const res = await call("GET", profilePath(alice.personalProfileId));
    expect(res.text).toContain('"daily":{"value":{"amount":20000.00,"currency":"GBP"},"usage":{"amount":10.30,"currency":"GBP"}');
    expect(res.text).toContain('"monthly":{"value":{"amount":20000.00,"currency":"GBP"},"usage":{"amount":15.30,"currency":"GBP"}');
  });

  it("update one type's daily and monthly limits; the answer is the whole list", async () => {
    const body = { type: "PURCHASE", aggregateWindow: { daily: gbp(500.5), monthly: gbp(2500) } };
    expectValidRequest("PATCH", profilePath(alice.personalProfileId), body, "spendLimitsProfileUpdate");
    const res = await call("PATCH", profilePath(alice.personalProfileId), { body });
    expect(res.status).toBe(200);
    expectValid(res.body, "spendLimitsProfileGet", 200);
    expect(res.text).toContain('"type":"PURCHASE","aggregateWindow":{"daily":{"value":{"amount":500.50,"currency":"GBP"}');
    expect(res.text).toContain('"monthly":{"value":{"amount":2500.00,"currency":"GBP"}');
    expect(res.text).toContain('"type":"ATM_WITHDRAWAL","aggregateWindow":{"daily":{"value":{"amount":1000.00');
    expect((await call("GET", profilePath(alice.personalProfileId))).text).toBe(res.text);
  });

  it.each([
    ["above Wise's maximum", { type: "PURCHASE", aggregateWindow: { daily: gbp(30000.01), monthly: gbp(100) } }, "aggregateWindow.daily.value.amount"],
    ["ATM above its maximum", { type: "ATM_WITHDRAWAL", aggregateWindow: { daily: gbp(100), monthly: gbp(4001) } }, "aggregateWindow.monthly.value.amount"],
    ["negative", { type: "PURCHASE", aggregateWindow: { daily: gbp(-1), monthly: gbp(100) } }, "aggregateWindow.daily.value.amount"],
    [
      "in another currency",
      { type: "PURCHASE", aggregateWindow: { daily: gbp(100), monthly: { value: { amount: 100, currency: "EUR" } } } },
      "aggregateWindow.monthly.value.currency",
    ],
    ["more decimals than GBP has", { type: "PURCHASE", aggregateWindow: { daily: gbp(100.001), monthly: gbp(100) } }, "aggregateWindow.daily.value.amount"],
    ["without the monthly window", { type: "PURCHASE", aggregateWindow: { daily: gbp(100) } }, "aggregateWindow.monthly"],
    ["of an unknown type", { type: "ONLINE", aggregateWindow: { daily: gbp(100), monthly: gbp(100) } }, "type"],
  ])("refuse a limit %s with Wise's validation problem, changing nothing", async (_what, body, ref) => {
    const before = (await call("GET", profilePath(alice.personalProfileId))).text;
    const res = await call("PATCH", profilePath(alice.personalProfileId), { body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: "/errors/types/validation", title: "Validation Error", status: "400", errors: [{ ref }] });
    expect((await call("GET", profilePath(alice.personalProfileId))).text).toBe(before);
  });

  it("take Wise's maximum exactly, and 0", async () => {
    const res = await call("PATCH", profilePath(alice.personalProfileId), { body: { type: "ATM_WITHDRAWAL", aggregateWindow: { daily: gbp(0), monthly: gbp(4000) } } });
    expect(res.status).toBe(200);
    expect(res.text).toContain('"type":"ATM_WITHDRAWAL","aggregateWindow":{"daily":{"value":{"amount":0.00,"currency":"GBP"}');
  });

  it("belong to their user: another user's profile is 403, an unknown one 404", async () => {
    expect((await call("GET", profilePath(alice.personalProfileId), { token: bob.token })).status).toBe(403);
    const res = await call("PATCH", profilePath(alice.personalProfileId), { token: bob.token, body: { type: "PURCHASE", aggregateWindow: { daily: gbp(1), monthly: gbp(1) } } });
    expect(res.status).toBe(403);
    expect((await call("GET", profilePath(alice.personalProfileId))).text).toContain('"amount":20000.00');
    expect((await call("GET", profilePath(99_999_999))).status).toBe(404);
  });
});

describe("card limits (spendLimitsCardGet, spendLimitsCardUpdate, spendLimitsCardDelete)", () => {
  it("a card starts with none of its own", async () => {
    const res = await call("GET", cardPath(aliceCard));
    expect(res.status).toBe(200);
    expectValid(res.body, "spendLimitsCardGet", 200);
    expect(res.body).toEqual({ transaction: null, daily: null, monthly: null, lifetime: null });
  });

  it("set some granularities; the others stay; usage and reset per window", async () => {
    addSpending(aliceCard, "12.34", NOW - 3_600_000);
    addSpending(aliceCard, "100.00", Date.parse("2025-02-01T10:00:00Z"));
    const body = { transaction: gbp(100), daily: gbp(2000) };
    expectValidRequest("PATCH", cardPath(aliceCard), body, "spendLimitsCardUpdate");
    expect((await call("PATCH", cardPath(aliceCard), { body })).status).toBe(200);
    const res = await call("PATCH", cardPath(aliceCard), { body: { lifetime: gbp(5000) } });
    expect(res.status).toBe(200);
    expectValid(res.body, "spendLimitsCardGet", 200);
    expect(res.body).toEqual({
      transaction: { value: { amount: 100, currency: "GBP" }, usage: { amount: 0, currency: "GBP" }, resetAt: null },
      daily: { value: { amount: 2000, currency: "GBP" }, usage: { amount: 12.34, currency: "GBP" }, resetAt: "2026-07-15T22:59:59.999999999Z" },
      monthly: null,
      lifetime: { value: { amount: 5000, currency: "GBP" }, usage: { amount: 112.34, currency: "GBP" }, resetAt: null },
    });
    expect(res.text).toContain('"transaction":{"value":{"amount":100.00,"currency":"GBP"},"usage":{"amount":0.00,"currency":"GBP"},"resetAt":null}');
  });

  it("delete one granularity; the answer holds the rest", async () => {
    await call("PATCH", cardPath(aliceCard), { body: { daily: gbp(10), monthly: gbp(20) } });
    const res = await call("DELETE", `${cardPath(aliceCard)}/daily`);
    expect(res.status).toBe(200);
    expectValid(res.body, "spendLimitsCardGet", 200);
    expect(res.body).toMatchObject({ transaction: null, daily: null, lifetime: null, monthly: { value: { amount: 20, currency: "GBP" } } });
    expect((await call("DELETE", `${cardPath(aliceCard)}/daily`)).status).toBe(200);
  });

  it.each([
    ["negative", { daily: gbp(-0.01) }, "daily.value.amount"],
    ["in another currency", { daily: gbp(10), monthly: { value: { amount: 10, currency: "USD" } } }, "monthly.value.currency"],
    ["with a string amount", { daily: { value: { amount: "10", currency: "GBP" } } }, "daily.value.amount"],
    ["without a value", { lifetime: {} }, "lifetime.value"],
    ["with nothing to set", {}, "transaction"],
  ])("refuse a card limit %s with Wise's validation problem, changing nothing", async (_what, body, ref) => {
    await call("PATCH", cardPath(aliceCard), { body: { daily: gbp(50) } });
    const before = (await call("GET", cardPath(aliceCard))).text;
    const res = await call("PATCH", cardPath(aliceCard), { body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ type: "/errors/types/validation", errors: [{ ref }] });
    expect((await call("GET", cardPath(aliceCard))).text).toBe(before);
  });

  it("refuse an unknown granularity to delete", async () => {
    const res = await call("DELETE", `${cardPath(aliceCard)}/weekly`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ errors: [{ ref: "granularity" }] });
  });

  it("a card of another profile or unknown is 404, a malformed token 400, another user's card 403, and nothing changes", async () => {
    const wrongProfile = `/v4/spend/profiles/${alice.businessProfileId}/cards/${aliceCard.token}/spend-limits`;
    expect((await call("GET", wrongProfile)).status).toBe(404);
    expect((await call("PATCH", wrongProfile, { body: { daily: gbp(1) } })).body).toMatchObject({ errors: [{ code: "NOT_FOUND" }] });
    expect((await call("GET", `/v4/spend/profiles/${alice.personalProfileId}/cards/6f2c3b1e-0000-4222-8333-444455556666/spend-limits`)).status).toBe(404);
    expect((await call("GET", `/v4/spend/profiles/${alice.personalProfileId}/cards/no-such-card/spend-limits`)).status).toBe(400);
    expect((await call("PATCH", cardPath(bobCard), { body: { daily: { value: { amount: 1, currency: "USD" } } } })).status).toBe(403);
    expect((await call("DELETE", `${cardPath(aliceCard)}/daily`, { token: bob.token })).status).toBe(403);
    expect((await call("GET", cardPath(aliceCard))).body).toEqual({ transaction: null, daily: null, monthly: null, lifetime: null });
    expect((await call("GET", cardPath(bobCard), { token: bob.token })).body).toEqual({ transaction: null, daily: null, monthly: null, lifetime: null });
  });

  it("a card issued from an order with a lifetime limit starts with it", async () => {
    const orderId = sandbox.store.cards.newOrderId();
    sandbox.store.cards.orders.set(orderId, { id: orderId, lifetimeLimit: "250" } as never);
    const issued = { ...aliceCard, token: "6f2c3b1e-1111-4222-8333-444455556666", orderId };
    sandbox.store.cards.cards.set(issued.token, issued);
    expect((await call("GET", cardPath(issued))).body).toMatchObject({ lifetime: { value: { amount: 250, currency: "GBP" }, resetAt: null } });
  });
});

it("the client's endpoint functions send requests the spec accepts, and decode what the sandbox answers", async () => {
  const sent: { method: string; path: string; json: unknown }[] = [];
  const client = new WiseClient({ baseUrl: sandbox.url });
  const real = createSession(client, alice.token);
  const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
  const pid = alice.personalProfileId;
  try {
    const profile = await updateProfileSpendLimits(recording, pid, "PURCHASE", { amount: "123.45", currency: "GBP" }, { amount: "1000", currency: "GBP" });
    expect(profile.spendLimits[0]!.aggregateWindow.daily!.value).toEqual({ amount: "123.45", currency: "GBP" });
    expect((await getProfileSpendLimits(recording, pid)).spendLimits.map((l) => l.type)).toEqual(["PURCHASE", "ATM_WITHDRAWAL"]);
    const card = await updateCardSpendLimits(recording, pid, aliceCard.token, { transaction: { amount: "0.10", currency: "GBP" }, monthly: { amount: "300", currency: "GBP" } });
    expect(card.transaction!.value).toEqual({ amount: "0.10", currency: "GBP" });
    expect((await getCardSpendLimits(recording, pid, aliceCard.token)).monthly!.resetAt).toBe("2026-07-31T22:59:59.999999999Z");
    expect((await deleteCardSpendLimit(recording, pid, aliceCard.token, "monthly")).monthly).toBeNull();
  } finally {
    client.shutdown();
  }
  expect(sent.map((c) => `${c.method} ${c.path}`)).toEqual([
    `PATCH ${profilePath(pid)}`,
    `GET ${profilePath(pid)}`,
    `PATCH ${cardPath(aliceCard)}`,
    `GET ${cardPath(aliceCard)}`,
    `DELETE ${cardPath(aliceCard)}/monthly`,
  ]);
  const asSent = (json: unknown) => parse(stringifyWiseJson(json), null, (n: string) => Number(n));
  expect(stringifyWiseJson(sent[0]!.json)).toBe(
    '{"type":"PURCHASE","aggregateWindow":{"daily":{"value":{"amount":123.45,"currency":"GBP"}},"monthly":{"value":{"amount":1000,"currency":"GBP"}}}}',
  );
  expectValidRequest("PATCH", profilePath(pid), asSent(sent[0]!.json), "spendLimitsProfileUpdate");
  expectValidRequest("PATCH", cardPath(aliceCard), asSent(sent[2]!.json), "spendLimitsCardUpdate");
});
