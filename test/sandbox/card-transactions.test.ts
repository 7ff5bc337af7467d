// The sandbox's card transactions and their simulations over HTTP: answers and request bodies
// validated against Wise's spec (the committed extract), the authorisation engine's holds and
// declines, clearing (one CARD statement line, the activity), reversal, refunds and conversions,
// each read back through the balances, statement and activity routes, with exact money.

import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import Big from "big.js";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { deterministicUuid } from "../../src/sandbox/api/card/state.js";
import { startWebhookReceiver } from "../helpers/webhook-receiver.js";

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
let card: string;
let base: string;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

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
  card = deterministicUuid(`card:${alice.personalProfileId}:PHYSICAL`);
  base = `/spend/profiles/${alice.personalProfileId}/cards/${card}/transactions`;
});

afterAll(async () => {
  await sandbox?.close();
});

afterEach(() => {
  sandbox.store.reset();
});

interface Raw {
  status: number;
  text: string;
  body: any;
}

async function call(method: string, pathAndQuery: string, options: { token?: string; body?: unknown } = {}): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  // Numbers kept as their decimal text: amounts are compared exactly.
  return { status: res.status, text, body: text === "" ? undefined : parse(text, null, (n: string) => n) };
}

/** Validates a body parsed with plain JSON.parse (numbers as numbers: the validator checks types). */
function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

