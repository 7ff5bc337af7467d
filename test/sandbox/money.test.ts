// Money movement in the embedded Wise sandbox over real HTTP: quotes, recipient
// requirements and recipients, transfers and their idempotency, funding, simulation,
// balances and balance movements, and the seed behind them. Amounts are compared as exact
// decimals (big.js): response decimals are parsed as their text, never as floats.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import Big from "big.js";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import type { RecipientRecord, TransferStatus } from "../../src/sandbox/model.js";

let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;
/** Added to the real clock: lets tests move past a quote's expiry. */
let clockOffsetMs = 0;

type Json = any;

interface Res {
  status: number;
  headers: Headers;
  text: string;
  body: Json;
}

interface Options {
  body?: unknown;
  token?: string | null;
  headers?: Record<string, string>;
  /** Content-Type to send with the body (default application/json; null: none). */
  contentType?: string | null;
}

/** Decimals stay exact strings ("1000.00"), integers become numbers (ids). */
const parseBody = (text: string): Json => (text === "" ? undefined : parse(text, null, (n: string) => (/^-?\d+$/.test(n) ? Number(n) : n)));

async function api(method: string, path: string, options: Options = {}): Promise<Res> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? alice.token : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: Uint8Array | undefined;
  if (options.body !== undefined) {
    // Bytes, so fetch adds no Content-Type of its own.
    body = new TextEncoder().encode(typeof options.body === "string" ? options.body : JSON.stringify(options.body));
    const contentType = options.contentType === undefined ? "application/json" : options.contentType;
    if (contentType !== null) headers["content-type"] = contentType;
  }
  const res = await fetch(`${sandbox.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: parseBody(text) };
}

const pid = () => alice.personalProfileId;
const errorCodes = (res: Res) => (res.body.errors as { code: string; path?: string }[]).map((e) => [e.code, e.path ?? null]);

async function quote(body: Record<string, unknown>, profileId = pid(), token = alice.token): Promise<Json> {
  const res = await api("POST", `/v3/profiles/${profileId}/quotes`, { body, token });
  expect(res.status).toBe(200);
  return res.body;
}

async function balance(currency: string, profileId = pid()): Promise<Json> {
  const res = await api("GET", `/v4/profiles/${profileId}/balances?types=STANDARD`);
  return (res.body as Json[]).find((b) => b.currency === currency);
}

async function balanceValue(currency: string, profileId = pid()): Promise<Big> {
  return new Big(String((await balance(currency, profileId)).amount.value));
}

/** An active seeded recipient of a profile with this currency and type. */
function seeded(currency: string, type: string, profileId = pid(), keep: (r: RecipientRecord) => boolean = () => true): RecipientRecord {
  const r = [...sandbox.store.recipients.values()].find((x) => x.profileId === profileId && x.currency === currency && x.type === type && x.active && keep(x));
  if (r === undefined) throw new Error(`no seeded ${currency} ${type} recipient`);
  return r;
}

function option(q: Json, payIn: string): Json {
  const o = (q.paymentOptions as Json[]).find((p) => p.payIn === payIn);
  if (o === undefined) throw new Error(`quote has no ${payIn} option`);
  return o;
}

async function newTransfer(amount = "100.00", overrides: Record<string, unknown> = {}) {
  const q = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: Number(amount) });
  const recipient = seeded("EUR", "iban");
  const key = randomUUID();
  const res = await api("POST", "/v1/transfers", {
    body: { targetAccount: recipient.id, quoteUuid: q.id, customerTransactionId: key, details: { reference: "Rent" }, ...overrides },
  });
  expect(res.status).toBe(200);
  return { transfer: res.body, quote: q, recipient, key };
}

async function fund(transferId: number, profileId = pid()): Promise<Res> {
  return api("POST", `/v3/profiles/${profileId}/transfers/${transferId}/payments`, { body: { type: "BALANCE" } });
}

function activityOf(transferId: number) {
  return sandbox.store.activityOf(pid(), "TRANSFER", String(transferId));
}

beforeAll(async () => {
  sandbox = await startSandbox({ now: () => Date.now() + clockOffsetMs });
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

afterAll(async () => {
  await sandbox?.close();
});

beforeEach(() => {
  clockOffsetMs = 0;
});

describe("seed", () => {
  it("gives alice's personal profile 100+ active recipients in several currencies, some inactive", () => {
    const own = sandbox.store.recipientsOf(pid());
    const active = own.filter((r) => r.active);
    expect(active.length).toBeGreaterThanOrEqual(100);
    expect(own.some((r) => !r.active)).toBe(true);
    expect(new Set(active.map((r) => r.currency))).toEqual(new Set(["GBP", "EUR", "USD", "PLN", "INR", "JPY", "CHF", "SEK"]));
    for (const other of [alice.businessProfileId, bob.personalProfileId, bob.businessProfileId]) {
      expect(sandbox.store.recipientsOf(other).length).toBeLessThan(20);
    }
  });

  it("gives it 200+ transfers in every status, each to one of its recipients in the target currency", () => {
    const transfers = sandbox.store.transfersOf(pid());
    expect(transfers.length).toBeGreaterThanOrEqual(200);
    const statuses: TransferStatus[] = [
      "incoming_payment_waiting",
      "incoming_payment_initiated",
      "processing",
      "funds_converted",
      "outgoing_payment_sent",
      "cancelled",
      "funds_refunded",
      "bounced_back",
      "charged_back",
      "unknown",
    ];
    expect(new Set(transfers.map((t) => t.status))).toEqual(new Set(statuses));
    for (const t of transfers) {
      const r = sandbox.store.recipients.get(t.targetAccount)!;
      expect([r.profileId, r.currency]).toEqual([t.profileId, t.targetCurrency]);
      // targetValue = sourceValue x rate, at the target currency's scale.
      expect(new Big(t.targetValue).minus(new Big(t.sourceValue).times(t.rate)).abs().lte(1)).toBe(true);
      expect(activityOf(t.id)?.resourceId).toBe(String(t.id));
    }
    expect(transfers.length).toBeGreaterThan(sandbox.store.transfersOf(bob.personalProfileId).length * 5);
  });
});

describe("quotes", () => {
  it("prices a SOURCE quote: only sourceAmount at top level, exact fees and amounts, 30 minutes to expiry", async () => {
    const q = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 1000 });
    expect(q).toMatchObject({
      sourceAmount: "1000.00",
      providedAmountType: "SOURCE",
      status: "PENDING",
      rateType: "FIXED",
      type: "REGULAR",
      profile: pid(),
      user: alice.userId,
      payOut: "BANK_TRANSFER",
    });
    expect(q).not.toHaveProperty("targetAmount");
    expect(q.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(q.createdTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Date.parse(q.expirationTime) - Date.parse(q.createdTime)).toBe(30 * 60_000);
    const current = (await api("GET", "/v1/rates?source=GBP&target=EUR")).body[0];
    expect(String(q.rate)).toBe(String(current.rate));
    for (const o of q.paymentOptions as Json[]) {
      expect(o.sourceAmount).toBe("1000.00");
      const fee = new Big(String(o.fee.total));
      expect(fee.eq(new Big(String(o.fee.transferwise)).plus(String(o.fee.payIn)))).toBe(true);
      expect(new Big(String(o.targetAmount)).eq(new Big(1000).minus(fee).times(q.rate).round(2, Big.roundDown))).toBe(true);
      expect(String(o.price.total.value.amount)).toBe(String(o.fee.total));
      expect(o.price.total.value.label).toBe(`${fee.toFixed(2)} GBP`);
      expect(String(o.feePercentage)).toBe(fee.div(1000).toFixed(4));
    }
    expect(option(q, "BALANCE").disabled).toBe(false);
    expect(new Big(option(q, "BALANCE").fee.total).lt(option(q, "BANK_TRANSFER").fee.total)).toBe(true);
    expect(new Big(option(q, "CREDIT").fee.total).gt(option(q, "BANK_TRANSFER").fee.total)).toBe(true);
  });

  it("prices a TARGET quote: only targetAmount at top level, the recipient gets at least that much", async () => {
    const q = await quote({ sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 110, preferredPayIn: "BALANCE" });
    expect(q).toMatchObject({ targetAmount: "110.00", providedAmountType: "TARGET", preferredPayIn: "BALANCE" });
    expect(q).not.toHaveProperty("sourceAmount");
    expect(q.paymentOptions[0].payIn).toBe("BALANCE");
    for (const o of q.paymentOptions as Json[]) {
      expect(o.targetAmount).toBe("110.00");
      const converted = new Big(String(o.sourceAmount)).minus(String(o.fee.total));
      expect(converted.times(q.rate).gte(110)).toBe(true);
      expect(converted.minus("0.01").times(q.rate).lt(110)).toBe(true);
    }
  });

  it("uses whole units for JPY and omits preferredPayIn when not sent", async () => {
    const q = await quote({ sourceCurrency: "JPY", targetCurrency: "GBP", sourceAmount: 50000 });
    expect(q).not.toHaveProperty("preferredPayIn");
    for (const o of q.paymentOptions as Json[]) {
      expect(o.sourceAmount).toBe(50000);
      expect(String(o.fee.total)).toMatch(/^\d+$/);
    }
    const raw = (await api("POST", `/v3/profiles/${pid()}/quotes`, { body: { sourceCurrency: "GBP", targetCurrency: "JPY", sourceAmount: 100 } })).text;
    expect(raw).toMatch(/"targetAmount":\d+,/);
  });

  it("rejects bad amounts and currencies with Wise's codes", async () => {
    const post = (body: unknown) => api("POST", `/v3/profiles/${pid()}/quotes`, { body });
    const both = await post({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10, targetAmount: 10 });
    expect(both.status).toBe(400);
    expect(errorCodes(both)).toEqual([["error.quote.amount.onlySingle", "sourceAmount"]]);
    const neither = await post({ sourceCurrency: "GBP", targetCurrency: "EUR" });
    expect(errorCodes(neither)).toEqual([["error.greaterThanZero", "sourceAmount"]]);
    const negative = await post({ sourceCurrency: "GBP", targetCurrency: "EUR", targetAmount: -5 });
    expect(errorCodes(negative)).toEqual([["error.greaterThanZero", "targetAmount"]]);
    const currencies = await post({ sourceCurrency: "XXX", targetCurrency: "ABC", sourceAmount: 10 });
    expect(currencies.status).toBe(400);
    expect(errorCodes(currencies)).toEqual([
      ["CurrencyCode", "targetCurrency"],
      ["CurrencyCode", "sourceCurrency"],
    ]);
    expect((await post({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10, payOut: "CARRIER_PIGEON" })).status).toBe(400);
    expect((await api("POST", `/v3/profiles/${bob.personalProfileId}/quotes`, { body: { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10 } })).status).toBe(403);
  });

  it("reads a quote back; 400 for a non-UUID id, 404 unknown or under another profile, 403 for someone else's", async () => {
    const q = await quote({ sourceCurrency: "EUR", targetCurrency: "GBP", sourceAmount: 20 });
    const again = await api("GET", `/v3/profiles/${pid()}/quotes/${q.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(q);
    expect((await api("GET", `/v3/profiles/${pid()}/quotes/12345`)).status).toBe(400);
    expect((await api("GET", `/v3/profiles/${pid()}/quotes/${randomUUID()}`)).status).toBe(404);
    expect((await api("GET", `/v3/profiles/${alice.businessProfileId}/quotes/${q.id}`)).status).toBe(404);
    expect((await api("GET", `/v3/profiles/${pid()}/quotes/${q.id}`, { token: bob.token })).status).toBe(403);
  });

  it("PATCH takes only application/merge-patch+json (415 RFC 7807 otherwise)", async () => {
    const q = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 100 });
    const path = `/v3/profiles/${pid()}/quotes/${q.id}`;
    const asJson = await api("PATCH", path, { body: { payOut: "SWIFT" } });
    expect(asJson.status).toBe(415);
    expect(asJson.body).toEqual({
      type: "about:blank",
      title: "Unsupported Media Type",
      status: 415,
      detail: "Content-Type 'application/json' is not supported.",
      instance: `/public${path}`,
    });
    expect(asJson.headers.get("accept")).toBe("application/merge-patch+json");
    const none = await api("PATCH", path, { body: "{}", contentType: null });
    expect(none.status).toBe(415);
    expect(none.body.detail).toBe("Content-Type 'null' is not supported.");
    const noJson = await api("POST", `/v3/profiles/${pid()}/quotes`, { body: "{}", contentType: "text/plain" });
    expect(noJson.status).toBe(415);
  });

  it("PATCH attaches a recipient and re-prices; a swift_code recipient switches payOut to SWIFT; null detaches", async () => {
    const q = await quote({ sourceCurrency: "GBP", targetCurrency: "USD", sourceAmount: 500 });
    const path = `/v3/profiles/${pid()}/quotes/${q.id}`;
    const patch = (body: unknown) => api("PATCH", path, { body, contentType: "application/merge-patch+json" });
    const aba = seeded("USD", "aba");
    const withAba = await patch({ targetAccount: aba.id });
    expect(withAba.status).toBe(200);
    expect(withAba.body).toMatchObject({ targetAccount: aba.id, payOut: "BANK_TRANSFER", payOutCountry: "US", rate: q.rate });
    const swift = seeded("USD", "swift_code");
    const withSwift = (await patch({ targetAccount: swift.id })).body;
    expect(withSwift).toMatchObject({ targetAccount: swift.id, payOut: "SWIFT", payOutCountry: swift.country });
    expect(new Big(option(withSwift, "BANK_TRANSFER").fee.total).gt(option(withAba.body, "BANK_TRANSFER").fee.total)).toBe(true);
    expect(option(withSwift, "BANK_TRANSFER").payOut).toBe("SWIFT");
    const detached = (await patch({ targetAccount: null })).body;
    expect(detached).not.toHaveProperty("targetAccount");
    expect(detached.payOut).toBe("BANK_TRANSFER");
    const wrongCurrency = await patch({ targetAccount: seeded("EUR", "iban").id });
    expect(wrongCurrency.status).toBe(422);
    expect(errorCodes(wrongCurrency)).toEqual([["NOT_VALID", "targetAccount"]]);
  });

  it("expires after 30 minutes but stays readable; PATCH re-quotes an expired quote", async () => {
    const q = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 100 });
    clockOffsetMs = 31 * 60_000;
    const expired = await api("GET", `/v3/profiles/${pid()}/quotes/${q.id}`);
    expect(expired.status).toBe(200);
    expect(expired.body.status).toBe("EXPIRED");
    const transfer = await api("POST", "/v1/transfers", {
      body: { targetAccount: seeded("EUR", "iban").id, quoteUuid: q.id, customerTransactionId: randomUUID() },
    });
    expect(transfer.status).toBe(422);
    expect(errorCodes(transfer)).toEqual([["QUOTE_EXPIRED", "quoteUuid"]]);
    const requoted = await api("PATCH", `/v3/profiles/${pid()}/quotes/${q.id}`, { body: {}, contentType: "application/merge-patch+json" });
    expect(requoted.body.status).toBe("PENDING");
    expect(Date.parse(requoted.body.expirationTime)).toBeGreaterThan(Date.parse(q.expirationTime));
  });
});

