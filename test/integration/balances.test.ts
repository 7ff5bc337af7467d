import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { NodeDocument, ProfileBalancesDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** The raw text of Wise's balance list, to compare amounts digit for digit. */
async function rawBalances(profileId: number, types: string): Promise<string> {
  const response = await fetch(`${h.sandbox.url}/v4/profiles/${profileId}/balances?types=${types}`, { headers: { authorization: `Bearer ${h.alice.token}` } });
  return response.text();
}

describe("Profile.balances", () => {
  it.each([["STANDARD"], ["SAVINGS"], ["STANDARD,SAVINGS"]])("returns the %s balances with exact amounts", async (types) => {
    const profileId = h.alice.personalProfileId;
    const raw = await rawBalances(profileId, types);
    const rest = JSON.parse(raw) as Array<{ id: number; currency: string; type: string }>;
    const response = await h.request(ProfileBalancesDocument, {
      id: toGlobalId("PersonalProfile", String(profileId)),
      types: types.split(",") as Array<"STANDARD" | "SAVINGS">,
    });
    expect(response.body.errors).toBeUndefined();
    const balances = response.body.data!.profile!.balances!;
    expect(balances.map((b) => b.wiseId)).toEqual(rest.map((b) => b.id));
    for (const balance of balances) {
      expect(types.split(",")).toContain(balance.type);
      // Every amount appears in Wise's raw body with exactly these digits.
      expect(raw).toContain(`"value":${balance.amount.amount},"currency":"${balance.currency}"`);
      expect(balance.amount.amount).toMatch(/^-?\d+(\.\d+)?$/);
      expect(typeof balance.amount.amount).toBe("string");
      expect(balance.profile?.id).toBe(toGlobalId("PersonalProfile", String(profileId)));
    }
  });

  it("returns both kinds by default and refetches a balance by node id", async () => {
    const response = await h.request(ProfileBalancesDocument, { id: toGlobalId("BusinessProfile", String(h.alice.businessProfileId)) });
    const balances = response.body.data!.profile!.balances!;
    expect(balances.length).toBeGreaterThan(1);
    const node = await h.request(NodeDocument, { id: balances[0].id });
    expect(node.body.data!.node).toMatchObject({ __typename: "Balance", id: balances[0].id, wiseId: balances[0].wiseId, amount: balances[0].amount });
  });
});
