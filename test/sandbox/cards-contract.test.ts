// Contract tests of the card routes: the sandbox's answers validated against Wise's spec (the
// committed extract, as in contract.test.ts), a card's test secrets never in a plain answer,
// the list's paging and its refusals, and another user's or profile's card refused.

import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import type { SandboxEvent } from "../../src/sandbox/webhooks/hub.js";
import { WiseClient } from "../../src/wise/client.js";
import { getCardProduction, produceCard, simulateCardProduction } from "../../src/wise/endpoints/card-kiosk.js";
import { getCard, getCardPermissions, listCards, resetCardPinCount, updateCardPermissions, updateCardStatus } from "../../src/wise/endpoints/cards.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";
import { issueOrderedCard } from "../helpers/cards.js";

// See contract.test.ts: in quick mode openapi-backend never uses the ref parser Jest cannot load.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;

interface Raw {
  status: number;
  text: string;
  body: unknown;
}

const JSON_HEADERS = { "content-type": "application/json" };
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

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
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
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

/** The events the sandbox raises while `run` runs. */
async function eventsDuring(run: () => Promise<unknown>): Promise<SandboxEvent[]> {
  const events: SandboxEvent[] = [];
  const spy = jest.spyOn(sandbox.store.webhooks, "emit").mockImplementation((event) => void events.push(event));
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return events;
}

/** The tokens of a profile's cards in the store, oldest first. */
const tokensOf = (profileId: number) => sandbox.store.cards.cardsOfProfile(profileId).map((card) => card.token);

/** Every test secret of every card, to be sure none leaks into an answer. */
const allSecrets = () => [...sandbox.store.cards.cards.values()].flatMap((card) => [card.secrets.pan, card.secrets.cvv2]);

describe("cards (cardList, cardGet)", () => {
  it("list matches cardList 200: the profile's cards oldest first, with their count and no secrets", async () => {
    const pid = alice.personalProfileId;
    const res = await call("GET", `/v3/spend/profiles/${pid}/cards?pageNumber=1&pageSize=10`);
    expect(res.status).toBe(200);
    expectValid(res.body, "cardList", 200);
    const body = res.body as { cards: { token: string; profileId: number; status: { value: string } }[]; totalCount: number };
    expect(body.totalCount).toBe(2);
    expect(body.cards.map((card) => card.token)).toEqual(tokensOf(pid));
    expect(body.cards.every((card) => card.profileId === pid && card.status.value === "ACTIVE")).toBe(true);
    for (const secret of allSecrets()) expect(res.text).not.toContain(secret);
  });

  it("get matches cardGet 200 with Wise's fields", async () => {
    const pid = alice.personalProfileId;
    const [token] = tokensOf(pid);
    const res = await call("GET", `/v3/spend/profiles/${pid}/cards/${token}`);
    expect(res.status).toBe(200);
    expectValid(res.body, "cardGet", 200);
    expect(Object.keys(res.body as object).sort()).toEqual(
      [
        "bankIdentificationNumber",
        "cardHolderName",
        "cardProgram",
        "clientId",
        "creationTime",
        "expiryDate",
        "lastFourDigits",
        "modificationTime",
        "phoneNumber",
        "profileId",
        "status",
        "token",
        "unlockSpendingPermissions",
      ].sort(),
    );
    const card = sandbox.store.cards.cards.get(token)!;
    expect(res.text).not.toContain(card.secrets.pan);
    expect(res.text).toMatch(/"expiryDate":"\d{4}-\d{2}-\d{2}T00:00:00Z"/);
  });

  it("pages by pageNumber and pageSize, and refuses a page size outside 10 to 100 or a page number below 1", async () => {
    const pid = alice.personalProfileId;
    const second = await call("GET", `/v3/spend/profiles/${pid}/cards?pageNumber=2&pageSize=10`);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ cards: [], totalCount: 2 });
    for (const query of ["pageSize=9", "pageSize=101", "pageNumber=0", "pageSize=x"]) {
      expect((await call("GET", `/v3/spend/profiles/${pid}/cards?${query}`)).status).toBe(400);
    }
  });

  it("refuses another user's profile (403), another profile's card and an unknown card (404), and a malformed token (400)", async () => {
    const [alicesCard] = tokensOf(alice.personalProfileId);
    const [bobsCard] = tokensOf(bob.personalProfileId);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards`, { token: bob.token })).status).toBe(403);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards/${alicesCard}`, { token: bob.token })).status).toBe(403);
    expect((await call("GET", `/v3/spend/profiles/${bob.personalProfileId}/cards/${alicesCard}`, { token: bob.token })).status).toBe(404);
    expect((await call("GET", `/v3/spend/profiles/${alice.businessProfileId}/cards/${alicesCard}`)).status).toBe(404);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards/${bobsCard}`)).status).toBe(404);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards/not-a-token`)).status).toBe(400);
  });
});

