// Bank account details and the multi-currency account in the sandbox, over HTTP: answers checked
// against Wise's spec (the committed extract) and the recorded account-details list, the order
// moving PENDING_USER -> PENDING_TW -> REQUIREMENTS_FULFILLED -> DONE before details appear on the
// balance, payments received and returned with exact balance changes, and bad requests changing
// nothing. The client's endpoint functions decode what the sandbox and Wise answered.

import Big from "big.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { isValidIban } from "../../src/sandbox/reference/countries.js";
import { WiseClient } from "../../src/wise/client.js";
import {
  createAccountDetailsOrder,
  createBankDetails,
  listAccountDetails,
  listAccountDetailsOrders,
  returnAccountDetailsPayment,
} from "../../src/wise/endpoints/account-details.js";
import { getMcaEligibility, getMultiCurrencyAccount, listAvailableCurrencies, listPayinCurrencies } from "../../src/wise/endpoints/multi-currency-account.js";
import { wiseAccountDetails } from "../../src/wise/schemas/account-details.js";
import { parseWiseJson } from "../../src/wise/json.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";

// As in contract.test.ts: openapi-backend's ref parser is not used in quick mode.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

const FACTS = path.resolve(process.cwd(), "test/fixtures/wise");
const RECORDED = (JSON.parse(fs.readFileSync(path.join(FACTS, "recordings.json"), "utf8")) as Record<string, { body: string }[]>)["account-details"]!;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;

