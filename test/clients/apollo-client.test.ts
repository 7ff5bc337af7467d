import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import type { ApolloClient } from "@apollo/client";
import { toGlobalId } from "graphql-relay";
import { createApolloClient } from "../../examples/frontend/src/client.js";
import {
  ClientProfileActivitiesDocument,
  ClientProfileTransfersDocument,
  ClientTransferAmountDocument,
  ClientTransferCurrencyDocument,
  ClientTransferSourceAmountDocument,
} from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
let client: ApolloClient;
let profileId: string;

/** Every transfer of alice's personal profile, as Wise's REST API lists them (offset paging). */
async function restTransfers(): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 100) {
    const page = await h.rest<Array<{ id: number }>>(`/v1/transfers?profile=${h.alice.personalProfileId}&offset=${offset}&limit=100`, h.alice.token);
    ids.push(...page.map((t) => t.id));
    if (page.length < 100) return ids;
  }
}

/** Every activity of alice's personal profile, as Wise's REST API lists them (cursor paging). */
async function restActivities(): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ size: "100", ...(cursor ? { nextCursor: cursor } : {}) });
    const page: { cursor: string | null; activities: Array<{ id: string }> } = await h.rest(`/v1/profiles/${h.alice.personalProfileId}/activities?${query}`, h.alice.token);
    ids.push(...page.activities.map((a) => a.id));
    cursor = page.cursor;
  } while (cursor);
  return ids;
}

beforeAll(async () => {
  h = await startHarness();
  profileId = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
  // The example frontend's client, as the README shows it: Apollo's own Relay pagination policy,
  // and `merge: true` for the object types without an id.
  client = createApolloClient({ uri: h.url, token: h.alice.token, fetch });
});
afterAll(async () => {
  client?.stop();
  await h.close();
});

describe("Apollo Client with relayStylePagination", () => {
  it("pages Profile.transfers to the end with fetchMore, merging exactly Wise's list", async () => {
    const expected = await restTransfers();
    expect(expected.length).toBeGreaterThan(0);
    const variables = { id: profileId, first: 25 };
    const query = client.watchQuery({ query: ClientProfileTransfersDocument, variables });
    const subscription = query.subscribe(() => {});
    try {
      let page = (await client.query({ query: ClientProfileTransfersDocument, variables })).data!.profile!.transfers!;
      let fetches = 1;
      while (page.pageInfo.hasNextPage) {
        await query.fetchMore({ variables: { after: page.pageInfo.endCursor } });
        fetches++;
        // The cache now holds every page so far under one field: what the UI renders.
        page = client.readQuery({ query: ClientProfileTransfersDocument, variables })!.profile!.transfers!;
        if (fetches > 100) throw new Error("paging did not end");
      }
      expect(page.edges.map((edge) => edge.node.wiseId)).toEqual(expected);
      // One request per page: the connection reads one transfer ahead, so it knows the last page.
      expect(fetches).toBe(Math.ceil(expected.length / 25));
      expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false, startCursor: page.edges[0].cursor });
    } finally {
      subscription.unsubscribe();
    }
  });

  it("pages Profile.activities to the end with fetchMore, merging exactly Wise's feed", async () => {
    const expected = await restActivities();
    expect(expected.length).toBeGreaterThan(100);
    const variables = { id: profileId, first: 40 };
    const query = client.watchQuery({ query: ClientProfileActivitiesDocument, variables });
    const subscription = query.subscribe(() => {});
    try {
      let page = (await client.query({ query: ClientProfileActivitiesDocument, variables })).data!.profile!.activities!;
      let fetches = 1;
      while (page.pageInfo.hasNextPage) {
        await query.fetchMore({ variables: { after: page.pageInfo.endCursor } });
        fetches++;
        page = client.readQuery({ query: ClientProfileActivitiesDocument, variables })!.profile!.activities!;
        if (fetches > 100) throw new Error("paging did not end");
      }
      expect(page.edges.map((edge) => edge.node.wiseId)).toEqual(expected);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    } finally {
      subscription.unsubscribe();
    }
  });

  it("keeps lists with other filters apart (keyArgs), each paged on its own", async () => {
    const variables = { id: profileId, first: 5, status: "COMPLETED" as const };
    const completed = (await client.query({ query: ClientProfileActivitiesDocument, variables })).data!.profile!.activities!;
    const all = client.readQuery({ query: ClientProfileActivitiesDocument, variables: { id: profileId, first: 40 } })!.profile!.activities!;
    expect(completed.edges).toHaveLength(5);
    expect(all.edges.length).toBeGreaterThan(5);
  });
});

describe("Apollo Client's cache with objects that have no id", () => {
  it("keeps the fields two queries selected of one transfer's sourceAmount (Money merges)", async () => {
    const [transfer] = await restTransfers();
    const id = toGlobalId("Transfer", String(transfer));
    const amount = (await client.query({ query: ClientTransferAmountDocument, variables: { id }, fetchPolicy: "network-only" })).data!.node;
    const currency = (await client.query({ query: ClientTransferCurrencyDocument, variables: { id }, fetchPolicy: "network-only" })).data!.node;
    if (amount?.__typename !== "Transfer" || currency?.__typename !== "Transfer") throw new Error("not a transfer");
    // Without `merge: true` on Money the second answer replaces the first's sourceAmount, so the
    // amount a screen showed is gone from the cache and a read of both fields finds nothing.
    const both = client.readQuery({ query: ClientTransferSourceAmountDocument, variables: { id } })?.node;
    expect(both).toMatchObject({ id, sourceAmount: { amount: amount.sourceAmount.amount, currency: currency.sourceAmount.currency } });
    expect(amount.sourceAmount.amount).toMatch(/^\d+(\.\d+)?$/);
  });
});
