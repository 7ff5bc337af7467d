import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { toGlobalId } from "graphql-relay";
import { ExcessMoneyAccountSetDocument, HoldLimitBreachCloseDocument, HoldLimitBreachesDocument, ProfileFundsDocument, RecipientCreateDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId, VALID_ANSWERS } from "../helpers/money.js";
import type { DemoUser } from "../../src/sandbox/index.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ client: { timeouts: { connect: 500, response: 700, request: 1_500 }, breaker: { volumeThreshold: 1_000 } } });
});
beforeEach(async () => {
  await h.reset();
});
afterEach(() => {
  h.sandbox.faults.clear();
});
afterAll(async () => {
  await h.close();
});

const CLOSE_ROUTE = "POST /v1/profiles/:profileId/balances/hold-limit-breach/:holdLimitBreachId";

const dana = (): DemoUser => h.sandbox.scaUsers[0]!;
const danaBusiness = () => toGlobalId("BusinessProfile", String(dana().businessProfileId));

/** The SGD balance of dana's business profile, straight from the sandbox's REST API. */
async function sgdBalance(): Promise<string> {
  const balances = await h.rest<Array<{ currency: string; amount: { value: number } }>>(`/v4/profiles/${dana().businessProfileId}/balances?types=STANDARD`, dana().token);
  return String(balances.find((b) => b.currency === "SGD")!.amount.value);
}

/**
 * Dana's business profile (EUR 12,000 in the seed) moved to Singapore, where the sandbox's hold
 * limit is SGD 20,000 (no Wise call moves a profile, so its address is edited in the store), and
 * an SGD balance topped up past the limit. Answers an SGD recipient of the profile.
 */
async function breachTheLimit(): Promise<string> {
  const profileId = dana().businessProfileId;
  const store = h.sandbox.store;
  store.addresses.get(store.profiles.get(profileId)!.addressId)!.country = "SG";
  const created = await fetch(`${h.sandbox.url}/v4/profiles/${profileId}/balances`, {
    method: "POST",
    headers: { authorization: `Bearer ${dana().token}`, "content-type": "application/json", "x-idempotence-uuid": crypto.randomUUID() },
    body: JSON.stringify({ currency: "SGD", type: "STANDARD" }),
  });
  const balance = (await created.json()) as { id: number };
  const topup = await fetch(`${h.sandbox.url}/v1/simulation/balance/topup`, {
    method: "POST",
    headers: { authorization: `Bearer ${dana().token}`, "content-type": "application/json" },
    body: JSON.stringify({ profileId, balanceId: balance.id, currency: "SGD", amount: 10000 }),
  });
  expect(topup.status).toBe(200);
  const recipient = await h.request(
    RecipientCreateDocument,
    {
      input: {
        profileId: danaBusiness(),
        currency: "SGD",
        type: "singapore_paynow",
        accountHolderName: "Tan Ah Kow",
        details: [
          { key: "legalType", value: "PRIVATE" },
          { key: "accountNumber", value: "+6587654321" },
        ],
      },
    },
    { token: dana().token },
  );
  const id = recipient.body.data?.recipientCreate.recipient?.id;
  if (!id) throw new Error(`recipientCreate failed: ${recipient.text}`);
  return id;
}

async function openBreaches() {
  const response = await h.request(HoldLimitBreachesDocument, { id: danaBusiness(), state: "OPEN", first: 10 }, { token: dana().token });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.profile!.holdLimitBreaches!.nodes;
}