describe("recipient requirements", () => {
  const fieldKeys = (form: Json) => (form.fields as Json[]).map((f) => f.group[0].key);

  it("GET lists the forms of a route; v1.1 (Accept-Minor-Version: 1) adds name and email", async () => {
    const v10 = await api("GET", "/v1/account-requirements?source=GBP&target=USD&sourceAmount=100");
    expect(v10.status).toBe(200);
    expect((v10.body as Json[]).map((f) => f.type)).toEqual(["aba", "swift_code", "email"]);
    const aba10 = fieldKeys(v10.body[0]);
    expect(aba10).not.toContain("accountHolderName");
    expect(aba10).not.toContain("email");
    const v11 = await api("GET", "/v1/account-requirements?source=GBP&target=USD&sourceAmount=100", { headers: { "Accept-Minor-Version": "1" } });
    expect(fieldKeys(v11.body[0])).toEqual([
      "legalType",
      "email",
      "accountHolderName",
      "abartn",
      "accountNumber",
      "accountType",
      "address.country",
      "address.city",
      "address.firstLine",
      "address.postCode",
    ]);
    for (const form of v11.body as Json[]) {
      expect(Object.keys(form)).toEqual(["type", "title", "usageInfo", "fields"]);
      for (const f of form.fields as Json[]) {
        expect(f.group).toHaveLength(1);
        expect(f.name).toBe(f.group[0].name);
        expect(Object.keys(f.group[0])).toEqual([
          "key",
          "name",
          "type",
          "refreshRequirementsOnChange",
          "required",
          "displayFormat",
          "example",
          "minLength",
          "maxLength",
          "validationRegexp",
          "validationAsync",
          "valuesAllowed",
        ]);
        expect(["text", "select", "radio", "date"]).toContain(f.group[0].type);
      }
    }
    const gbp = await api("GET", "/v1/account-requirements?source=EUR&target=GBP&sourceAmount=100");
    expect((gbp.body as Json[]).map((f) => f.type)).toEqual(["sort_code", "iban", "email"]);
    expect(fieldKeys(gbp.body[0])).not.toContain("address.country");
    for (const [target, types] of [
      ["EUR", ["iban", "swift_code", "email"]],
      ["PLN", ["polish", "iban", "email"]],
      ["INR", ["indian"]],
      ["JPY", ["japanese", "email"]],
    ] as const) {
      const res = await api("GET", `/v1/account-requirements?source=GBP&target=${target}`);
      expect((res.body as Json[]).map((f) => f.type)).toEqual(types);
    }
    expect((await api("GET", "/v1/account-requirements?source=GBP&target=BWP")).body).toEqual([]);
    expect((await api("GET", "/v1/account-requirements?source=GBP")).status).toBe(400);
  });

  it("POST reveals address.state once address.country is US", async () => {
    const path = "/v1/account-requirements?source=GBP&target=USD&sourceAmount=100";
    const us = await api("POST", path, { body: { type: "aba", details: { legalType: "PRIVATE", address: { country: "US" } } }, headers: { "Accept-Minor-Version": "1" } });
    expect(us.status).toBe(200);
    const keys = fieldKeys(us.body[0]);
    expect(keys.indexOf("address.state")).toBe(keys.indexOf("address.country") + 1);
    const state = (us.body[0].fields as Json[]).find((f) => f.group[0].key === "address.state").group[0];
    expect(state).toMatchObject({ type: "select", required: true });
    expect(state.valuesAllowed).toContainEqual({ key: "CA", name: "California" });
    const gb = await api("POST", path, { body: { details: { address: { country: "GB" } } } });
    expect(fieldKeys(gb.body[0])).not.toContain("address.state");
    // The POST form only takes JSON.
    expect((await api("POST", path, { body: "{}", contentType: "text/plain" })).status).toBe(415);
  });

  it("is also served per quote (GET and POST), 404 for unknown quotes, 403 for someone else's", async () => {
    const q = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 100 });
    const res = await api("GET", `/v1/quotes/${q.id}/account-requirements`, { headers: { "Accept-Minor-Version": "1" } });
    expect((res.body as Json[]).map((f) => f.type)).toEqual(["iban", "swift_code", "email"]);
    // EUR forms ask for no address (as recorded); USD ones do, and Canada reveals provinces.
    expect((res.body as Json[]).flatMap(fieldKeys)).not.toContain("address.country");
    const toUsd = await quote({ sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 100 });
    const canada = await api("POST", `/v1/quotes/${toUsd.id}/account-requirements`, { body: { type: "swift_code", details: { address: { country: "CA" } } } });
    const state = (canada.body[1].fields as Json[]).find((f) => f.group[0].key === "address.state");
    expect(state.group[0].valuesAllowed).toContainEqual({ key: "ON", name: "Ontario" });
    expect((await api("GET", `/v1/quotes/${randomUUID()}/account-requirements`)).status).toBe(404);
    expect((await api("GET", `/v1/quotes/${q.id}/account-requirements`, { token: bob.token })).status).toBe(403);
  });
});

