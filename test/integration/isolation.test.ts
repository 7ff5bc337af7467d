import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { ActivitiesWithProfilesDocument, ProfileBalancesDocument, ProfilesDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ defaultToken: null });
});
afterAll(async () => {
  await h.close();
});

describe("two users", () => {
  it("each see only their own profiles, balances and activities, even interleaved", async () => {
    const users = [h.alice, h.bob];
    const requests = Array.from({ length: 40 }, (_, i) => {
      const user = users[i % 2];
      const id = toGlobalId("PersonalProfile", String(user.personalProfileId));
      return Promise.all([
        h.request(ProfilesDocument, {}, { token: user.token }),
        h.request(ProfileBalancesDocument, { id }, { token: user.token }),
        h.request(ActivitiesWithProfilesDocument, { id, first: 5 }, { token: user.token }),
      ]).then((responses) => ({ user, responses }));
    });
    for (const { user, responses } of await Promise.all(requests)) {
      const [profiles, balances, activities] = responses;
      expect(profiles.body.data!.profiles!.map((p) => p.wiseId).sort()).toEqual([user.personalProfileId, user.businessProfileId].sort());
      const ownId = toGlobalId("PersonalProfile", String(user.personalProfileId));
      expect(balances.body.data!.profile!.balances!.every((b) => b.profile?.id === ownId)).toBe(true);
      expect(activities.body.data!.profile!.activities!.nodes.every((n) => n.profile?.id === ownId)).toBe(true);
    }
    const stats = await h.stats();
    expect(stats.byToken[h.alice.name]).toBeGreaterThan(0);
    expect(stats.byToken[h.bob.name]).toBeGreaterThan(0);
  });

  it("cannot read the other user's balances or activities through their profile id", async () => {
    const bobsProfile = toGlobalId("PersonalProfile", String(h.bob.personalProfileId));
    const balances = await h.request(ProfileBalancesDocument, { id: bobsProfile }, { token: h.alice.token });
    expect(balances.body.data!.profile).toBeNull();
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCodes(balances)[0]);
    expect(balances.text).not.toContain(String(h.bob.businessProfileId));
  });

  it("without a token, answers UNAUTHENTICATED and calls Wise not at all", async () => {
    await h.reset();
    const response = await h.request(ProfilesDocument, {}, { token: null });
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect((await h.stats()).total).toBe(0);
  });
});
