// The webhooks the sandbox raises for transfers and balances, received by a real HTTP receiver:
// a transfer driven over the REST API through its whole life (created, funded, simulated to
// bounced_back and funds_refunded) raises Wise's events in order, in Wise's shapes, signed with
// the sandbox's key; balance movements (funding, top-up, conversion, refund) raise balances#update
// with exact amounts and balances#credit for money arriving; schema 4.0.0 writes milliseconds; a
// profile subscription sees only its profile; a refused request raises nothing.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import Big from "big.js";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { startWebhookReceiver, type Received, type WebhookReceiver } from "../helpers/sandbox-event-receiver.js";

type Json = any;

let sandbox: RunningSandbox;
let receiver: WebhookReceiver;
let alice: DemoUser;
let bob: DemoUser;

/** Wise's schema 2.0.0 timestamps: whole seconds, UTC. */
const SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
  receiver = await startWebhookReceiver(sandbox);
});

afterAll(async () => {
  await receiver?.close();
  await sandbox?.close();
});

interface Res {
  status: number;
  body: Json;
}

async function api(method: string, path: string, body?: unknown, token = alice.token, headers: Record<string, string> = {}): Promise<Res> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? undefined : parse(text, null, (n: string) => (/^-?\d+$/.test(n) ? Number(n) : n)) };
}

const pid = () => alice.personalProfileId;

/** Fresh subscriptions for each test: none from an earlier test delivers here. */
function subscribeOnly(...specs: Array<[eventType: string, scope: { profileId?: number; version?: string }]>) {
  sandbox.store.webhooks.subscriptions.clear();
  return specs.map(([eventType, scope]) => receiver.subscribe(eventType, scope));
}

async function newTransfer(amount = "100") {
  const quote = await api("POST", `/v3/profiles/${pid()}/quotes`, { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: Number(amount) });
  expect(quote.status).toBe(200);
  const recipient = [...sandbox.store.recipients.values()].find((r) => r.profileId === pid() && r.currency === "EUR" && r.type === "iban" && r.active)!;
  const res = await api("POST", "/v1/transfers", { targetAccount: recipient.id, quoteUuid: quote.body.id, customerTransactionId: randomUUID(), details: { reference: "Rent" } });
  expect(res.status).toBe(200);
  return { id: res.body.id as number, recipientId: recipient.id };
}

const simulate = (id: number, status: string) => api("GET", `/v1/simulation/transfers/${id}/${status}`);
const summary = (list: Received[]) => list.map((r) => [r.eventType, r.envelope.data.current_state ?? r.envelope.data.transaction_type ?? r.envelope.data.active_cases ?? null]);
const gbp = (profileId = pid()) => sandbox.store.balancesOf(profileId).find((b) => b.currency === "GBP" && b.type === "STANDARD")!;
/** The exact decimal a webhook carries, as the receiver reads it: its text without trailing zeros (a whole number as a number). */
const exact = (value: string): string | number => {
  const text = new Big(value).toFixed();
  return /^-?\d+$/.test(text) ? Number(text) : text;
};