describe("Profile.totalFunds and Profile.balanceCapacity", () => {
  it("total funds in one currency are the sum of the profile's balances in it, exactly, when it holds only that currency", async () => {
    // Dana's business profile holds one EUR balance: no conversion, so the sum is exact.
    const response = await h.request(ProfileFundsDocument, { id: danaBusiness(), currency: "EUR" }, { token: dana().token });
    expect(response.body.errors).toBeUndefined();
    const profile = response.body.data!.profile!;
    const sum = profile.balances!.reduce((total, b) => total.plus(b.cashAmount.amount), new Big(0));
    expect(profile.totalFunds!.totalCash).toEqual({ amount: sum.toFixed(2), currency: "EUR" });
    expect(profile.totalFunds!.totalCash.amount).toBe("12000.00");
    expect(profile.totalFunds!.totalAvailable).toEqual(profile.totalFunds!.totalCash);
    expect(profile.totalFunds!.overdraft).toEqual({ limit: { amount: "0.00", currency: "EUR" }, availableByCurrency: [{ amount: "0.00", currency: "EUR" }] });
    expect(profile.balanceCapacity).toEqual({ hasLimit: false, depositLimit: null });
  });

  it("keeps the currency's scale: JPY totals have no decimals", async () => {
    const response = await h.request(ProfileFundsDocument, { id: personalProfileId(h), currency: "JPY" });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.profile!.totalFunds!.totalCash.amount).toMatch(/^\d+$/);
  });

  it("capacity is the room left under the hold limit: SGD 20,000 less what a Singapore profile holds", async () => {
    const profileId = dana().businessProfileId;
    const store = h.sandbox.store;
    store.addresses.get(store.profiles.get(profileId)!.addressId)!.country = "SG";
    const response = await h.request(ProfileFundsDocument, { id: danaBusiness(), currency: "SGD" }, { token: dana().token });
    expect(response.body.errors).toBeUndefined();
    const profile = response.body.data!.profile!;
    expect(profile.balanceCapacity!.hasLimit).toBe(true);
    const room = new Big(profile.balanceCapacity!.depositLimit!.amount);
    // Holdings plus room is the limit, give or take the rounding of both figures to the cent
    // (and a rate that may turn over between the two reads).
    const held = new Big(profile.totalFunds!.totalCash.amount);
    expect(held.plus(room).minus(20000).abs().lt(new Big(held).times("0.001").plus("0.02"))).toBe(true);
    expect(profile.balanceCapacity!.depositLimit!.amount).toMatch(/^\d+\.\d{2}$/);
  });

  it("refuses a malformed currency before calling Wise", async () => {
    const response = await h.request(ProfileFundsDocument, { id: danaBusiness(), currency: "euro" }, { token: dana().token });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("hold limit breaches", () => {
  it("lists the open breach and closes it once: the excess leaves the SGD balance exactly once, a repeat refunds nothing", async () => {
    const recipientId = await breachTheLimit();
    const [breach] = await openBreaches();
    expect(breach).toMatchObject({ state: "OPEN", closingReason: null, amount: { currency: "SGD" } });
    expect(breach!.amount.amount).toMatch(/^\d+\.\d{2}$/);
    const before = await sgdBalance();

    const input = { profileId: danaBusiness(), holdLimitBreachId: breach!.wiseId, recipientId };
    const closed = (await h.request(HoldLimitBreachCloseDocument, { input }, { token: dana().token })).body.data!.holdLimitBreachClose;
    expect(closed.userErrors).toEqual([]);
    expect(closed.holdLimitBreach).toMatchObject({ wiseId: breach!.wiseId, state: "CLOSED", closingReason: "MANUALLY_RESOLVED", amount: breach!.amount });
    expect(new Big(before).minus(await sgdBalance()).toFixed(2)).toBe(breach!.amount.amount);

    const repeated = (await h.request(HoldLimitBreachCloseDocument, { input }, { token: dana().token })).body.data!.holdLimitBreachClose;
    expect(repeated.userErrors).toEqual([]);
    expect(repeated.holdLimitBreach?.state).toBe("CLOSED");
    expect(new Big(before).minus(await sgdBalance()).toFixed(2)).toBe(breach!.amount.amount);
    // The repeat read the breach and did not call the close again.
    expect((await h.stats()).routes[CLOSE_ROUTE]).toBe(1);
  });

  it("refunds once when Wise's answer is lost: the breach is read back instead of closing again", async () => {
    const recipientId = await breachTheLimit();
    const [breach] = await openBreaches();
    const before = await sgdBalance();
    h.sandbox.faults.add({ route: CLOSE_ROUTE, fault: { type: "reset-after" } });
    const input = { profileId: danaBusiness(), holdLimitBreachId: breach!.wiseId, recipientId };
    const closed = (await h.request(HoldLimitBreachCloseDocument, { input }, { token: dana().token })).body.data!.holdLimitBreachClose;
    expect(closed.userErrors).toEqual([]);
    expect(closed.holdLimitBreach?.state).toBe("CLOSED");
    expect((await h.stats()).routes[CLOSE_ROUTE]).toBe(1);
    expect(new Big(before).minus(await sgdBalance()).toFixed(2)).toBe(breach!.amount.amount);
  });

  it("answers bad input as userErrors and refunds nothing: an unknown breach, a recipient in another currency", async () => {
    await breachTheLimit();
    const [breach] = await openBreaches();
    const before = await sgdBalance();
    const unknown = (
      await h.request(
        HoldLimitBreachCloseDocument,
        { input: { profileId: danaBusiness(), holdLimitBreachId: 42, recipientId: toGlobalId("Recipient", "1") } },
        { token: dana().token },
      )
    ).body.data!.holdLimitBreachClose;
    expect(unknown.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "holdLimitBreachId"] })]);
    const eur = await h.request(
      RecipientCreateDocument,
      { input: { profileId: danaBusiness(), currency: "EUR", type: "iban", accountHolderName: "Max Mustermann", details: VALID_ANSWERS.iban } },
      { token: dana().token },
    );
    const eurRecipientId = eur.body.data!.recipientCreate.recipient!.id;
    const wrong = (
      await h.request(
        HoldLimitBreachCloseDocument,
        { input: { profileId: danaBusiness(), holdLimitBreachId: breach!.wiseId, recipientId: eurRecipientId } },
        { token: dana().token },
      )
    ).body.data!.holdLimitBreachClose;
    expect(wrong.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "recipientId"] })]);
    expect(wrong.holdLimitBreach?.state).toBe("OPEN");
    expect(await sgdBalance()).toBe(before);
  });

  it("pages the breaches to the end; a profile without a limit has none", async () => {
    await breachTheLimit();
    const first = await h.request(HoldLimitBreachesDocument, { id: danaBusiness(), first: 1 }, { token: dana().token });
    const page = first.body.data!.profile!.holdLimitBreaches!;
    expect(page.nodes).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(false);
    const next = await h.request(HoldLimitBreachesDocument, { id: danaBusiness(), first: 1, after: page.pageInfo.endCursor }, { token: dana().token });
    expect(next.body.data!.profile!.holdLimitBreaches).toMatchObject({ nodes: [], pageInfo: { hasNextPage: false } });
    const none = await h.request(HoldLimitBreachesDocument, { id: personalProfileId(h), first: 10 });
    expect(none.body.data!.profile!.holdLimitBreaches!.nodes).toEqual([]);
  });
});

describe("excessMoneyAccountSet", () => {
  it("names one of the profile's recipients; another's is a userError", async () => {
    const recipientId = await breachTheLimit();
    const set = (await h.request(ExcessMoneyAccountSetDocument, { input: { profileId: danaBusiness(), recipientId } }, { token: dana().token })).body.data!.excessMoneyAccountSet;
    expect(set).toEqual({ recipientId, userErrors: [] });
    const alices = h.sandbox.store.recipientsOf(h.alice.personalProfileId)[0]!;
    const other = (
      await h.request(ExcessMoneyAccountSetDocument, { input: { profileId: danaBusiness(), recipientId: toGlobalId("Recipient", String(alices.id)) } }, { token: dana().token })
    ).body.data!.excessMoneyAccountSet;
    expect(other.recipientId).toBeNull();
    expect(other.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "recipientId"] })]);
    expect(h.sandbox.store.funding.excessMoneyAccounts.get(dana().businessProfileId)).toBe(Number(Buffer.from(recipientId, "base64").toString().split(":").at(-1)));
  });
});
