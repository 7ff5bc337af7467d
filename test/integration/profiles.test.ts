import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { NodeDocument, NodesDocument, ProfileByIdDocument, ProfilesDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";

interface RestProfile {
  id: number;
  type: "PERSONAL" | "BUSINESS";
  fullName?: string;
  email?: string;
  firstName?: string;
  businessName?: string;
  address?: { id: number; city?: string };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe("profiles", () => {
  it("lists the caller's personal and business profiles as Wise has them", async () => {
    const rest = await h.rest<RestProfile[]>("/v2/profiles", h.alice.token);
    const response = await h.request(ProfilesDocument);
    expect(response.body.errors).toBeUndefined();
    const profiles = response.body.data!.profiles!;
    expect(profiles.map((p) => p.wiseId).sort()).toEqual(rest.map((p) => p.id).sort());
    expect(new Set(profiles.map((p) => p.__typename))).toEqual(new Set(["PersonalProfile", "BusinessProfile"]));
    for (const profile of profiles) {
      const wise = rest.find((p) => p.id === profile.wiseId)!;
      expect(profile.type).toBe(wise.type);
      expect(profile.id).toBe(toGlobalId(profile.__typename, String(wise.id)));
      expect(profile.email).toBe(wise.email ?? null);
      expect(profile.address?.wiseId).toBe(wise.address?.id);
      expect(profile.address?.city).toBe(wise.address?.city);
      if (profile.__typename === "PersonalProfile") expect(profile.firstName).toBe(wise.firstName);
      if (profile.__typename === "BusinessProfile") expect(profile.businessName).toBe(wise.businessName);
      expect(profile.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
  });

  it("uses the request's own token over the configured one", async () => {
    const asBob = await h.request(ProfilesDocument, {}, { token: h.bob.token });
    const bobIds = asBob.body.data!.profiles!.map((p) => p.wiseId).sort();
    expect(bobIds).toEqual([h.bob.personalProfileId, h.bob.businessProfileId].sort());
  });

  it("reads one profile by global id, with all its addresses linking back", async () => {
    const id = toGlobalId("BusinessProfile", String(h.alice.businessProfileId));
    const response = await h.request(ProfileByIdDocument, { id });
    expect(response.body.errors).toBeUndefined();
    const profile = response.body.data!.profile!;
    expect(profile.wiseId).toBe(h.alice.businessProfileId);
    const rest = await h.rest<Array<{ id: number }>>(`/v1/addresses?profile=${h.alice.businessProfileId}`, h.alice.token);
    expect(profile.addresses!.map((a) => a.wiseId).sort()).toEqual(rest.map((a) => a.id).sort());
    for (const address of profile.addresses!) expect(address.profile?.id).toBe(id);
  });

  it("refetches every node type through node(id:) and nodes(ids:)", async () => {
    const listed = (await h.request(ProfilesDocument)).body.data!.profiles!;
    const ids = listed.flatMap((p) => [p.id, p.address!.id]);
    for (const id of ids) {
      const response = await h.request(NodeDocument, { id });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.node!.id).toBe(id);
    }
    const many = await h.request(NodesDocument, { ids });
    expect(many.body.data!.nodes.map((n) => n?.id)).toEqual(ids);
  });

  it("answers another user's profile with null and FORBIDDEN or NOT_FOUND", async () => {
    const id = toGlobalId("PersonalProfile", String(h.bob.personalProfileId));
    const response = await h.request(ProfileByIdDocument, { id });
    expect(response.body.data!.profile).toBeNull();
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCodes(response)[0]);
  });

  it("answers an unknown profile with null and NOT_FOUND", async () => {
    const response = await h.request(ProfileByIdDocument, { id: toGlobalId("PersonalProfile", "999999999") });
    expect(response.body.data!.profile).toBeNull();
    expect(errorCodes(response)).toEqual(["NOT_FOUND"]);
    expect(response.body.errors![0].path).toEqual(["profile"]);
  });

  it("refuses forged ids with BAD_USER_INPUT before calling Wise", async () => {
    await h.reset();
    for (const id of ["nonsense", toGlobalId("Address", "1/../../v2/profiles"), toGlobalId("Balance", "7"), toGlobalId("PersonalProfile", "-1")]) {
      const response = await h.request(ProfileByIdDocument, { id });
      expect(response.body.data!.profile).toBeNull();
      expect(errorCodes(response)[0]).toBe("BAD_USER_INPUT");
    }
    expect((await h.stats()).total).toBe(0);
  });

  it("keeps the other entries of nodes(ids:) when one id is bad", async () => {
    const [first] = (await h.request(ProfilesDocument)).body.data!.profiles!;
    const response = await h.request(NodesDocument, { ids: [first.id, "bad-id"] });
    expect(response.body.data!.nodes[0]?.id).toBe(first.id);
    expect(response.body.data!.nodes[1]).toBeNull();
    expect(response.body.errors![0].path).toEqual(["nodes", 1]);
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
  });
});
