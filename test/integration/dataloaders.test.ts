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
    const nodes = response.body.data!.profile!.activities!.nodes;
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
    const profiles = response.body.data!.profiles!;
    const stats = await h.stats();
    expect(stats.routes).toEqual({
      "GET /v2/profiles": 1,
      "GET /v1/addresses/:addressId": new Set(profiles.map((p) => p.address!.wiseId)).size,
    });
  });
});

describe("lists under profile(id:) start with the profile, and are read once", () => {
  const query = (text: string, variables: Record<string, unknown> = {}) => h.raw(JSON.stringify({ query: text, variables }));
  const personal = () => toGlobalId("PersonalProfile", String(h.alice.personalProfileId));

  it("transfers, activities and balances under one profile: one call each, whatever the aliases", async () => {
    await h.reset();
    const response = await query(
      `query($id: ID!) { profile(id: $id) { id
        a: transfers(first: 3) { nodes { id } } b: transfers(first: 3) { nodes { id } }
        activities(first: 2) { nodes { wiseId } } balances { id } } }`,
      { id: personal() },
    );
    expect(JSON.parse(response.text).errors).toBeUndefined();
    expect((await h.stats()).routes).toEqual({
      "GET /v2/profiles": 1,
      "GET /v1/transfers": 1,
      "GET /v1/profiles/:profileId/activities": 1,
      "GET /v4/profiles/:profileId/balances": 1,
    });
  });

  it("starts nothing for skipped fields, fragments on the other profile type, or refused arguments", async () => {
    await h.reset();
    const response = await query(
      `query($id: ID!, $skip: Boolean!) { profile(id: $id) { id
        transfers(first: 3) @skip(if: $skip) { nodes { id } }
        ... on BusinessProfile { activities(first: 2) { nodes { wiseId } } }
        all: balances(types: []) { id } } }`,
      { id: personal(), skip: true },
    );
    expect(JSON.parse(response.text).errors).toBeUndefined();
    const routes = (await h.stats()).routes;
    expect(routes["GET /v1/transfers"]).toBeUndefined();
    expect(routes["GET /v1/profiles/:profileId/activities"]).toBeUndefined();

    await h.reset();
    const refused = await query(`query($id: ID!) { profile(id: $id) { id transfers(first: 0) { nodes { id } } } }`, { id: personal() });
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await h.stats()).routes["GET /v1/transfers"]).toBeUndefined();
  });

  it("nodes: two or more balances of one profile come from one list call", async () => {
    const balances = await h.rest<Array<{ id: number }>>(`/v4/profiles/${h.alice.businessProfileId}/balances?types=STANDARD,SAVINGS`, h.alice.token);
    await h.reset();
    const ids = balances.slice(0, 3).map((b) => toGlobalId("Balance", `${h.alice.businessProfileId}:${b.id}`));
    const response = await query(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Balance { currency } } }`, {
      ids: [...ids, toGlobalId("Balance", `${h.alice.businessProfileId}:999999`)],
    });
    const body = JSON.parse(response.text);
    expect(body.data.nodes.slice(0, 3).map((n: { id: string }) => n.id)).toEqual(ids);
    expect(body.data.nodes[3]).toBeNull();
    expect(body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(["NOT_FOUND"]);
    // One list for the three, and the unknown id asked on its own so that Wise answers 404 for it.
    expect((await h.stats()).routes).toEqual({ "GET /v4/profiles/:profileId/balances": 1, "GET /v4/profiles/:profileId/balances/:balanceId": 1 });
  });
});

describe("an activity feed's transfers", () => {
  it("come from one transfer list around the activities' times, not one call each", async () => {
    await h.reset();
    const response = await h.raw(
      JSON.stringify({
        query: `query($id: ID!) { profile(id: $id) { activities(first: 50) { nodes { resource { type wiseId node { id ... on Transfer { status } } } } } } }`,
        variables: { id: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)) },
      }),
    );
    const body = JSON.parse(response.text);
    expect(body.errors).toBeUndefined();
    const transfers = body.data.profile.activities.nodes.filter((n: { resource: { type: string } | null }) => n.resource?.type === "TRANSFER");
    expect(transfers.length).toBeGreaterThan(10);
    for (const { resource } of transfers) expect(resource.node.id).toBe(toGlobalId("Transfer", resource.wiseId));
    expect((await h.stats()).routes).toEqual({ "GET /v2/profiles": 1, "GET /v1/profiles/:profileId/activities": 1, "GET /v1/transfers": 1 });
  });
});

describe("a page is read once per request", () => {
  const query = (text: string, variables: Record<string, unknown> = {}) => h.raw(JSON.stringify({ query: text, variables }));
  const personal = () => toGlobalId("PersonalProfile", String(h.alice.personalProfileId));

  it("the same page of recipients under two aliases is one Wise call", async () => {
    await h.reset();
    const response = await query(
      `query($id: ID!) { profile(id: $id) { a: recipients(first: 2) { edges { cursor node { id } } } b: recipients(first: 2) { edges { cursor node { id } } } } }`,
      { id: personal() },
    );
    const body = JSON.parse(response.text);
    expect(body.errors).toBeUndefined();
    expect(body.data.profile.a.edges.length).toBeGreaterThan(0);
    expect(body.data.profile.b).toEqual(body.data.profile.a);
    expect((await h.stats()).routes["GET /v2/accounts"]).toBe(1);
  });

  it("without a read-ahead too: each list's page under two aliases of every profile costs one call per profile", async () => {
    await h.reset();
    const lists = `a: transfers(first: 3) { nodes { id } } b: transfers(first: 3) { nodes { id } }
      c: activities(first: 2) { nodes { wiseId } } d: activities(first: 2) { nodes { wiseId } }
      e: recipients(first: 2, after: $after) { nodes { id } } f: recipients(first: 2, after: $after) { nodes { id } }`;
    const response = await query(`query($after: String) { profiles { id ${lists} } }`, { after: null });
    const body = JSON.parse(response.text);
    expect(body.errors).toBeUndefined();
    const profiles = body.data.profiles.length;
    expect(profiles).toBeGreaterThan(1);
    expect((await h.stats()).routes).toEqual({
      "GET /v2/profiles": 1,
      "GET /v1/transfers": profiles,
      "GET /v1/profiles/:profileId/activities": profiles,
      "GET /v2/accounts": profiles,
    });
  });

  it("pages that differ by cursor or size are different calls", async () => {
    const first = JSON.parse((await query(`query($id: ID!) { profile(id: $id) { recipients(first: 1) { pageInfo { endCursor } } } }`, { id: personal() })).text);
    const after = first.data.profile.recipients.pageInfo.endCursor;
    await h.reset();
    const response = await query(
      `query($id: ID!, $after: String) { profile(id: $id) { a: recipients(first: 1) { nodes { id } } b: recipients(first: 1, after: $after) { nodes { id } } c: recipients(first: 2) { nodes { id } } } }`,
      { id: personal(), after },
    );
    const body = JSON.parse(response.text);
    expect(body.errors).toBeUndefined();
    expect(body.data.profile.b.nodes).not.toEqual(body.data.profile.a.nodes);
    expect((await h.stats()).routes["GET /v2/accounts"]).toBe(3);
  });
});

describe("a read by query is made once per request", () => {
  const query = (text: string) => h.raw(JSON.stringify({ query: text }));

  it("the same rate history under two aliases is one Wise call", async () => {
    await h.reset();
    const range = `source: "GBP", target: "EUR", from: "2025-01-01T00:00:00Z", to: "2025-01-05T00:00:00Z"`;
    const body = JSON.parse((await query(`{ a: rateHistory(${range}) { rate time } b: rateHistory(${range}) { rate time } }`)).text);
    expect(body.errors).toBeUndefined();
    expect(body.data.a.length).toBeGreaterThan(0);
    expect(body.data.b).toEqual(body.data.a);
    expect((await h.stats()).routes).toEqual({ "GET /v1/rates": 1 });
  });

  it("the same recipient form under two aliases is one Wise call", async () => {
    await h.reset();
    const input = `input: { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: "100" }`;
    const body = JSON.parse((await query(`{ a: recipientRequirements(${input}) { type } b: recipientRequirements(${input}) { type } }`)).text);
    expect(body.errors).toBeUndefined();
    expect(body.data.a.length).toBeGreaterThan(0);
    expect(body.data.b).toEqual(body.data.a);
    expect((await h.stats()).routes).toEqual({ "GET /v1/account-requirements": 1 });
  });
});
