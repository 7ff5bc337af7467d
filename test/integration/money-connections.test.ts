import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  ProfileRecipientsDocument,
  ProfileTransfersDocument,
  TransfersWithRelationsDocument,
  type ProfileRecipientsQuery,
  type ProfileTransfersQuery,
  type ProfileTransfersQueryVariables,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type GraphQLResponse, type Harness } from "../helpers/harness.js";
import { personalProfileId, restTransfers } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function pageTransfers(variables: Omit<ProfileTransfersQueryVariables, "id" | "after">, first: number) {
  const ids: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const response: GraphQLResponse<ProfileTransfersQuery> = await h.request(ProfileTransfersDocument, { id: personalProfileId(h), first, after, ...variables });
    expect(response.body.errors).toBeUndefined();
    const connection = response.body.data!.profile!.transfers!;
    pages++;
    ids.push(...connection.edges.map((e) => e.node.wiseId));
    if (!connection.pageInfo.hasNextPage) break;
    expect(connection.edges).toHaveLength(first);
    after = connection.pageInfo.endCursor;
    if (pages > 200) throw new Error("paging did not end");
  }
  return { ids, pages };
}

describe("Profile.transfers", () => {
  it("pages all 200+ transfers to the end, in Wise's order, one call per page", async () => {
    const rest = await restTransfers(h, h.alice.personalProfileId);
    expect(rest.length).toBeGreaterThanOrEqual(200);
    await h.reset();
    const { ids, pages } = await pageTransfers({}, 30);
    expect(ids).toEqual(rest.map((t) => t.id));
    expect((await h.stats()).routes["GET /v1/transfers"]).toBe(pages);
  });

  it("is honest on an exactly full last page", async () => {
    const rest = await restTransfers(h, h.alice.personalProfileId);
    const divisor = [10, 8, 6, 5, 4, 3, 2].find((d) => rest.length % d === 0 && rest.length / d <= 100) ?? 1;
    const { ids, pages } = await pageTransfers({}, rest.length / divisor);
    expect(ids).toHaveLength(rest.length);
    expect(pages).toBe(divisor);
  });

  it("filters by status and creation time like Wise", async () => {
    const rest = await restTransfers(h, h.alice.personalProfileId, "&status=outgoing_payment_sent,cancelled");
    expect(rest.length).toBeGreaterThan(0);
    const { ids } = await pageTransfers({ status: ["OUTGOING_PAYMENT_SENT", "CANCELLED"] }, 25);
    expect(ids).toEqual(rest.map((t) => t.id));

    const all = await restTransfers(h, h.alice.personalProfileId);
    const createdAfter = new Date(Date.parse(`${all[Math.floor(all.length * 0.6)].created.replace(" ", "T")}Z`)).toISOString();
    const createdBefore = new Date(Date.parse(`${all[Math.floor(all.length * 0.2)].created.replace(" ", "T")}Z`)).toISOString();
    const window = await pageTransfers({ createdAfter, createdBefore }, 40);
    const expected = all.filter((t) => {
      const created = Date.parse(`${t.created.replace(" ", "T")}Z`);
      return created >= Date.parse(createdAfter) && created <= Date.parse(createdBefore);
    });
    expect(window.ids).toEqual(expected.map((t) => t.id));
  });

  it("loads 20 transfers' recipients, quotes, profile and balance with one call per distinct object", async () => {
    await h.reset();
    const response = await h.request(TransfersWithRelationsDocument, { id: personalProfileId(h), first: 20 });
    expect(response.body.errors).toBeUndefined();
    const nodes = response.body.data!.profile!.transfers!.nodes;
    expect(nodes).toHaveLength(20);
    const stats = (await h.stats()).routes;
    expect(stats["GET /v1/transfers"]).toBe(1);
    expect(stats["GET /v2/accounts/:accountId"] ?? stats["GET /v2/accounts/:id"]).toBe(new Set(nodes.map((n) => n.recipient?.id)).size);
    expect(stats["GET /v4/profiles/:profileId/balances"]).toBe(1);
    expect(stats["GET /v2/profiles"]).toBe(1);
    // The seed's transfers are over a year old: their quotes are gone at Wise (kept ~48 h after
    // expiry), so they are null without a call.
    expect(nodes.every((n) => n.quote === null)).toBe(true);
    expect(stats["GET /v3/profiles/:profileId/quotes/:quoteId"] ?? 0).toBe(0);
  });

  it.each([["garbage"], ["eyJ2IjoxLCJzIjoieCIsIm8iOjV9"], [Buffer.from('{"v":1,"s":"transfers:1::::","o":5}').toString("base64url")]])(
    "refuses the forged cursor %s",
    async (after) => {
      await h.reset();
      const response = await h.request(ProfileTransfersDocument, { id: personalProfileId(h), first: 5, after });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect((await h.stats()).routes["GET /v1/transfers"] ?? 0).toBe(0);
    },
  );

  it("bounds first", async () => {
    for (const first of [0, 101]) {
      const response = await h.request(ProfileTransfersDocument, { id: personalProfileId(h), first });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    }
  });
});

describe("Profile.recipients", () => {
  async function pageRecipients(first: number, currency?: string) {
    const ids: number[] = [];
    let after: string | null = null;
    for (let pages = 0; ; pages++) {
      const response: GraphQLResponse<ProfileRecipientsQuery> = await h.request(ProfileRecipientsDocument, { id: personalProfileId(h), first, after, currency });
      expect(response.body.errors).toBeUndefined();
      const connection = response.body.data!.profile!.recipients!;
      ids.push(...connection.edges.map((e) => e.node.wiseId));
      if (!connection.pageInfo.hasNextPage) return ids;
      expect(connection.edges).toHaveLength(first);
      after = connection.pageInfo.endCursor;
      if (pages > 100) throw new Error("paging did not end");
    }
  }

  async function restRecipients(currency?: string): Promise<number[]> {
    const ids: number[] = [];
    let seek: number | undefined;
    for (;;) {
      const query = new URLSearchParams({
        profileId: String(h.alice.personalProfileId),
        size: "20",
        sort: "id,asc",
        ...(currency ? { currency } : {}),
        ...(seek ? { seekPosition: String(seek) } : {}),
      });
      const page = await h.rest<{ content: Array<{ id: number }>; seekPositionForNext?: number }>(`/v2/accounts?${query}`, h.alice.token);
      ids.push(...page.content.map((r) => r.id));
      if (page.seekPositionForNext === undefined) return ids;
      seek = page.seekPositionForNext;
    }
  }

  it("pages 100+ recipients to the end over Wise's seek position", async () => {
    const expected = await restRecipients();
    expect(expected.length).toBeGreaterThanOrEqual(100);
    for (const first of [7, 20, 50]) expect(await pageRecipients(first)).toEqual(expected);
  });

  it("filters by currency", async () => {
    const expected = await restRecipients("EUR");
    expect(expected.length).toBeGreaterThan(0);
    expect(await pageRecipients(9, "EUR")).toEqual(expected);
  });

  it("refuses a cursor from another list", async () => {
    const first = await h.request(ProfileRecipientsDocument, { id: personalProfileId(h), first: 3, currency: "EUR" });
    const cursor = first.body.data!.profile!.recipients!.pageInfo.endCursor!;
    const response = await h.request(ProfileRecipientsDocument, { id: personalProfileId(h), first: 3, after: cursor });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    const other = await h.request(ProfileRecipientsDocument, { id: toGlobalId("BusinessProfile", String(h.alice.businessProfileId)), first: 3, after: cursor, currency: "EUR" });
    expect(errorCodes(other)).toEqual(["BAD_USER_INPUT"]);
  });
});
