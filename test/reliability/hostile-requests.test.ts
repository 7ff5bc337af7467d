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

/** Posts a raw query and returns status, parsed body (when JSON) and raw text. */
async function post(query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const response = await h.raw(JSON.stringify({ query, variables }), { headers });
  let body: { errors?: Array<{ message: string; extensions?: { code?: string } }>; data?: unknown } | undefined;
  try {
    body = JSON.parse(response.text);
  } catch {
    body = undefined;
  }
  return { ...response, body };
}

async function expectNoUpstreamCalls() {
  const stats = await h.stats();
  expect(stats.total).toBe(0);
  expect((stats as unknown as { unmatched: number }).unmatched).toBe(0);
}

const profileId = () => toGlobalId("PersonalProfile", String(h.alice.personalProfileId));

describe("hostile documents are refused before any Wise call", () => {
  it("depth past the limit, hidden in named and inline fragments", async () => {
    const query = `query { profile(id: "${profileId()}") { ...A } }
      fragment A on Profile { activities(first: 1) { edges { node { profile { ... on PersonalProfile { address { profile { address { profile { id } } } } } } } } } }`;
    const response = await post(query);
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0].message).toMatch(/depth/i);
    await expectNoUpstreamCalls();
  });

  it("100 aliases of one field", async () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: rate(source: "GBP", target: "EUR") { rate }`).join(" ")} }`;
    const response = await post(query);
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0].message).toMatch(/alias/i);
    await expectNoUpstreamCalls();
  });

  it("two money-moving mutations in one operation", async () => {
    const move = (alias: string) => `${alias}: transferFund(input: { transferId: "${toGlobalId("Transfer", "58000001")}" }) { userErrors { code } }`;
    const response = await post(`mutation { ${move("a")} ${move("b")} }`);
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0].message).toMatch(/at most one money-moving mutation/);
    await expectNoUpstreamCalls();
  });

  it("too many root fields", async () => {
    const query = `{ ${Array.from({ length: 11 }, (_, i) => `c${i}: currencies { code }`).join(" ")} }`;
    const response = await post(query);
    expect(response.status).toBe(400);
    await expectNoUpstreamCalls();
  });

  it("a thousand repeated fields are refused; three thousand trip the token limit", async () => {
    const repeated = await post(`{ profiles { ${"id ".repeat(1000)} } }`);
    expect(repeated.status).toBe(400);
    const response = await post(`{ profiles { ${"id ".repeat(3000)} } }`);
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0].message).toMatch(/more tha[nt] \d+ tokens/i);
    await expectNoUpstreamCalls();
  });

  it("2000 same-name fields with conflicting arguments", async () => {
    const query = `{ ${Array.from({ length: 2000 }, (_, i) => `rate(source: "GBP", target: "E${String(i).padStart(2, "0").slice(-2)}") { rate }`).join(" ")} }`;
    const response = await post(query);
    expect(response.status).toBe(400);
    await expectNoUpstreamCalls();
  });

  it("a fragment cycle and a deep fragment fan-out", async () => {
    const cycle = await post(`{ profiles { ...A } } fragment A on Profile { ...B } fragment B on Profile { ...A }`);
    expect(cycle.status).toBe(400);
    await expectNoUpstreamCalls();
    const fanOut = Array.from({ length: 25 }, (_, i) => `fragment F${i} on Profile { id ${i < 24 ? `...F${i + 1}` : ""} }`).join(" ");
    const fan = await post(`{ profiles { ...F0 } } ${fanOut}`);
    expect(fan.status).toBeLessThan(500);
  });

  it("a page size that makes the estimated cost too high", async () => {
    const query = `query($id: ID!) { profile(id: $id) { activities(first: 100) { nodes { wiseId profile { transfers(first: 100) { nodes { id status } } } } } } }`;
    const response = await post(query, { id: profileId() });
    expect(response.status).toBe(400);
    expect(response.body?.errors?.[0].extensions?.code).toBe("COST_LIMIT_EXCEEDED");
    await expectNoUpstreamCalls();
  });

  it("the same document is weighed with each request's own variables (estimates are cached per variables)", async () => {
    const query = `query($id: ID!, $n: Int!) { profile(id: $id) { activities(first: $n) { nodes { wiseId profile { transfers(first: $n) { nodes { id status } } } } } } }`;
    for (const n of [100, 1, 100, 1]) {
      const response = await post(query, { id: profileId(), n });
      if (n === 100) {
        expect(response.status).toBe(400);
        expect(response.body?.errors?.[0].extensions?.code).toBe("COST_LIMIT_EXCEEDED");
      } else {
        expect(response.body?.errors?.[0].extensions?.code).not.toBe("COST_LIMIT_EXCEEDED");
      }
    }
  });
});

