import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  await h.close();
});

interface Body {
  data?: { _entities?: unknown[] } | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function entities(selection: string, representations: unknown[]) {
  const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`;
  const response = await h.raw(JSON.stringify({ query, variables: { representations } }));
  return { status: response.status, body: JSON.parse(response.text) as Body };
}

const transfers = (count: number) => Array.from({ length: count }, (_, i) => ({ __typename: "Transfer", id: toGlobalId("Transfer", String(58000001 + i)) }));
const profiles = (count: number) => Array.from({ length: count }, () => ({ __typename: "PersonalProfile", id: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)) }));
const PROFILE_TRANSFERS = "... on PersonalProfile { transfers(first: 100) { nodes { id wiseId status } } }";

describe("_entities(representations:) is bounded like nodes(ids:)", () => {
  it("refuses 101 representations with BAD_USER_INPUT before any Wise call", async () => {
    const response = await entities("... on Transfer { id status }", transfers(101));
    expect(response.body.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(response.body.errors?.[0].message).toMatch(/at most 100 representations/);
    expect(response.body.data?._entities ?? null).toBeNull();
    expect((await h.stats()).total).toBe(0);
  });

  it("resolves 100 representations", async () => {
    const response = await entities("... on PersonalProfile { id fullName }", profiles(100));
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data?._entities).toHaveLength(100);
  });

  it("counts each representation in the cost estimate: a big selection for many is refused before any Wise call", async () => {
    const one = await entities(PROFILE_TRANSFERS, profiles(1));
    expect(one.body.errors).toBeUndefined();
    await h.reset();
    const many = await entities(PROFILE_TRANSFERS, profiles(40));
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0].extensions?.code).toBe("COST_LIMIT_EXCEEDED");
    expect(many.body.errors?.[0].extensions?.cost).toBeGreaterThan(40 * 100 * 3);
    expect((await h.stats()).total).toBe(0);
  });
});