describe("recipients", () => {
  const create = (body: Record<string, unknown>) => api("POST", "/v1/accounts", { body: { profile: pid(), ...body } });
  const gbp = (details: Record<string, unknown>, name = "Oliver Bennett") =>
    create({ currency: "GBP", type: "sort_code", accountHolderName: name, details: { legalType: "PRIVATE", sortCode: "40-30-20", accountNumber: "12345678", ...details } });

  it("creates a recipient and answers in the v1 shape; GET v2 shows the v2 shape", async () => {
    const res = await gbp({});
    expect(res.status).toBe(200);
    const v1 = res.body;
    expect(v1).toMatchObject({
      business: null,
      profile: pid(),
      accountHolderName: "Oliver Bennett",
      currency: "GBP",
      country: "GB",
      type: "sort_code",
      user: alice.userId,
      active: true,
      confirmations: null,
    });
    expect(v1.details).toMatchObject({ sortCode: "403020", accountNumber: "12345678", legalType: "PRIVATE", IBAN: null, abartn: null });
    expect(Object.keys(v1.details).length).toBeGreaterThan(50);
    const v2 = (await api("GET", `/v2/accounts/${v1.id}`)).body;
    expect(v2).toMatchObject({
      id: v1.id,
      type: "SortCode",
      legalEntityType: "PERSON",
      name: { fullName: "Oliver Bennett" },
      accountSummary: "(40-30-20) 12345678",
      longAccountSummary: "GBP account ending in 5678",
      commonFieldMap: { accountNumberField: "accountNumber", bankCodeField: "sortCode" },
    });
    expect(v2.displayFields).toEqual([
      { key: "details/sortCode", label: "UK sort code", value: "40-30-20" },
      { key: "details/accountNumber", label: "Account number", value: "12345678" },
    ]);
    expect(v2.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await api("GET", `/v1/accounts/${v1.id}`)).body).toEqual(v1);
  });

  it("creates EUR IBAN, USD ABA (with address and state) and EUR email recipients", async () => {
    const iban = await create({ currency: "EUR", type: "iban", accountHolderName: "Max Mustermann", details: { legalType: "PRIVATE", IBAN: "be19 9677 2238 3012" } });
    expect(iban.status).toBe(200);
    expect(iban.body).toMatchObject({ country: "BE", details: { IBAN: "BE19967722383012", iban: "BE19967722383012" } });
    const aba = await create({
      currency: "USD",
      type: "aba",
      accountHolderName: "Acme Supplies Inc",
      details: {
        legalType: "BUSINESS",
        abartn: "026009593",
        accountNumber: "000123456789",
        accountType: "CHECKING",
        address: { country: "US", state: "NY", city: "New York", firstLine: "1 Main Street", postCode: "10001" },
      },
    });
    expect(aba.status).toBe(200);
    expect(aba.body.details.address).toMatchObject({ country: "US", state: "NY", city: "New York" });
    expect((await api("GET", `/v2/accounts/${aba.body.id}`)).body).toMatchObject({ legalEntityType: "BUSINESS", type: "Aba" });
    const email = await create({ currency: "EUR", type: "email", accountHolderName: "John Doe", details: { email: "john@doe.com" } });
    expect(email.status).toBe(200);
    expect(email.body.country).toBeNull();
    const v2 = (await api("GET", `/v2/accounts/${email.body.id}`)).body;
    expect(v2).not.toHaveProperty("country");
    expect(v2).toMatchObject({ type: "Email", email: "john@doe.com", accountSummary: "john@doe.com", commonFieldMap: {} });
    expect(Object.keys(v2.details)).toEqual(["hashedByLooseHashAlgorithm"]);
  });

  it.each<[string, () => Promise<Res>, [string, string][]]>([
    ["a missing sort code", () => gbp({ sortCode: undefined }), [["NOT_VALID", "sortCode"]]],
    ["a malformed sort code", () => gbp({ sortCode: "12" }), [["NOT_VALID", "sortCode"]]],
    ["a legalType outside valuesAllowed", () => gbp({ legalType: "ALIEN" }), [["NOT_VALID", "legalType"]]],
    ["a single personal name", () => gbp({}, "Oliver"), [["NOT_VALID", "accountHolderName"]]],
    ["a one-letter last name", () => gbp({}, "John S"), [["NOT_VALID", "accountHolderName"]]],
    ["digits in a personal name", () => gbp({}, "John 2 Smith"), [["NOT_VALID", "accountHolderName"]]],
    ["characters Wise does not allow", () => gbp({}, "John Smith!"), [["NOT_VALID", "accountHolderName"]]],
    ["an invalid email", () => gbp({ email: "not-an-email" }), [["NOT_VALID", "email"]]],
    [
      "an IBAN with a bad checksum",
      () => create({ currency: "EUR", type: "iban", accountHolderName: "Max Mustermann", details: { legalType: "PRIVATE", IBAN: "DE89370400440532013001" } }),
      [["NOT_VALID", "IBAN"]],
    ],
    [
      "a USD account without its address",
      () =>
        create({
          currency: "USD",
          type: "aba",
          accountHolderName: "Daniel Rivera",
          details: { legalType: "PRIVATE", abartn: "026009593", accountNumber: "12345678", accountType: "CHECKING" },
        }),
      [
        ["NOT_VALID", "address.country"],
        ["NOT_VALID", "address.city"],
        ["NOT_VALID", "address.firstLine"],
        ["NOT_VALID", "address.postCode"],
      ],
    ],
    [
      "a US address without a state and a bad routing number",
      () =>
        create({
          currency: "USD",
          type: "aba",
          accountHolderName: "Daniel Rivera",
          details: {
            legalType: "PRIVATE",
            abartn: "123456789",
            accountNumber: "12345678",
            accountType: "CHECKING",
            address: { country: "US", city: "Austin", firstLine: "1 Congress Ave", postCode: "78701" },
          },
        }),
      [
        ["NOT_VALID", "abartn"],
        ["NOT_VALID", "address.state"],
      ],
    ],
    [
      "every invalid field at once",
      () => create({ currency: "GBP", type: "sort_code", accountHolderName: "X", details: { legalType: "PRIVATE", sortCode: "abc", accountNumber: "1" } }),
      [
        ["NOT_VALID", "accountHolderName"],
        ["NOT_VALID", "sortCode"],
        ["NOT_VALID", "accountNumber"],
      ],
    ],
    [
      "a type the currency does not offer",
      () => create({ currency: "EUR", type: "sort_code", accountHolderName: "Max Mustermann", details: { legalType: "PRIVATE" } }),
      [["NOT_VALID", "type"]],
    ],
    ["a currency without recipients", () => create({ currency: "BWP", type: "iban", accountHolderName: "Max Mustermann", details: {} }), [["NOT_VALID", "currency"]]],
  ])("refuses %s with 422 NOT_VALID listing each field", async (_name, call, expected) => {
    const res = await call();
    expect(res.status).toBe(422);
    expect(errorCodes(res)).toEqual(expected);
    for (const e of res.body.errors as Json[]) {
      expect(typeof e.message).toBe("string");
      expect(e.arguments[0]).toBe(e.path);
    }
  });

  it("accepts business names of one word and refuses a single character", async () => {
    expect(
      (await create({ currency: "GBP", type: "sort_code", accountHolderName: "Acme", details: { legalType: "BUSINESS", sortCode: "403020", accountNumber: "12345678" } })).status,
    ).toBe(200);
    const single = await create({ currency: "GBP", type: "sort_code", accountHolderName: "A", details: { legalType: "BUSINESS", sortCode: "403020", accountNumber: "12345678" } });
    expect(single.status).toBe(422);
  });

  it("pages v2 lists by seek position to the end: no duplicates, seek keys only when they apply", async () => {
    const expected = sandbox.store
      .recipientsOf(pid())
      .filter((r) => r.active)
      .map((r) => r.id)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThanOrEqual(100);
    const seen: number[] = [];
    let seek: number | undefined;
    let pages = 0;
    for (;;) {
      const res = await api("GET", `/v2/accounts?profileId=${pid()}&size=7&sort=id,asc${seek === undefined ? "" : `&seekPosition=${seek}`}`);
      expect(res.status).toBe(200);
      const page = res.body;
      pages++;
      expect(page.size).toBe(page.content.length);
      expect(page.sort).toEqual({ empty: false, sorted: true, unsorted: false });
      if (seek === undefined) expect(page).not.toHaveProperty("seekPositionForCurrent");
      else expect(page.seekPositionForCurrent).toBe(seek);
      for (const r of page.content as Json[]) expect(r.isDefaultAccount).toBe(false);
      seen.push(...(page.content as Json[]).map((r) => r.id));
      if (!("seekPositionForNext" in page)) break;
      expect(page.seekPositionForNext).toBe(page.content[page.content.length - 1].id);
      seek = page.seekPositionForNext;
      expect(pages).toBeLessThan(100);
    }
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it("filters v2 lists by currency, type and active; caps size at 20; defaults to all the caller's profiles", async () => {
    const pln = (await api("GET", `/v2/accounts?profileId=${pid()}&currency=PLN&size=50`)).body;
    expect(pln.size).toBe(pln.content.length);
    expect(pln.content.length).toBeLessThanOrEqual(20);
    expect((pln.content as Json[]).every((r) => r.currency === "PLN")).toBe(true);
    expect(pln.sort).toEqual({ empty: true, sorted: false, unsorted: true });
    const ibans = (await api("GET", `/v2/accounts?profileId=${pid()}&type=iban&currency=CHF,SEK`)).body;
    expect((ibans.content as Json[]).every((r) => r.type === "Iban" && ["CHF", "SEK"].includes(r.currency))).toBe(true);
    const inactive = (await api("GET", `/v2/accounts?profileId=${pid()}&active=false`)).body;
    expect(inactive.content.length).toBeGreaterThan(0);
    expect((inactive.content as Json[]).every((r) => r.active === false)).toBe(true);
    const everything = (await api("GET", "/v2/accounts?size=20&sort=id,desc")).body;
    expect(new Set((everything.content as Json[]).map((r) => r.profileId)).size).toBeGreaterThanOrEqual(1);
    expect((everything.content as Json[])[0].id).toBeGreaterThan((everything.content as Json[])[1].id);
    expect((await api("GET", `/v2/accounts?profileId=${bob.personalProfileId}`)).status).toBe(403);
    expect((await api("GET", "/v2/accounts?size=0")).status).toBe(400);
  });

  it("deactivates with DELETE (200, active false); a second DELETE is 403; inactive ones leave the lists", async () => {
    const created = (await gbp({}, "Delete Me")).body;
    const first = await api("DELETE", `/v2/accounts/${created.id}`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: created.id, active: false, type: "SortCode" });
    const second = await api("DELETE", `/v2/accounts/${created.id}`);
    expect(second.status).toBe(403);
    expect(second.body).toMatchObject({ status: 403 });
    expect((await api("GET", `/v2/accounts/${created.id}`)).body.active).toBe(false);
    const listed = (await api("GET", `/v1/accounts?profileId=${pid()}&currency=GBP`)).body as Json[];
    expect(listed.some((r) => r.id === created.id)).toBe(false);
    expect((await api("GET", `/v2/accounts/${created.id}`, { token: bob.token })).status).toBe(403);
    expect((await api("GET", "/v2/accounts/1")).status).toBe(404);
    expect((await api("DELETE", "/v2/accounts/abc")).status).toBe(400);
  });
});