beforeAll(async () => {
  api = new OpenAPIBackend({
    definition: JSON.parse(fs.readFileSync(path.join(FACTS, "openapi-extract.json"), "utf8")) as never,
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

interface Raw {
  status: number;
  headers: Headers;
  body: unknown;
}

async function call(method: string, pathAndQuery: string, body?: unknown, token = alice.token): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
}

function violations(body: unknown, operationId: string, status: number): string[] {
  return (api.validateResponse(body, operationId, status).errors ?? []).map((e) => `${e.keyword} ${String(e.instancePath).replace(/\/\d+(?=\/|$)/g, "/{*}")}`);
}

function expectValid(body: unknown, operationId: string, status = 200): void {
  expect({ operationId, errors: violations(body, operationId, status) }).toEqual({ operationId, errors: [] });
}

function expectValidRequest(method: string, requestPath: string, body: unknown, operationId: string): void {
  const result = api.validateRequest({ method, path: requestPath, headers: { "content-type": "application/json" }, body: body as never }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

type Entry = { id: number | null; balanceId: number; status: string; currency: { code: string }; receiveOptions: { type: string; details: { type: string; body: string }[] }[] };

const recordedEntries = () => JSON.parse(RECORDED[0]!.body) as Record<string, unknown>[];
const keysOf = (value: object) => Object.keys(value).sort();
const personal = () => alice.personalProfileId;
const balanceOf = (profileId: number, currency: string, type = "STANDARD") =>
  [...sandbox.store.balances.values()].find((b) => b.profileId === profileId && b.currency === currency && b.type === type)!;

describe("GET /v1/profiles/{profileId}/account-details", () => {
  it("answers every payin currency in the recorded shape, valid against bankAccountDetailsGet 200 where the recording is", async () => {
    const res = await call("GET", `/v1/profiles/${personal()}/account-details`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8"); // as Wise labels it
    const entries = res.body as Entry[];
    const recorded = recordedEntries();
    expect(entries.map((e) => e.currency.code)).toEqual((recorded as unknown as Entry[]).map((e) => e.currency.code));
    const allowed = new Set(RECORDED.flatMap((r) => violations(JSON.parse(r.body), "bankAccountDetailsGet", 200)));
    expect(violations(res.body, "bankAccountDetailsGet", 200).filter((v) => !allowed.has(v))).toEqual([]);
    for (const [index, entry] of (entries as unknown as Record<string, unknown>[]).entries()) {
      const twin = recorded[index]!;
      expect(keysOf(entry)).toEqual(keysOf(twin));
      const options = entry.receiveOptions as Record<string, unknown>[];
      const twinOptions = twin.receiveOptions as Record<string, unknown>[];
      expect(options.map((o) => o.type)).toEqual(twinOptions.map((o) => o.type));
      for (const [i, option] of options.entries()) {
        expect(keysOf(option)).toEqual(keysOf(twinOptions[i]!));
        const rows = option.details as Record<string, unknown>[];
        const twinRows = twinOptions[i]!.details as Record<string, unknown>[];
        expect(rows.map((r) => r.type)).toEqual(twinRows.map((r) => r.type));
        for (const [j, row] of rows.entries()) expect(keysOf(row)).toEqual(keysOf(twinRows[j]!));
      }
    }
  });

  it("shows issued details ACTIVE on their balance with real numbers, the others AVAILABLE as masked examples", async () => {
    const entries = (await call("GET", `/v1/profiles/${personal()}/account-details`)).body as Entry[];
    const gbp = entries.find((e) => e.currency.code === "GBP")!;
    expect(gbp).toMatchObject({ status: "ACTIVE", balanceId: balanceOf(personal(), "GBP").id });
    expect(gbp.id).toEqual(expect.any(Number));
    const local = gbp.receiveOptions[0]!.details;
    expect(local.find((d) => d.type === "ACCOUNT_HOLDER")!.body).toBe("Alice Martin");
    expect(isValidIban(local.find((d) => d.type === "IBAN")!.body)).toBe(true);
    expect(local.find((d) => d.type === "ACCOUNT_NUMBER")!.body).toMatch(/^\d{8}$/);
    const eur = entries.find((e) => e.currency.code === "EUR")!;
    expect(isValidIban(eur.receiveOptions[0]!.details.find((d) => d.type === "IBAN")!.body)).toBe(true);
    const usd = entries.find((e) => e.currency.code === "USD")!;
    expect(usd).toMatchObject({ id: null, balanceId: -1, status: "AVAILABLE" });
    expect(usd.receiveOptions[0]!.details.find((d) => d.type === "ACCOUNT_NUMBER")!.body).toContain("x");
  });

  it("keeps other users out: 403 for bob on alice's profile", async () => {
    expect((await call("GET", `/v1/profiles/${personal()}/account-details`, undefined, bob.token)).status).toBe(403);
  });
});

describe("ordering account details", () => {
  it("an order answers PENDING_USER, moves one step per simulation call, and DONE issues the details on the balance", async () => {
    const order = await call("POST", `/v1/profiles/${personal()}/account-details-orders`, { currency: "USD" });
    expect(order.status).toBe(200);
    expectValid(order.body, "bankAccountDetailsOrderCreate");
    expect(order.body).toEqual({
      status: "PENDING_USER",
      currency: "USD",
      requirements: [
        { type: "VERIFICATION", status: "PENDING_USER" },
        { type: "TOP_UP", status: "PENDING_USER" },
      ],
    });
    // Asked again, the open order is the answer: still one order.
    expect((await call("POST", `/v1/profiles/${personal()}/account-details-orders`, { currency: "usd" })).body).toEqual(order.body);
    const list = async () => (await call("GET", `/v3/profiles/${personal()}/account-details-orders?currency=USD`)).body as { status: string }[];
    expect(await list()).toHaveLength(1);
    const seen: string[] = [];
    for (let step = 0; step < 3; step++) {
      const next = await call("POST", `/v1/simulation/profiles/${personal()}/account-details-orders/USD/next`);
      expect(next.status).toBe(200);
      seen.push((next.body as { status: string }).status);
      const listed = await call("GET", `/v3/profiles/${personal()}/account-details-orders?currency=USD`);
      expectValid(listed.body, "bankAccountDetailsOrdersList");
    }
    expect(seen).toEqual(["PENDING_TW", "REQUIREMENTS_FULFILLED", "DONE"]);
    expect(await list()).toEqual([
      {
        status: "DONE",
        currency: "USD",
        requirements: [
          { type: "VERIFICATION", status: "DONE" },
          { type: "TOP_UP", status: "DONE" },
        ],
      },
    ]);
    expect((await call("POST", `/v1/simulation/profiles/${personal()}/account-details-orders/USD/next`)).status).toBe(422);
    const usd = ((await call("GET", `/v1/profiles/${personal()}/account-details`)).body as Entry[]).find((e) => e.currency.code === "USD")!;
    expect(usd).toMatchObject({ status: "ACTIVE", balanceId: balanceOf(personal(), "USD").id });
    const feed = sandbox.store.activitiesOf(personal()).filter((a) => a.type === "BANK_DETAILS_ORDER" && a.title.includes("USD"));
    expect(feed.map((a) => a.status)).toEqual(["COMPLETED"]);
    // The deprecated v1 list still answers in its shape.
    expect((await call("GET", `/v1/profiles/${personal()}/account-details-orders`)).body).toEqual([{ status: "DONE", currency: "USD", requirements: expect.any(Array) }]);
  });

  it("refuses bad orders with Wise's error body and changes nothing", async () => {
    const version = () => sandbox.store.accountDetailsOrders.length;
    const cases: [unknown, number, string][] = [
      [{}, 400, "NotNull"],
      [{ currency: "JPY" }, 422, "account-details.currency.not-supported"], // no details in JPY
      [{ currency: "AUD" }, 422, "account-details.balance.not-found"], // alice has no AUD balance
      [{ currency: "GBP" }, 422, "account-details.already-issued"],
    ];
    for (const [body, status, code] of cases) {
      const res = await call("POST", `/v1/profiles/${personal()}/account-details-orders`, body);
      expect({ body, status: res.status, code: (res.body as { errors: { code: string }[] }).errors[0]!.code }).toEqual({ body, status, code });
    }
    expect((await call("POST", `/v1/profiles/${personal()}/account-details-orders`, { currency: "USD" }, bob.token)).status).toBe(403);
    expect((await call("GET", `/v3/profiles/${personal()}/account-details-orders`)).status).toBe(400);
    expect(version()).toBe(0);
  });
});

describe("POST /v3/profiles/{profileId}/bank-details", () => {
  it("issues details on a balance at once (bankAccountDetailsBankDetailsCreate 200) and refuses jars, strangers' balances and repeats", async () => {
    const business = alice.businessProfileId;
    const gbp = balanceOf(business, "GBP");
    expectValidRequest("POST", `/v3/profiles/${business}/bank-details`, { targetAccountId: gbp.id }, "bankAccountDetailsBankDetailsCreate");
    const res = await call("POST", `/v3/profiles/${business}/bank-details`, { targetAccountId: gbp.id });
    expect(res.status).toBe(200);
    expectValid(res.body, "bankAccountDetailsBankDetailsCreate");
    expect(res.body).toMatchObject({
      currency: "GBP",
      active: true,
      localDetails: { type: "UK_ACCOUNT", sortCode: "231470" },
      internationalDetails: { type: "IBAN", swiftCode: "TRWIGB2L" },
    });
    expect(isValidIban((res.body as { internationalDetails: { iban: string } }).internationalDetails.iban)).toBe(true);
    const count = sandbox.store.accountDetails.size;
    expect((await call("POST", `/v3/profiles/${business}/bank-details`, { targetAccountId: gbp.id })).status).toBe(422);
    expect((await call("POST", `/v3/profiles/${business}/bank-details`, { targetAccountId: balanceOf(business, "GBP", "SAVINGS").id })).status).toBe(422);
    expect((await call("POST", `/v3/profiles/${business}/bank-details`, { targetAccountId: balanceOf(bob.personalProfileId, "EUR").id })).status).toBe(404);
    expect((await call("POST", `/v3/profiles/${business}/bank-details`, { targetAccountId: balanceOf(business, "CHF").id })).status).toBe(422);
    expect((await call("POST", `/v3/profiles/${business}/bank-details`, {})).status).toBe(400);
    expect(sandbox.store.accountDetails.size).toBe(count);
  });
});

describe("payments received through account details, and their returns", () => {
  async function receive(currency: string, amount: string, channel = "LOCAL") {
    const res = await call("POST", `/v1/simulation/profiles/${personal()}/account-details/payments`, { currency, amount, senderName: "Acme Ltd", channel });
    expect(res.status).toBe(201);
    return (res.body as { id: number }).id;
  }

  it("a payment credits the balance exactly and its return (201, uuid) takes the same amount back, once", async () => {
    const balance = balanceOf(personal(), "GBP");
    const before = balance.amount;
    const paymentId = await receive("GBP", "125.40");
    expect(new Big(balance.amount).minus(before).toFixed(2)).toBe("125.40");
    expectValidRequest("POST", `/v1/profiles/${personal()}/account-details/payments/${paymentId}/returns`, { reason: "CUSTOMER_REQUEST" }, "bankAccountDetailsReturnsCreate");
    const returned = await call("POST", `/v1/profiles/${personal()}/account-details/payments/${paymentId}/returns`, { reason: "CUSTOMER_REQUEST" });
    expect(returned.status).toBe(201);
    expectValid(returned.body, "bankAccountDetailsReturnsCreate", 201);
    expect(balance.amount).toBe(before);
    const again = await call("POST", `/v1/profiles/${personal()}/account-details/payments/${paymentId}/returns`);
    expect(again.status).toBe(400);
    expectValid(again.body, "bankAccountDetailsReturnsCreate", 400);
    expect(balance.amount).toBe(before);
  });

  it("a Swift payment needs a reason; unknown payments are 404 error.payment.not-found", async () => {
    const paymentId = await receive("EUR", "10.00", "SWIFT");
    const bare = await call("POST", `/v1/profiles/${personal()}/account-details/payments/${paymentId}/returns`);
    expect(bare.status).toBe(400);
    expect((bare.body as { errors: { code: string; message: string }[] }).errors[0]).toMatchObject({
      code: "error.payment-return.invalid",
      message: "A valid reason is required to return a Swift payment",
    });
    expect((await call("POST", `/v1/profiles/${personal()}/account-details/payments/${paymentId}/returns`, { reason: "NOT_A_REASON" })).status).toBe(400);
    expect(sandbox.store.accountDetailsPayments.get(paymentId)!.returnId).toBeNull();
    const missing = await call("POST", `/v1/profiles/${personal()}/account-details/payments/999/returns`, { reason: "CLOSED_ACCOUNT" });
    expect(missing.status).toBe(404);
    expectValid(missing.body, "bankAccountDetailsReturnsCreate", 404);
    expect((missing.body as { errors: { code: string }[] }).errors[0]!.code).toBe("error.payment.not-found");
    // Without issued details in the currency nothing can be received.
    expect((await call("POST", `/v1/simulation/profiles/${personal()}/account-details/payments`, { currency: "USD", amount: "1" })).status).toBe(422);
  });
});

describe("the multi-currency account", () => {
  it("GET /v4/profiles/{id}/multi-currency-account matches mcaGet 200 and is stable", async () => {
    const res = await call("GET", `/v4/profiles/${personal()}/multi-currency-account`);
    expect(res.status).toBe(200);
    expectValid(res.body, "mcaGet");
    expect(res.body).toMatchObject({ profileId: personal(), active: true, eligible: true });
    expect((await call("GET", `/v4/profiles/${personal()}/multi-currency-account`)).body).toEqual(res.body);
    expect((await call("GET", `/v4/profiles/${personal()}/multi-currency-account`, undefined, bob.token)).status).toBe(403);
  });

  it("eligibility by profile and by place (mcaEligibilityGet 200), 400 without either", async () => {
    const cases: [string, boolean, string][] = [
      [`profileId=${personal()}`, true, "eligible"],
      ["country=FR", true, "eligible"],
      ["country=US&state=CA", true, "eligible"],
      ["country=US", false, "invalid.state"],
      ["country=IR", false, "invalid.country"],
    ];
    for (const [query, eligible, code] of cases) {
      const res = await call("GET", `/v4/multi-currency-account/eligibility?${query}`);
      expectValid(res.body, "mcaEligibilityGet");
      expect({ query, eligible: (res.body as { eligible: boolean }).eligible, code: (res.body as { eligibilityCode: string }).eligibilityCode }).toEqual({ query, eligible, code });
    }
    expect((await call("GET", "/v4/multi-currency-account/eligibility")).status).toBe(400);
  });

  it("available currencies include every payin currency (mcaAvailableCurrenciesGet, mcaPayinCurrenciesGet 200)", async () => {
    const available = await call("GET", `/v2/borderless-accounts-configuration/profiles/${personal()}/available-currencies`);
    const payin = await call("GET", `/v2/borderless-accounts-configuration/profiles/${personal()}/payin-currencies`);
    expectValid(available.body, "mcaAvailableCurrenciesGet");
    expectValid(payin.body, "mcaPayinCurrenciesGet");
    expect(payin.body).toEqual(["EUR", "GBP", "USD", "AUD", "NZD", "CAD", "HUF", "MYR", "RON", "SGD", "TRY"]);
    for (const code of payin.body as string[]) expect(available.body).toContain(code);
  });
});

describe("the client's endpoint functions", () => {
  it("decode Wise's recorded account-details list", () => {
    for (const recorded of RECORDED) {
      const entries = wiseAccountDetails.array().parse(parseWiseJson(recorded.body));
      expect(entries.every((e) => e.id === null && e.balanceId === -1 && e.status === "AVAILABLE")).toBe(true);
    }
  });

  it("send requests the spec accepts and decode what the sandbox answers", async () => {
    const sent: { method: string; path: string; json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, alice.token);
    const wise: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
    try {
      const details = await listAccountDetails(wise, personal());
      expect(details.find((d) => d.currency.code === "GBP")).toMatchObject({ status: "ACTIVE", balanceId: balanceOf(personal(), "GBP").id });
      expect(await createAccountDetailsOrder(wise, personal(), "USD")).toMatchObject({ status: "PENDING_USER", currency: "USD" });
      expect(await listAccountDetailsOrders(wise, personal(), "USD")).toHaveLength(1);
      const issued = await createBankDetails(wise, alice.businessProfileId, balanceOf(alice.businessProfileId, "EUR").id);
      expect(issued).toMatchObject({ currency: "EUR", active: true });
      const payment = await call("POST", `/v1/simulation/profiles/${personal()}/account-details/payments`, { currency: "GBP", amount: "5" });
      expect(await returnAccountDetailsPayment(wise, personal(), (payment.body as { id: number }).id, null)).toMatch(/^[0-9a-f-]{36}$/);
      expect(await getMultiCurrencyAccount(wise, personal())).toMatchObject({ profileId: personal(), active: true });
      expect(await getMcaEligibility(wise, { country: "US", state: "NY" })).toMatchObject({ eligible: true, accountType: "FULL" });
      expect(await listPayinCurrencies(wise, personal())).toContain("EUR");
      expect((await listAvailableCurrencies(wise, personal())).length).toBeGreaterThan(11);
    } finally {
      client.shutdown();
    }
    const body = (p: string) => sent.find((c) => c.path === p)!.json;
    expectValidRequest("POST", `/v1/profiles/${personal()}/account-details-orders`, body(`/v1/profiles/${personal()}/account-details-orders`), "bankAccountDetailsOrderCreate");
    expectValidRequest(
      "POST",
      `/v3/profiles/${alice.businessProfileId}/bank-details`,
      body(`/v3/profiles/${alice.businessProfileId}/bank-details`),
      "bankAccountDetailsBankDetailsCreate",
    );
  });
});
