// Spend limits through GraphQL against the embedded sandbox: the profile's limits read and set,
// the card's own set, read and removed, bad input refused before Wise with nothing changed,
// Wise's refusals as userErrors on the input field, and isolation between users.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { ProfileSpendLimitsDocument, ProfileSpendLimitsUpdateDocument } from "../generated/graphql.js";
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