describe("transfers", () => {
  it("creates a transfer from a quote: 200, waiting for payment, priced by the quote, with an activity", async () => {
    const { transfer, quote: q, recipient, key } = await newTransfer("250.00");
    const bank = option(q, "BANK_TRANSFER");
    expect(transfer).toMatchObject({
      user: alice.userId,
      targetAccount: recipient.id,
      sourceAccount: null,
      quote: null,
      quoteUuid: q.id,
      status: "incoming_payment_waiting",
      reference: "Rent",
      details: { reference: "Rent" },
      business: null,
      hasActiveIssues: false,
      sourceCurrency: "GBP",
      targetCurrency: "EUR",
      customerTransactionId: key,
    });
    expect(transfer.created).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(String(transfer.rate)).toBe(String(q.rate));
    expect(new Big(transfer.sourceValue).eq(new Big("250").minus(bank.fee.total))).toBe(true);
    expect(new Big(transfer.targetValue).eq(bank.targetAmount)).toBe(true);
    expect((await api("GET", `/v3/profiles/${pid()}/quotes/${q.id}`)).body.status).toBe("ACCEPTED");
    expect(activityOf(transfer.id)).toMatchObject({ type: "TRANSFER", status: "REQUIRES_ATTENTION", title: `<strong>${recipient.accountHolderName}</strong>` });
    const feed = (await api("GET", `/v1/profiles/${pid()}/activities?monetaryResourceType=TRANSFER&size=1`)).body;
    expect(feed.activities[0].resource).toEqual({ type: "TRANSFER", id: String(transfer.id) });
  });

  it("is idempotent on customerTransactionId; a quote backs one transfer only", async () => {
    const { transfer, quote: q, recipient, key } = await newTransfer();
    const count = sandbox.store.transfers.size;
    const retry = await api("POST", "/v1/transfers", { body: { targetAccount: recipient.id, quoteUuid: q.id, customerTransactionId: key, details: { reference: "Rent" } } });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(transfer);
    expect(sandbox.store.transfers.size).toBe(count);
    const other = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10 });
    const reused = await api("POST", "/v1/transfers", { body: { targetAccount: recipient.id, quoteUuid: other.id, customerTransactionId: key } });
    expect(reused.status).toBe(409);
    expect(errorCodes(reused)).toEqual([["NOT_UNIQUE", "customerTransactionId"]]);
    const second = await api("POST", "/v1/transfers", { body: { targetAccount: recipient.id, quoteUuid: q.id, customerTransactionId: randomUUID() } });
    expect(second.status).toBe(422);
    expect(errorCodes(second)).toEqual([["QUOTE_ALREADY_USED", "quoteUuid"]]);
    expect(sandbox.store.transfers.size).toBe(count);
  });

  it("refuses bad bodies (400) and bad quote/recipient combinations (422)", async () => {
    const post = (body: unknown) => api("POST", "/v1/transfers", { body });
    const empty = await post({});
    expect(empty.status).toBe(400);
    expect(errorCodes(empty)).toEqual([
      ["NotNull", "targetAccount"],
      ["NotNull", "quoteUuid"],
      ["NotNull", "customerTransactionId"],
    ]);
    const badUuid = await post({ targetAccount: 1, quoteUuid: "nope", customerTransactionId: "also-nope" });
    expect(errorCodes(badUuid)).toEqual([
      ["NOT_VALID", "quoteUuid"],
      ["NOT_VALID", "customerTransactionId"],
    ]);
    expect((await post({ targetAccount: "x", quoteUuid: randomUUID(), customerTransactionId: randomUUID() })).status).toBe(400);
    const q = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10 });
    const attempt = async (targetAccount: number) => post({ targetAccount, quoteUuid: q.id, customerTransactionId: randomUUID() });
    expect(errorCodes(await attempt(seeded("GBP", "sort_code").id))).toEqual([["NOT_VALID", "targetAccount"]]);
    expect(errorCodes(await attempt(seeded("EUR", "iban", alice.businessProfileId).id))).toEqual([["NOT_VALID", "targetAccount"]]);
    const inactive = [...sandbox.store.recipients.values()].find((r) => r.profileId === pid() && !r.active)!;
    expect((await attempt(inactive.id)).status).toBe(422);
    expect(errorCodes(await post({ targetAccount: 1, quoteUuid: randomUUID(), customerTransactionId: randomUUID() }))).toEqual([["NOT_FOUND", "quoteUuid"]]);
    // From USD the recipient's address is mandatory.
    const fromUsd = await quote({ sourceCurrency: "USD", targetCurrency: "EUR", sourceAmount: 10 });
    const noAddress = seeded("EUR", "iban", pid(), (r) => r.address === null);
    const invalid = await post({ targetAccount: noAddress.id, quoteUuid: fromUsd.id, customerTransactionId: randomUUID() });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toEqual({
      errors: [{ code: "INVALID_RECIPIENT", message: "Recipient address is mandatory for this payment, please update or create a new recipient.", arguments: [] }],
    });
  });

  it("lists newest first as a bare array, paged by offset/limit, filtered by status and dates", async () => {
    const all: Json[] = [];
    for (let offset = 0; ; offset += 100) {
      const page = await api("GET", `/v1/transfers?profile=${pid()}&offset=${offset}&limit=100`);
      expect(Array.isArray(page.body)).toBe(true);
      all.push(...page.body);
      if (page.body.length < 100) break;
    }
    expect(all.length).toBe(sandbox.store.transfersOf(pid()).length);
    expect(new Set(all.map((t) => t.id)).size).toBe(all.length);
    const created = all.map((t) => Date.parse(`${t.created.replace(" ", "T")}Z`));
    for (let i = 1; i < created.length; i++) expect(created[i]!).toBeLessThanOrEqual(created[i - 1]!);
    const first = await api("GET", "/v1/transfers");
    expect(first.body.map((t: Json) => t.id)).toEqual(all.slice(0, 20).map((t) => t.id));
    const window = await api("GET", "/v1/transfers?offset=5&limit=3");
    expect(window.body.map((t: Json) => t.id)).toEqual(all.slice(5, 8).map((t) => t.id));

    const byStatus = (await api("GET", "/v1/transfers?limit=1000&status=bounced_back,charged_back")).body as Json[];
    expect(byStatus.length).toBe(all.filter((t) => ["bounced_back", "charged_back"].includes(t.status)).length);
    expect(byStatus.length).toBeGreaterThan(0);

    const day = all[40].created.slice(0, 10);
    const onDay = (await api("GET", `/v1/transfers?limit=1000&createdDateStart=${day}&createdDateEnd=${day}`)).body as Json[];
    expect(onDay.map((t) => t.id)).toEqual(all.filter((t) => t.created.startsWith(day)).map((t) => t.id));
    const from = `${all[60].created.replace(" ", "T")}.000Z`;
    const to = `${all[30].created.replace(" ", "T")}.000Z`;
    const between = (await api("GET", `/v1/transfers?limit=1000&createdDateStart=${from}&createdDateEnd=${to}`)).body as Json[];
    expect(between.map((t) => t.id)).toEqual(all.filter((_, i) => i >= 30 && i <= 60 && all[i].created !== all[29].created).map((t) => t.id));

    const offsetDate = await api("GET", `/v1/transfers?createdDateStart=${encodeURIComponent("2025-01-01T00:00:00+00:00")}`);
    expect(offsetDate.status).toBe(422);
    expect(errorCodes(offsetDate)).toEqual([["NOT_VALID", "createdDateStart"]]);
    expect((await api("GET", "/v1/transfers?createdDateEnd=2025-01-01T00:00:00+00:00")).status).toBe(422); // '+' read as a space
    expect((await api("GET", "/v1/transfers?limit=0")).status).toBe(400);
    expect((await api("GET", "/v1/transfers?limit=1001")).status).toBe(400);
    expect((await api("GET", "/v1/transfers?status=lost_in_space")).status).toBe(400);
    expect((await api("GET", `/v1/transfers?profile=${bob.personalProfileId}`)).status).toBe(403);
    const business = (await api("GET", `/v1/transfers?profile=${alice.businessProfileId}&limit=5`)).body as Json[];
    expect(business.every((t) => t.business === alice.businessProfileId)).toBe(true);
  });

  it("reads one transfer; 404 unknown, 403 someone else's", async () => {
    const t = sandbox.store.transfersOf(pid())[0]!;
    expect((await api("GET", `/v1/transfers/${t.id}`)).body.id).toBe(t.id);
    expect((await api("GET", "/v1/transfers/1")).status).toBe(404);
    expect((await api("GET", `/v1/transfers/${t.id}`, { token: bob.token })).status).toBe(403);
  });

  it("cancels before sending (200 cancelled); 409 transfer.cancellation.not.allowed afterwards", async () => {
    const { transfer } = await newTransfer();
    const cancelled = await api("PUT", `/v1/transfers/${transfer.id}/cancel`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe("cancelled");
    expect(activityOf(transfer.id)).toMatchObject({ status: "CANCELLED", description: "Cancelled" });
    expect(activityOf(transfer.id)?.primaryAmount).toMatch(/^<strikethrough>/);
    const again = await api("PUT", `/v1/transfers/${transfer.id}/cancel`);
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ errors: [{ code: "transfer.cancellation.not.allowed", message: "Transfer cannot be cancelled", arguments: [] }] });
    for (const status of ["outgoing_payment_sent", "funds_refunded", "bounced_back", "funds_converted"] as const) {
      const sent = sandbox.store.transfersOf(pid()).find((t) => t.status === status)!;
      expect((await api("PUT", `/v1/transfers/${sent.id}/cancel`)).status).toBe(409);
    }
  });

  it("transfer requirements: a small form; INR needs a purpose, large USD a source of funds", async () => {
    const inrQuote = await quote({ sourceCurrency: "GBP", targetCurrency: "INR", sourceAmount: 100 });
    const inr = seeded("INR", "indian");
    const form = await api("POST", "/v1/transfer-requirements", { body: { targetAccount: inr.id, quoteUuid: inrQuote.id, details: { reference: "Gift" } } });
    expect(form.status).toBe(200);
    expect(form.body[0].type).toBe("transfer");
    const keys = (form.body[0].fields as Json[]).map((f) => f.group[0].key);
    expect(keys).toEqual(["reference", "transferPurpose"]);
    const missing = await api("POST", "/v1/transfers", { body: { targetAccount: inr.id, quoteUuid: inrQuote.id, customerTransactionId: randomUUID() } });
    expect(missing.status).toBe(422);
    expect(errorCodes(missing)).toEqual([["NOT_VALID", "transferPurpose"]]);
    const ok = await api("POST", "/v1/transfers", {
      body: { targetAccount: inr.id, quoteUuid: inrQuote.id, customerTransactionId: randomUUID(), details: { transferPurpose: "verification.transfers.purpose.send.to.family" } },
    });
    expect(ok.status).toBe(200);
    const big = await quote({ sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 90000 });
    const usd = await api("POST", "/v1/transfer-requirements", { body: { targetAccount: seeded("USD", "aba").id, quoteUuid: big.id } });
    expect((usd.body[0].fields as Json[]).map((f) => f.group[0].key)).toEqual(["reference", "sourceOfFunds"]);
    expect(usd.body[0].fields[0].group[0].maxLength).toBe(10);
  });
});