describe("card status (cardStatusUpdate)", () => {
  const statusPath = (token: string, pid = alice.personalProfileId) => `/v3/spend/profiles/${pid}/cards/${token}/status`;

  it("freezes, unfreezes and blocks, each answering the card and raising cards#card-status-change; BLOCKED is final", async () => {
    sandbox.store.reset();
    const [token] = tokensOf(alice.personalProfileId);
    const card = sandbox.store.cards.cards.get(token)!;
    for (const status of ["FROZEN", "ACTIVE", "BLOCKED"]) {
      let res!: Raw;
      const events = await eventsDuring(async () => (res = await call("PUT", statusPath(token), { body: { status } })));
      expect(res.status).toBe(200);
      expectValid(res.body, "cardStatusUpdate", 200);
      expect((res.body as { status: { value: string } }).status.value).toBe(status);
      expect(events.map((e) => [e.eventType, (e.data as { card_status: string }).card_status])).toEqual([["cards#card-status-change", status]]);
    }
    for (const status of ["ACTIVE", "FROZEN"]) {
      const events = await eventsDuring(async () => {
        const res = await call("PUT", statusPath(token), { body: { status } });
        expect(res.status).toBe(422);
        expect((res.body as { errors: { code: string }[] }).errors[0]!.code).toBe("CARD_STATUS_CHANGE_NOT_ALLOWED");
      });
      expect(events).toEqual([]);
    }
    expect(card.status).toBe("BLOCKED");
  });

  it("asking for the status the card has changes nothing and raises nothing", async () => {
    sandbox.store.reset();
    const [token] = tokensOf(alice.personalProfileId);
    const before = sandbox.store.cards.cards.get(token)!.modificationMs;
    const events = await eventsDuring(async () => expect((await call("PUT", statusPath(token), { body: { status: "ACTIVE" } })).status).toBe(200));
    expect(events).toEqual([]);
    expect(sandbox.store.cards.cards.get(token)!.modificationMs).toBe(before);
  });

  it("activating an INACTIVE card completes its order; an INACTIVE card cannot be frozen", async () => {
    sandbox.store.reset();
    const { card, order } = issueOrderedCard(sandbox.store, "alice", { status: "INACTIVE", delivery: "POSTAL_SERVICE_STANDARD", orderStatus: "PRODUCED" });
    expect((await call("PUT", statusPath(card.token), { body: { status: "FROZEN" } })).status).toBe(422);
    expect(card.status).toBe("INACTIVE");
    const events = await eventsDuring(async () => expect((await call("PUT", statusPath(card.token), { body: { status: "ACTIVE" } })).status).toBe(200));
    expect(card.status).toBe("ACTIVE");
    expect(order.status).toBe("COMPLETED");
    expect(events.map((e) => e.eventType)).toEqual(["cards#card-status-change", "cards#card-order-status-change"]);
  });

  it("refuses a missing or unknown status, Wise's own statuses, and another user's card, changing nothing", async () => {
    sandbox.store.reset();
    const [token] = tokensOf(alice.personalProfileId);
    for (const body of [{}, { status: "PAUSED" }, { status: "INACTIVE" }, { status: "PARTNER_SUSPENDED" }, { status: 1 }]) {
      expect((await call("PUT", statusPath(token), { body })).status).toBe(400);
    }
    expect((await call("PUT", statusPath(token), { body: { status: "FROZEN" }, token: bob.token })).status).toBe(403);
    expect((await call("PUT", statusPath(token, bob.personalProfileId), { body: { status: "FROZEN" }, token: bob.token })).status).toBe(404);
    expect(sandbox.store.cards.cards.get(token)!.status).toBe("ACTIVE");
  });
});