async function raw(method: string, pathAndQuery: string, body?: unknown): Promise<any> {
  const headers: Record<string, string> = { authorization: `Bearer ${alice.token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return JSON.parse(await res.text());
}

function expectValidRequest(requestPath: string, body: unknown, operationId: string): void {
  const result = api.validateRequest({ method: "POST", path: requestPath, headers: { "content-type": "application/json" }, body: body as never }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

const balanceOf = (profileId: number, currency: string) =>
  [...sandbox.store.balances.values()].find((b) => b.profileId === profileId && b.currency === currency && b.type === "STANDARD")!;

const purchase = (value: number | string, currency = "GBP", extra: Record<string, unknown> = {}) => ({
  pos: "CHIP_AND_PIN",
  transactionType: "GOODS_AND_SERVICES",
  amount: { value: Number(value), currency },
  mcc: 5499,
  ...extra,
});

async function authorise(body: Record<string, unknown>): Promise<{ reference: any; error: string | null; id: number }> {
  const res = await call("POST", `/v2/simulation${base}/authorisation`, { body });
  expect(res.status).toBe(200);
  const list = await call("GET", `/v2/simulation${base}?limit=1`);
  return { reference: res.body.reference, error: res.body.error, id: Number(list.body[0].transactionId) };
}

async function transaction(id: number): Promise<any> {
  const res = await call("GET", `/v4/spend/profiles/${alice.personalProfileId}/cards/transactions/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

/** The statement of a balance over the last day: its lines and closing balance. */
async function statement(balanceId: number, currency: string): Promise<{ closing: string; lines: any[] }> {
  const end = new Date(Date.now() + 60_000).toISOString();
  const start = new Date(Date.now() - 86_400_000).toISOString();
  const res = await call(
    "GET",
    `/v1/profiles/${alice.personalProfileId}/balance-statements/${balanceId}/statement.json?currency=${currency}&intervalStart=${start}&intervalEnd=${end}`,
  );
  expect(res.status).toBe(200);
  return { closing: res.body.endOfStatementBalance.value, lines: res.body.transactions };
}

describe("the authorisation engine", () => {
  it("holds the money of an approved purchase on the balance in its currency: available down, reserved up, cash unchanged", async () => {
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const before = { amount: gbp.amount, reserved: gbp.reservedAmount, cash: gbp.cashAmount };
    const body = purchase("12.34");
    expectValidRequest(`/v2/simulation${base}/authorisation`, body, "simulationCardTransactionAuthorisation");
    const auth = await authorise(body);
    expect(auth.error).toBeNull();
    expect(auth.reference.transaction.card.token).toBe(card);
    expect(gbp.amount).toBe(new Big(before.amount).minus("12.34").toFixed(2));
    expect(gbp.reservedAmount).toBe(new Big(before.reserved).plus("12.34").toFixed(2));
    expect(gbp.cashAmount).toBe(before.cash);
    const tx = await transaction(auth.id);
    expect(tx).toMatchObject({ state: "IN_PROGRESS", type: "POS_PURCHASE", declineReason: null, authorisationMethod: "CHIP_AND_PIN" });
    expect(tx.transactionAmount).toEqual({ amount: "12.34", currency: "GBP" });
    expect(tx.billingAmount).toEqual({ amount: "12.34", currency: "GBP" });
    expect(tx.debits).toEqual([
      {
        balanceId: String(gbp.id),
        debitedAmount: { amount: "12.34", currency: "GBP" },
        forAmount: { amount: "12.34", currency: "GBP" },
        rate: "1",
        fee: { amount: "0.00", currency: "GBP" },
        creationTime: tx.creationTime,
      },
    ]);
    expect(tx.merchant.category.code).toBe("5499");
    // Holds are not statement lines: the statement still ends at the cash amount.
    const s = await statement(gbp.id, "GBP");
    expect(s.lines).toHaveLength(0);
    expect(s.closing).toBe(gbp.cashAmount);
    // The feed shows it pending.
    const activity = sandbox.store.activityOf(alice.personalProfileId, "CARD_TRANSACTION", String(auth.id));
    expect(activity).toMatchObject({ type: "CARD_PAYMENT", status: "IN_PROGRESS" });
  });

  it("declines a purchase the balances cannot pay with INSUFFICIENT_FUNDS, holding nothing", async () => {
    const snapshot = () => sandbox.store.balancesOf(alice.personalProfileId).map((b) => `${b.currency}:${b.amount}:${b.reservedAmount}:${b.cashAmount}`);
    const before = snapshot();
    const lines = sandbox.store.balanceTransactions.size;
    // Above alice's GBP balance (3,730.27) yet within the profile's daily purchase limit: the balance is what declines it.
    const auth = await authorise(purchase("5000.00"));
    expect(auth.error).toBe("INSUFFICIENT_FUNDS");
    expect(snapshot()).toEqual(before);
    expect(sandbox.store.balanceTransactions.size).toBe(lines);
    const tx = await transaction(auth.id);
    expect(tx).toMatchObject({ state: "DECLINED", declineReason: "INSUFFICIENT_FUNDS", approvalCode: null, debits: [] });
    expect(sandbox.store.activityOf(alice.personalProfileId, "CARD_TRANSACTION", String(auth.id))).toMatchObject({ status: "CANCELLED", description: "Declined" });
  });

  it("pays in a currency without a balance from the card's currency, converted exactly at the market rate with the conversion fee", async () => {
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const before = gbp.amount;
    const auth = await authorise(purchase("25.00", "CHF", { pos: "E_COMMERCE_NO_3DS", merchantCountry: "CH" }));
    expect(auth.error).toBeNull();
    const tx = await transaction(auth.id);
    expect(tx.type).toBe("ECOM_PURCHASE");
    const [debit] = tx.debits;
    // Independently: the GBP needed at the rate, rounded up, plus Wise's balance conversion fee into CHF (0.38%).
    const converted = new Big("25.00").div(debit.rate).round(2, Big.roundUp);
    const fee = converted.times("0.0038").round(2, Big.roundHalfUp);
    expect(debit.debitedAmount).toEqual({ amount: converted.plus(fee).toFixed(2), currency: "GBP" });
    expect(debit.fee).toEqual({ amount: fee.toFixed(2), currency: "GBP" });
    expect(debit.forAmount).toEqual({ amount: "25.00", currency: "CHF" });
    expect(tx.billingAmount).toEqual(debit.debitedAmount);
    expect(gbp.amount).toBe(new Big(before).minus(debit.debitedAmount.amount).toFixed(2));
    expect(tx.merchant.location.country).toBe("Switzerland");
  });

  it("checks the card number when one is sent, without echoing it, and refuses bad bodies storing nothing", async () => {
    const pan = sandbox.store.cards.cards.get(card)!.secrets.pan;
    const count = sandbox.store.cards.transactions.size;
    const wrong = await call("POST", `/v2/simulation${base}/authorisation`, { body: purchase("1.00", "GBP", { cardNumber: "4242424242424242" }) });
    expect(wrong.status).toBe(422);
    expect(wrong.text).not.toContain("4242424242424242");
    for (const body of [
      purchase("1.001"),
      purchase("0"),
      purchase("1.00", "GBP", { pos: "TELEPATHY" }),
      purchase("1.00", "GBP", { transactionType: "GIFT" }),
      purchase("1.00", "GBP", { mcc: 123456 }),
      { ...purchase("1.00"), amount: { value: 1, currency: "gbp" } },
    ]) {
      expect((await call("POST", `/v2/simulation${base}/authorisation`, { body })).status).toBe(400);
    }
    expect(sandbox.store.cards.transactions.size).toBe(count);
    const right = await authorise(purchase("1.00", "GBP", { cardNumber: pan }));
    expect(right.error).toBeNull();
  });

  it("answers another user's card 403 and an unknown card 404", async () => {
    const bobCard = deterministicUuid(`card:${bob.personalProfileId}:PHYSICAL`);
    expect((await call("POST", `/v2/simulation/spend/profiles/${bob.personalProfileId}/cards/${bobCard}/transactions/authorisation`, { body: purchase("1.00") })).status).toBe(403);
    expect((await call("GET", `/v2/simulation/spend/profiles/${alice.personalProfileId}/cards/${bobCard}/transactions`)).status).toBe(404);
    const auth = await authorise(purchase("2.00"));
    expect((await call("GET", `/v4/spend/profiles/${bob.personalProfileId}/cards/transactions/${auth.id}`, { token: bob.token })).status).toBe(404);
  });
});

describe("clearing, reversal and refunds", () => {
  const followUp = (step: "clearing" | "reversal", reference: unknown, value: string, transactionType = "GOODS_AND_SERVICES", currency = "GBP") =>
    call("POST", `/v1/simulation${base}/${step}`, { body: { amount: { value: Number(value), currency }, transactionType, ref: reference } });

  it("clears once: the hold released, the amount debited with one CARD statement line naming the merchant, the activity completed", async () => {
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const start = { amount: gbp.amount, reserved: gbp.reservedAmount, cash: gbp.cashAmount };
    const auth = await authorise(purchase("20.00"));
    const body = { amount: { value: 18.5, currency: "GBP" }, transactionType: "GOODS_AND_SERVICES", ref: auth.reference };
    expectValidRequest(`/v1/simulation${base}/clearing`, body, "simulationCardTransactionClearing");
    const cleared = await followUp("clearing", auth.reference, "18.50");
    expect(cleared.status).toBe(200);
    expect(cleared.body.error).toBeNull();
    expect(gbp.amount).toBe(new Big(start.amount).minus("18.50").toFixed(2));
    expect(gbp.reservedAmount).toBe(start.reserved);
    expect(gbp.cashAmount).toBe(new Big(start.cash).minus("18.50").toFixed(2));
    const tx = await transaction(auth.id);
    expect(tx.state).toBe("COMPLETED");
    expect(tx.transactionAmount).toEqual({ amount: "18.50", currency: "GBP" });
    const debited = tx.debits.reduce((sum: Big, d: any) => sum.plus(d.debitedAmount.amount), new Big(0));
    expect(debited.toFixed(2)).toBe("18.50");
    const s = await statement(gbp.id, "GBP");
    expect(s.lines).toHaveLength(1);
    expect(s.lines[0]).toMatchObject({ type: "DEBIT", amount: { value: "-18.50", currency: "GBP" }, referenceNumber: `CARD-${auth.id}` });
    expect(s.lines[0].details).toMatchObject({ type: "CARD", amount: { value: "18.50", currency: "GBP" }, merchant: { name: "Sandbox Corner Shop", country: "GB" } });
    expect(s.closing).toBe(gbp.cashAmount);
    expect(sandbox.store.activityOf(alice.personalProfileId, "CARD_TRANSACTION", String(auth.id))).toMatchObject({ type: "CARD_PAYMENT", status: "COMPLETED" });
    // A second clearing of the same reference moves nothing.
    const again = await followUp("clearing", auth.reference, "18.50");
    expect(again.body.error).toMatch(/already cleared/);
    expect(gbp.cashAmount).toBe(new Big(start.cash).minus("18.50").toFixed(2));
    expect((await statement(gbp.id, "GBP")).lines).toHaveLength(1);
  });

  it("reverses wholly: the hold released, CANCELLED, the debits a hold and its negation", async () => {
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const start = { amount: gbp.amount, reserved: gbp.reservedAmount };
    const auth = await authorise(purchase("30.00"));
    const body = { amount: { value: 0, currency: "GBP" }, transactionType: "GOODS_AND_SERVICES", ref: auth.reference };
    expectValidRequest(`/v1/simulation${base}/reversal`, body, "simulationCardTransactionReversal");
    const reversed = await followUp("reversal", auth.reference, "0");
    expect(reversed.body.error).toBeNull();
    expect({ amount: gbp.amount, reserved: gbp.reservedAmount }).toEqual(start);
    const tx = await transaction(auth.id);
    expect(tx.state).toBe("CANCELLED");
    expect(tx.debits.map((d: any) => d.debitedAmount.amount)).toEqual(["30.00", "-30.00"]);
    expect((await statement(gbp.id, "GBP")).lines).toHaveLength(0);
    expect((await followUp("reversal", auth.reference, "0")).body.error).toMatch(/CANCELLED/);
  });

  it("reverses partly down to a final amount, then clears that amount", async () => {
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const start = gbp.amount;
    const auth = await authorise(purchase("10.00"));
    expect((await followUp("reversal", auth.reference, "3.00")).body.error).toBeNull();
    expect(gbp.amount).toBe(new Big(start).minus("3.00").toFixed(2));
    expect((await transaction(auth.id)).state).toBe("IN_PROGRESS");
    expect((await followUp("clearing", auth.reference, "3.00")).body.error).toBeNull();
    expect(gbp.amount).toBe(new Big(start).minus("3.00").toFixed(2));
    expect(gbp.reservedAmount).toBe("0.00");
  });

  it("credits a refund at clearing (nothing held before), with a CARD credit line", async () => {
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const start = { amount: gbp.amount, cash: gbp.cashAmount };
    const auth = await authorise(purchase("7.25", "GBP", { transactionType: "REFUND" }));
    expect(auth.error).toBeNull();
    expect(gbp.amount).toBe(start.amount);
    expect((await followUp("clearing", auth.reference, "7.25", "REFUND")).body.error).toBeNull();
    expect(gbp.cashAmount).toBe(new Big(start.cash).plus("7.25").toFixed(2));
    const tx = await transaction(auth.id);
    expect(tx).toMatchObject({ type: "REFUND", state: "COMPLETED", transactionAmount: { amount: "-7.25", currency: "GBP" } });
    expect(tx.credits).toEqual([{ balanceId: String(gbp.id), creditedAmount: { amount: "7.25", currency: "GBP" }, creationTime: expect.any(String) }]);
    const s = await statement(gbp.id, "GBP");
    expect(s.lines[0]).toMatchObject({ type: "CREDIT", amount: { value: "7.25" }, referenceNumber: `CARD-${auth.id}` });
    expect(s.closing).toBe(gbp.cashAmount);
  });

  it("clears a converted purchase at its authorisation's rate", async () => {
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const start = gbp.cashAmount;
    const auth = await authorise(purchase("40.00", "CHF"));
    const held = (await transaction(auth.id)).debits[0];
    expect((await followUp("clearing", auth.reference, "40.00", "GOODS_AND_SERVICES", "CHF")).body.error).toBeNull();
    expect(gbp.cashAmount).toBe(new Big(start).minus(held.debitedAmount.amount).toFixed(2));
    const s = await statement(gbp.id, "GBP");
    expect(s.lines[0].totalFees.value).toBe(held.fee.amount);
    expect(s.lines[0].details.amount).toEqual({ value: "40.00", currency: "CHF" });
  });

  it("answers an unknown reference or a wrong type with an error, changing nothing", async () => {
    const auth = await authorise(purchase("5.00"));
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const before = gbp.amount;
    const forged = { ...auth.reference, transaction: { ...auth.reference.transaction, stan: "000000" } };
    expect((await followUp("clearing", forged, "5.00")).body.error).toMatch(/No authorisation/);
    expect((await followUp("clearing", auth.reference, "5.00", "CASH_WITHDRAWAL")).body.error).toMatch(/transactionType/);
    expect((await followUp("clearing", auth.reference, "5.00", "GOODS_AND_SERVICES", "EUR")).body.error).toMatch(/GBP/);
    expect(gbp.amount).toBe(before);
    expect((await transaction(auth.id)).state).toBe("IN_PROGRESS");
  });
});

describe("webhooks", () => {
  it("raises cards#transaction-state-change at each step and balances#update for the captured money", async () => {
    const receiver = await startWebhookReceiver();
    try {
      for (const [eventType, scope] of [
        ["cards#transaction-state-change", { domain: "application", id: sandbox.client.id }],
        ["balances#update", { domain: "profile", id: String(alice.personalProfileId) }],
      ] as const) {
        sandbox.store.webhooks.add({
          id: crypto.randomUUID(),
          name: `test ${eventType}`,
          triggerOn: eventType,
          delivery: { version: "2.0.0", url: receiver.url },
          scope,
          createdBy: { type: "user", id: String(alice.userId) },
          createdAt: new Date().toISOString(),
        });
      }
      const auth = await authorise(purchase("9.99"));
      const cleared = await call("POST", `/v1/simulation${base}/clearing`, {
        body: { amount: { value: 9.99, currency: "GBP" }, transactionType: "GOODS_AND_SERVICES", ref: auth.reference },
      });
      expect(cleared.body.error).toBeNull();
      const events = (await receiver.waitFor(3)).map((r) => JSON.parse(r.body) as { event_type: string; data: any });
      const states = events
        .filter((e) => e.event_type === "cards#transaction-state-change")
        .map((e) => [e.data.transaction_id, e.data.transaction_state, e.data.transaction_step_type]);
      expect(states).toEqual([
        [auth.id, "IN_PROGRESS", "AUTH"],
        [auth.id, "COMPLETED", "CAPTURE"],
      ]);
      const capture = events.find((e) => e.data.transaction_state === "COMPLETED")!.data;
      expect(capture.balance_movements).toEqual([
        { creation_time: expect.any(String), balance_id: balanceOf(alice.personalProfileId, "GBP").id, type: "debit", amount: { currency: "GBP", value: 9.99 } },
      ]);
      expect(events.filter((e) => e.event_type === "balances#update")).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });
});

describe("the card transaction routes", () => {
  it("lists a card's transactions by id, newest first, paged by lastId, within Wise's creation window", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) ids.push((await authorise(purchase(`${i + 1}.00`))).id);
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const listPath = `/v4${base.replace("/transactions", "")}/transactions`;
    const first = await call("GET", `${listPath}?fromCreationTime=${from}&toCreationTime=${to}&pageSize=10`);
    expect(first.status).toBe(200);
    expect(first.body.transactions.map((t: any) => Number(t.id))).toEqual([...ids].reverse().slice(0, 10));
    expect(first.body.transactions[0].debits).toBeUndefined();
    const second = await call("GET", `${listPath}?fromCreationTime=${from}&toCreationTime=${to}&pageSize=10&lastId=${first.body.transactions[9].id}`);
    expect(second.body.transactions.map((t: any) => Number(t.id))).toEqual([ids[1], ids[0]]);
    expect((await call("GET", `${listPath}?toCreationTime=${to}`)).status).toBe(400);
    expect((await call("GET", `${listPath}?fromCreationTime=${from}&toCreationTime=${to}&pageSize=9`)).status).toBe(400);
    expect((await call("GET", `${listPath}?fromCreationTime=${from}&toCreationTime=${to}&pageSize=101`)).status).toBe(400);
    const old = new Date(Date.now() - 91 * 86_400_000).toISOString();
    expect((await call("GET", `${listPath}?fromCreationTime=${old}&toCreationTime=${to}`)).status).toBe(422);
    const later = await call("GET", `${listPath}?fromCreationTime=${to}&toCreationTime=${new Date(Date.now() + 7_200_000).toISOString()}`);
    expect(later.body.transactions).toEqual([]);
  });

  it("answers as Wise's spec says: get, list, the authorisation and the simulation list", async () => {
    const auth = await raw("POST", `/v2/simulation${base}/authorisation`, purchase("4.20"));
    expectValid(auth, "simulationCardTransactionAuthorisation", 200);
    const sims = await raw("GET", `/v2/simulation${base}`);
    expectValid(sims, "simulationCardTransactions", 200);
    const id = sims[0].transactionId;
    expectValid(await raw("GET", `/v4/spend/profiles/${alice.personalProfileId}/cards/transactions/${id}`), "cardTransactionGet", 200);
    const from = new Date(Date.now() - 3_600_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    expectValid(
      await raw("GET", `/v4/spend/profiles/${alice.personalProfileId}/cards/${card}/transactions?fromCreationTime=${from}&toCreationTime=${to}`),
      "cardTransactionList",
      200,
    );
    expectValid(
      await raw("POST", `/v1/simulation${base}/clearing`, { amount: { value: 4.2, currency: "GBP" }, transactionType: "GOODS_AND_SERVICES", ref: auth.reference }),
      "simulationCardTransactionClearing",
      200,
    );
  });
});
