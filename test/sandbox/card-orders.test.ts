// The card order routes over HTTP: answers valid against Wise's spec (the committed extract),
// the order flow (a virtual card issued at once, a physical card through the simulation, an
// unverified profile's order kept PLACED), cancellation, idempotency, bad bodies creating nothing,
// another user's profile refused, and the client's endpoint functions sending what the spec takes.

import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { WiseClient } from "../../src/wise/client.js";
import {
  createCardOrder,
  getCardOrder,
  getCardOrderPrograms,
  getCardOrderRequirements,
  listCardOrders,
  updateCardOrderStatus,
  validateCardAddress,
} from "../../src/wise/endpoints/card-orders.js";
import { stringifyWiseJson } from "../../src/wise/json.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";

// openapi-backend require()s an ES module Jest's CommonJS loader cannot load; quick mode never uses it.
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

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", DATE_TIME);
      ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      return ajv;
    },
  });
  await api.init();
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.store.reset());

interface Res {
  status: number;
  text: string;
  body: any;
}

async function call(method: string, route: string, init: { body?: unknown; token?: string; key?: string | null } = {}): Promise<Res> {
  const headers: Record<string, string> = { authorization: `Bearer ${init.token ?? alice.token}` };
  if (init.body !== undefined) headers["content-type"] = "application/json";
  if (init.key !== null && method === "POST" && route.endsWith("/card-orders")) headers["x-idempotence-uuid"] = init.key ?? randomUUID();
  const res = await fetch(`${sandbox.url}${route}`, { method, headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  return { status: res.status, text, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

const orders = (profileId = alice.personalProfileId) => `/v3/spend/profiles/${profileId}/card-orders`;
const LONDON = { firstLine: "56 Shoreditch High St", secondLine: "The Tea Bldg", city: "London", postCode: "E1 6JJ", country: "GB" };
const VIRTUAL = "VISA_DEBIT_CONSUMER_GB_1_CARDS_API";
const PHYSICAL = "VISA_DEBIT_CONSUMER_GB_1_PHYSICAL_CARDS_API";

/** Marks a profile as made through the API and not yet verified (Wise's VERIFICATION requirement unmet). */
function unverify(profileId: number): void {
  sandbox.store.profileWrites.createdThroughApi.add(profileId);
}
function verify(profileId: number): void {
  sandbox.store.verifications.set(profileId, { profileId, required: [], answers: {}, documents: new Map() });
}

describe("reads", () => {
  it("lists the seeded cards' COMPLETED orders, newest first, pages by pageSize and pageNumber, and gets one", async () => {
    const list = await call("GET", orders());
    expect(list.status).toBe(200);
    expectValid(list.body, "cardOrderList", 200);
    expect(list.body.totalCount).toBe(2);
    expect(list.body.cardOrders.map((o: any) => [o.status, o.cardProgram.cardType])).toEqual([
      ["COMPLETED", "VIRTUAL_NON_UPGRADEABLE"],
      ["COMPLETED", "PHYSICAL"],
    ]);
    const seededCards = sandbox.store.cards.cardsOfProfile(alice.personalProfileId).map((c) => c.token);
    expect(list.body.cardOrders.map((o: any) => o.cardToken).sort()).toEqual([...seededCards].sort());
    expect(list.body.cardOrders[0].deliveryDetails).toBeUndefined();
    expect(list.body.cardOrders[1].deliveryDetails).toEqual({ deliveryOption: "POSTAL_SERVICE_STANDARD", deliveryVendor: null, trackingUrl: null, trackingNumber: null });
    const one = await call("GET", `${orders()}/${list.body.cardOrders[1].id}`);
    expectValid(one.body, "cardOrderGet", 200);
    expect(one.body).toEqual(list.body.cardOrders[1]);
    const second = await call("GET", `${orders()}?pageSize=10&pageNumber=2`);
    expect(second.body).toEqual({ totalCount: 2, cardOrders: [] });
    expect((await call("GET", `${orders()}?pageSize=5`)).status).toBe(400);
    expect((await call("GET", `${orders()}?pageNumber=0`)).status).toBe(400);
  });

  it("answers 404 for an order of another profile, 403 for another user's profile", async () => {
    const bobs = await call("GET", orders(bob.personalProfileId), { token: bob.token });
    const bobOrder = bobs.body.cardOrders[0].id as number;
    expect((await call("GET", `${orders()}/${bobOrder}`)).status).toBe(404);
    expect((await call("GET", `${orders(bob.personalProfileId)}/${bobOrder}`)).status).toBe(403);
    expect((await call("GET", orders(bob.personalProfileId))).status).toBe(403);
    expect((await call("GET", `${orders(bob.personalProfileId)}/availability`)).status).toBe(403);
  });

  it("offers the programs of the profile's type and country, virtual and physical", async () => {
    const personal = await call("GET", `${orders()}/availability`);
    expectValid(personal.body, "cardOrderProgramsGet", 200);
    expect(personal.body.cardPrograms).toEqual([
      { name: VIRTUAL, scheme: "VISA", defaultCurrency: "GBP", cardType: "VIRTUAL_NON_UPGRADEABLE" },
      { name: PHYSICAL, scheme: "VISA", defaultCurrency: "GBP", cardType: "PHYSICAL" },
    ]);
    const us = await call("GET", `${orders(bob.personalProfileId)}/availability`, { token: bob.token });
    expect(us.body.cardPrograms.map((p: any) => p.name)).toEqual(["MASTERCARD_DEBIT_CONSUMER_US_1_CARDS_API", "MASTERCARD_DEBIT_CONSUMER_US_1_PHYSICAL_CARDS_API"]);
  });
});

describe("ordering", () => {
  it("issues a virtual card at once: COMPLETED, its card ACTIVE, one activity and an event per status", async () => {
    const emitted = jest.spyOn(sandbox.store.webhooks, "emit");
    const created = await call("POST", orders(), { body: { program: VIRTUAL, cardHolderName: "Alice Martin", address: LONDON, lifetimeLimit: 250.5 } });
    expect(emitted.mock.calls.map(([event]) => [event.eventType, (event.data as Record<string, unknown>).order_status])).toEqual(
      ["PLACED", "REQUIREMENTS_FULFILLED", "CARD_DETAILS_CREATED", "COMPLETED"].map((status) => ["cards#card-order-status-change", status]),
    );
    emitted.mockRestore();
    expect(created.status).toBe(200);
    expectValid(created.body, "cardOrderCreate", 200);
    expect(created.text).toContain('"lifetimeLimit":250.5');
    expect(created.body).toMatchObject({ status: "COMPLETED", cardHolderName: "Alice Martin", phoneNumber: "+447700900111", replacesCard: null });
    expect(created.body.deliveryEstimate).toBe(created.body.creationTime);
    const card = sandbox.store.cards.cards.get(created.body.cardToken)!;
    expect(card).toMatchObject({ status: "ACTIVE", orderId: created.body.id, profileId: alice.personalProfileId, cardHolderName: "Alice Martin" });
    const activity = sandbox.store.activityOf(alice.personalProfileId, "CARD_ORDER", String(created.body.id));
    expect(activity).toMatchObject({ type: "CARD_ORDER", status: "COMPLETED" });
    const requirements = await call("GET", `${orders()}/${created.body.id}/requirements`);
    expectValid(requirements.body, "cardOrderRequirementsGet", 200);
    expect(requirements.body.requirements).toEqual([
      { type: "VERIFICATION", status: "COMPLETED" },
      { type: "ADDRESS", status: "COMPLETED" },
    ]);
  });

  it("moves a physical card through the simulation: card INACTIVE, PRODUCED with tracking, COMPLETED once the card is ACTIVE", async () => {
    const created = await call("POST", orders(), {
      body: { program: PHYSICAL, cardHolderName: "Alice Martin", embossedName: "ALICE MARTIN", address: LONDON, deliveryOption: "POSTAL_SERVICE_WITH_TRACKING" },
    });
    expect(created.body).toMatchObject({ status: "REQUIREMENTS_FULFILLED", cardToken: null });
    const id = created.body.id as number;
    const next = (token?: string) => call("POST", `/v1/simulation/spend/profiles/${alice.personalProfileId}/card-orders/${id}/next`, { token });
    const detailed = await next();
    expect(detailed.body.status).toBe("CARD_DETAILS_CREATED");
    expect(sandbox.store.cards.cards.get(detailed.body.cardToken)?.status).toBe("INACTIVE");
    const produced = await next();
    expectValid(produced.body, "cardOrderGet", 200);
    expect(produced.body.status).toBe("PRODUCED");
    expect(produced.body.deliveryDetails).toMatchObject({ deliveryOption: "POSTAL_SERVICE_WITH_TRACKING", deliveryVendor: "DHL", trackingNumber: String(1_900_000_000 + id) });
    const waiting = await next();
    expect(waiting.status).toBe(422);
    expect(waiting.body.errors[0].code).toBe("card.order.simulation.refused");
    sandbox.store.cards.cards.get(produced.body.cardToken)!.status = "ACTIVE";
    expect((await call("GET", `${orders()}/${id}`)).body.status).toBe("COMPLETED");
    expect((await next(bob.token)).status).toBe(403);
  });

  it("keeps an unverified profile's order PLACED with VERIFICATION to do, and moves it on once verified", async () => {
    unverify(alice.personalProfileId);
    const created = await call("POST", orders(), { body: { program: VIRTUAL, cardHolderName: "Alice Martin", address: LONDON } });
    expect(created.body.status).toBe("PLACED");
    const requirements = await call("GET", `${orders()}/${created.body.id}/requirements`);
    expect(requirements.body.requirements[0]).toEqual({ type: "VERIFICATION", status: "NEEDS_ACTION" });
    expect(sandbox.store.activityOf(alice.personalProfileId, "CARD_ORDER", String(created.body.id))?.status).toBe("REQUIRES_ATTENTION");
    expect((await call("POST", `/v1/simulation/spend/profiles/${alice.personalProfileId}/card-orders/${created.body.id}/next`)).status).toBe(422);
    verify(alice.personalProfileId);
    const later = await call("GET", `${orders()}/${created.body.id}`);
    expect(later.body.status).toBe("COMPLETED");
    expect(sandbox.store.cards.cards.get(later.body.cardToken)?.status).toBe("ACTIVE");
  });

  it("answers the same order for the same X-idempotence-uuid, and needs one", async () => {
    const key = randomUUID();
    const first = await call("POST", orders(), { key, body: { program: VIRTUAL, cardHolderName: "Alice Martin", address: LONDON } });
    const again = await call("POST", orders(), { key, body: { program: VIRTUAL, cardHolderName: "Someone Else", address: LONDON } });
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.cardHolderName).toBe("Alice Martin");
    const before = sandbox.store.cards.orders.size;
    expect((await call("POST", orders(), { key: null, body: { program: VIRTUAL, cardHolderName: "A", address: LONDON } })).status).toBe(400);
    expect(sandbox.store.cards.orders.size).toBe(before);
  });

  it("refuses bad bodies with every problem named, and creates nothing", async () => {
    const before = sandbox.store.cards.orders.size;
    const cardsBefore = sandbox.store.cards.cards.size;
    const bad = await call("POST", orders(), {
      body: { cardHolderName: " ", address: { firstLine: "PO Box 12", postCode: "nope", country: "GB" }, phoneNumber: "07700", lifetimeLimit: -1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.path)).toEqual(["program", "cardHolderName", "phoneNumber", "address.firstLine", "address.city", "address.postCode", "lifetimeLimit"]);
    const refusals = [
      [{ program: "NO_SUCH_PROGRAM", cardHolderName: "A", address: LONDON }, "card.program.not.available"],
      [{ program: "MASTERCARD_DEBIT_CONSUMER_US_1_CARDS_API", cardHolderName: "A", address: LONDON }, "card.program.not.available"],
      [{ program: VIRTUAL, cardHolderName: "A", address: LONDON, deliveryOption: "KIOSK_COLLECTION" }, "card.delivery.not.applicable"],
      [{ program: VIRTUAL, cardHolderName: "A", address: LONDON, lifetimeLimit: "1.001" }, "card.limit.scale"],
      [{ program: PHYSICAL, cardHolderName: "A", address: LONDON, replacementDetails: { cardToken: randomUUID(), reason: "CARD_DAMAGED" } }, "card.not.found"],
    ] as const;
    for (const [body, code] of refusals) {
      const res = await call("POST", orders(), { body });
      expect([res.status, res.body.errors[0].code]).toEqual([422, code]);
    }
    expect(sandbox.store.cards.orders.size).toBe(before);
    expect(sandbox.store.cards.cards.size).toBe(cardsBefore);
    expect((await call("POST", orders(bob.personalProfileId), { body: { program: VIRTUAL, cardHolderName: "A", address: LONDON } })).status).toBe(403);
  });

  it("stops offering virtual cards after three a day", async () => {
    for (let i = 0; i < 3; i++) expect((await call("POST", orders(), { body: { program: VIRTUAL, cardHolderName: "Alice Martin", address: LONDON } })).status).toBe(200);
    const available = await call("GET", `${orders()}/availability`);
    expect(available.body.cardPrograms.map((p: any) => p.name)).toEqual([PHYSICAL]);
    const refused = await call("POST", orders(), { body: { program: VIRTUAL, cardHolderName: "Alice Martin", address: LONDON } });
    expect([refused.status, refused.body.errors[0].code]).toEqual([422, "card.order.limit.reached"]);
  });
});

describe("status", () => {
  it("cancels an order (202, its issued card blocked) and refuses to cancel it again or a COMPLETED one", async () => {
    const created = await call("POST", orders(), { body: { program: PHYSICAL, cardHolderName: "Alice Martin", address: LONDON } });
    const id = created.body.id as number;
    await call("POST", `/v1/simulation/spend/profiles/${alice.personalProfileId}/card-orders/${id}/next`);
    const cancelled = await call("PUT", `${orders()}/${id}/status`, { body: { status: "CANCELLED" } });
    expect([cancelled.status, cancelled.text]).toEqual([202, ""]);
    const order = (await call("GET", `${orders()}/${id}`)).body;
    expect(order.status).toBe("CANCELLED");
    expect(sandbox.store.cards.cards.get(order.cardToken)?.status).toBe("BLOCKED");
    expect((await call("PUT", `${orders()}/${id}/status`, { body: { status: "CANCELLED" } })).status).toBe(422);
    const seeded = (await call("GET", orders())).body.cardOrders.find((o: any) => o.status === "COMPLETED");
    expect((await call("PUT", `${orders()}/${seeded.id}/status`, { body: { status: "CANCELLED" } })).status).toBe(422);
    expect((await call("PUT", `${orders()}/${id}/status`, { body: { status: "SHIPPED" } })).status).toBe(400);
    expect((await call("PUT", `${orders(bob.personalProfileId)}/${id}/status`, { body: { status: "CANCELLED" } })).status).toBe(403);
  });
});

describe("address validation", () => {
  it("answers no errors for a valid address and Wise's field messages otherwise", async () => {
    const ok = await call("POST", "/v3/spend/address/validate", { body: LONDON });
    expectValid(ok.body, "cardOrderValidateAddress", 200);
    expect(ok.body).toEqual({ errors: [] });
    const bad = await call("POST", "/v3/spend/address/validate", { body: { firstLine: "x".repeat(31), postCode: "wrong-postcode", state: null, country: "GB" } });
    expectValid(bad.body, "cardOrderValidateAddress", 200);
    expect(bad.body.errors).toEqual([
      { field: "firstLine", message: "Must be less than 30 characters" },
      { field: "city", message: "Required Field" },
      { field: "postCode", message: "Please enter a valid postcode" },
    ]);
    const us = await call("POST", "/v3/spend/address/validate", { body: { firstLine: "1 Main St", city: "Austin", postCode: "78701", country: "US" } });
    expect(us.body.errors).toEqual([{ field: "state", message: "Required Field" }]);
  });
});

describe("the client's endpoint functions", () => {
  it("send requests the spec accepts and decode what the sandbox answers", async () => {
    const sent: { method: string; path: string; json: unknown; headers?: Record<string, string> }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, alice.token);
    const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json, headers: c.headers }), real.call(c)) };
    const profileId = alice.personalProfileId;
    try {
      expect((await getCardOrderPrograms(recording, profileId)).map((p) => p.cardType)).toEqual(["VIRTUAL_NON_UPGRADEABLE", "PHYSICAL"]);
      const key = randomUUID();
      const order = await createCardOrder(recording, profileId, { program: PHYSICAL, cardHolderName: "Alice Martin", address: LONDON, lifetimeLimit: "100.10" }, key);
      expect(order).toMatchObject({ status: "REQUIREMENTS_FULFILLED", lifetimeLimit: "100.1", profileId });
      expect((await getCardOrder(recording, profileId, order.id)).id).toBe(order.id);
      expect((await listCardOrders(recording, profileId, 1)).totalCount).toBe(3);
      expect(await getCardOrderRequirements(recording, profileId, order.id)).toEqual([
        { type: "VERIFICATION", status: "COMPLETED" },
        { type: "ADDRESS", status: "COMPLETED" },
      ]);
      expect(await validateCardAddress(recording, { ...LONDON, postCode: "?" })).toEqual([{ field: "postCode", message: "Please enter a valid postcode" }]);
      await updateCardOrderStatus(recording, profileId, order.id, "CANCELLED");
      const create = sent.find((c) => c.method === "POST" && c.path.endsWith("/card-orders"))!;
      expect(create.headers).toEqual({ "x-idempotence-uuid": key });
      const result = api.validateRequest(
        {
          method: "POST",
          path: create.path,
          headers: { "content-type": "application/json", "x-idempotence-uuid": key },
          body: JSON.parse(stringifyWiseJson(create.json)) as never,
        },
        "cardOrderCreate",
      );
      expect(result.errors ?? []).toEqual([]);
    } finally {
      client.shutdown();
    }
  });
});
