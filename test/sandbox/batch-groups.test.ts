// Batch groups and settlement journals in the embedded Wise sandbox, over real HTTP: the group's
// states, its transfers made with the same rules as POST /v1/transfers, one exact debit of its
// total when funded from the balance, direct-debit initiations, cancellation, and journals taken
// whole or not at all. Amounts are compared as exact decimals (big.js), never floats.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import Big from "big.js";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;
let dana: DemoUser;

type Json = any;

interface Res {
  status: number;
  headers: Headers;
  text: string;
  body: Json;
}

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
  dana = sandbox.scaUsers[0]!;
});
afterAll(async () => {
  await sandbox?.close();
});

/** Decimals stay exact strings ("1000.00"), integers become numbers (ids). */
const parseBody = (text: string): Json => (text === "" ? undefined : parse(text, null, (n: string) => (/^-?\d+$/.test(n) ? Number(n) : n)));

async function api(method: string, path: string, options: { body?: unknown; token?: string; headers?: Record<string, string> } = {}): Promise<Res> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}`, ...options.headers };
  let body: Uint8Array | undefined;
  if (options.body !== undefined) {
    body = new TextEncoder().encode(JSON.stringify(options.body));
    headers["content-type"] = "application/json";
  }
  const res = await fetch(`${sandbox.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: parseBody(text) };
}

const pid = () => alice.personalProfileId;
const groups = (profileId = pid()) => `/v3/profiles/${profileId}/batch-groups`;
const errors = (res: Res) => (res.body.errors as { code: string; path?: string }[]).map((e) => [e.code, e.path ?? null]);

async function newGroup(sourceCurrency = "GBP", profileId = pid(), token = alice.token): Promise<Json> {
  const res = await api("POST", groups(profileId), { body: { sourceCurrency, name: "Run" }, token });
  expect(res.status).toBe(201);
  return res.body;
}

function eurIban(profileId = pid()): number {
  const r = [...sandbox.store.recipients.values()].find((x) => x.profileId === profileId && x.currency === "EUR" && x.type === "iban" && x.active);
  if (r === undefined) throw new Error("no EUR iban recipient");
  return r.id;
}

async function quote(sourceCurrency: string, sourceAmount: number | string, profileId = pid(), token = alice.token): Promise<Json> {
  const res = await api("POST", `/v3/profiles/${profileId}/quotes`, { body: { sourceCurrency, targetCurrency: "EUR", sourceAmount, preferredPayIn: "BALANCE" }, token });
  expect(res.status).toBe(200);
  return res.body;
}

async function addTransfer(group: Json, sourceAmount: number | string, extra: Record<string, unknown> = {}): Promise<Res> {
  const q = await quote(group.sourceCurrency, sourceAmount);
  return api("POST", `${groups()}/${group.id}/transfers`, {
    body: { targetAccount: eurIban(), quoteUuid: q.id, customerTransactionId: randomUUID(), details: { reference: "Pay" }, ...extra },
  });
}

async function readGroup(id: string): Promise<Json> {
  const res = await api("GET", `${groups()}/${id}`);
  expect(res.status).toBe(200);
  return res.body;
}

const complete = (group: Json, version: number) => api("PATCH", `${groups()}/${group.id}`, { body: { status: "COMPLETED", version } });
const fund = (group: Json, profileId = pid(), token = alice.token, headers: Record<string, string> = {}) =>
  api("POST", `/v3/profiles/${profileId}/batch-payments/${group.id}/payments`, { body: { type: "BALANCE" }, token, headers });

function gbpBalance(profileId = pid(), currency = "GBP") {
  const balance = [...sandbox.store.balances.values()].find((b) => b.profileId === profileId && b.type === "STANDARD" && b.currency === currency);
  if (balance === undefined) throw new Error(`no ${currency} balance`);
  return balance;
}