describe("funding", () => {
  it("pays from the balance: 201 COMPLETED, exact debit of sourceValue + fee, processing, activity in progress", async () => {
    const { transfer, quote: q } = await newTransfer("120.00");
    const before = await balance("GBP");
    const paid = await fund(transfer.id);
    expect(paid.status).toBe(201);
    expect(paid.body).toEqual({ type: "BALANCE", status: "COMPLETED", errorCode: null, errorMessage: null, balanceTransactionId: expect.any(Number) });
    const after = await api("GET", `/v1/transfers/${transfer.id}`);
    const balanceOption = option(q, "BALANCE");
    // Re-priced with the BALANCE pay-in, as Wise does (the fee is lower, more is converted).
    expect(after.body).toMatchObject({ status: "processing", sourceAccount: before.recipientId });
    expect(new Big(after.body.sourceValue).eq(new Big("120").minus(balanceOption.fee.total))).toBe(true);
    expect(new Big(after.body.targetValue).eq(balanceOption.targetAmount)).toBe(true);
    const debited = new Big(String(before.amount.value)).minus(await balanceValue("GBP"));
    expect(debited.toFixed(2)).toBe("120.00");
    expect(debited.eq(new Big(after.body.sourceValue).plus(balanceOption.fee.total))).toBe(true);
    const tx = sandbox.store.balanceTransactions.get(paid.body.balanceTransactionId)!;
    expect(tx).toMatchObject({ type: "TRANSFER", amount: "-120.00", currency: "GBP", balanceId: before.id });
    expect(activityOf(transfer.id)).toMatchObject({ status: "IN_PROGRESS", description: "Sending" });
    expect((await api("GET", `/v3/profiles/${pid()}/quotes/${q.id}`)).body.status).toBe("FUNDED");

    const twice = await fund(transfer.id);
    expect(twice.status).toBe(422);
    expect(twice.body).toEqual({ type: "BALANCE", status: "REJECTED", errorCode: "transfer.already_funded", errorMessage: null });
    expect((await balanceValue("GBP")).eq(new Big(String(before.amount.value)).minus(debited))).toBe(true);
  });

  it("REJECTED transfer.insufficient_funds without a debit when the balance is short", async () => {
    const gbp = await balanceValue("GBP");
    const { transfer } = await newTransfer(gbp.plus(1000).toFixed(2));
    const res = await fund(transfer.id);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ type: "BALANCE", status: "REJECTED", errorCode: "transfer.insufficient_funds", errorMessage: null });
    expect((await balanceValue("GBP")).eq(gbp)).toBe(true);
    expect((await api("GET", `/v1/transfers/${transfer.id}`)).body.status).toBe("incoming_payment_waiting");
  });

  it("REJECTED balance.payment-option-unavailable without a balance in the source currency", async () => {
    const q = await quote({ sourceCurrency: "CHF", targetCurrency: "EUR", sourceAmount: 100 });
    expect(option(q, "BALANCE")).toMatchObject({ disabled: true, disabledReason: { code: "error.payInmethod.disabled" } });
    const t = await api("POST", "/v1/transfers", { body: { targetAccount: seeded("EUR", "iban").id, quoteUuid: q.id, customerTransactionId: randomUUID() } });
    const res = await fund(t.body.id);
    expect(res.status).toBe(422);
    expect(res.body.errorCode).toBe("balance.payment-option-unavailable");
  });

  it("refuses cancelled transfers, other types and other profiles' paths; cancelling a paid transfer refunds it", async () => {
    const { transfer } = await newTransfer();
    await api("PUT", `/v1/transfers/${transfer.id}/cancel`);
    expect((await fund(transfer.id)).body.errorCode).toBe("transfer.not_fundable");
    const { transfer: other } = await newTransfer("40.00");
    expect((await api("POST", `/v3/profiles/${pid()}/transfers/${other.id}/payments`, { body: { type: "CARD" } })).status).toBe(400);
    expect((await api("POST", `/v3/profiles/${pid()}/transfers/${other.id}/payments`, { body: {} })).status).toBe(400);
    expect((await fund(other.id, alice.businessProfileId)).status).toBe(404);
    const before = await balanceValue("GBP");
    expect((await fund(other.id)).status).toBe(201);
    expect(before.minus(await balanceValue("GBP")).toFixed(2)).toBe("40.00");
    const cancelled = await api("PUT", `/v1/transfers/${other.id}/cancel`);
    expect(cancelled.body.status).toBe("cancelled");
    expect((await balanceValue("GBP")).eq(before)).toBe(true);
  });
});

