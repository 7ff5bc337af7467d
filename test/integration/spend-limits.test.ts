// Spend limits through GraphQL against the embedded sandbox: the profile's limits read and set,
// the card's own set, read and removed, bad input refused before Wise with nothing changed,
// Wise's refusals as userErrors on the input field, isolation between users, and the limits
// enforced on simulated card payments.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  CardSimulateAuthorisationDocument,
  CardSpendLimitRemoveDocument,
  CardSpendLimitsDocument,
  CardSpendLimitsUpdateDocument,
  ProfileAndCardsSpendLimitsDocument,
  ProfileSpendLimitsDocument,
  ProfileSpendLimitsUpdateDocument,
} from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  await h.close();
});

const aliceProfile = () => toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
const gbp = (amount: string) => ({ amount, currency: "GBP" });
const RESET_AT = /^\d{4}-\d{2}-\d{2}T2[23]:59:59\.999Z$/;

const aliceCard = () => h.sandbox.store.cards.cardsOfProfile(h.alice.personalProfileId)[0]!;
const cardId = (card = aliceCard()) => toGlobalId("Card", `${card.profileId}:${card.token}`);

async function cardLimits(id = cardId(), token = h.alice.token) {
  return h.request(CardSpendLimitsDocument, { id }, { token });
}

/** The card's own limits as granularity -> limit amount. */
async function ownLimits(id = cardId()): Promise<Record<string, string>> {
  const response = await cardLimits(id);
  expect(response.body.errors).toBeUndefined();
  const node = response.body.data!.node as { spendLimits: Array<{ scope: string; granularity: string; limit: { amount: string } }> };
  return Object.fromEntries(node.spendLimits.filter((l) => l.scope === "CARD").map((l) => [l.granularity, l.limit.amount]));
}

async function profileLimits(token = h.alice.token) {
  const response = await h.request(ProfileSpendLimitsDocument, { id: aliceProfile() }, { token });
  return response;
}