describe("a batch group's life", () => {
  it("is NEW and empty when created, takes transfers while NEW, and shows its total once COMPLETED", async () => {
    const group = await newGroup();
    expect(group).toMatchObject({ version: 0, name: "Run", sourceCurrency: "GBP", status: "NEW", transferIds: [], payInDetails: [] });
    const a = await addTransfer(group, "100.00");
    const b = await addTransfer(group, "33.33");
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.status).toBe("incoming_payment_waiting");
    const read = await readGroup(group.id);
    expect(read).toMatchObject({ status: "NEW", transferIds: [a.body.id, b.body.id], payInDetails: [] });
    expect(read.version).not.toBe(group.version);

    const done = await complete(group, read.version);
    expect(done.status).toBe(200);
    expect(done.body.status).toBe("COMPLETED");
    // SOURCE quotes include their fee: the total is the sum of the amounts asked, exactly.
    expect(done.body.payInDetails).toEqual([expect.objectContaining({ type: "bank_transfer", currency: "GBP", amount: "133.33", reference: expect.stringMatching(/^B\d+$/) })]);
    const total = [a.body.id, b.body.id].map((id) => sandbox.store.transfers.get(id)!).reduce((sum, t) => sum.plus(t.sourceValue).plus(t.fee), new Big(0));
    expect(total.toFixed(2)).toBe("133.33");

    const late = await addTransfer(group, "5.00");
    expect(late.status).toBe(409);
    expect(errors(late)).toEqual([["batch_group.not_open", null]]);
    expect((await readGroup(group.id)).transferIds).toHaveLength(2);
  });

  it("checks the version: a stale one is 409 and changes nothing; an empty group cannot be completed", async () => {
    const group = await newGroup();
    expect(errors(await complete(group, 0))).toEqual([["batch_group.empty", null]]);
    await addTransfer(group, "10.00");
    const stale = await complete(group, 0);
    expect(stale.status).toBe(409);
    expect(errors(stale)).toEqual([["batch_group.version_mismatch", "version"]]);
    expect((await readGroup(group.id)).status).toBe("NEW");
    const bad = await api("PATCH", `${groups()}/${group.id}`, { body: { status: "FUNDED", version: 1 } });
    expect(bad.status).toBe(400);
    expect((await api("PATCH", `${groups()}/${group.id}`, { body: { status: "COMPLETED" } })).status).toBe(400);
  });

  it("refuses bad bodies with 400/422 and creates nothing", async () => {
    const before = sandbox.store.batchGroups.size;
    expect(errors(await api("POST", groups(), { body: { name: "x" } }))).toEqual([["NotNull", "sourceCurrency"]]);
    expect(errors(await api("POST", groups(), { body: { sourceCurrency: "XXX", name: "" } }))).toEqual([
      ["NOT_VALID", "sourceCurrency"],
      ["NOT_VALID", "name"],
    ]);
    expect((await api("POST", groups(), { body: { sourceCurrency: "GBP", name: "n".repeat(101) } })).status).toBe(422);
    expect(sandbox.store.batchGroups.size).toBe(before);
  });

  it("is the owner's only: 403 on another user's profile, 404 for another profile's group, 400 for an id that is not a UUID", async () => {
    const group = await newGroup();
    expect((await api("GET", `${groups()}/${group.id}`, { token: bob.token })).status).toBe(403);
    expect((await api("GET", `${groups(alice.businessProfileId)}/${group.id}`)).status).toBe(404);
    expect((await api("GET", `${groups()}/not-a-uuid`)).status).toBe(400);
  });
});

describe("transfers in a group are made as POST /v1/transfers makes them", () => {
  it("answers the same errors for the same bad body, and adds nothing", async () => {
    const group = await newGroup();
    const q = await quote("GBP", "20.00");
    const body = { targetAccount: eurIban(), quoteUuid: q.id, customerTransactionId: randomUUID(), details: { reference: "x".repeat(200) } };
    const direct = await api("POST", "/v1/transfers", { body });
    const batched = await api("POST", `${groups()}/${group.id}/transfers`, { body });
    expect(batched.status).toBe(direct.status);
    expect(batched.body).toEqual(direct.body);
    const missing = await api("POST", `${groups()}/${group.id}/transfers`, { body: { targetAccount: eurIban() } });
    expect(missing.status).toBe(400);
    expect((await readGroup(group.id)).transferIds).toEqual([]);
  });

  it("takes a quote of the group's profile and currency only", async () => {
    const group = await newGroup();
    const cad = await quote("CAD", "20.00");
    const res = await api("POST", `${groups()}/${group.id}/transfers`, { body: { targetAccount: eurIban(), quoteUuid: cad.id, customerTransactionId: randomUUID() } });
    expect(errors(res)).toEqual([["NOT_VALID", "quoteUuid"]]);
    expect(sandbox.store.transferByQuote.has(cad.id)).toBe(false);
  });

  it("is idempotent per customerTransactionId: a retry answers the same transfer; the key used outside the group is 409", async () => {
    const group = await newGroup();
    const q = await quote("GBP", "21.00");
    const body = { targetAccount: eurIban(), quoteUuid: q.id, customerTransactionId: randomUUID() };
    const first = await api("POST", `${groups()}/${group.id}/transfers`, { body });
    const again = await api("POST", `${groups()}/${group.id}/transfers`, { body });
    expect(again.body.id).toBe(first.body.id);
    expect((await readGroup(group.id)).transferIds).toEqual([first.body.id]);

    const q2 = await quote("GBP", "22.00");
    const outside = { targetAccount: eurIban(), quoteUuid: q2.id, customerTransactionId: randomUUID() };
    expect((await api("POST", "/v1/transfers", { body: outside })).status).toBe(200);
    const reused = await api("POST", `${groups()}/${group.id}/transfers`, { body: outside });
    expect(reused.status).toBe(409);
    expect((await readGroup(group.id)).transferIds).toEqual([first.body.id]);
  });
});