describe("simulation", () => {
  const simulate = (id: number, status: string) => api("GET", `/v1/simulation/transfers/${id}/${status}`);

  it("answers 200 wrong_status for unfunded or out-of-order steps and changes nothing", async () => {
    const { transfer } = await newTransfer();
    const unfunded = await simulate(transfer.id, "processing");
    expect(unfunded.status).toBe(200);
    expect(unfunded.body.errors[0]).toMatchObject({ code: "wrong_status", arguments: [] });
    await fund(transfer.id);
    const skipped = await simulate(transfer.id, "outgoing_payment_sent");
    expect(skipped.status).toBe(200);
    expect(skipped.body.errors[0].code).toBe("wrong_status");
    expect((await api("GET", `/v1/transfers/${transfer.id}`)).body.status).toBe("processing");
    expect((await simulate(transfer.id, "cancelled")).status).toBe(400);
    const email = [...sandbox.store.transfers.values()].find((t) => t.profileId === pid() && t.funding !== null && sandbox.store.recipients.get(t.targetAccount)?.type === "email");
    if (email !== undefined) expect((await simulate(email.id, "bounced_back")).body.errors[0].code).toBe("wrong_status");
  });

  it("walks a funded transfer through every state; the activity follows and funds_refunded credits the balance back", async () => {
    const start = await balanceValue("GBP");
    const { transfer } = await newTransfer("75.00");
    await fund(transfer.id);
    expect(start.minus(await balanceValue("GBP")).toFixed(2)).toBe("75.00");
    const steps: [string, string, string][] = [
      ["processing", "IN_PROGRESS", "Sending"],
      ["funds_converted", "IN_PROGRESS", "Sending"],
      ["outgoing_payment_sent", "COMPLETED", "Sent by you"],
      ["bounced_back", "REQUIRES_ATTENTION", "Bounced back"],
      ["funds_refunded", "CANCELLED", "Refunded"],
    ];
    for (const [status, activityStatus, description] of steps) {
      const res = await simulate(transfer.id, status);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: transfer.id, status, hasActiveIssues: status === "bounced_back" });
      expect(activityOf(transfer.id)).toMatchObject({ status: activityStatus, description });
      if (status !== "funds_refunded") expect(start.minus(await balanceValue("GBP")).toFixed(2)).toBe("75.00");
    }
    expect((await balanceValue("GBP")).eq(start)).toBe(true);
    expect((await simulate(transfer.id, "funds_refunded")).body.errors[0].code).toBe("wrong_status");
  });

  it("tops up a balance exactly: {transactionId, COMPLETED, balancesAfter} and a deposit activity", async () => {
    const eur = await balance("EUR");
    const res = await api("POST", "/v1/simulation/balance/topup", { body: { profileId: pid(), balanceId: eur.id, currency: "EUR", amount: 100.1, channel: "TRANSFER" } });
    expect(res.status).toBe(200);
    const expected = new Big(String(eur.amount.value)).plus("100.10").toFixed(2);
    expect(res.body).toEqual({ transactionId: expect.any(Number), state: "COMPLETED", balancesAfter: [{ id: eur.id, value: expected, currency: "EUR" }] });
    expect((await balanceValue("EUR")).toFixed(2)).toBe(expected);
    const activity = sandbox.store.activityOf(pid(), "BALANCE_TRANSACTION", String(res.body.transactionId));
    expect(activity).toMatchObject({ type: "BALANCE_DEPOSIT", status: "COMPLETED", primaryAmount: "<positive>+ 100.10 EUR</positive>" });
    const topup = (body: Record<string, unknown>) =>
      api("POST", "/v1/simulation/balance/topup", { body: { profileId: pid(), balanceId: eur.id, currency: "EUR", amount: 5, ...body } });
    expect((await topup({ currency: "GBP" })).status).toBe(400);
    expect((await topup({ amount: -5 })).status).toBe(400);
    expect((await topup({ amount: 1.005 })).status).toBe(400);
    expect((await topup({ balanceId: 1 })).status).toBe(404);
    expect((await topup({ profileId: bob.personalProfileId })).status).toBe(403);
  });
});