describe("Profile.spendLimits and profileSpendLimitsUpdate", () => {
  it("reads Wise's defaults: purchases and cash, daily and monthly, with used, remaining, maximum and reset", async () => {
    const response = await profileLimits();
    expect(response.body.errors).toBeUndefined();
    const limits = response.body.data!.profile!.spendLimits!;
    expect(limits.map((l) => `${l.transactionType} ${l.granularity} ${l.limit.amount} ${l.maximum?.amount}`)).toEqual([
      "PURCHASE DAILY 20000.00 30000.00",
      "PURCHASE MONTHLY 20000.00 30000.00",
      "ATM_WITHDRAWAL DAILY 1000.00 4000.00",
      "ATM_WITHDRAWAL MONTHLY 1000.00 4000.00",
    ]);
    for (const limit of limits) {
      expect(limit).toMatchObject({ scope: "PROFILE", inherited: false, used: gbp("0.00"), remaining: limit.limit });
      expect(limit.resetsAt).toMatch(RESET_AT);
    }
  });

  it("sets one kind's limits exactly and reads them back; the other kind stays", async () => {
    const response = await h.request(ProfileSpendLimitsUpdateDocument, {
      input: { profileId: aliceProfile(), transactionType: "ATM_WITHDRAWAL", daily: gbp("250.50"), monthly: gbp("4000") },
    });
    expect(response.body.errors).toBeUndefined();
    const payload = response.body.data!.profileSpendLimitsUpdate;
    expect(payload.userErrors).toEqual([]);
    const atm = payload.spendLimits!.filter((l) => l.transactionType === "ATM_WITHDRAWAL");
    expect(atm.map((l) => [l.granularity, l.limit, l.remaining])).toEqual([
      ["DAILY", gbp("250.50"), gbp("250.50")],
      ["MONTHLY", gbp("4000.00"), gbp("4000.00")],
    ]);
    const read = (await profileLimits()).body.data!.profile!.spendLimits!;
    expect(read).toEqual(payload.spendLimits);
    expect(read.filter((l) => l.transactionType === "PURCHASE").map((l) => l.limit.amount)).toEqual(["20000.00", "20000.00"]);
  });

  it.each([
    ["a negative amount", { daily: gbp("-1"), monthly: gbp("100") }, ["input", "daily", "amount"]],
    ["more decimals than the currency has", { daily: gbp("100"), monthly: gbp("100.005") }, ["input", "monthly", "amount"]],
  ])("refuses %s before calling Wise", async (_what, amounts, field) => {
    const before = await h.stats();
    const response = await h.request(ProfileSpendLimitsUpdateDocument, { input: { profileId: aliceProfile(), transactionType: "PURCHASE", ...amounts } });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.profileSpendLimitsUpdate).toEqual({ spendLimits: null, userErrors: [expect.objectContaining({ code: "INVALID", field })] });
    expect((await h.stats()).total).toBe(before.total);
  });

  it.each([
    ["above Wise's maximum", { daily: gbp("30000.01"), monthly: gbp("100") }, ["input", "daily", "amount"]],
    ["in another currency", { daily: gbp("100"), monthly: { amount: "100", currency: "EUR" } }, ["input", "monthly", "currency"]],
  ])("gives Wise's refusal of a limit %s as a userError on its field, and nothing changes", async (_what, amounts, field) => {
    const before = (await profileLimits()).body.data!.profile!.spendLimits;
    const response = await h.request(ProfileSpendLimitsUpdateDocument, { input: { profileId: aliceProfile(), transactionType: "PURCHASE", ...amounts } });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.profileSpendLimitsUpdate).toEqual({ spendLimits: null, userErrors: [expect.objectContaining({ code: "INVALID", field })] });
    expect((await profileLimits()).body.data!.profile!.spendLimits).toEqual(before);
  });

  it("bob can neither read nor change alice's profile limits", async () => {
    const read = await profileLimits(h.bob.token);
    expect(read.body.data?.profile ?? null).toBeNull();
    expect(read.body.errors?.length).toBeGreaterThan(0);
    const write = await h.request(
      ProfileSpendLimitsUpdateDocument,
      { input: { profileId: aliceProfile(), transactionType: "PURCHASE", daily: gbp("1"), monthly: gbp("1") } },
      { token: h.bob.token },
    );
    expect(write.body.data?.profileSpendLimitsUpdate ?? null).toBeNull();
    expect(write.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await profileLimits()).body.data!.profile!.spendLimits!.map((l) => l.limit.amount)).toEqual(["20000.00", "20000.00", "1000.00", "1000.00"]);
  });
});