describe("malformed HTTP requests get a 4xx, never a 500", () => {
  it("a JSON array batch", async () => {
    const response = await h.raw(JSON.stringify(Array.from({ length: 50 }, () => ({ query: "{ currencies { code } }" }))));
    expect(response.status).toBe(400);
    await expectNoUpstreamCalls();
  });

  it("a body over the size limit", async () => {
    const response = await h.raw(JSON.stringify({ query: `{ currencies { code } } # ${"x".repeat(2_000_000)}` }));
    expect(response.status).toBe(413);
    await expectNoUpstreamCalls();
  });

  it.each([
    ["invalid JSON", "{ not json"],
    ["a numeric query", JSON.stringify({ query: 123 })],
    ["string variables", JSON.stringify({ query: "{ currencies { code } }", variables: "x" })],
    ["no query", JSON.stringify({ variables: {} })],
    ["a NUL and a lone surrogate", JSON.stringify({ query: "{ currencies { code \u0000 } }" }).replace("\\u0000", "\\u0000\\ud800")],
    ["variables nested 10k deep", `{"query":"query($v: ID!) { node(id: $v) { id } }","variables":{"v":${"[".repeat(10_000)}${"]".repeat(10_000)}}}`],
  ])("%s", async (_name, body) => {
    const response = await h.raw(body);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    await expectNoUpstreamCalls();
  });

  it("a charset other than UTF-8", async () => {
    const response = await h.raw(JSON.stringify({ query: "{ currencies { code } }" }), { headers: { "content-type": "application/json; charset=utf-7" } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectNoUpstreamCalls();
  });

  it.each([["text/plain"], ["application/x-www-form-urlencoded"], ["multipart/form-data; boundary=x"]])(
    "a simple content type (%s) without a preflight header is refused (CSRF)",
    async (contentType) => {
      const response = await h.raw(JSON.stringify({ query: "{ currencies { code } }" }), { headers: { "content-type": contentType } });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      await expectNoUpstreamCalls();
    },
  );

  it("a mutation over GET is refused and not executed", async () => {
    const query = encodeURIComponent(`mutation { transferCancel(input: { transferId: "${toGlobalId("Transfer", "58000001")}" }) { userErrors { code } } }`);
    const response = await h.raw("", { method: "GET", path: `/graphql?query=${query}`, headers: { "apollo-require-preflight": "true" } });
    expect(response.status).toBe(405);
    await expectNoUpstreamCalls();
  });

  it("a GET with an odd content type", async () => {
    const response = await h.raw("", { method: "GET", path: "/graphql?query=%7Bcurrencies%7Bcode%7D%7D", headers: { "content-type": "message/http" } });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    await expectNoUpstreamCalls();
  });

  it.each([
    ["a path traversal", toGlobalId("Address", "1/../../v2/profiles")],
    ["an encoded slash", toGlobalId("Address", "1%2F..%2Fv2")],
    ["a query string", toGlobalId("Address", "1?profile=2")],
    ["a fragment", toGlobalId("Address", "1#x")],
    ["CRLF", toGlobalId("Address", "1\r\nHost: evil")],
    ["10k characters", "A".repeat(10_000)],
  ])("an id with %s never changes the upstream path", async (_name, id) => {
    const response = await post(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(response.status).toBe(200);
    expect(response.body?.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    await expectNoUpstreamCalls();
  });
});

describe("production mode", () => {
  let prod: Harness;
  beforeAll(async () => {
    prod = await startHarness({ production: true });
  });
  afterAll(async () => {
    await prod.close();
  });

  it("refuses introspection and gives no field suggestions", async () => {
    for (const query of ["{ __schema { types { name } } }", '{ __type(name: "Transfer") { name } }']) {
      const response = await prod.raw(JSON.stringify({ query }));
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/introspection/i);
    }
    const typo = await prod.raw(JSON.stringify({ query: "{ profils { id } }" }));
    expect(typo.status).toBe(400);
    expect(typo.text).not.toMatch(/did you mean/i);
    expect(typo.text).not.toContain("profiles");
  });

  it("does not state its limits in error messages", async () => {
    const query = `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: currencies { code }`).join(" ")} }`;
    const response = await prod.raw(JSON.stringify({ query }));
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/\b15\b/);
  });
});
