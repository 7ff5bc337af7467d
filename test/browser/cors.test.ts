import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { ConfigError, loadConfig } from "../../src/config.js";
import { CORS_ALLOWED_HEADERS } from "../../src/server/plugins/cors.js";
import { startHarness, type Harness } from "../helpers/harness.js";

const STUDIO = "https://studio.apollographql.com";
const APP = "http://127.0.0.1:5173";
const OTHER = "https://evil.example";

/** A browser's preflight before a JSON POST carrying these headers. */
function preflight(url: string, origin: string, requestHeaders = "content-type, authorization") {
  return fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": requestHeaders },
  });
}

describe("CORS: CORS_ORIGINS and CORS_CREDENTIALS", () => {
  it("no origin is allowed by default; listed origins are trimmed and deduplicated", () => {
    expect(loadConfig({}).cors).toBeNull();
    expect(loadConfig({ CORS_ORIGINS: " " }).cors).toBeNull();
    expect(loadConfig({ CORS_ORIGINS: `${STUDIO}, ${APP},${STUDIO}` }).cors).toEqual({ origins: [STUDIO, APP], credentials: false });
    expect(loadConfig({ CORS_ORIGINS: STUDIO, CORS_CREDENTIALS: "true" }).cors).toEqual({ origins: [STUDIO], credentials: true });
  });

  it("refuses origins a browser would never send: wildcard, path, trailing slash, other schemes, default port", () => {
    for (const origin of [
      "*",
      "https://*.example.com",
      `${STUDIO}/`,
      `${STUDIO}/explorer`,
      "studio.apollographql.com",
      "ftp://example.com",
      "https://STUDIO.apollographql.com",
      `${STUDIO}:443`,
    ]) {
      expect(() => loadConfig({ CORS_ORIGINS: origin })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ CORS_ORIGINS: STUDIO, CORS_CREDENTIALS: "yes" })).toThrow(/CORS_CREDENTIALS must be true or false/);
    expect(() => loadConfig({ CORS_CREDENTIALS: "true" })).toThrow(/needs CORS_ORIGINS/);
  });
});

describe("CORS on /graphql, with Apollo's CSRF prevention still on", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ server: { cors: { origins: [STUDIO, APP], credentials: false } } });
  });
  afterAll(async () => {
    await harness.close();
  });

  it("answers a preflight from an allowed origin itself, with the allowed methods and headers", async () => {
    const response = await preflight(harness.url, STUDIO, "content-type, authorization, apollographql-client-name");
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(STUDIO);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST");
    const allowed = response.headers.get("access-control-allow-headers")!.split(", ");
    expect(allowed).toEqual(
      expect.arrayContaining(["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "apollographql-client-name", "apollographql-library-name"]),
    );
    expect(response.headers.get("access-control-max-age")).toBe("600");
    // Credentials are off unless CORS_CREDENTIALS=true.
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toMatch(/origin/i);
  });

  it("every header Apollo Client and Studio send is allowed", () => {
    for (const header of [
      "apollo-require-preflight",
      "x-apollo-operation-name",
      "apollographql-client-name",
      "apollographql-client-version",
      "apollographql-library-name",
      "apollographql-library-version",
      "apollo-query-plan-experimental",
    ]) {
      expect(CORS_ALLOWED_HEADERS).toContain(header);
    }
  });

  it("gives a preflight from an origin not listed no Access-Control-Allow-Origin, so the browser blocks the call", async () => {
    const response = await preflight(harness.url, OTHER);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("lets the allowed origin read the answer to its POST, and varies caches on Origin", async () => {
    const response = await fetch(harness.url, {
      method: "POST",
      headers: { origin: APP, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ currencies { code } }" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe(APP);
    expect(response.headers.get("vary")).toMatch(/origin/i);
    expect(((await response.json()) as { data: { currencies: unknown[] } }).data.currencies.length).toBeGreaterThan(0);
  });

  it("sends no Access-Control-Allow-Origin with the answer to another origin's POST", async () => {
    const response = await fetch(harness.url, {
      method: "POST",
      headers: { origin: OTHER, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ currencies { code } }" }),
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("CSRF prevention still refuses a simple text/plain POST, even from an allowed origin", async () => {
    for (const origin of [APP, OTHER]) {
      const response = await fetch(harness.url, {
        method: "POST",
        headers: { origin, "content-type": "text/plain" },
        body: JSON.stringify({ query: "{ currencies { code } }" }),
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/cross-site request forgery/i);
    }
  });
});

describe("CORS off (the default)", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it("allows no other origin: a preflight gets no CORS headers", async () => {
    const response = await preflight(harness.url, STUDIO);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.headers.get("access-control-allow-headers")).toBeNull();
  });
});

describe("CORS_CREDENTIALS=true", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ server: { cors: { origins: [STUDIO], credentials: true } } });
  });
  afterAll(async () => {
    await harness.close();
  });

  it("tells the listed origin that it may send cookies, and no one else", async () => {
    const allowed = await preflight(harness.url, STUDIO);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(STUDIO);
    expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
    const other = await preflight(harness.url, OTHER);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("CORS with SUBGRAPH_SECRET", () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ server: { cors: { origins: [STUDIO], credentials: false }, subgraphSecret: "0123456789abcdef" } });
  });
  afterAll(async () => {
    await harness.close();
  });

  it("answers the preflight (which carries no secret) before the secret check; the request itself still needs it", async () => {
    const answer = await preflight(harness.url, STUDIO);
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe(STUDIO);
    const request = await fetch(harness.url, {
      method: "POST",
      headers: { origin: STUDIO, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(request.status).toBe(401);
  });
});