describe("Card.spendLimits, cardSpendLimitsUpdate and cardSpendLimitRemove", () => {
  it("a card has none of its own at first, and inherits its profile's four", async () => {
    const response = await cardLimits();
    expect(response.body.errors).toBeUndefined();
    const limits = (response.body.data!.node as { spendLimits: Array<Record<string, unknown>> }).spendLimits;
    expect(limits.map((l) => `${l.scope} ${l.inherited} ${l.transactionType} ${l.granularity}`)).toEqual([
      "PROFILE true PURCHASE DAILY",
      "PROFILE true PURCHASE MONTHLY",
      "PROFILE true ATM_WITHDRAWAL DAILY",
      "PROFILE true ATM_WITHDRAWAL MONTHLY",
    ]);
  });

  it("sets, reads and removes the card's own limits exactly", async () => {
    const set = await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), transaction: gbp("100"), daily: gbp("250.50"), lifetime: gbp("0.00") } });
    expect(set.body.errors).toBeUndefined();
    const payload = set.body.data!.cardSpendLimitsUpdate;
    expect(payload.userErrors).toEqual([]);
    const own = payload.spendLimits!.filter((l) => l.scope === "CARD");
    expect(own).toEqual([
      {
        granularity: "TRANSACTION",
        transactionType: "ALL",
        scope: "CARD",
        inherited: false,
        limit: gbp("100.00"),
        used: null,
        remaining: null,
        maximum: null,
        resetsAt: null,
      },
      expect.objectContaining({ granularity: "DAILY", limit: gbp("250.50"), used: gbp("0.00"), remaining: gbp("250.50"), resetsAt: expect.stringMatching(RESET_AT) }),
      expect.objectContaining({ granularity: "LIFETIME", limit: gbp("0.00"), used: gbp("0.00"), remaining: gbp("0.00"), resetsAt: null }),
    ]);
    expect(payload.spendLimits!.filter((l) => l.inherited)).toHaveLength(4);
    expect(await ownLimits()).toEqual({ TRANSACTION: "100.00", DAILY: "250.50", LIFETIME: "0.00" });

    const more = await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), monthly: gbp("900") } });
    expect(more.body.data!.cardSpendLimitsUpdate.userErrors).toEqual([]);
    expect(await ownLimits()).toEqual({ TRANSACTION: "100.00", DAILY: "250.50", MONTHLY: "900.00", LIFETIME: "0.00" });

    const removed = await h.request(CardSpendLimitRemoveDocument, { input: { cardId: cardId(), granularity: "DAILY" } });
    expect(removed.body.errors).toBeUndefined();
    expect(removed.body.data!.cardSpendLimitRemove.userErrors).toEqual([]);
    expect(removed.body.data!.cardSpendLimitRemove.spendLimits!.filter((l) => l.scope === "CARD").map((l) => l.granularity)).toEqual(["TRANSACTION", "MONTHLY", "LIFETIME"]);
    expect(await ownLimits()).toEqual({ TRANSACTION: "100.00", MONTHLY: "900.00", LIFETIME: "0.00" });
  });

  it.each([
    ["nothing to set", {}, "REQUIRED", ["input"]],
    ["a negative limit", { daily: gbp("-0.01") }, "INVALID", ["input", "daily", "amount"]],
    ["more decimals than the currency has", { monthly: gbp("10.001") }, "INVALID", ["input", "monthly", "amount"]],
  ])("refuses %s before calling Wise", async (_what, limits, code, field) => {
    await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), daily: gbp("50") } });
    const before = await h.stats();
    const response = await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), ...limits } });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.cardSpendLimitsUpdate).toEqual({ spendLimits: null, userErrors: [expect.objectContaining({ code, field })] });
    expect((await h.stats()).total).toBe(before.total);
    expect(await ownLimits()).toEqual({ DAILY: "50.00" });
  });

  it("gives Wise's refusal of a limit in another currency as a userError on its field, and nothing changes", async () => {
    const response = await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), daily: gbp("10"), lifetime: { amount: "10", currency: "EUR" } } });
    expect(response.body.data!.cardSpendLimitsUpdate).toEqual({
      spendLimits: null,
      userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "lifetime", "currency"] })],
    });
    expect(await ownLimits()).toEqual({});
  });

  it("bob can neither read nor change nor remove alice's card limits: the card is not found to him", async () => {
    await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), daily: gbp("50") } });
    const read = await cardLimits(cardId(), h.bob.token);
    expect(read.body.data?.node ?? null).toBeNull();
    const update = await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), daily: gbp("5000") } }, { token: h.bob.token });
    expect(update.body.data!.cardSpendLimitsUpdate).toEqual({ spendLimits: null, userErrors: [expect.objectContaining({ code: "NOT_FOUND", field: ["input", "cardId"] })] });
    const remove = await h.request(CardSpendLimitRemoveDocument, { input: { cardId: cardId(), granularity: "DAILY" } }, { token: h.bob.token });
    expect(remove.body.data!.cardSpendLimitRemove.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "cardId"] })]);
    expect(await ownLimits()).toEqual({ DAILY: "50.00" });
  });

  it("a card id that is not a card is refused before Wise", async () => {
    const before = await h.stats();
    const response = await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: aliceProfile(), daily: gbp("5") } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await h.stats()).total).toBe(before.total);
  });

  it("one request reads the profile's limits once, however many of its cards ask for them", async () => {
    const before = await h.stats();
    const response = await h.request(ProfileAndCardsSpendLimitsDocument, { id: aliceProfile() });
    expect(response.body.errors).toBeUndefined();
    const cards = response.body.data!.profile!.cards!.nodes;
    expect(cards).toHaveLength(2);
    for (const card of cards) expect(card.spendLimits!.filter((l) => l.scope === "PROFILE")).toHaveLength(4);
    const after = await h.stats();
    const calls = (route: string) => (after.routes[route] ?? 0) - (before.routes[route] ?? 0);
    expect(calls("GET /v4/spend/profiles/:profileId/spend-limits")).toBe(1);
    expect(calls("GET /v4/spend/profiles/:profileId/cards/:cardToken/spend-limits")).toBe(2);
  });
});

