import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { ProfileActivitiesDocument, type ProfileActivitiesQuery, type ProfileActivitiesQueryVariables } from "../generated/graphql.js";
import { errorCodes, startHarness, type GraphQLResponse, type Harness } from "../helpers/harness.js";

interface RestActivity {
  id: string;
  status: string;
  createdOn: string;
  primaryAmount?: string;
  resource?: { type: string; id: string };
}

let h: Harness;
let profileId: string;
beforeAll(async () => {
  h = await startHarness();
  profileId = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
});
afterAll(async () => {
  await h.close();
});

/** Every activity Wise lists for the filters, read straight from the REST API. */
async function restActivities(filters: Record<string, string> = {}): Promise<RestActivity[]> {
  const all: RestActivity[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ ...filters, size: "100", ...(cursor ? { nextCursor: cursor } : {}) });
    const page: { cursor: string | null; activities: RestActivity[] } = await h.rest(`/v1/profiles/${h.alice.personalProfileId}/activities?${query}`, h.alice.token);
    all.push(...page.activities);
    cursor = page.cursor;
  } while (cursor);
  return all;
}

/** Pages Profile.activities to its end with `first`, checking pageInfo on the way. */
async function pageAll(variables: Omit<ProfileActivitiesQueryVariables, "id" | "after">, first: number) {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const response: GraphQLResponse<ProfileActivitiesQuery> = await h.request(ProfileActivitiesDocument, { id: profileId, first, after, ...variables });
    expect(response.body.errors).toBeUndefined();
    const connection: NonNullable<NonNullable<ProfileActivitiesQuery["profile"]>["activities"]> = response.body.data!.profile!.activities!;
    pages++;
    expect(connection.nodes.map((n) => n.wiseId)).toEqual(connection.edges.map((e) => e.node.wiseId));
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    ids.push(...connection.edges.map((e) => e.node.wiseId));
    if (!connection.pageInfo.hasNextPage) {
      expect(connection.edges.length).toBeLessThanOrEqual(first);
      break;
    }
    expect(connection.edges.length).toBe(first);
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)!.cursor);
    after = connection.pageInfo.endCursor;
    if (pages > 100) throw new Error("paging did not end");
  }
  return { ids, pages };
}

describe("Profile.activities", () => {
  it("pages the whole feed to its end, in Wise's order, one Wise call per page", async () => {
    const expected = (await restActivities()).map((a) => a.id);
    expect(expected.length).toBeGreaterThanOrEqual(150);
    await h.reset();
    const { ids, pages } = await pageAll({}, 40);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 40) + (expected.length % 40 === 0 ? 1 : 0));
    const stats = await h.stats();
    expect(stats.routes["GET /v1/profiles/:profileId/activities"]).toBe(pages);
  });

  it("is honest about the last page when the feed ends exactly on a page boundary", async () => {
    // Find a filter whose total splits into full pages, so the last page is exactly full.
    const candidates: Array<Omit<ProfileActivitiesQueryVariables, "id" | "after">> = [
      {},
      { status: "COMPLETED" },
      { status: "CANCELLED" },
      { status: "IN_PROGRESS" },
      { monetaryResourceType: "TRANSFER" },
      { monetaryResourceType: "CARD_TRANSACTION" },
    ];
    for (const filters of candidates) {
      const total = (await restActivities(filters as Record<string, string>)).length;
      const divisor = [40, 34, 30, 25, 24, 22, 20, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2].find((d) => total % d === 0 && total > d);
      if (divisor === undefined) continue;
      const { ids, pages } = await pageAll(filters, divisor);
      expect(ids.length).toBe(total);
      expect(pages).toBe(total / divisor);
      return;
    }
    throw new Error("no filter has a total that splits into full pages");
  });

  it.each([
    [{ status: "COMPLETED" }, { status: "COMPLETED" }],
    [{ status: "CANCELLED" }, { status: "CANCELLED" }],
    [{ monetaryResourceType: "TRANSFER" }, { monetaryResourceType: "TRANSFER" }],
    [
      { status: "IN_PROGRESS", monetaryResourceType: "TRANSFER" },
      { status: "IN_PROGRESS", monetaryResourceType: "TRANSFER" },
    ],
  ] as const)("filters by %p like Wise does", async (variables, restFilters) => {
    const expected = (await restActivities({ ...restFilters })).map((a) => a.id);
    expect(expected.length).toBeGreaterThan(0);
    const { ids } = await pageAll({ ...variables }, 30);
    expect(ids).toEqual(expected);
  });

  it("filters by a time window", async () => {
    const all = await restActivities();
    const since = all[Math.floor(all.length * 0.7)].createdOn;
    const until = all[Math.floor(all.length * 0.3)].createdOn;
    const expected = all.filter((a) => a.createdOn >= since && a.createdOn <= until).map((a) => a.id);
    const { ids } = await pageAll({ since, until }, 25);
    expect(ids).toEqual(expected);
  });

  it("resumes after any edge, not only the end cursor", async () => {
    const first = await h.request(ProfileActivitiesDocument, { id: profileId, first: 10 });
    const edges = first.body.data!.profile!.activities!.edges;
    const next = await h.request(ProfileActivitiesDocument, { id: profileId, first: 5, after: edges[3].cursor });
    expect(next.body.data!.profile!.activities!.nodes.map((n) => n.wiseId)).toEqual(edges.slice(4, 9).map((e) => e.node.wiseId));
  });

  it("parses display amounts exactly and keeps Wise's text", async () => {
    const response = await h.request(ProfileActivitiesDocument, { id: profileId, first: 100 });
    const nodes = response.body.data!.profile!.activities!.edges.map((e) => e.node);
    const withAmounts = nodes.filter((n) => n.primaryAmountText);
    expect(withAmounts.length).toBeGreaterThan(0);
    for (const node of withAmounts) {
      expect(node.primaryAmount).not.toBeNull();
      const digits = node.primaryAmountText!.replace(/<[^>]+>/g, "").replace(/,/g, "");
      expect(digits).toContain(node.primaryAmount!.amount);
      expect(digits).toContain(node.primaryAmount!.currency);
      expect(node.titleText).not.toMatch(/<\/?(strong|positive|negative|strikethrough)>/);
    }
  });

  it.each([[0], [101], [-5]])("refuses first: %i with BAD_USER_INPUT", async (first) => {
    const response = await h.request(ProfileActivitiesDocument, { id: profileId, first });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(response.body.errors![0].message).toMatch(/between 1 and 100/);
  });

  it("refuses malformed and foreign cursors with BAD_USER_INPUT, without calling Wise", async () => {
    const other = await h.request(ProfileActivitiesDocument, { id: profileId, first: 2, status: "COMPLETED" });
    const foreign = other.body.data!.profile!.activities!.pageInfo.endCursor!;
    const otherProfile = await h.request(ProfileActivitiesDocument, { id: toGlobalId("BusinessProfile", String(h.alice.businessProfileId)), first: 2 });
    const otherProfileCursor = otherProfile.body.data!.profile!.activities!.pageInfo.endCursor!;
    for (const after of ["garbage", "", "eyJ2IjoxfQ", foreign, otherProfileCursor, Buffer.from('{"v":1,"s":"x"}').toString("base64url")]) {
      await h.reset();
      const response = await h.request(ProfileActivitiesDocument, { id: profileId, first: 5, after });
      expect(response.status).toBe(200);
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect((await h.stats()).routes["GET /v1/profiles/:profileId/activities"] ?? 0).toBe(0);
    }
  });
});
