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

/** Posts a mutation whose inputs come in variables (declared here), so only the rule under test can refuse it. */
async function post(query: string) {
  const declared = [query.includes("$t") && "$t: TransferFundInput!", query.includes("$c") && "$c: BalanceConvertInput!"].filter(Boolean).join(", ");
  const variables = { t: { transferId: toGlobalId("Transfer", "58000001") } };
  const response = await h.raw(JSON.stringify({ query: query.replace(/^mutation/, `mutation(${declared})`), variables }));
  return { status: response.status, body: JSON.parse(response.text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

const fund = (alias: string) => `${alias}: transferFund(input: $t) { userErrors { code } }`;
const convert = (alias: string) => `${alias}: balanceConvert(input: $c) { userErrors { code } }`;

describe("one money-moving mutation per operation, counted through fragments", () => {
  it.each([
    ["five in inline fragments", `mutation { ${[1, 2, 3, 4, 5].map((i) => `... on Mutation { ${fund(`f${i}`)} }`).join(" ")} }`],
    ["two in named fragments", `mutation { ...A ...B } fragment A on Mutation { ${fund("a")} } fragment B on Mutation { ${fund("b")} }`],
    [
      "two in nested fragments",
      `mutation { ... on Mutation { ...Outer } } fragment Outer on Mutation { ... on Mutation { ...Inner } ${fund("a")} } fragment Inner on Mutation { ... { ${fund("b")} } }`,
    ],
    ["one direct and one in a fragment", `mutation { ${fund("a")} ...B } fragment B on Mutation { ${fund("b")} }`],
    ["a transfer fund and a conversion in fragments", `mutation { ... on Mutation { ${fund("a")} } ... on Mutation { ${convert("c")} } }`],
  ])("refuses %s before any Wise call", async (_, query) => {
    const response = await post(query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.body.errors?.[0].message).toMatch(/at most one money-moving mutation/);
    expect((await h.stats()).total).toBe(0);
  });

  it("lets one money move through, wherever it is written, and counts a fragment spread twice once", async () => {
    for (const query of [
      `mutation { ... on Mutation { ${fund("a")} } }`,
      `mutation { ...A ...A } fragment A on Mutation { ${fund("a")} }`,
      `mutation { ${fund("a")} ... on Mutation { ${fund("a")} } }`,
    ]) {
      const response = await post(query);
      expect(response.body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain("GRAPHQL_VALIDATION_FAILED");
    }
  });
});