describe("ids above 2^53", () => {
  it("a path id above 2^53 is an unknown id (404), never its rounded neighbour; beyond the long range, or in a body, 400", async () => {
    const beyond = "9007199254740993"; // 2^53 + 1; as a JavaScript number it becomes 2^53
    const t = sandbox.store.transfersOf(pid())[0]!;
    sandbox.store.transfers.set(2 ** 53, { ...t, id: 2 ** 53 });
    try {
      const read = await api("GET", `/v1/transfers/${beyond}`);
      expect(read.status).toBe(404);
      expect(read.body.errors).toEqual([{ code: "NOT_FOUND", message: "Transfer not found", path: "transferId", arguments: ["transferId", beyond] }]);
      for (const [path, param] of [
        [`/v2/profiles/${beyond}`, "profileId"],
        [`/v4/profiles/${pid()}/balances/${beyond}`, "balanceId"],
        [`/v2/accounts/${beyond}`, "accountId"],
        [`/v1/addresses/${beyond}`, "addressId"],
      ]) {
        const res = await api("GET", path);
        expect([path, res.status, errorCodes(res)]).toEqual([path, 404, [["NOT_FOUND", param]]]);
      }
      expect((await api("GET", "/v1/transfers/9223372036854775808")).status).toBe(400);
      const body = `{"targetAccount":${beyond},"quoteUuid":"${randomUUID()}","customerTransactionId":"${randomUUID()}"}`;
      const created = await api("POST", "/v1/transfers", { body });
      expect(created.status).toBe(400);
      expect(created.text).toContain("'targetAccount' should be a valid 'Long'");
    } finally {
      sandbox.store.transfers.delete(2 ** 53);
    }
  });
});

describe("idempotency keys are per user", () => {
  it("alice and bob using the same customerTransactionId get two independent transfers", async () => {
    const key = randomUUID();
    const { transfer: alices } = await newTransfer("20.00", { customerTransactionId: key });
    const bobs = async () => {
      const q = await quote({ sourceCurrency: "EUR", targetCurrency: "EUR", sourceAmount: 20 }, bob.personalProfileId, bob.token);
      const recipient = seeded("EUR", "iban", bob.personalProfileId);
      return api("POST", "/v1/transfers", { token: bob.token, body: { targetAccount: recipient.id, quoteUuid: q.id, customerTransactionId: key, details: { reference: "Bob" } } });
    };
    const created = await bobs();
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ user: bob.userId, customerTransactionId: key, reference: "Bob" });
    expect(created.body.id).not.toBe(alices.id);
    // Each user's own retry still resolves to their own transfer.
    const alicesRetry = await api("POST", "/v1/transfers", {
      body: { targetAccount: alices.targetAccount, quoteUuid: alices.quoteUuid, customerTransactionId: key, details: { reference: "Rent" } },
    });
    expect(alicesRetry.body.id).toBe(alices.id);
    const bobsRetry = await api("POST", "/v1/transfers", {
      token: bob.token,
      body: { targetAccount: created.body.targetAccount, quoteUuid: created.body.quoteUuid, customerTransactionId: key },
    });
    expect(bobsRetry.body.id).toBe(created.body.id);
  });

  it("alice and bob using the same X-idempotence-uuid get two independent conversions", async () => {
    const key = randomUUID();
    const convert = async (user: DemoUser, sourceCurrency: string) => {
      const profileId = user.personalProfileId;
      const q = await quote({ sourceCurrency, targetCurrency: "EUR", sourceAmount: 15, payOut: "BALANCE" }, profileId, user.token);
      return api("POST", `/v2/profiles/${profileId}/balance-movements`, { token: user.token, body: { quoteId: q.id }, headers: { "X-idempotence-uuid": key } });
    };
    const bobsEurBefore = new Big(String(sandbox.store.balancesOf(bob.personalProfileId).find((b) => b.type === "STANDARD" && b.currency === "EUR")!.amount));
    const alices = await convert(alice, "GBP");
    const bobs = await convert(bob, "USD");
    expect([alices.status, bobs.status]).toEqual([201, 201]);
    expect(bobs.body.id).not.toBe(alices.body.id);
    expect(bobs.body.sourceAmount).toEqual({ value: "15.00", currency: "USD" });
    const bobsEurAfter = new Big(String(sandbox.store.balancesOf(bob.personalProfileId).find((b) => b.type === "STANDARD" && b.currency === "EUR")!.amount));
    expect(bobsEurAfter.minus(bobsEurBefore).toFixed(2)).toBe(new Big(bobs.body.targetAmount.value).toFixed(2));
  });
});