describe("a transfer's life, as webhooks", () => {
  it("raises state changes, active cases, the payout failure, the refund and the balance's movements, in order and in Wise's shapes", async () => {
    const [state, cases, failure, refund, update, credit] = subscribeOnly(
      ["transfers#state-change", {}],
      ["transfers#active-cases", { profileId: pid() }],
      ["transfers#payout-failure", {}],
      ["transfers#refund", { profileId: pid() }],
      ["balances#update", { profileId: pid(), version: "3.0.0" }],
      ["balances#credit", { profileId: pid() }],
    );
    const { id, recipientId } = await newTransfer("100");
    const resource = { type: "transfer", id, profile_id: pid(), account_id: recipientId };

    const [created] = await receiver.settle();
    expect(created!.envelope).toEqual({
      data: { resource, current_state: "incoming_payment_waiting", previous_state: null, occurred_at: expect.stringMatching(SECONDS) },
      subscription_id: state!.id,
      event_type: "transfers#state-change",
      schema_version: "2.0.0",
      sent_at: expect.stringMatching(SECONDS),
    });
    expect(created!.signatureValid).toBe(true);
    expect(created!.headers["x-delivery-id"]).toBe(created!.deliveryId);

    const funded = await api("POST", `/v3/profiles/${pid()}/transfers/${id}/payments`, { type: "BALANCE" });
    expect(funded.status).toBe(201);
    const debit = sandbox.store.transfers.get(id)!.funding!.amount;
    const account = await api("GET", `/v4/profiles/${pid()}/multi-currency-account`);
    const afterFunding = await receiver.settle();
    expect(summary(afterFunding)).toEqual([
      ["balances#update", "debit"],
      ["transfers#state-change", "processing"],
    ]);
    expect(afterFunding[0]!.envelope).toEqual({
      data: {
        resource: { id: account.body.id, profile_id: pid(), type: "balance-account" },
        amount: exact(debit),
        balance_id: gbp().id,
        channel_name: "TRANSFER",
        currency: "GBP",
        occurred_at: expect.stringMatching(SECONDS),
        post_transaction_balance_amount: exact(gbp().amount),
        step_id: funded.body.balanceTransactionId,
        transaction_type: "debit",
        transfer_reference: String(id),
      },
      subscription_id: update!.id,
      event_type: "balances#update",
      schema_version: "3.0.0",
      sent_at: expect.stringMatching(SECONDS),
    });
    expect(afterFunding[1]!.envelope.data.previous_state).toBe("incoming_payment_waiting");

    // Funding already moved it to processing: simulating processing changes nothing, so says nothing.
    expect((await simulate(id, "processing")).status).toBe(200);
    expect(receiver.raisedCount()).toBe(0);
    await simulate(id, "funds_converted");
    await simulate(id, "outgoing_payment_sent");
    expect(summary(await receiver.settle())).toEqual([
      ["transfers#state-change", "funds_converted"],
      ["transfers#state-change", "outgoing_payment_sent"],
    ]);

    await simulate(id, "bounced_back");
    const bounced = await receiver.settle();
    expect(summary(bounced)).toEqual([
      ["transfers#state-change", "bounced_back"],
      ["transfers#active-cases", ["payment_bounced_back"]],
      ["transfers#payout-failure", null],
    ]);
    expect(bounced[1]!.envelope).toEqual({
      data: { resource, active_cases: ["payment_bounced_back"] },
      subscription_id: cases!.id,
      event_type: "transfers#active-cases",
      schema_version: "2.0.0",
      sent_at: expect.stringMatching(SECONDS),
    });
    expect(bounced[2]!.envelope.subscription_id).toBe(failure!.id);
    expect(bounced[2]!.envelope.data).toEqual({
      transfer_id: id,
      profile_id: pid(),
      failure_reason_code: "REASON_NOT_SPECIFIED",
      failure_description: "Reason not specified",
      occurred_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/),
    });

    const before = gbp().amount;
    await simulate(id, "funds_refunded");
    const refunded = await receiver.settle();
    expect(summary(refunded)).toEqual([
      ["balances#update", "credit"],
      ["balances#credit", "credit"],
      ["transfers#state-change", "funds_refunded"],
      ["transfers#active-cases", []],
      ["transfers#refund", null],
    ]);
    expect(new Big(gbp().amount).minus(before).eq(debit)).toBe(true);
    expect(refunded[1]!.envelope).toEqual({
      data: {
        resource: { type: "balance-account", id: account.body.id, profile_id: pid() },
        transaction_type: "credit",
        amount: exact(debit),
        currency: "GBP",
        post_transaction_balance_amount: exact(gbp().amount),
        occurred_at: expect.stringMatching(SECONDS),
      },
      subscription_id: credit!.id,
      event_type: "balances#credit",
      schema_version: "2.0.0",
      sent_at: expect.stringMatching(SECONDS),
    });
    expect(refunded[2]!.envelope.data.previous_state).toBe("bounced_back");
    expect(refunded[4]!.envelope).toEqual({
      data: { resource: { ...resource, refund_amount: exact(debit), refund_currency: "GBP" }, occurred_at: expect.stringMatching(SECONDS) },
      subscription_id: refund!.id,
      event_type: "transfers#refund",
      schema_version: "2.0.0",
      sent_at: expect.stringMatching(SECONDS),
    });
    // Every one signed with the sandbox's key, over the exact body.
    for (const received of [...afterFunding, ...bounced, ...refunded]) expect(received.signatureValid).toBe(true);
  });

  it("cancelling a funded transfer gives its money back (balances#update, balances#credit) before saying cancelled", async () => {
    subscribeOnly(["transfers#state-change", { profileId: pid() }], ["balances#update", { profileId: pid() }], ["balances#credit", { profileId: pid() }]);
    const { id } = await newTransfer("40");
    await api("POST", `/v3/profiles/${pid()}/transfers/${id}/payments`, { type: "BALANCE" });
    await receiver.settle();
    expect((await api("PUT", `/v1/transfers/${id}/cancel`)).status).toBe(200);
    const got = await receiver.settle();
    expect(summary(got)).toEqual([
      ["balances#update", "credit"],
      ["balances#credit", "credit"],
      ["transfers#state-change", "cancelled"],
    ]);
    // Schema 2.0.0 of balances#update predates step_id.
    expect(got[0]!.envelope.data.step_id).toBeUndefined();
    expect(got[0]!.envelope.data.transfer_reference).toBe(String(id));
  });
});