describe("funding from the balance", () => {
  it("debits the group's total once, in one balance transaction, and moves every transfer to processing", async () => {
    const group = await newGroup();
    const ids = [(await addTransfer(group, "40.00")).body.id, (await addTransfer(group, "2.50")).body.id];
    await complete(group, (await readGroup(group.id)).version);
    const balance = gbpBalance();
    const before = balance.amount;
    const transactions = sandbox.store.balanceTransactions.size;

    const paid = await fund(group);
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ id: group.id, status: "COMPLETED", groupType: "API", alreadyPaid: true, transferIds: ids, profileId: pid(), userId: alice.userId });
    expect(balance.amount).toBe(new Big(before).minus("42.50").toFixed(2));
    expect(sandbox.store.balanceTransactions.size).toBe(transactions + 1);
    const tx = [...sandbox.store.balanceTransactions.values()].at(-1)!;
    expect(tx).toMatchObject({ balanceId: balance.id, amount: "-42.50", type: "TRANSFER" });
    for (const id of ids) {
      const t = sandbox.store.transfers.get(id)!;
      expect(t.status).toBe("processing");
      expect(t.funding).toMatchObject({ balanceId: balance.id, balanceTransactionId: tx.id });
    }
    // The shares add up to the debit.
    expect(ids.reduce((sum, id) => sum.plus(sandbox.store.transfers.get(id)!.funding!.amount), new Big(0)).toFixed(2)).toBe("42.50");

    const again = await fund(group);
    expect(again.status).toBe(409);
    expect(errors(again)).toEqual([["batch_group.already_funded", null]]);
    expect(balance.amount).toBe(new Big(before).minus("42.50").toFixed(2));
  });

  it("never pays a group's transfer on its own, nor a NEW group, nor more than the balance holds", async () => {
    const group = await newGroup();
    const t = (await addTransfer(group, "5.00")).body;
    const single = await api("POST", `/v3/profiles/${pid()}/transfers/${t.id}/payments`, { body: { type: "BALANCE" } });
    expect(single.status).toBe(422);
    expect(single.body.errorCode).toBe("transfer.not_fundable");
    expect(errors(await fund(group))).toEqual([["batch_group.not_completed", null]]);

    const big = await newGroup();
    await addTransfer(big, new Big(gbpBalance().amount).plus(1).toFixed(2));
    await complete(big, 1);
    const before = gbpBalance().amount;
    const refused = await fund(big);
    expect(refused.status).toBe(422);
    expect(errors(refused)).toEqual([["transfer.insufficient_funds", null]]);
    expect(gbpBalance().amount).toBe(before);
    expect(errors(await api("POST", `/v3/profiles/${pid()}/batch-payments/${big.id}/payments`, { body: { type: "BANK_TRANSFER" } }))).toEqual([["NOT_VALID", "type"]]);
  });

  it("asks an SCA-gated user for strong customer authentication and pays nothing without it", async () => {
    const profileId = dana.personalProfileId;
    const group = (await api("POST", groups(profileId), { body: { sourceCurrency: "EUR", name: "Dana" }, token: dana.token })).body;
    const recipient = (
      await api("POST", "/v1/accounts", {
        token: dana.token,
        body: {
          currency: "GBP",
          type: "sort_code",
          profile: profileId,
          accountHolderName: "Ada Lovelace",
          details: { legalType: "PRIVATE", sortCode: "231470", accountNumber: "28821822" },
        },
      })
    ).body;
    const q = (await api("POST", `/v3/profiles/${profileId}/quotes`, { token: dana.token, body: { sourceCurrency: "EUR", targetCurrency: "GBP", sourceAmount: 5 } })).body;
    const added = await api("POST", `${groups(profileId)}/${group.id}/transfers`, {
      token: dana.token,
      body: { targetAccount: recipient.id, quoteUuid: q.id, customerTransactionId: randomUUID() },
    });
    expect(added.status).toBe(200);
    expect((await api("PATCH", `${groups(profileId)}/${group.id}`, { token: dana.token, body: { status: "COMPLETED", version: 1 } })).status).toBe(200);
    const balance = gbpBalance(profileId, "EUR");
    const before = balance.amount;
    const refused = await fund(group, profileId, dana.token);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-2fa-approval")).toMatch(/\S/);
    expect(balance.amount).toBe(before);
    expect(sandbox.store.batchGroups.get(group.id)!.funding).toBeNull();
  });
});