describe("PIN count (cardPinCountReset)", () => {
  it("sets the wrong PIN count back to 0, answering 200 without a body", async () => {
    sandbox.store.reset();
    const [token] = tokensOf(alice.personalProfileId);
    sandbox.store.cards.cards.get(token)!.pinTries = 3;
    const res = await call("POST", `/v3/spend/profiles/${alice.personalProfileId}/cards/${token}/reset-pin-count`);
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    expect(sandbox.store.cards.cards.get(token)!.pinTries).toBe(0);
    expect((await call("POST", `/v3/spend/profiles/${alice.personalProfileId}/cards/${token}/reset-pin-count`, { token: bob.token })).status).toBe(403);
  });
});

describe("spending permissions (cardPermissionsGet, cardPermissionsBulkUpdate)", () => {
  const v3 = (token: string) => `/v3/spend/profiles/${alice.personalProfileId}/cards/${token}/spending-permissions`;
  const v4 = (token: string) => `/v4/spend/profiles/${alice.personalProfileId}/cards/${token}/spending-permissions`;
  const permissionsOf = async (token: string) => ((await call("GET", v3(token))).body as { permissions: { type: string; isEnabled: boolean; isLocked: boolean }[] }).permissions;

  it("lists all six permissions, a virtual card's in-person ones locked", async () => {
    sandbox.store.reset();
    const [physical, virtual] = tokensOf(alice.personalProfileId);
    const res = await call("GET", v3(physical));
    expect(res.status).toBe(200);
    expectValid(res.body, "cardPermissionsGet", 200);
    expect((await permissionsOf(physical)).map((p) => p.type).sort()).toEqual(["ATM_WITHDRAWAL", "ECOM", "MOBILE_WALLETS", "POS_CHIP", "POS_CONTACTLESS", "POS_MAGSTRIPE"]);
    const locked = (await permissionsOf(virtual)).filter((p) => p.isLocked).map((p) => p.type);
    expect(locked.sort()).toEqual(["ATM_WITHDRAWAL", "POS_CHIP", "POS_CONTACTLESS", "POS_MAGSTRIPE"]);
  });

  it("changes several at once (200, no body)", async () => {
    sandbox.store.reset();
    const [physical] = tokensOf(alice.personalProfileId);
    const body = {
      permissions: [
        { type: "ECOM", isEnabled: false },
        { type: "POS_MAGSTRIPE", isEnabled: true },
      ],
    };
    expectValidRequest("PATCH", v4(physical), body, "cardPermissionsBulkUpdate");
    const res = await call("PATCH", v4(physical), { body });
    expect(res.status).toBe(200);
    expect(res.text).toBe("");
    const now = await permissionsOf(physical);
    expect(now.find((p) => p.type === "ECOM")!.isEnabled).toBe(false);
    expect(now.find((p) => p.type === "POS_MAGSTRIPE")!.isEnabled).toBe(true);
  });

  it("all or none: a locked permission, a card order not yet COMPLETED, a duplicate or a bad item refuses the whole list", async () => {
    sandbox.store.reset();
    const [, virtual] = tokensOf(alice.personalProfileId);
    const before = await permissionsOf(virtual);
    const locked = await call("PATCH", v4(virtual), {
      body: {
        permissions: [
          { type: "ECOM", isEnabled: false },
          { type: "POS_CHIP", isEnabled: true },
        ],
      },
    });
    expect(locked.status).toBe(422);
    expect((locked.body as { errors: { code: string; path: string }[] }).errors[0]).toMatchObject({ code: "PERMISSION_LOCKED", path: "permissions[1].type" });
    for (const permissions of [
      [],
      [
        { type: "ECOM", isEnabled: false },
        { type: "ECOM", isEnabled: true },
      ],
      [{ type: "NFC", isEnabled: true }],
      [{ type: "ECOM", isEnabled: "no" }],
      "ECOM",
    ]) {
      expect((await call("PATCH", v4(virtual), { body: { permissions } })).status).toBe(400);
    }
    expect(await permissionsOf(virtual)).toEqual(before);
    const { card } = issueOrderedCard(sandbox.store, "alice", { status: "ACTIVE", delivery: "POSTAL_SERVICE_STANDARD", orderStatus: "PRODUCED" });
    card.permissions.POS_CONTACTLESS.isEnabled = false;
    const early = await call("PATCH", v4(card.token), { body: { permissions: [{ type: "POS_CONTACTLESS", isEnabled: true }] } });
    expect(early.status).toBe(422);
    expect((early.body as { errors: { code: string }[] }).errors[0]!.code).toBe("CARD_ORDER_NOT_COMPLETED");
    expect(card.permissions.POS_CONTACTLESS.isEnabled).toBe(false);
  });
});