describe("other ways a transfer moves", () => {
  it("paid by bank transfer it goes to processing with no balance event; a cancelled batch group cancels its waiting transfers", async () => {
    subscribeOnly(["transfers#state-change", { profileId: pid() }], ["balances#update", { profileId: pid() }]);
    const { id } = await newTransfer("25");
    await receiver.settle();
    expect((await api("POST", `/v1/simulation/transfers/${id}/deposit`)).status).toBe(200);
    expect(summary(await receiver.settle())).toEqual([["transfers#state-change", "processing"]]);
    // Deposited already: answered wrong_status, nothing raised.
    expect((await api("POST", `/v1/simulation/transfers/${id}/deposit`)).body.errors[0].code).toBe("wrong_status");
    expect(receiver.raisedCount()).toBe(0);

    const groups = `/v3/profiles/${pid()}/batch-groups`;
    const group = (await api("POST", groups, { sourceCurrency: "GBP", name: "Run" })).body;
    const recipient = [...sandbox.store.recipients.values()].find((r) => r.profileId === pid() && r.currency === "EUR" && r.type === "iban" && r.active)!;
    const quote = await api("POST", `/v3/profiles/${pid()}/quotes`, { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 15, preferredPayIn: "BALANCE" });
    const added = await api("POST", `${groups}/${group.id}/transfers`, { targetAccount: recipient.id, quoteUuid: quote.body.id, customerTransactionId: randomUUID(), details: {} });
    expect(added.status).toBe(200);
    expect((await api("PATCH", `${groups}/${group.id}`, { status: "CANCELLED", version: 1 })).status).toBe(200);
    const got = await receiver.settle();
    expect(summary(got)).toEqual([
      ["transfers#state-change", "incoming_payment_waiting"],
      ["transfers#state-change", "cancelled"],
    ]);
    expect(got.map((r) => r.envelope.data.resource.id)).toEqual([added.body.id, added.body.id]);
  });
});

describe("schema versions", () => {
  it("4.0.0 writes transfers#state-change times with milliseconds, 2.0.0 in whole seconds, for the same change", async () => {
    const [v2, v4] = subscribeOnly(["transfers#state-change", { version: "2.0.0" }], ["transfers#state-change", { version: "4.0.0" }]);
    await newTransfer("10");
    const got = await receiver.settle();
    const by = (id: string) => got.find((r) => r.subscriptionId === id)!.envelope;
    expect(by(v2!.id).schema_version).toBe("2.0.0");
    expect(by(v2!.id).data.occurred_at).toMatch(SECONDS);
    expect(by(v2!.id).sent_at).toMatch(SECONDS);
    expect(by(v4!.id).schema_version).toBe("4.0.0");
    expect(by(v4!.id).data.occurred_at).toMatch(MILLIS);
    expect(by(v4!.id).sent_at).toMatch(MILLIS);
    expect(by(v4!.id).data.occurred_at.slice(0, 19)).toBe(by(v2!.id).data.occurred_at.slice(0, 19));
    expect({ ...by(v4!.id).data, occurred_at: null }).toEqual({ ...by(v2!.id).data, occurred_at: null });
  });
});