describe("cancelling and direct debit", () => {
  it("cancels an unpaid group and its transfers (answering MARKED_FOR_CANCELLATION, then CANCELLED); a paid group stays", async () => {
    const group = await newGroup();
    const t = (await addTransfer(group, "6.00")).body;
    const cancelled = await api("PATCH", `${groups()}/${group.id}`, { body: { status: "CANCELLED", version: 1 } });
    expect(cancelled.body.status).toBe("MARKED_FOR_CANCELLATION");
    expect((await readGroup(group.id)).status).toBe("CANCELLED");
    expect(sandbox.store.transfers.get(t.id)!.status).toBe("cancelled");

    const paid = await newGroup();
    await addTransfer(paid, "7.00");
    await complete(paid, 1);
    await fund(paid);
    const refused = await api("PATCH", `${groups()}/${paid.id}`, { body: { status: "CANCELLED", version: 2 } });
    expect(refused.status).toBe(409);
    expect(errors(refused)).toEqual([["batch_group.not_cancellable", null]]);
    expect((await readGroup(paid.id)).status).toBe("COMPLETED");
  });

  it("initiates one direct debit for a completed CAD group, and the group is then paid for", async () => {
    const group = await newGroup("CAD");
    await addTransfer(group, "70.00");
    const path = `/v1/profiles/${pid()}/batch-groups/${group.id}/payment-initiations`;
    expect(errors(await api("POST", path, { body: { type: "DIRECT_DEBIT", accountId: 4 } }))).toEqual([["batch_group.not_completed", null]]);
    await complete(group, 1);
    expect(errors(await api("POST", path, { body: { type: "DIRECT_DEBIT" } }))).toEqual([["NotNull", "accountId"]]);
    expect(errors(await api("POST", path, { body: { type: "DIRECT_DEBIT", accountId: 4, reference: "ELEVEN_CHRS" } }))).toEqual([["NOT_VALID", "reference"]]);
    const created = await api("POST", path, { body: { type: "DIRECT_DEBIT", accountId: 4 } });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ batchGroupId: group.id, type: "DIRECT_DEBIT", status: "NEW", accountId: 4, transferId: null, profileId: pid(), userId: alice.userId });
    expect(created.body.reference).toMatch(/^B\d{1,7}$/);
    expect((await api("GET", `${path}/${created.body.id}`)).body).toEqual(created.body);
    expect((await api("GET", `${path}/999`)).status).toBe(404);
    expect(errors(await api("POST", path, { body: { type: "DIRECT_DEBIT", accountId: 4 } }))).toEqual([["batch_group.already_funded", null]]);
    expect(errors(await fund(group))).toEqual([["batch_group.already_funded", null]]);
    const gbp = await newGroup();
    await addTransfer(gbp, "8.00");
    await complete(gbp, 1);
    const refused = await api("POST", `/v1/profiles/${pid()}/batch-groups/${gbp.id}/payment-initiations`, { body: { type: "DIRECT_DEBIT", accountId: 4 } });
    expect(errors(refused)).toEqual([["batch_group.direct_debit_unavailable", null]]);
  });
});