describe("kiosk collection (cardKioskCollectionProductionGet, cardKioskCollectionProduce) and its simulation (simulationCardProduction)", () => {
  const production = (token: string) => `/v3/spend/profiles/${alice.personalProfileId}/cards/${token}/production`;
  const simulation = (token: string) => `/v1/simulation/spend/profiles/${alice.personalProfileId}/cards/${token}/production`;

  it("READY, then IN_PROGRESS at a kiosk, then PRODUCED (final; the order moves to PRODUCED), each change raised", async () => {
    sandbox.store.reset();
    const { card, order } = issueOrderedCard(sandbox.store, "alice");
    const ready = await call("GET", production(card.token));
    expect(ready.status).toBe(200);
    expectValid(ready.body, "cardKioskCollectionProductionGet", 200);
    expect(ready.body).toMatchObject({ status: "READY", kioskId: null, errorCode: null });

    expectValidRequest("PUT", production(card.token), { kioskId: "WIS00001" }, "cardKioskCollectionProduce");
    let produced!: Raw;
    const started = await eventsDuring(async () => (produced = await call("PUT", production(card.token), { body: { kioskId: "WIS00001" } })));
    expect(produced.status).toBe(200);
    expectValid(produced.body, "cardKioskCollectionProduce", 200);
    expect(produced.body).toMatchObject({ status: "IN_PROGRESS", kioskId: "WIS00001" });
    expect(started.map((e) => [e.eventType, (e.data as { status: string }).status])).toEqual([["cards#card-production-status-change", "IN_PROGRESS"]]);

    const again = await call("PUT", production(card.token), { body: { kioskId: "WIS00001" } });
    expect(again.status).toBe(422);
    expectValid(again.body, "cardKioskCollectionProduce", 422);
    expect(again.body).toMatchObject({ status: "REQUEST_ERROR", errorCode: "REQUEST_ALREADY_EXISTS" });

    const finished = await eventsDuring(async () => expect((await call("POST", simulation(card.token), { body: { status: "PRODUCED" } })).status).toBe(200));
    expect(finished.map((e) => e.eventType)).toEqual(["cards#card-production-status-change", "cards#card-order-status-change"]);
    expect((await call("GET", production(card.token))).body).toMatchObject({ status: "PRODUCED", kioskId: "WIS00001" });
    expect(order.status).toBe("PRODUCED");
    expect((await call("PUT", production(card.token), { body: { kioskId: "WIS00002" } })).status).toBe(422);
    expect((await call("POST", simulation(card.token), { body: { status: "PRODUCTION_ERROR" } })).status).toBe(422);
  });

  it("a PRODUCTION_ERROR carries its code and lets the card be sent again", async () => {
    sandbox.store.reset();
    const { card } = issueOrderedCard(sandbox.store, "alice");
    await call("PUT", production(card.token), { body: { kioskId: "WIS00001" } });
    expect((await call("POST", simulation(card.token), { body: { status: "PRODUCTION_ERROR", errorCode: "PRT_NOT_REACHABLE" } })).status).toBe(200);
    const failed = await call("GET", production(card.token));
    expectValid(failed.body, "cardKioskCollectionProductionGet", 200);
    expect(failed.body).toMatchObject({ status: "PRODUCTION_ERROR", errorCode: "PRT_NOT_REACHABLE", kioskId: "WIS00001" });
    expect((await call("PUT", production(card.token), { body: { kioskId: "WIS00002" } })).body).toMatchObject({ status: "IN_PROGRESS", kioskId: "WIS00002" });
  });

  it("refuses an unknown or blank kiosk, an old card, a simulation before production, and a card not ordered for a kiosk, changing nothing", async () => {
    sandbox.store.reset();
    const { card } = issueOrderedCard(sandbox.store, "alice");
    for (const [body, code] of [
      [{ kioskId: "NOPE0001" }, "KIOSK_ID_NOT_FOUND"],
      [{ kioskId: " " }, "EMPTY_OR_NULL_FIELD_VALUE"],
      [{}, "EMPTY_OR_NULL_FIELD_VALUE"],
    ] as const) {
      const res = await call("PUT", production(card.token), { body });
      expect(res.status).toBe(422);
      expect((res.body as { errorCode: string }).errorCode).toBe(code);
    }
    expect((await call("POST", simulation(card.token), { body: { status: "PRODUCED" } })).status).toBe(422);
    for (const body of [{ status: "DONE" }, { status: "PRODUCED", errorCode: "PRT_PAUSED" }, { status: "PRODUCTION_ERROR", errorCode: "NOT_A_CODE" }]) {
      expect((await call("POST", simulation(card.token), { body })).status).toBe(400);
    }
    expect((await call("GET", production(card.token))).body).toMatchObject({ status: "READY" });
    const old = issueOrderedCard(sandbox.store, "alice", { createdMs: Date.now() - 61 * 86_400_000 }).card;
    expect((await call("PUT", production(old.token), { body: { kioskId: "WIS00001" } })).body).toMatchObject({ status: "REQUEST_ERROR", errorCode: "DATA_PREPARATION_FAILED" });
    const [seeded] = tokensOf(alice.personalProfileId);
    expect((await call("GET", production(seeded))).status).toBe(404);
    expect((await call("PUT", production(seeded), { body: { kioskId: "WIS00001" } })).status).toBe(404);
    expect((await call("GET", production(card.token), { token: bob.token })).status).toBe(403);
  });
});