describe("balance movements", () => {
  it("a top-up raises balances#update and balances#credit with the exact amount and the balance after it", async () => {
    const [update, credit] = subscribeOnly(["balances#update", { profileId: pid() }], ["balances#credit", { profileId: pid() }]);
    const balance = gbp();
    const res = await api("POST", "/v1/simulation/balance/topup", { profileId: pid(), balanceId: balance.id, currency: "GBP", amount: "100.50" });
    expect(res.status).toBe(200);
    const got = await receiver.settle();
    expect(got.map((r) => r.subscriptionId)).toEqual([update!.id, credit!.id]);
    // Exact JSON numbers, written as Wise does: no trailing zeros, never a float's rounding.
    expect(got[0]!.text).toContain('"amount":100.5,');
    expect(got[0]!.text).toContain(`"post_transaction_balance_amount":${exact(balance.amount)},`);
    expect(got[0]!.envelope.data).toMatchObject({ channel_name: "DEPOSIT", transaction_type: "credit", transfer_reference: `DEPOSIT-${res.body.transactionId}`, currency: "GBP" });
    expect(got[1]!.text).toContain('"amount":100.5,');
  });

  it("a conversion raises one debit and one credit balances#update, and no balances#credit (no money arrived)", async () => {
    subscribeOnly(["balances#update", { profileId: pid(), version: "3.0.0" }], ["balances#credit", { profileId: pid() }]);
    const quote = await api("POST", `/v3/profiles/${pid()}/quotes`, { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 50, payOut: "BALANCE" });
    expect(quote.status).toBe(200);
    const moved = await api("POST", `/v2/profiles/${pid()}/balance-movements`, { quoteId: quote.body.id }, alice.token, { "x-idempotence-uuid": randomUUID() });
    expect(moved.status).toBe(201);
    const got = await receiver.settle();
    expect(got.map((r) => [r.eventType, r.envelope.data.currency, r.envelope.data.transaction_type, r.envelope.data.channel_name])).toEqual([
      ["balances#update", "GBP", "debit", "CONVERSION"],
      ["balances#update", "EUR", "credit", "CONVERSION"],
    ]);
    const eur = sandbox.store.balancesOf(pid()).find((b) => b.currency === "EUR" && b.type === "STANDARD")!;
    expect(got[1]!.envelope.data.post_transaction_balance_amount).toBe(exact(eur.amount));
    expect(got[0]!.envelope.data.step_id).not.toBe(got[1]!.envelope.data.step_id);
  });
});

describe("who receives what", () => {
  it("a profile subscription sees only its profile's events; an application subscription sees every profile's", async () => {
    const [aliceSub, bobSub, appSub] = subscribeOnly(["balances#update", { profileId: pid() }], ["balances#update", { profileId: bob.personalProfileId }], ["balances#update", {}]);
    const topUp = async (user: DemoUser) => {
      const balance = sandbox.store.balancesOf(user.personalProfileId).find((b) => b.type === "STANDARD")!;
      const res = await api(
        "POST",
        "/v1/simulation/balance/topup",
        { profileId: user.personalProfileId, balanceId: balance.id, currency: balance.currency, amount: 5 },
        user.token,
      );
      expect(res.status).toBe(200);
    };
    await topUp(alice);
    let got = await receiver.settle();
    expect(got.map((r) => r.subscriptionId).sort()).toEqual([aliceSub!.id, appSub!.id].sort());
    await topUp(bob);
    got = await receiver.settle();
    expect(got.map((r) => r.subscriptionId).sort()).toEqual([bobSub!.id, appSub!.id].sort());
    expect(got.every((r) => r.envelope.data.resource.profile_id === bob.personalProfileId)).toBe(true);
  });

  it("a refused request raises nothing and changes nothing", async () => {
    subscribeOnly(
      ["transfers#state-change", {}],
      ["balances#update", {}],
      ["balances#credit", { profileId: pid() }],
      ["transfers#payout-failure", {}],
      ["transfers#active-cases", { profileId: pid() }],
    );
    const { id } = await newTransfer("20");
    await api("POST", `/v3/profiles/${pid()}/transfers/${id}/payments`, { type: "BALANCE" });
    await receiver.settle();
    const balanceBefore = gbp().amount;
    // Already funded (422), out of order (200 wrong_status):
    expect((await api("POST", `/v3/profiles/${pid()}/transfers/${id}/payments`, { type: "BALANCE" })).status).toBe(422);
    expect((await simulate(id, "outgoing_payment_sent")).body.errors[0].code).toBe("wrong_status");
    expect(receiver.raisedCount()).toBe(0);
    await simulate(id, "funds_converted");
    await simulate(id, "outgoing_payment_sent");
    expect((await receiver.settle()).length).toBe(2);
    // Not cancellable once sent (409), a bad top-up (400), another user's transfer (403), a conversion the balance cannot pay (422):
    expect((await api("PUT", `/v1/transfers/${id}/cancel`)).status).toBe(409);
    expect((await api("POST", "/v1/simulation/balance/topup", { profileId: pid(), balanceId: gbp().id, currency: "GBP", amount: "-5" })).status).toBe(400);
    expect((await api("PUT", `/v1/transfers/${id}/cancel`, undefined, bob.token)).status).toBe(403);
    const quote = await api("POST", `/v3/profiles/${pid()}/quotes`, { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 50_000_000, payOut: "BALANCE" });
    expect((await api("POST", `/v2/profiles/${pid()}/balance-movements`, { quoteId: quote.body.id }, alice.token, { "x-idempotence-uuid": randomUUID() })).status).toBe(422);
    expect(receiver.raisedCount()).toBe(0);
    expect(gbp().amount).toBe(balanceBefore);
    expect(sandbox.store.transfers.get(id)!.status).toBe("outgoing_payment_sent");
  });
});
