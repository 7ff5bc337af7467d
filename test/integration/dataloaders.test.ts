import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { ActivitiesWithProfilesDocument, ProfilesDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe("upstream call counts (N+1)", () => {
  it("50 activities with their profile and address cost one activity call, one profile call, one address call", async () => {
    await h.reset();
    const response = await h.request(ActivitiesWithProfilesDocument, { id: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)), first: 50 });
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data!.profile!.activities.nodes;
    expect(nodes).toHaveLength(50);
    const distinctAddresses = new Set(nodes.map((n) => n.profile!.address!.id));
    const stats = await h.stats();
    expect(stats.routes).toEqual({
      "GET /v2/profiles": 1,
      "GET /v1/profiles/:profileId/activities": 1,
      "GET /v1/addresses/:addressId": distinctAddresses.size,
    });
  });

  it("profiles with their addresses cost one profile call and one call per distinct address", async () => {
    await h.reset();
    const response = await h.request(ProfilesDocument);
    const profiles = response.body.data!.profiles;
    const stats = await h.stats();
    expect(stats.routes).toEqual({
      "GET /v2/profiles": 1,
      "GET /v1/addresses/:addressId": new Set(profiles.map((p) => p.address!.wiseId)).size,
    });
  });
});