describe("limits enforced on card payments", () => {
  async function pay(amount: string, extra: Record<string, unknown> = {}) {
    const response = await h.request(CardSimulateAuthorisationDocument, { input: { cardId: cardId(), amount, currency: "GBP", ...extra } });
    expect(response.body.errors).toBeUndefined();
    const payload = response.body.data!.cardSimulateAuthorisation;
    expect(payload.userErrors).toEqual([]);
    return payload;
  }

  async function cardDaily() {
    const node = (await cardLimits()).body.data!.node as { spendLimits: Array<{ scope: string; granularity: string; used: unknown; remaining: unknown }> };
    return node.spendLimits.find((l) => l.scope === "CARD" && l.granularity === "DAILY")!;
  }

  it("a payment over the card's daily limit is declined with Wise's reason, one under it passes and counts", async () => {
    const set = await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), daily: gbp("50.00") } });
    expect(set.body.data!.cardSpendLimitsUpdate.userErrors).toEqual([]);

    const over = await pay("60.00");
    expect(over.declineReason).toBe("PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED");
    expect(over.transaction).toMatchObject({ state: "DECLINED", declineReason: "PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED" });
    expect(await cardDaily()).toMatchObject({ used: gbp("0.00"), remaining: gbp("50.00") });

    const under = await pay("40.00");
    expect(under.declineReason).toBeNull();
    expect(under.transaction).toMatchObject({ state: "IN_PROGRESS" });
    expect(await cardDaily()).toMatchObject({ used: gbp("40.00"), remaining: gbp("10.00") });

    // The rest of the day's limit exactly passes; a penny more is declined.
    expect((await pay("10.01")).declineReason).toBe("PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED");
    expect((await pay("10.00")).declineReason).toBeNull();
    expect(await cardDaily()).toMatchObject({ used: gbp("50.00"), remaining: gbp("0.00") });

    // Once the limit is removed, only the profile's limits apply.
    await h.request(CardSpendLimitRemoveDocument, { input: { cardId: cardId(), granularity: "DAILY" } });
    expect((await pay("25.00")).declineReason).toBeNull();
  });

  it("a per-payment limit and the profile's cash limit each decline with their own reason", async () => {
    await h.request(CardSpendLimitsUpdateDocument, { input: { cardId: cardId(), transaction: gbp("30") } });
    expect((await pay("30.01")).declineReason).toBe("PAYMENT_METHOD_TRANSACTION_LIMIT_EXCEEDED");
    expect((await pay("30.00")).declineReason).toBeNull();

    await h.request(ProfileSpendLimitsUpdateDocument, { input: { profileId: aliceProfile(), transactionType: "ATM_WITHDRAWAL", daily: gbp("20"), monthly: gbp("100") } });
    const cash = (amount: string) => pay(amount, { transactionType: "CASH_WITHDRAWAL", mcc: "6011" });
    expect((await cash("20.01")).declineReason).toBe("PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED");
    expect((await cash("20.00")).declineReason).toBeNull();
    const atm = (await profileLimits()).body.data!.profile!.spendLimits!.find((l) => l.transactionType === "ATM_WITHDRAWAL" && l.granularity === "DAILY")!;
    expect(atm).toMatchObject({ used: gbp("20.00"), remaining: gbp("0.00") });
  });
});
