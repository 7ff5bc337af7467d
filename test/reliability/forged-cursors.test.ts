import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
let profileId: string;
beforeAll(async () => {
  h = await startHarness();
  profileId = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  await h.close();
});

const ACTIVITIES_ROUTE = "GET /v1/profiles/:profileId/activities";

interface Page {
  edges: Array<{ cursor: string; node: { wiseId: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function activities(first: number, after: string | null) {
  const query = `query ($id: ID!, $first: Int!, $after: String) { profile(id: $id) { activities(first: $first, after: $after) { edges { cursor node { wiseId } } pageInfo { hasNextPage endCursor } } } }`;
  const response = await h.raw(JSON.stringify({ query, variables: { id: profileId, first, after } }));
  const body = JSON.parse(response.text) as { data?: { profile: { activities: Page } | null } | null; errors?: Array<{ extensions?: { code?: string } }> };
  return { page: body.data?.profile?.activities ?? null, codes: (body.errors ?? []).map((e) => e.extensions?.code) };
}

async function activityCalls(): Promise<number> {
  return (await h.stats()).routes[ACTIVITIES_ROUTE] ?? 0;
}

/** A cursor as the server issues them (base64url JSON), with its position edited. */
function forge(issued: string, position: { c: string | null; k: number }): string {
  const payload = JSON.parse(Buffer.from(issued, "base64url").toString("utf8")) as Record<string, unknown>;
  return Buffer.from(JSON.stringify({ ...payload, ...position }), "utf8").toString("base64url");
}

/** The sandbox's own cursor text for a position in its newest-first order, as Wise's look. */
const wiseLikeCursor = (createdMs: number, seq: number) => Buffer.from(`["PRIORITY",${createdMs}${String(seq).padStart(7, "0")}]`).toString("base64");

describe("a forged activity cursor costs at most one Wise call per field", () => {
  let issued: string;
  let wiseCursor: string;
  let all: string[];
  beforeAll(async () => {
    const firstPage = (await activities(20, null)).page!;
    issued = firstPage.pageInfo.endCursor!;
    wiseCursor = JSON.parse(Buffer.from(issued, "base64url").toString("utf8")).c as string;
    expect(typeof wiseCursor).toBe("string");
    all = firstPage.edges.map((e) => e.node.wiseId);
    for (let page = firstPage; page.pageInfo.hasNextPage;) {
      page = (await activities(100, page.pageInfo.endCursor)).page!;
      all.push(...page.edges.map((e) => e.node.wiseId));
    }
    // More than one Wise page of 100: skipping ahead would need several calls.
    expect(all.length).toBeGreaterThan(150);
  });

  it.each([
    ["a skip far past the list", { c: null, k: 10_000 }, 1],
    ["a skip of more than one Wise page", { c: null, k: 150 }, 20],
  ])("refuses %s with BAD_USER_INPUT and no Wise call", async (_, position, first) => {
    const { page, codes } = await activities(first, forge(issued, position));
    expect(codes).toEqual(["BAD_USER_INPUT"]);
    expect(page).toBeNull();
    expect(await activityCalls()).toBe(0);
  });

  it("refuses a skip of a whole Wise page that has a successor after its one call", async () => {
    const { codes } = await activities(5, forge(issued, { c: null, k: 100 }));
    expect(codes).toEqual(["BAD_USER_INPUT"]);
    expect(await activityCalls()).toBe(1);
  });

  it.each([
    ["the list's start, skipping 99, for a page of 100", () => ({ c: null, k: 99 }), 100],
    ["Wise's cursor, skipping 50, for a page of 100", () => ({ c: wiseCursor, k: 50 }), 100],
    ["a made-up Wise cursor", () => ({ c: wiseLikeCursor(Date.now(), 9_999_999), k: 3 }), 100],
    ["a Wise cursor that is not one", () => ({ c: "not-a-wise-cursor", k: 0 }), 10],
  ])("resumes from %s with at most one Wise call", async (_, position, first) => {
    const { page } = await activities(first, forge(issued, position()));
    expect(await activityCalls()).toBeLessThanOrEqual(1);
    for (const id of page?.edges.map((e) => e.node.wiseId) ?? []) expect(all).toContain(id);
  });

  it("pages from inside a Wise page with one call per page, without gaps or repeats", async () => {
    const first = (await activities(100, null)).page!;
    await h.reset();
    // Resumed after the 50th edge: the page ends where Wise's page of 100 ended.
    const middle = (await activities(100, first.edges[49].cursor)).page!;
    expect(await activityCalls()).toBe(1);
    expect(middle.edges.map((e) => e.node.wiseId)).toEqual(all.slice(50, 100));
    expect(middle.pageInfo.hasNextPage).toBe(true);
    const rest = (await activities(100, middle.pageInfo.endCursor)).page!;
    expect(rest.edges.map((e) => e.node.wiseId)).toEqual(all.slice(100, 200));
    expect(await activityCalls()).toBe(2);
  });
});