describe("settlement journals", () => {
  async function partnerToken(): Promise<string> {
    const res = await fetch(`${sandbox.url}/oauth/token`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
      body: "grant_type=client_credentials",
    });
    return ((await res.json()) as { access_token: string }).access_token;
  }

  async function transfer(amount: string): Promise<Json> {
    const q = await quote("GBP", amount);
    return (await api("POST", "/v1/transfers", { body: { targetAccount: eurIban(), quoteUuid: q.id, customerTransactionId: randomUUID() } })).body;
  }

  const line = (t: Json, sourceAmount: string, extra: Record<string, unknown> = {}) => ({
    id: t.id,
    date: "2025-06-30T10:00:00Z",
    sourceAmount: Number(sourceAmount),
    sourceCurrency: "GBP",
    customerName: "Alice",
    partnerReference: `P${t.id}`,
    ...extra,
  });

  it("takes a journal whole, settling each transfer once; any problem refuses all of it", async () => {
    const token = await partnerToken();
    const [a, b] = [await transfer("10.00"), await transfer("11.00")];
    const journal = { type: "TRUSTED_BULK_SETTLEMENT", settlementReference: "TPFB1", settlementDate: "2025-06-30T23:59:59+02:00", transfers: [line(a, "10.00"), line(b, "11.50")] };
    const wrong = await api("POST", "/v1/settlements", { body: journal, token });
    expect(wrong.status).toBe(422);
    expect(errors(wrong)).toEqual([["NOT_VALID", "transfers[1].sourceAmount"]]);
    expect(sandbox.store.settledTransfers.has(a.id)).toBe(false);

    const ok = await api("POST", "/v1/settlements", { body: { ...journal, transfers: [line(a, "10.00"), line(b, "11.00")] }, token });
    expect(ok.status).toBe(200);
    expect(ok.text).toBe("");
    expect(sandbox.store.settledTransfers.get(a.id)).toBe(sandbox.store.settledTransfers.get(b.id));
    const repeat = await api("POST", "/v1/settlements", { body: { ...journal, transfers: [line(a, "10.00")] }, token });
    expect(errors(repeat)).toEqual([["NOT_VALID", "transfers[0].id"]]);
  });

  it("checks the reference, dates, rates, balance transfer and required fields, and takes a client-credentials token only", async () => {
    const token = await partnerToken();
    const t = await transfer("12.00");
    const base = { type: "TRUSTED_BULK_SETTLEMENT", settlementReference: "TPFB2", settlementDate: "2025-06-30T23:59:59Z", transfers: [line(t, "12.00")] };
    expect((await api("POST", "/v1/settlements", { body: base })).status).toBe(403);
    expect(errors(await api("POST", "/v1/settlements", { body: { ...base, type: "OTHER" }, token }))).toEqual([["NOT_VALID", "type"]]);
    expect(errors(await api("POST", "/v1/settlements", { body: { ...base, transfers: [{ id: t.id }] }, token })).map(([code]) => code)).toEqual(Array(5).fill("NotNull"));
    const bad = await api("POST", "/v1/settlements", {
      body: {
        ...base,
        settlementReference: "ABCD123",
        settlementDate: "2025-06-30",
        settlementCurrency: "USD",
        balanceTransfer: 5,
        transfers: [line(t, "12.00", { exchangeRate: 0 }), line(t, "12.00")],
      },
      token,
    });
    expect(errors(bad)).toEqual([
      ["NOT_VALID", "settlementReference"],
      ["NOT_VALID", "settlementDate"],
      ["NOT_VALID", "balanceTransfer"],
      ["NOT_VALID", "transfers[0].exchangeRate"],
      ["NOT_VALID", "transfers[1].id"],
      ["NOT_VALID", "transfers[1].exchangeRate"],
    ]);
    expect(sandbox.store.settledTransfers.has(t.id)).toBe(false);
    // Another user's transfers are not the partner's to settle unless it manages that user; dana's are the demo client's too.
    expect(errors(await api("POST", "/v1/settlements", { body: { ...base, transfers: [line({ id: 1 }, "1.00")] }, token }))[0]).toEqual(["NOT_VALID", "transfers[0].id"]);
  });
});
