import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  NodeDocument,
  NodesDocument,
  TransferFundDocument,
  ProfileByIdDocument,
  ProfilesAndCurrenciesDocument,
  ProfilesDocument,
  ProfilesWithListsDocument,
} from "../generated/graphql.js";
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

  it("refuses ids above 2^53 with BAD_USER_INPUT and no Wise call, rather than rounding them to another id", async () => {
    await h.reset();
    const beyond = "9007199254740993"; // 2^53 + 1: as a JavaScript number it would become 2^53
    const ids = [
      toGlobalId("PersonalProfile", beyond),
      toGlobalId("Transfer", beyond),
      toGlobalId("Recipient", beyond),
      toGlobalId("Balance", `${h.alice.personalProfileId}:${beyond}`),
      toGlobalId("Quote", `${beyond}:0b7e4bd5-2d4b-4b8e-9d6e-0c6e2f5a1c3d`),
    ];
    for (const id of ids) {
      const response = await h.request(NodeDocument, { id });
      expect(response.body.data!.node).toBeNull();
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    }
    const funded = await h.request(TransferFundDocument, { input: { transferId: toGlobalId("Transfer", beyond) } });
    expect(funded.body.data).toBeNull();
    expect(errorCodes(funded)).toEqual(["BAD_USER_INPUT"]);
    // The largest safe id is still read (and simply not found at Wise).
    const largest = await h.request(NodeDocument, { id: toGlobalId("Transfer", String(Number.MAX_SAFE_INTEGER)) });
    expect(errorCodes(largest)).toEqual(["NOT_FOUND"]);
    expect((await h.stats()).routes).toEqual({ "GET /v1/transfers/:transferId": 1 });
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

describe("partial data: a failed Wise call nulls only the field it serves", () => {
  // No GET retries and a breaker that stays closed: each test sees exactly the fault it injects.
  let p: Harness;
  beforeAll(async () => {
    p = await startHarness({ client: { getRetryLimit: 0, breaker: { volumeThreshold: 1_000 } } });
  });
  afterEach(() => p.sandbox.faults.clear());
  afterAll(async () => {
    await p.close();
  });

  const LIST_FIELDS = ["balances", "transfers", "recipients", "activities"] as const;

  async function listsOf() {
    const response = await p.request(ProfilesWithListsDocument);
    const profiles = response.body.data?.profiles ?? [];
    return { response, personal: profiles.find((x) => x.wiseId === p.alice.personalProfileId), business: profiles.find((x) => x.wiseId === p.alice.businessProfileId) };
  }

  it("one profile's balances failing: both profiles come back, only that balances is null, with its path and code", async () => {
    const healthy = await listsOf();
    expect(healthy.response.body.errors).toBeUndefined();
    const route = "GET /v4/profiles/:profileId/balances";
    p.sandbox.faults.add({ route, fault: { type: "status", status: 500 }, path: `/v4/profiles/${p.alice.personalProfileId}/balances` });

    const { response, personal, business } = await listsOf();
    expect(response.status).toBe(200);
    expect(response.body.data?.profiles).toHaveLength(2);
    expect(personal?.balances).toBeNull();
    for (const field of LIST_FIELDS.filter((f) => f !== "balances")) expect(personal?.[field]).toEqual(healthy.personal?.[field]);
    expect(personal?.fullName).toBe(healthy.personal?.fullName);
    expect(personal?.address).toEqual(healthy.personal?.address);
    expect(business).toEqual(healthy.business);
    const index = response.body.data!.profiles!.indexOf(personal!);
    expect(response.body.errors?.map((e) => e.path)).toEqual([["profiles", index, "balances"]]);
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
  });

  it("one profile's address failing nulls only that address", async () => {
    const healthy = await listsOf();
    const addressId = healthy.personal!.address!.wiseId;
    p.sandbox.faults.add({ route: "GET /v1/addresses/:addressId", fault: { type: "status", status: 503 }, path: `/v1/addresses/${addressId}` });
    const { response, personal, business } = await listsOf();
    expect(personal?.address).toBeNull();
    expect(personal?.balances).toEqual(healthy.personal?.balances);
    expect(business).toEqual(healthy.business);
    expect(response.body.errors?.map((e) => e.path?.at(-1))).toEqual(["address"]);
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
  });

  it.each([
    ["transfers", "GET /v1/transfers"],
    ["recipients", "GET /v2/accounts"],
    ["activities", "GET /v1/profiles/:profileId/activities"],
  ] as const)("%s failing for every profile nulls only that field, in each profile", async (field, route) => {
    const healthy = await listsOf();
    p.sandbox.faults.add({ route, fault: { type: "status", status: 500 } });
    const { response, personal, business } = await listsOf();
    expect(response.body.data?.profiles).toHaveLength(2);
    for (const [now, before] of [
      [personal, healthy.personal],
      [business, healthy.business],
    ]) {
      expect(now?.[field]).toBeNull();
      expect({ ...now, [field]: null }).toEqual({ ...before, [field]: null });
    }
    expect(response.body.errors?.map((e) => e.path?.at(-1))).toEqual([field, field]);
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE", "UPSTREAM_UNAVAILABLE"]);
  });

  it("a failed root list leaves the other root fields", async () => {
    p.sandbox.faults.add({ route: "GET /v1/currencies", fault: { type: "status", status: 500 } });
    const response = await p.request(ProfilesAndCurrenciesDocument);
    expect(response.body.data?.currencies).toBeNull();
    expect(response.body.data?.profiles).toHaveLength(2);
    expect(response.body.errors?.map((e) => e.path)).toEqual([["currencies"]]);
  });
});
