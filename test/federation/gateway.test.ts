import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "graphql";
import { toGlobalId } from "graphql-relay";
import { startHarness, type Harness } from "../helpers/harness.js";
import { startGateway, type RunningGateway } from "./gateway.js";
import { loyaltyTypeDefs, startLoyaltySubgraph, type LoyaltySubgraph } from "./loyalty-subgraph.js";

let h: Harness;
let loyalty: LoyaltySubgraph;
let gateway: RunningGateway;
let personal: string;
let business: string;
let transferIds: string[];

/** Up to `max` of alice's transfers as Wise lists them, by REST. */
async function restTransferIds(max: number): Promise<string[]> {
  const page = await h.rest<Array<{ id: number }>>(`/v1/transfers?profile=${h.alice.personalProfileId}&offset=0&limit=${max}`, h.alice.token);
  return page.map((t) => toGlobalId("Transfer", String(t.id)));
}

beforeAll(async () => {
  h = await startHarness({ defaultToken: null });
  loyalty = await startLoyaltySubgraph();
  // The Wise subgraph's SDL as a router gets it: from `_service { sdl }`.
  const service = (await (
    await fetch(h.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ _service { sdl } }" }) })
  ).json()) as {
    data: { _service: { sdl: string } };
  };
  gateway = await startGateway([
    { name: "wise", url: h.url, typeDefs: parse(service.data._service.sdl) },
    { name: "loyalty", url: loyalty.url, typeDefs: loyaltyTypeDefs },
  ]);
  personal = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
  business = toGlobalId("BusinessProfile", String(h.alice.businessProfileId));
  transferIds = await restTransferIds(40);
});
afterAll(async () => {
  await gateway?.close();
  await loyalty?.close();
  await h?.close();
});

describe("the Wise subgraph behind @apollo/gateway with a second subgraph", () => {
  it("answers one query that crosses both subgraphs, with the caller's Authorization forwarded", async () => {
    loyalty.data.tiers.set(personal, "GOLD");
    loyalty.data.notes.set(transferIds[0], "checked by compliance");
    const response = await gateway.query<{
      profiles: Array<{
        __typename: string;
        id: string;
        fullName: string;
        loyaltyTier: string;
        transfers: { edges: Array<{ node: { id: string; internalNote: string | null } }> };
      }>;
    }>(
      `#graphql
      query CrossSubgraph {
        profiles {
          __typename
          id
          fullName
          loyaltyTier
          transfers(first: 3) { edges { node { id internalNote } } }
        }
      }`,
      { token: h.alice.token },
    );
    expect(response.errors).toBeUndefined();
    const profiles = response.data!.profiles;
    expect(profiles.map((p) => p.id).sort()).toEqual([personal, business].sort());
    const alice = profiles.find((p) => p.id === personal)!;
    expect(alice).toMatchObject({ __typename: "PersonalProfile", loyaltyTier: "GOLD" });
    expect(profiles.find((p) => p.id === business)).toMatchObject({ __typename: "BusinessProfile", loyaltyTier: "BRONZE" });
    expect(alice.transfers.edges[0].node).toEqual({ id: transferIds[0], internalNote: "checked by compliance" });
  });

  it("acts as the caller whose token the gateway forwards", async () => {
    const response = await gateway.query<{ profiles: Array<{ id: string }> }>(`{ profiles { id loyaltyTier } }`, { token: h.bob.token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.profiles.map((p) => p.id)).toContain(toGlobalId("PersonalProfile", String(h.bob.personalProfileId)));
    const none = await gateway.query(`{ profiles { id } }`);
    expect(none.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("resolves 40 profile references with one GET /v2/profiles", async () => {
    loyalty.data.members = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? business : personal));
    await h.reset();
    const response = await gateway.query<{ loyaltyMembers: Array<{ __typename: string; id: string; fullName: string }> }>(
      `{ loyaltyMembers { __typename id fullName loyaltyTier ... on PersonalProfile { firstName } ... on BusinessProfile { businessName } } }`,
      { token: h.alice.token },
    );
    expect(response.errors).toBeUndefined();
    const members = response.data!.loyaltyMembers;
    expect(members).toHaveLength(40);
    expect(members.map((m) => m.__typename)).toEqual(loyalty.data.members.map((id) => (id === business ? "BusinessProfile" : "PersonalProfile")));
    expect((await h.stats()).routes).toEqual({ "GET /v2/profiles": 1 });
  });

  it("resolves 40 transfers and their profiles with one call per transfer and one for all profiles", async () => {
    expect(transferIds.length).toBeGreaterThan(1);
    loyalty.data.flagged = transferIds;
    await h.reset();
    const response = await gateway.query<{ flaggedTransfers: Array<{ id: string; wiseId: number; profile: { id: string; loyaltyTier: string } }> }>(
      `{ flaggedTransfers { id wiseId internalNote status profile { id fullName loyaltyTier } } }`,
      { token: h.alice.token },
    );
    expect(response.errors).toBeUndefined();
    const transfers = response.data!.flaggedTransfers;
    expect(transfers.map((t) => t.id)).toEqual(transferIds);
    for (const transfer of transfers) expect(transfer.profile.id).toBe(personal);
    // Wise has no batch read of transfers: one call per distinct transfer, but the profiles of
    // all of them come from one list call.
    expect((await h.stats()).routes).toEqual({ "GET /v1/transfers/:transferId": new Set(transferIds).size, "GET /v2/profiles": 1 });
  });

  it("resolves the same transfer referenced 40 times with one call", async () => {
    loyalty.data.flagged = Array.from({ length: 40 }, () => transferIds[1]);
    await h.reset();
    const response = await gateway.query<{ flaggedTransfers: Array<{ id: string }> }>(`{ flaggedTransfers { id status profile { fullName } } }`, { token: h.alice.token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.flaggedTransfers).toHaveLength(40);
    expect((await h.stats()).routes).toEqual({ "GET /v1/transfers/:transferId": 1, "GET /v2/profiles": 1 });
  });
});
