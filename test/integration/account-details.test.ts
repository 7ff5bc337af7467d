// Bank details and the multi-currency account through GraphQL over HTTP against the sandbox:
// Profile.bankAccountDetails (typed fields and the labelled list) and Balance.bankDetails from one
// Wise call, an order followed from PENDING_USER to DONE until the details show on the balance,
// the orders connection paged to its end, instant issuing, a received payment returned with the
// balance back to the cent, and every bad input answered with userErrors while nothing changes.

import Big from "big.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  BalanceBankDetailsDocument,
  BankAccountDetailsCreateDocument,
  BankAccountDetailsDocument,
  BankAccountDetailsOrderCreateDocument,
  BankAccountDetailsOrdersDocument,
  BankAccountDetailsPaymentReturnDocument,
  BankAccountDetailsPaymentSimulateDocument,
  MultiCurrencyAccountDocument,
  MultiCurrencyAccountEligibilityDocument,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";
import { isValidIban } from "../../src/sandbox/reference/countries.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});

/** A sandbox-only call (simulations), as alice. */
async function sandboxPost(path: string, body?: unknown) {
  const res = await fetch(`${h.sandbox.url}${path}`, {
    method: "POST",
    headers: { authorization: `Bearer ${h.alice.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const balanceRecord = (profileId: number, currency: string, type = "STANDARD") =>
  [...h.sandbox.store.balances.values()].find((b) => b.profileId === profileId && b.currency === currency && b.type === type)!;
const balanceId = (profileId: number, currency: string, type = "STANDARD") => toGlobalId("Balance", `${profileId}:${balanceRecord(profileId, currency, type).id}`);

async function orders(currency: string, first = 20, after?: string) {
  const res = await h.request(BankAccountDetailsOrdersDocument, { id: personalProfileId(h), currency, first, after });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.profile!.bankAccountDetailsOrders!;
}

describe("Profile.bankAccountDetails and Balance.bankDetails", () => {
  it("shows issued details with typed fields and every currency's example, from one Wise call", async () => {
    const res = await h.request(BankAccountDetailsDocument, { id: personalProfileId(h) });
    expect(res.body.errors).toBeUndefined();
    const all = res.body.data!.profile!.bankAccountDetails!;
    expect(all.map((d) => d.currency)).toEqual(["EUR", "GBP", "USD", "AUD", "NZD", "CAD", "HUF", "MYR", "RON", "SGD", "TRY"]);
    const gbp = all.find((d) => d.currency === "GBP")!;
    expect(gbp).toMatchObject({ status: "ACTIVE", deprecated: false, balance: { id: balanceId(h.alice.personalProfileId, "GBP"), currency: "GBP" } });
    expect(gbp.local).toMatchObject({ type: "LOCAL", available: true, accountHolder: "Alice Martin", sortCode: "23-14-70", bankCode: "23-14-70", bankName: "TransferWise" });
    expect(gbp.local!.accountNumber).toMatch(/^\d{8}$/);
    expect(isValidIban(gbp.local!.iban!)).toBe(true);
    expect(gbp.local!.bankAddress).toBe("56 Shoreditch High Street, London, E1 6JJ, United Kingdom");
    expect(gbp.international).toMatchObject({ type: "INTERNATIONAL", swiftCode: "TRWIGB2L", iban: gbp.local!.iban });
    expect(gbp.local!.details.map((d) => d.label)).toEqual(["Account holder", "Sort code", "Account number", "IBAN", "Bank name and address"]);
    const usd = all.find((d) => d.currency === "USD")!;
    expect(usd).toMatchObject({ wiseId: null, status: "AVAILABLE", balance: null });
    expect(usd.local).toMatchObject({ routingNumber: "026073008", accountType: "Checking" });
    const aud = all.find((d) => d.currency === "AUD")!;
    expect(aud.international).toMatchObject({ available: false, details: [] });
    expect(aud.bankFeatures.find((f) => f.key === "SWIFT")!.supported).toBe(false);
    // A currency without typed fields still renders from the labelled list.
    const sgd = all.find((d) => d.currency === "SGD")!;
    expect(sgd.local!.paymentNetwork).toBe("FAST");
    expect(sgd.local!.details.map((d) => d.type)).toContain("ADDRESS");
    expect((await h.stats()).routes["GET /v1/profiles/:profileId/account-details"]).toBe(1);
  });

  it("filters by status", async () => {
    const res = await h.request(BankAccountDetailsDocument, { id: personalProfileId(h), status: "ACTIVE" as never });
    expect(res.body.data!.profile!.bankAccountDetails!.map((d) => d.currency)).toEqual(["EUR", "GBP"]);
  });

  it("Balance.bankDetails: the details of each standard balance that has them, null for the rest and for jars, one call for all", async () => {
    const res = await h.request(BalanceBankDetailsDocument, { id: personalProfileId(h) });
    expect(res.body.errors).toBeUndefined();
    const balances = res.body.data!.profile!.balances!;
    const shown = balances.map((b) => [b.currency, b.type, b.bankDetails?.status ?? null]);
    expect(shown).toEqual([
      ["GBP", "STANDARD", "ACTIVE"],
      ["EUR", "STANDARD", "ACTIVE"],
      ["USD", "STANDARD", null],
      ["JPY", "STANDARD", null],
      ["GBP", "SAVINGS", null],
    ]);
    expect((await h.stats()).routes["GET /v1/profiles/:profileId/account-details"]).toBe(1);
  });
});

describe("ordering bank details", () => {
  it("follows an order from PENDING_USER to DONE, after which the balance shows its details", async () => {
    const input = { profileId: personalProfileId(h), currency: "USD" };
    const created = await h.request(BankAccountDetailsOrderCreateDocument, { input });
    expect(created.body.data!.bankAccountDetailsOrderCreate).toEqual({
      order: {
        currency: "USD",
        status: "PENDING_USER",
        requirements: [
          { type: "VERIFICATION", status: "PENDING_USER" },
          { type: "TOP_UP", status: "PENDING_USER" },
        ],
      },
      userErrors: [],
    });
    // Asked again, the open order comes back: still one order.
    const again = await h.request(BankAccountDetailsOrderCreateDocument, { input });
    expect(again.body.data!.bankAccountDetailsOrderCreate.order!.status).toBe("PENDING_USER");
    expect((await orders("USD")).edges).toHaveLength(1);
    const statuses: string[] = [];
    for (let step = 0; step < 3; step++) {
      await sandboxPost(`/v1/simulation/profiles/${h.alice.personalProfileId}/account-details-orders/USD/next`);
      statuses.push((await orders("USD")).edges[0]!.node.status);
    }
    expect(statuses).toEqual(["PENDING_TW", "REQUIREMENTS_FULFILLED", "DONE"]);
    const balances = (await h.request(BalanceBankDetailsDocument, { id: personalProfileId(h) })).body.data!.profile!.balances!;
    const usd = balances.find((b) => b.currency === "USD" && b.type === "STANDARD")!;
    expect(usd.bankDetails).toMatchObject({ currency: "USD", status: "ACTIVE", local: { accountHolder: "Alice Martin" } });
    expect(usd.bankDetails!.local!.accountNumber).toMatch(/^8310\d{6}$/);
  });

  it("answers bad orders with userErrors on the input and orders nothing", async () => {
    const cases: [string, string][] = [
      ["JPY", "INVALID"], // Wise offers no JPY details
      ["AUD", "INVALID"], // alice holds no AUD balance
      ["GBP", "INVALID"], // already issued
    ];
    for (const [currency, code] of cases) {
      const res = await h.request(BankAccountDetailsOrderCreateDocument, { input: { profileId: personalProfileId(h), currency } });
      expect(res.body.errors).toBeUndefined();
      const payload = res.body.data!.bankAccountDetailsOrderCreate;
      expect({ currency, order: payload.order, errors: payload.userErrors.map((e) => [e.code, e.field]) }).toEqual({
        currency,
        order: null,
        errors: [[code, ["input", "currency"]]],
      });
    }
    expect(h.sandbox.store.accountDetailsOrders).toEqual([]);
    const forbidden = await h.request(BankAccountDetailsOrderCreateDocument, {
      input: { profileId: toGlobalId("PersonalProfile", String(h.bob.personalProfileId)), currency: "USD" },
    });
    expect(errorCodes(forbidden)).toEqual(["FORBIDDEN"]);
    const badCurrency = await h.request(BankAccountDetailsOrderCreateDocument, { input: { profileId: personalProfileId(h), currency: "US" } });
    expect(errorCodes(badCurrency)).toEqual(["BAD_USER_INPUT"]);
    expect(h.sandbox.store.accountDetailsOrders).toEqual([]);
  });

  it("pages the orders connection to its end, and refuses a cursor of another currency", async () => {
    const profileId = h.alice.personalProfileId;
    // Three earlier HUF orders (history the sandbox cannot make through calls: one open order per currency).
    for (const status of ["DONE", "DONE", "PENDING_TW"] as const) {
      h.sandbox.store.accountDetailsOrders.push({
        id: h.sandbox.store.nextId("other"),
        profileId,
        currency: "HUF",
        status,
        requirements: [{ type: "VERIFICATION", status: "DONE" }],
        createdMs: Date.now(),
      });
    }
    const first = await orders("HUF", 2);
    expect(first.edges.map((e) => e.node.status)).toEqual(["DONE", "DONE"]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await orders("HUF", 2, first.pageInfo.endCursor!);
    expect(second.edges.map((e) => e.node.status)).toEqual(["PENDING_TW"]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const foreign = await h.request(BankAccountDetailsOrdersDocument, { id: personalProfileId(h), currency: "EUR", first: 2, after: first.pageInfo.endCursor });
    expect(errorCodes(foreign)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answers every page of one request from one Wise call, and refuses a bad cursor without one", async () => {
    const id = personalProfileId(h);
    const query = `query($id: ID!) { profile(id: $id) { one: bankAccountDetailsOrders(currency: "HUF", first: 1) { pageInfo { endCursor } }
      two: bankAccountDetailsOrders(currency: "HUF", first: 2) { edges { cursor } } } }`;
    await h.reset();
    for (const status of ["DONE", "PENDING_TW"] as const) {
      h.sandbox.store.accountDetailsOrders.push({
        id: h.sandbox.store.nextId("other"),
        profileId: h.alice.personalProfileId,
        currency: "HUF",
        status,
        requirements: [{ type: "VERIFICATION", status: "DONE" }],
        createdMs: Date.now(),
      });
    }
    const both = JSON.parse((await h.raw(JSON.stringify({ query, variables: { id } }))).text);
    expect(both.errors).toBeUndefined();
    expect(both.data.profile.two.edges).toHaveLength(2);
    expect((await h.stats()).routes["GET /v3/profiles/:profileId/account-details-orders"]).toBe(1);
    await h.reset();
    const bad = await h.request(BankAccountDetailsOrdersDocument, { id, currency: "HUF", first: 2, after: "not-a-cursor" });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    // Only the profile itself was read: the orders list was not asked for.
    expect((await h.stats()).routes).toEqual({ "GET /v2/profiles": 1 });
  });
});

describe("bankAccountDetailsCreate", () => {
  it("issues details on a balance at once and reads them back; a repeat, a jar or another user's balance changes nothing", async () => {
    const business = h.alice.businessProfileId;
    const created = await h.request(BankAccountDetailsCreateDocument, { input: { balanceId: balanceId(business, "EUR") } });
    expect(created.body.errors).toBeUndefined();
    const details = created.body.data!.bankAccountDetailsCreate.bankAccountDetails!;
    expect(details).toMatchObject({
      currency: "EUR",
      status: "ACTIVE",
      balance: { id: balanceId(business, "EUR") },
      local: { accountHolder: "Martin Design Studio Ltd", swiftCode: "TRWIBEB1XXX" },
    });
    expect(isValidIban(details.local!.iban!)).toBe(true);
    const issued = h.sandbox.store.accountDetails.size;
    for (const id of [balanceId(business, "EUR"), balanceId(business, "GBP", "SAVINGS")]) {
      const res = await h.request(BankAccountDetailsCreateDocument, { input: { balanceId: id } });
      expect(res.body.data!.bankAccountDetailsCreate).toEqual({
        bankAccountDetails: null,
        userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "balanceId"] })],
      });
    }
    const foreign = await h.request(BankAccountDetailsCreateDocument, { input: { balanceId: balanceId(h.bob.personalProfileId, "EUR") } });
    expect(errorCodes(foreign)).toEqual(["FORBIDDEN"]);
    expect(h.sandbox.store.accountDetails.size).toBe(issued);
  });
});

describe("bankAccountDetailsPaymentReturn", () => {
  async function receive(currency: string, amount: string, channel = "LOCAL") {
    const res = await sandboxPost(`/v1/simulation/profiles/${h.alice.personalProfileId}/account-details/payments`, { currency, amount, senderName: "Acme Ltd", channel });
    expect(res.status).toBe(201);
    return res.body.id as number;
  }

  it("sends a received payment back out of the balance, to the cent, and only once", async () => {
    const balance = balanceRecord(h.alice.personalProfileId, "GBP");
    const before = balance.amount;
    const paymentId = await receive("GBP", "250.05");
    expect(new Big(balance.amount).minus(before).toFixed(2)).toBe("250.05");
    const input = { profileId: personalProfileId(h), paymentId, reason: "CUSTOMER_REQUEST" as never };
    const res = await h.request(BankAccountDetailsPaymentReturnDocument, { input });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.bankAccountDetailsPaymentReturn.returnId).toMatch(/^[0-9a-f-]{36}$/);
    expect(balance.amount).toBe(before);
    const again = await h.request(BankAccountDetailsPaymentReturnDocument, { input });
    expect(again.body.data!.bankAccountDetailsPaymentReturn).toEqual({ returnId: null, userErrors: [expect.objectContaining({ code: "INVALID" })] });
    expect(balance.amount).toBe(before);
  });

  it("bankAccountDetailsPaymentSimulate (sandbox only) receives exact amounts and refuses one with too many decimals", async () => {
    const balance = balanceRecord(h.alice.personalProfileId, "GBP");
    const before = balance.amount;
    const refused = await h.request(BankAccountDetailsPaymentSimulateDocument, { input: { profileId: personalProfileId(h), currency: "GBP", amount: "10.005" } });
    expect(refused.body.data!.bankAccountDetailsPaymentSimulate).toEqual({
      paymentId: null,
      userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "amount"] })],
    });
    const noDetails = await h.request(BankAccountDetailsPaymentSimulateDocument, { input: { profileId: personalProfileId(h), currency: "USD", amount: "10" } });
    expect(noDetails.body.data!.bankAccountDetailsPaymentSimulate.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "currency"] })]);
    expect(balance.amount).toBe(before);
    const received = await h.request(BankAccountDetailsPaymentSimulateDocument, {
      input: { profileId: personalProfileId(h), currency: "GBP", amount: "0.10", senderName: "Acme Ltd" },
    });
    const paymentId = received.body.data!.bankAccountDetailsPaymentSimulate.paymentId!;
    expect(h.sandbox.store.accountDetailsPayments.get(paymentId)).toMatchObject({ amount: "0.10", senderName: "Acme Ltd", channel: "LOCAL" });
    expect(new Big(balance.amount).minus(before).toFixed(2)).toBe("0.10");
  });

  it("asks a reason for a Swift payment and names unknown payments, returning nothing", async () => {
    const balance = balanceRecord(h.alice.personalProfileId, "EUR");
    const paymentId = await receive("EUR", "40.00", "SWIFT");
    const after = balance.amount;
    const bare = await h.request(BankAccountDetailsPaymentReturnDocument, { input: { profileId: personalProfileId(h), paymentId } });
    expect(bare.body.data!.bankAccountDetailsPaymentReturn).toEqual({ returnId: null, userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "reason"] })] });
    const unknown = await h.request(BankAccountDetailsPaymentReturnDocument, { input: { profileId: personalProfileId(h), paymentId: 424242, reason: "CLOSED_ACCOUNT" as never } });
    expect(unknown.body.data!.bankAccountDetailsPaymentReturn).toEqual({
      returnId: null,
      userErrors: [expect.objectContaining({ code: "NOT_FOUND", field: ["input", "paymentId"] })],
    });
    expect(balance.amount).toBe(after);
    expect(h.sandbox.store.accountDetailsPayments.get(paymentId)!.returnId).toBeNull();
  });
});

describe("Profile.multiCurrencyAccount", () => {
  it("shows the account with its eligibility and currencies", async () => {
    const res = await h.request(MultiCurrencyAccountDocument, { id: personalProfileId(h) });
    expect(res.body.errors).toBeUndefined();
    const profile = res.body.data!.profile!;
    const account = profile.multiCurrencyAccount!;
    expect(account).toMatchObject({
      active: true,
      eligible: true,
      eligibility: { eligible: true, code: "eligible", accountType: "FULL", reason: null },
      profile: { id: personalProfileId(h) },
    });
    expect(account.bankDetailsCurrencies).toEqual(["EUR", "GBP", "USD", "AUD", "NZD", "CAD", "HUF", "MYR", "RON", "SGD", "TRY"]);
    expect(account.availableCurrencies).toEqual(expect.arrayContaining(account.bankDetailsCurrencies!));
    expect(profile.multiCurrencyAccountEligibility).toEqual({ eligible: true, accountType: "FULL" });
    // The profile's and the account's eligibility are one Wise call.
    expect((await h.stats()).routes["GET /v4/multi-currency-account/eligibility"]).toBe(1);
  });

  it("answers eligibility by place, and refuses a malformed country before calling Wise", async () => {
    const ask = async (country: string, state?: string) => (await h.request(MultiCurrencyAccountEligibilityDocument, { country, state })).body;
    expect((await ask("FR")).data!.multiCurrencyAccountEligibility).toMatchObject({ eligible: true, accountType: "FULL" });
    expect((await ask("US", "CA")).data!.multiCurrencyAccountEligibility).toMatchObject({ eligible: true });
    expect((await ask("US")).data!.multiCurrencyAccountEligibility).toMatchObject({ eligible: false, code: "invalid.state", accountType: "INELIGIBLE" });
    expect((await ask("IR")).data!.multiCurrencyAccountEligibility).toMatchObject({ eligible: false, code: "invalid.country" });
    await h.reset();
    const bad = await h.request(MultiCurrencyAccountEligibilityDocument, { country: "France" });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    expect((await h.stats()).routes).toEqual({});
  });
});