describe("the client's card endpoint functions", () => {
  it("send requests the spec accepts and decode what the sandbox answers", async () => {
    sandbox.store.reset();
    const sent: { method: string; path: string; json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, alice.token);
    const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
    const pid = alice.personalProfileId;
    const { card } = issueOrderedCard(sandbox.store, "alice", { status: "ACTIVE" });
    try {
      expect((await listCards(recording, pid, 1, 10)).totalCount).toBe(3);
      expect((await getCard(recording, pid, card.token)).status.value).toBe("ACTIVE");
      expect((await updateCardStatus(recording, pid, card.token, "FROZEN")).status.value).toBe("FROZEN");
      await resetCardPinCount(recording, pid, card.token);
      expect(await getCardPermissions(recording, pid, card.token)).toHaveLength(6);
      await updateCardPermissions(recording, pid, card.token, [{ type: "ATM_WITHDRAWAL", isEnabled: false }]);
      expect((await getCardProduction(recording, pid, card.token)).status).toBe("READY");
      expect((await produceCard(recording, pid, card.token, "WIS00003")).status).toBe("IN_PROGRESS");
      await simulateCardProduction(recording, pid, card.token, { status: "PRODUCTION_ERROR", errorCode: "PRD_FEEDER_JAM" });
    } finally {
      client.shutdown();
    }
    const bodies = Object.fromEntries(sent.filter((c) => c.json !== undefined).map((c) => [`${c.method} ${c.path}`, c]));
    const base = `/v3/spend/profiles/${pid}/cards/${card.token}`;
    expectValidRequest("PUT", `${base}/status`, bodies[`PUT ${base}/status`]!.json, "cardStatusUpdate");
    const v4 = `/v4/spend/profiles/${pid}/cards/${card.token}/spending-permissions`;
    expectValidRequest("PATCH", v4, bodies[`PATCH ${v4}`]!.json, "cardPermissionsBulkUpdate");
    expectValidRequest("PUT", `${base}/production`, bodies[`PUT ${base}/production`]!.json, "cardKioskCollectionProduce");
    const sim = `/v1/simulation/spend/profiles/${pid}/cards/${card.token}/production`;
    expectValidRequest("POST", sim, bodies[`POST ${sim}`]!.json, "simulationCardProduction");
  });
});
