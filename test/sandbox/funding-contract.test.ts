// Contract tests of the funding and balance-limit routes: the sandbox's answers validated against
// Wise's spec (the committed extract, as in contract.test.ts), the raw text checked for the scale
// of amounts, the request bodies the client builds validated against the spec's request schemas,
// and every refusal shown to change nothing.

import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import Big from "big.js";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { midRate } from "../../src/sandbox/market.js";

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
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

afterAll(async () => {
  await sandbox?.close();
});

async function call(method: string, pathAndQuery: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}`, ...options.headers };
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

async function newTransfer(preferredPayIn: string, sourceCurrency = "GBP"): Promise<number> {
  const pid = alice.personalProfileId;
  const quote = await call("POST", `/v3/profiles/${pid}/quotes`, { body: { sourceCurrency, targetCurrency: "EUR", sourceAmount: 120, preferredPayIn } });
  expect(quote.status).toBe(200);
  const recipient = await call("POST", "/v1/accounts", {
    body: { currency: "EUR", type: "iban", profile: pid, accountHolderName: "Ada Lovelace", details: { legalType: "PRIVATE", IBAN: "DE89370400440532013000" } },
  });
  const transfer = await call("POST", "/v1/transfers", {
    body: {
      targetAccount: (recipient.body as { id: number }).id,
      quoteUuid: (quote.body as { id: string }).id,
      customerTransactionId: crypto.randomUUID(),
      details: { reference: "x" },
    },
  });
  expect(transfer.status).toBe(200);
  return (transfer.body as { id: number }).id;
}

describe("deposit details (payinDepositDetailGet)", () => {
  it("match the spec's 200 and the transfer stays waiting", async () => {
    const id = await newTransfer("BANK_TRANSFER");
    const res = await call("GET", `/v1/profiles/${alice.personalProfileId}/transfers/${id}/deposit-details/bank-transfer`);
    expect(res.status).toBe(200);
    expectValid(res.body, "payinDepositDetailGet", 200);
    expect(Object.keys(res.body as object)).toEqual(["payinBank", "payinBankAccount", "wiseInformation"]);
    expect((res.body as { payinBankAccount: { currency: string } }).payinBankAccount.currency).toBe("GBP");
    expect(sandbox.store.transfers.get(id)!.status).toBe("incoming_payment_waiting");
  });

  it("refuse another profile's transfer, another user's profile, and a currency without bank transfer", async () => {
    const id = await newTransfer("BANK_TRANSFER");
    expect((await call("GET", `/v1/profiles/${alice.businessProfileId}/transfers/${id}/deposit-details/bank-transfer`)).status).toBe(404);
    expect((await call("GET", `/v1/profiles/${alice.personalProfileId}/transfers/${id}/deposit-details/bank-transfer`, { token: bob.token })).status).toBe(403);
    const chf = [...sandbox.store.transfers.values()].find(
      (t) => t.profileId === alice.personalProfileId && !["GBP", "EUR", "USD", "CAD", "AUD", "CHF", "HUF", "JPY", "SGD"].includes(t.sourceCurrency),
    );
    if (chf !== undefined) expect((await call("GET", `/v1/profiles/${alice.personalProfileId}/transfers/${chf.id}/deposit-details/bank-transfer`)).status).toBe(422);
  });

  it("the deposit simulation pays the transfer once with sourceValue + fee, at the currency's scale, and touches no balance", async () => {
    const id = await newTransfer("BANK_TRANSFER");
    const balances = sandbox.store.balancesOf(alice.personalProfileId).map((b) => b.amount);
    const first = await call("POST", `/v1/simulation/transfers/${id}/deposit`);
    expect(first.status).toBe(200);
    expectValid(first.body, "transferGet", 200);
    expect((first.body as { status: string }).status).toBe("processing");
    const t = sandbox.store.transfers.get(id)!;
    expect(t.funding!.amount).toBe(new Big(t.sourceValue).plus(t.fee).toFixed(2));
    expect(t.funding!.amount).toBe("120.00");
    const version = sandbox.store.version;
    const again = await call("POST", `/v1/simulation/transfers/${id}/deposit`);
    expect(again.status).toBe(200);
    expect((again.body as { errors: Array<{ code: string }> }).errors[0]!.code).toBe("wrong_status");
    expect(sandbox.store.version).toBe(version);
    expect(sandbox.store.balancesOf(alice.personalProfileId).map((b) => b.amount)).toEqual(balances);
    const payments = await call("GET", `/v1/transfers/${id}/payments`);
    expect(payments.text).toMatch(/"method":"BANK_TRANSFER","pricingVariant":null,"amount":120\.00,/);
  });
});

describe("direct debit accounts", () => {
  const pid = () => alice.businessProfileId;
  const ach = { currency: "USD", type: "ACH", details: { routingNumber: "026073150", accountNumber: "12345678", accountType: "CHECKING" } };

  it("create and list match the spec; the client's body is what the spec asks", async () => {
    expectValidRequest("POST", `/v1/profiles/${pid()}/direct-debit-accounts`, ach, "directDebitAccountCreate");
    const created = await call("POST", `/v1/profiles/${pid()}/direct-debit-accounts`, { body: ach });
    expect(created.status).toBe(200);
    expectValid(created.body, "directDebitAccountCreate", 200);
    const listed = await call("GET", `/v1/profiles/${pid()}/direct-debit-accounts?type=ACH&currency=USD`);
    expect(listed.status).toBe(200);
    expectValid(listed.body, "directDebitAccountGet", 200);
    expect(listed.body).toEqual([created.body]);
    // The same bank account again is the same account.
    expect((await call("POST", `/v1/profiles/${pid()}/direct-debit-accounts`, { body: ach })).body).toEqual(created.body);
    expect((await call("GET", `/v1/profiles/${pid()}/direct-debit-accounts?type=EFT&currency=CAD`)).body).toEqual([]);
  });

  it("refuses bad bodies with every problem and creates nothing; both list parameters are required", async () => {
    const before = sandbox.store.funding.directDebitAccounts.size;
    const bad = await call("POST", `/v1/profiles/${pid()}/direct-debit-accounts`, {
      body: { currency: "CAD", type: "ACH", details: { routingNumber: "123456789", accountNumber: "12", accountType: "BROKERAGE" } },
    });
    expect(bad.status).toBe(422);
    expect((bad.body as { errors: Array<{ path: string }> }).errors.map((e) => e.path)).toEqual([
      "currency",
      "details.routingNumber",
      "details.accountNumber",
      "details.accountType",
    ]);
    expect(sandbox.store.funding.directDebitAccounts.size).toBe(before);
    expect((await call("GET", `/v1/profiles/${pid()}/direct-debit-accounts?currency=USD`)).status).toBe(400);
    expect((await call("GET", `/v1/profiles/${pid()}/direct-debit-accounts?type=ACH`)).status).toBe(400);
    expect((await call("GET", `/v1/profiles/${pid()}/direct-debit-accounts?type=ACH&currency=USD`, { token: bob.token })).status).toBe(403);
  });
});

describe("total funds, capacity and hold limits", () => {
  it("total funds match the spec and equal the profile's balances converted and summed, at the currency's scale", async () => {
    const pid = alice.personalProfileId;
    const res = await call("GET", `/v1/profiles/${pid}/total-funds/GBP`);
    expect(res.status).toBe(200);
    expectValid(res.body, "totalFunds", 200);
    const body = res.body as { totalCash: { value: number }; totalAvailable: { value: number } };
    expect(res.text).toMatch(/"totalCash":\{"value":\d+\.\d{2},"currency":"GBP"\}/);
    const now = Date.now();
    const expected = sandbox.store.balancesOf(pid).reduce((sum, b) => sum.plus(new Big(b.cashAmount).times(midRate(b.currency, "GBP", now))), new Big(0));
    // The rate is per minute: allow for the minute turning between the answer and this sum.
    expect(new Big(body.totalCash.value).minus(expected).abs().lt(new Big(expected).times("0.001").plus("0.01"))).toBe(true);
    expect(body.totalAvailable.value).toBe(body.totalCash.value);
    expect((await call("GET", `/v1/profiles/${pid}/total-funds/XXX`)).status).toBe(400);
  });

  it("capacity has no limit outside Singapore; the currency is required", async () => {
    const pid = bob.personalProfileId;
    const none = await call("GET", `/v1/profiles/${pid}/balance-capacity?currency=USD`, { token: bob.token });
    expect(none.status).toBe(200);
    expectValid(none.body, "balanceCapacity", 200);
    expect(none.body).toEqual({ hasLimit: false });
    expect((await call("GET", `/v1/profiles/${pid}/balance-capacity`, { token: bob.token })).status).toBe(400);
  });

  it("hold limit breaches: listed as the spec says, closed once with a 204, refused after", async () => {
    const { profile, recipientId, token } = await singaporean();
    const list = await call("POST", `/v1/profiles/${profile}/balances/hold-limit-breach?state=OPEN`, { token });
    expect(list.status).toBe(200);
    expectValid(list.body, "holdLimitBreachList", 200);
    const [breach] = list.body as Array<{ id: number; amount: number; currency: string }>;
    expect(breach!.currency).toBe("SGD");
    // Holding more than the limit leaves no room: the capacity says so, at SGD's scale.
    const capacity = await call("GET", `/v1/profiles/${profile}/balance-capacity?currency=SGD`, { token });
    expectValid(capacity.body, "balanceCapacity", 200);
    expect(capacity.text).toBe('{"hasLimit":true,"depositLimit":{"amount":0.00,"currency":"SGD"}}');
    expect(list.text).toMatch(/"amount":\d+\.\d{2},/);
    const body = { targetRecipientId: recipientId, state: "CLOSED" };
    expectValidRequest("POST", `/v1/profiles/${profile}/balances/hold-limit-breach/${breach!.id}`, body, "holdLimitBreachClose");
    const bad = await call("POST", `/v1/profiles/${profile}/balances/hold-limit-breach/${breach!.id}`, { token, body: { targetRecipientId: recipientId, state: "OPEN" } });
    expect(bad.status).toBe(400);
    expectValid(bad.body, "holdLimitBreachClose", 400);
    const closed = await call("POST", `/v1/profiles/${profile}/balances/hold-limit-breach/${breach!.id}`, { token, body });
    expect(closed.status).toBe(204);
    const version = sandbox.store.version;
    expect((await call("POST", `/v1/profiles/${profile}/balances/hold-limit-breach/${breach!.id}`, { token, body })).status).toBe(422);
    expect(sandbox.store.version).toBe(version);
    expect((await call("POST", `/v1/profiles/${profile}/balances/hold-limit-breach/999`, { token, body })).status).toBe(404);
    const invalid = await call("POST", `/v1/profiles/${profile}/balances/hold-limit-breach?state=SHUT`, { token });
    expect(invalid.status).toBe(400);
    expectValid(invalid.body, "holdLimitBreachList", 400);
  });

  it("excess money account: the client's body and the answer match the spec", async () => {
    const { profile, recipientId, token } = await singaporean();
    expectValidRequest("POST", `/v1/profiles/${profile}/excess-money-account`, { recipientId }, "excessMoneyAccount");
    const res = await call("POST", `/v1/profiles/${profile}/excess-money-account`, { token, body: { recipientId } });
    expect(res.status).toBe(200);
    expectValid(res.body, "excessMoneyAccount", 200);
    expect(res.body).toEqual({ userProfileId: profile, recipientId });
    expect((await call("POST", `/v1/profiles/${profile}/excess-money-account`, { token, body: { recipientId: 1 } })).status).toBe(404);
  });
});

/**
 * Dana's business profile (EUR 12,000 in the seed, under the limit) moved to Singapore (its address
 * edited in the store: no Wise call moves a profile), an SGD balance topped up past the hold limit,
 * and an SGD recipient. Every call here goes with dana's token (`as`).
 */
async function singaporean(): Promise<{ profile: number; recipientId: number; token: string }> {
  const dana = sandbox.scaUsers[0]!;
  const token = dana.token;
  const profile = dana.businessProfileId;
  const record = sandbox.store.profiles.get(profile)!;
  sandbox.store.addresses.get(record.addressId)!.country = "SG";
  let balance = sandbox.store.balancesOf(profile).find((b) => b.currency === "SGD" && b.type === "STANDARD");
  if (balance === undefined) {
    const created = await call("POST", `/v4/profiles/${profile}/balances`, {
      token,
      body: { currency: "SGD", type: "STANDARD" },
      headers: { "x-idempotence-uuid": crypto.randomUUID() },
    });
    expect(created.status).toBe(201);
    balance = sandbox.store.balancesOf(profile).find((b) => b.currency === "SGD" && b.type === "STANDARD")!;
  }
  const topup = await call("POST", "/v1/simulation/balance/topup", { token, body: { profileId: profile, balanceId: balance.id, currency: "SGD", amount: 10000 } });
  expect(topup.status).toBe(200);
  const recipient = await call("POST", "/v1/accounts", {
    token,
    body: {
      currency: "SGD",
      type: "singapore_paynow",
      profile,
      accountHolderName: "Tan Ah Kow",
      details: { legalType: "PRIVATE", accountNumber: "+6587654321" },
    },
  });
  expect(recipient.status).toBe(200);
  return { profile, recipientId: (recipient.body as { id: number }).id, token };
}