describe("balances", () => {
  const create = (body: unknown, key: string | null = randomUUID(), profileId = pid()) =>
    api("POST", `/v4/profiles/${profileId}/balances`, { body, headers: key === null ? {} : { "X-idempotence-uuid": key } });

  it("opens a balance (201); the same X-idempotence-uuid returns the first result, no second balance", async () => {
    const key = randomUUID();
    const first = await create({ currency: "CHF", type: "STANDARD" }, key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ currency: "CHF", type: "STANDARD", name: null, amount: { value: "0.00", currency: "CHF" }, primary: true, visible: true });
    const count = sandbox.store.balances.size;
    const replay = await create({ currency: "CHF", type: "STANDARD" }, key);
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    expect(sandbox.store.balances.size).toBe(count);
    const duplicate = await create({ currency: "CHF", type: "STANDARD" });
    expect(duplicate.status).toBe(422);
    expect(errorCodes(duplicate)).toEqual([["balance.already-exists", "currency"]]);
    expect((await api("GET", `/v4/profiles/${pid()}/balances/${first.body.id}`)).status).toBe(200);
  });

  it("needs the header, a type and a name for jars; jars may repeat a currency", async () => {
    expect((await create({ currency: "GBP", type: "SAVINGS", name: "Car" }, null)).status).toBe(400);
    expect((await create({ currency: "GBP", type: "SAVINGS", name: "Car" }, "not-a-uuid")).status).toBe(400);
    const unnamed = await create({ currency: "GBP", type: "SAVINGS" });
    expect(unnamed.status).toBe(400);
    expect(errorCodes(unnamed)).toEqual([["NotBlank", "name"]]);
    expect((await create({ currency: "GBP", type: "CHECKING" })).status).toBe(400);
    expect((await create({ currency: "XYZ", type: "STANDARD" })).status).toBe(400);
    const a = await create({ currency: "GBP", type: "SAVINGS", name: "Car" });
    const b = await create({ currency: "GBP", type: "SAVINGS", name: "Boat" });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body).toMatchObject({ type: "SAVINGS", name: "Car", primary: false, recipientId: null });
  });

  it("closes only empty balances: 204 without a body, 422 while money is in it", async () => {
    const full = await balance("GBP");
    const refused = await api("DELETE", `/v4/profiles/${pid()}/balances/${full.id}`);
    expect(refused.status).toBe(422);
    expect(errorCodes(refused)).toEqual([["balance.not-empty", "balanceId"]]);
    const empty = await create({ currency: "SEK", type: "STANDARD" });
    const closed = await api("DELETE", `/v4/profiles/${pid()}/balances/${empty.body.id}`);
    expect(closed.status).toBe(204);
    expect(closed.text).toBe("");
    expect((await api("GET", `/v4/profiles/${pid()}/balances/${empty.body.id}`)).status).toBe(404);
    expect((await api("DELETE", `/v4/profiles/${pid()}/balances/${empty.body.id}`)).status).toBe(404);
  });

  it("converts with a payOut BALANCE quote: exact balancesAfter, fee in the source currency, once per key", async () => {
    const q = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 80, payOut: "BALANCE" });
    const priced = (q.paymentOptions as Json[]).find((o) => o.payIn === "BALANCE" && o.payOut === "BALANCE");
    const [gbp, eur] = [await balance("GBP"), await balance("EUR")];
    const key = randomUUID();
    const move = (body: unknown, k = key) => api("POST", `/v2/profiles/${pid()}/balance-movements`, { body, headers: { "X-idempotence-uuid": k } });
    const res = await move({ quoteId: q.id });
    expect(res.status).toBe(201);
    const gbpAfter = new Big(String(gbp.amount.value)).minus("80").toFixed(2);
    const eurAfter = new Big(String(eur.amount.value)).plus(priced.targetAmount).toFixed(2);
    expect(res.body).toMatchObject({
      type: "CONVERSION",
      state: "COMPLETED",
      balancesAfter: [
        { id: gbp.id, value: gbpAfter, currency: "GBP" },
        { id: eur.id, value: eurAfter, currency: "EUR" },
      ],
      sourceAmount: { value: "80.00", currency: "GBP" },
      targetAmount: { value: new Big(priced.targetAmount).toFixed(2), currency: "EUR" },
      feeAmounts: [{ value: new Big(String(priced.fee.total)).toFixed(2), currency: "GBP" }],
    });
    expect(String(res.body.rate)).toBe(String(q.rate));
    expect(res.body.creationTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(res.body.steps).toHaveLength(1);
    expect((await balanceValue("GBP")).toFixed(2)).toBe(gbpAfter);
    expect((await balanceValue("EUR")).toFixed(2)).toBe(eurAfter);
    const replay = await move({ quoteId: q.id });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(res.body.id);
    expect((await balanceValue("GBP")).toFixed(2)).toBe(gbpAfter);
    const reused = await move({ quoteId: q.id }, randomUUID());
    expect(errorCodes(reused)).toEqual([["QUOTE_ALREADY_USED", "quoteId"]]);
    const activity = sandbox.store.activityOf(pid(), "BALANCE_TRANSACTION", String(res.body.steps[0].id));
    expect(activity).toMatchObject({ type: "INTERBALANCE", title: "<strong>GBP</strong> to <strong>EUR</strong>", description: "Converted by you" });

    const bank = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10 });
    expect(errorCodes(await move({ quoteId: bank.id }, randomUUID()))).toEqual([["NOT_VALID", "quoteId"]]);
    const huge = await quote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 99_999_999, payOut: "BALANCE" });
    const short = await move({ quoteId: huge.id }, randomUUID());
    expect(short.status).toBe(422);
    expect(errorCodes(short)).toEqual([["balance.insufficient-funds", "sourceBalanceId"]]);
    expect((await balanceValue("GBP")).toFixed(2)).toBe(gbpAfter);
    expect((await api("POST", `/v2/profiles/${pid()}/balance-movements`, { body: { quoteId: q.id } })).status).toBe(400);
  });

  it("moves money into and out of a same-currency jar", async () => {
    const jar = sandbox.store.balancesOf(pid()).find((b) => b.type === "SAVINGS" && b.currency === "GBP")!;
    const gbp = await balance("GBP");
    const jarBefore = new Big(jar.amount);
    const move = (body: unknown) => api("POST", `/v2/profiles/${pid()}/balance-movements`, { body, headers: { "X-idempotence-uuid": randomUUID() } });
    const deposit = await move({ sourceBalanceId: gbp.id, targetBalanceId: jar.id, amount: { value: 12.34, currency: "GBP" } });
    expect(deposit.status).toBe(201);
    expect(deposit.body).toMatchObject({ type: "DEPOSIT", feeAmounts: [], sourceAmount: { value: "12.34", currency: "GBP" } });
    expect(new Big(jar.amount).minus(jarBefore).toFixed(2)).toBe("12.34");
    const withdrawal = await move({ sourceBalanceId: jar.id, targetBalanceId: gbp.id, amount: { value: 12.34, currency: "GBP" } });
    expect(withdrawal.body.type).toBe("WITHDRAWAL");
    expect(new Big(jar.amount).eq(jarBefore)).toBe(true);
    expect((await balanceValue("GBP")).eq(String(gbp.amount.value))).toBe(true);
    const eur = await balance("EUR");
    expect((await move({ sourceBalanceId: eur.id, targetBalanceId: jar.id, amount: { value: 1, currency: "EUR" } })).status).toBe(400);
    expect((await move({ sourceBalanceId: gbp.id, amount: { value: 1, currency: "GBP" } })).status).toBe(400);
    expect((await move({})).status).toBe(400);
  });
});
