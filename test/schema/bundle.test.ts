import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { startServerProcess, type ServerProcess } from "../helpers/server-process.js";

// `npm start` runs dist/bundle/server.mjs, the bundle `npm run build` makes (built by `npm test` before
// Jest runs); the other tests run the TypeScript sources. A bundler that renamed a class would
// rename a GraphQL type, so the bundle's schema and answers are checked here.
let server: ServerProcess;
let url: string;

beforeAll(async () => {
  server = await startServerProcess({ NODE_ENV: "development", WISE_API_URL: "", WISE_API_TOKEN: "" });
  url = server.url;
});

afterAll(() => {
  server?.kill();
});

async function graphql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: unknown }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: unknown };
}

describe("the bundle npm start runs", () => {
  it("serves exactly the committed federation SDL", async () => {
    const { data, errors } = await graphql("{ _service { sdl } }");
    expect(errors).toBeUndefined();
    expect(`${data._service.sdl}\n`).toBe(readFileSync("schema/subgraph.graphql", "utf8"));
  });

  it("answers a query across profiles, transfers and their recipients", async () => {
    const { data, errors } = await graphql(`
      {
        profiles {
          __typename
          id
          ... on PersonalProfile {
            fullName
            transfers(first: 3) {
              nodes {
                __typename
                status
                sourceAmount {
                  amount
                  currency
                }
                recipient {
                  __typename
                  holderName
                }
              }
            }
          }
        }
      }
    `);
    expect(errors).toBeUndefined();
    const personal = data.profiles.find((p: { __typename: string }) => p.__typename === "PersonalProfile");
    expect(personal.fullName).toEqual(expect.any(String));
    expect(personal.transfers.nodes).toHaveLength(3);
    for (const transfer of personal.transfers.nodes) {
      expect(transfer.__typename).toBe("Transfer");
      expect(transfer.sourceAmount.amount).toMatch(/^\d+(\.\d+)?$/);
    }
    const node = await graphql(
      `
        query ($id: ID!) {
          node(id: $id) {
            __typename
            id
          }
        }
      `,
      { id: personal.id },
    );
    expect(node.errors).toBeUndefined();
    expect(node.data.node).toEqual({ __typename: "PersonalProfile", id: personal.id });
  });
});
