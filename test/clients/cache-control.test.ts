import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function cacheControl(query: string, options: { token?: string | null; operationName?: string } = {}): Promise<{ header: string | null; errors: unknown }> {
  const response = await fetch(h.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    body: JSON.stringify({ query, operationName: options.operationName }),
  });
  const body = (await response.json()) as { errors?: unknown };
  return { header: response.headers.get("cache-control"), errors: body.errors };
}

describe("HTTP Cache-Control follows the schema's @cacheControl hints", () => {
  it.each([
    ["currencies only: public for an hour", "{ currencies { code name } }", "max-age=3600, public"],
    ["a rate: public for a minute", '{ rate(source: "GBP", target: "EUR") { rate time } }', "max-age=60, public"],
    [
      "currencies and a rate history: the shorter max-age",
      '{ currencies { code } rateHistory(source: "GBP", target: "EUR", from: "2025-01-01T00:00:00Z", to: "2025-01-03T00:00:00Z") { rate } }',
      "max-age=60, public",
    ],
    ["a profile: the caller's data, not cacheable", "{ profiles { id fullName } }", "no-store"],
    ["currencies with a profile: the profile wins", "{ currencies { code } profiles { id } }", "no-store"],
    ["a node: not cacheable", `{ node(id: "${Buffer.from("Transfer:1").toString("base64")}") { id } }`, "no-store"],
    ["only __typename: not cacheable by default", "{ __typename }", "no-store"],
    ["public data through a named fragment", "query Q { ...C } fragment C on Query { currencies { code } }", "max-age=3600, public"],
    ["a profile through a fragment: not cacheable", "query Q { ...P } fragment P on Query { profiles { id } currencies { code } }", "no-store"],
    ["a rate inside an inline fragment", '{ ... on Query { rate(source: "GBP", target: "EUR") { rate } } currencies { code } }', "max-age=60, public"],
    ["the chosen operation's policy, not its neighbour's", "query Cur { currencies { code } } query Me { profiles { id } }", "max-age=3600, public", "Cur"],
  ])("%s", async (_name, query, expected, ...operationName: string[]) => {
    // (A rest parameter: a fourth named one would make Jest pass a `done` callback in it.)
    const { header } = await cacheControl(query, { operationName: operationName[0] });
    expect(header).toBe(expected);
  });

  it("never caches an error, even on public data", async () => {
    const { header, errors } = await cacheControl('{ rate(source: "GBP", target: "EUR", at: "2999-01-01T00:00:00Z") { rate } }');
    expect(errors).toBeDefined();
    expect(header).toBe("no-store");
  });

  it("never caches a mutation", async () => {
    // A transfer that does not exist: the answer is a payload (or an error), never cacheable.
    const id = Buffer.from("Transfer:999999999").toString("base64");
    const { header } = await cacheControl(`mutation { transferCancel(input: { transferId: "${id}" }) { transfer { id } } }`);
    expect(header).toBe("no-store");
  });
});
