import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import http from "node:http";
import { CurrenciesDocument, ProfilesDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    client: {
      timeouts: { connect: 500, response: 500, request: 1_000 },
      getRetryLimit: 2,
      maxResponseBytes: 1_000_000,
      breaker: { volumeThreshold: 4, resetTimeoutMs: 800, rollingWindowMs: 10_000 },
    },
  });
});
afterEach(() => {
  h.sandbox.faults.clear();
});
afterAll(async () => {
  await h.close();
});

const CURRENCIES = "GET /v1/currencies";
const calls = async (route: string) => (await h.stats()).routes[route] ?? 0;

describe("upstream faults", () => {
  it("a GET slower than the response timeout times out, is retried at most twice, and health stays responsive", async () => {
    await h.reset();
    h.sandbox.faults.add({ route: CURRENCIES, fault: { type: "latency", ms: 2_000 } });
    const pending = h.request(CurrenciesDocument);
    const health = await fetch(h.url.replace("/graphql", "/health"));
    expect(health.status).toBe(200);
    const response = await pending;
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    expect(await calls(CURRENCIES)).toBeLessThanOrEqual(3);
  });

  it("a slow drip is cut by the whole-request timeout, not only the idle timeout", async () => {
    h.sandbox.faults.add({ route: CURRENCIES, fault: { type: "drip", bytesPerSecond: 1_000, runHandler: true } });
    const response = await h.request(CurrenciesDocument);
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
  });

  it("a 20 MB body is cut off at the size cap", async () => {
    h.sandbox.faults.add({ route: CURRENCIES, fault: { type: "huge" } });
    const response = await h.request(CurrenciesDocument);
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
  });

  it("repeated 500s open the route's breaker, which then fails fast without calling Wise, and closes again after a probe", async () => {
    await h.reset();
    h.sandbox.faults.add({ route: CURRENCIES, fault: { type: "status", status: 500 } });
    for (let i = 0; i < 4; i++) await h.request(CurrenciesDocument);
    const before = await calls(CURRENCIES);
    const shed = await h.request(CurrenciesDocument);
    expect(errorCodes(shed)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    expect(await calls(CURRENCIES)).toBe(before);
    // Other routes are not affected by this route's breaker.
    expect((await h.request(ProfilesDocument)).body.errors).toBeUndefined();
    // After the reset time a probe goes through; Wise is healthy again, so the breaker closes.
    h.sandbox.faults.clear();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const probe = await h.request(CurrenciesDocument);
    expect(probe.body.errors).toBeUndefined();
    expect(await calls(CURRENCIES)).toBe(before + 1);
  });

  it("a redirect from upstream is not followed, so the token goes nowhere else", async () => {
    const seen: Array<string | undefined> = [];
    const elsewhere = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end("{}");
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
    const port = (elsewhere.address() as { port: number }).port;
    h.sandbox.faults.add({ route: CURRENCIES, fault: { type: "status", status: 302, headers: { location: `http://127.0.0.1:${port}/v1/currencies` } } });
    const response = await h.request(CurrenciesDocument);
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    expect(seen).toEqual([]);
    elsewhere.close();
  });

  it("the request deadline bounds all Wise calls of one GraphQL request, retries included", async () => {
    const tight = await startHarness({
      client: { timeouts: { response: 5_000, request: 10_000 } },
      server: { limits: { ...(await import("../../src/server/limits.js")).defaultLimits, requestDeadlineMs: 600 } },
    });
    try {
      tight.sandbox.faults.add({ route: CURRENCIES, fault: { type: "hang" } });
      const response = await tight.request(CurrenciesDocument);
      expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    } finally {
      await tight.close();
    }
  });
});

describe("health and readiness", () => {
  it("/ready says whether Wise can be reached; /health never asks Wise", async () => {
    expect((await fetch(h.url.replace("/graphql", "/ready"))).status).toBe(200);
    const other = await startHarness();
    const base = other.url.replace("/graphql", "");
    await other.sandbox.close();
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "not ready", wise: "unreachable" });
    expect((await fetch(`${base}/health`)).status).toBe(200);
    await other.server.app.close();
  });
});
