// Fault injection in the embedded Wise sandbox, observed on the wire with node's http
// client: every fault kind, the times/probability/user filters, the admin API
// (/__sandbox/faults) and its in-process twin (sandbox.faults), reset, and closing the
// sandbox while a request hangs. Time assertions are lower bounds only.

import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { FaultSpecError, startSandbox, type DemoUser, type FaultInfo, type FaultSpec, type RunningSandbox } from "../../src/sandbox/index.js";
import { mulberry32 } from "../../src/sandbox/seed/random.js";

let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

afterAll(async () => {
  await sandbox.close();
});

afterEach(async () => {
  jest.restoreAllMocks();
  expect((await call("/__sandbox/reset", { method: "POST", token: null })).status).toBe(204);
});

interface Wire {
  status?: number;
  headers?: IncomingHttpHeaders;
  body: Buffer;
  text: string;
  /** The response ended normally with all its bytes. */
  complete: boolean;
  error?: NodeJS.ErrnoException;
  timedOut: boolean;
  /** ms from sending to the response headers / to the end (or failure). */
  headersMs?: number;
  elapsedMs: number;
}

/**
 * One request on a fresh connection. Never rejects: connection failures, truncation and
 * client timeouts are reported in the result.
 */
function call(
  path: string,
  options: { method?: string; token?: string | null; body?: string; timeoutMs?: number; base?: string; abortAfterHeaders?: boolean } = {},
): Promise<Wire> {
  const token = options.token === undefined ? alice.token : options.token;
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const result: Wire = { body: Buffer.alloc(0), text: "", complete: false, timedOut: false, elapsedMs: 0 };
    let settled = false;
    const finish = (error?: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      if (error !== undefined && result.error === undefined) result.error = error;
      result.body = Buffer.concat(chunks);
      result.text = result.body.toString("utf8");
      result.elapsedMs = performance.now() - started;
      resolve(result);
    };
    const req = httpRequest(`${options.base ?? sandbox.url}${path}`, { method: options.method ?? "GET", headers, agent: false }, (res) => {
      result.status = res.statusCode;
      result.headers = res.headers;
      result.headersMs = performance.now() - started;
      if (options.abortAfterHeaders === true) {
        req.destroy();
        finish();
        return;
      }
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", (err: NodeJS.ErrnoException) => finish(err));
      res.on("close", () => {
        result.complete = res.complete;
        finish();
      });
    });
    req.on("error", (err: NodeJS.ErrnoException) => finish(err));
    if (options.timeoutMs !== undefined) {
      req.setTimeout(options.timeoutMs, () => {
        result.timedOut = true;
        req.destroy();
        finish();
      });
    }
    req.end(options.body);
  });
}

async function addFault(spec: unknown): Promise<number> {
  const res = await call("/__sandbox/faults", { method: "POST", token: null, body: JSON.stringify(spec) });
  expect(res.status).toBe(201);
  return (JSON.parse(res.text) as { id: number }).id;
}

interface Stats {
  total: number;
  routes: Record<string, number>;
  byToken: Record<string, number>;
  unmatched: number;
  faultsApplied: number;
}

async function stats(base = sandbox.url): Promise<Stats> {
  return JSON.parse((await call("/__sandbox/stats", { token: null, base })).text) as Stats;
}

async function listFaults(): Promise<FaultInfo[]> {
  return JSON.parse((await call("/__sandbox/faults", { token: null })).text) as FaultInfo[];
}

const PROFILE_ROUTE = "GET /v2/profiles/:profileId";
const profilePath = () => `/v2/profiles/${alice.personalProfileId}`;

/** Counts how often the profile handler looks the profile up, i.e. whether the handler ran. */
function spyProfileLookups() {
  return jest.spyOn(sandbox.store.profiles, "get");
}

const connectionDropped = (w: Wire) => w.error !== undefined || !w.complete;

describe("admin API", () => {
  it("adds, lists, removes and clears faults; ids are returned with 201", async () => {
    const a = await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 503 }, times: 2 });
    const b = await addFault({ route: "*", fault: { type: "latency", ms: 1 }, probability: 0.25, user: "bob", seed: 7 });
    expect(b).toBeGreaterThan(a);
    expect(await listFaults()).toEqual([
      {
        id: a,
        route: PROFILE_ROUTE,
        fault: { type: "status", status: 503 },
        times: 2,
        probability: 1,
        user: null,
        path: null,
        seed: expect.any(Number),
        matched: 0,
        applied: 0,
        active: true,
      },
      {
        id: b,
        route: "*",
        fault: { type: "latency", ms: 1 },
        times: null,
        probability: 0.25,
        user: "bob",
        path: null,
        seed: 7,
        matched: 0,
        applied: 0,
        active: true,
      },
    ]);
    expect((await call(`/__sandbox/faults/${a}`, { method: "DELETE", token: null })).status).toBe(204);
    expect((await call(`/__sandbox/faults/${a}`, { method: "DELETE", token: null })).status).toBe(404);
    expect((await listFaults()).map((f) => f.id)).toEqual([b]);
    expect((await call("/__sandbox/faults", { method: "DELETE", token: null })).status).toBe(204);
    expect(await listFaults()).toEqual([]);
  });

  it.each([
    ["not JSON", "{route:", /body must be JSON/],
    ["an array", "[]", /JSON object/],
    ["an unknown route", JSON.stringify({ route: "GET /v9/nothing", fault: { type: "hang" } }), /not a Wise route.*GET \/v2\/profiles/],
    ["a route without method", JSON.stringify({ route: "/v2/profiles", fault: { type: "hang" } }), /not a Wise route/],
    ["a missing fault", JSON.stringify({ route: "*" }), /fault must be an object/],
    ["an unknown fault type", JSON.stringify({ route: "*", fault: { type: "explode" } }), /fault.type must be one of/],
    ["an unknown fault field", JSON.stringify({ route: "*", fault: { type: "status", code: 500 } }), /unknown field 'code'/],
    ["an unknown spec field", JSON.stringify({ route: "*", fault: { type: "hang" }, count: 1 }), /unknown field 'count'/],
    ["status without status", JSON.stringify({ route: "*", fault: { type: "status" } }), /fault.status is required/],
    ["status 99", JSON.stringify({ route: "*", fault: { type: "status", status: 99 } }), /fault.status must be an integer in 200..599/],
    ["negative latency", JSON.stringify({ route: "*", fault: { type: "latency", ms: -1 } }), /fault.ms/],
    ["zero drip rate", JSON.stringify({ route: "*", fault: { type: "drip", bytesPerSecond: 0 } }), /bytesPerSecond/],
    ["retry-after 500", JSON.stringify({ route: "*", fault: { type: "retry-after", status: 500 } }), /429 or 503/],
    ["a bad header", JSON.stringify({ route: "*", fault: { type: "status", status: 500, headers: { "a b": "x" } } }), /header name/],
    ["times 0", JSON.stringify({ route: "*", fault: { type: "hang" }, times: 0 }), /times must be an integer/],
    ["probability 2", JSON.stringify({ route: "*", fault: { type: "hang" }, probability: 2 }), /probability must be a number in 0..1/],
    ["an unknown user", JSON.stringify({ route: "*", fault: { type: "hang" }, user: "carol" }), /user must be one of alice, bob/],
  ])("400 with a clear message for %s", async (_what, body, message) => {
    const res = await call("/__sandbox/faults", { method: "POST", token: null, body });
    expect(res.status).toBe(400);
    const parsed = JSON.parse(res.text) as { errors: { code: string; message: string }[] };
    expect(parsed.errors[0]?.code).toBe("bad.request");
    expect(parsed.errors[0]?.message).toMatch(message);
    expect(await listFaults()).toEqual([]);
  });

  it("never applies to /__sandbox/* and counts applications in stats; reset clears faults and the count", async () => {
    await addFault({ route: "*", fault: { type: "status", status: 500 } });
    const faulted = await call("/v1/currencies");
    expect(faulted.status).toBe(500);
    const s = await stats();
    expect(s).toMatchObject({ total: 1, routes: { "GET /v1/currencies": 1 }, byToken: { alice: 1 }, unmatched: 0, faultsApplied: 1 });
    expect((await call("/__sandbox/reset", { method: "POST", token: null })).status).toBe(204);
    expect(await listFaults()).toEqual([]);
    expect(await stats()).toEqual({ total: 0, routes: {}, byToken: {}, unmatched: 0, faultsApplied: 0 });
    expect((await call("/v1/currencies")).status).toBe(200);
  });

  it("the first matching fault applies", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 503 } });
    await addFault({ route: "*", fault: { type: "status", status: 502 } });
    expect((await call(profilePath())).status).toBe(503);
    expect((await call("/v1/currencies")).status).toBe(502);
    expect((await listFaults()).map((f) => f.applied)).toEqual([1, 1]);
  });

  it("is also available in-process as sandbox.faults", async () => {
    const spec: FaultSpec = { route: PROFILE_ROUTE, fault: { type: "status", status: 504 }, times: 1 };
    const id = sandbox.faults.add(spec);
    expect(() => sandbox.faults.add({ route: "GET /nope", fault: { type: "hang" } })).toThrow(FaultSpecError);
    expect(sandbox.faults.list().map((f) => f.id)).toEqual([id]);
    const res = await call(profilePath());
    expect(res.status).toBe(504);
    expect(res.text).toBe("upstream request timeout");
    expect(sandbox.faults.applied).toBe(1);
    expect(sandbox.faults.list()[0]).toMatchObject({ id, applied: 1, active: false });
    expect((await call(profilePath())).status).toBe(200);
    sandbox.faults.clear();
    expect(await listFaults()).toEqual([]);
  });
});

describe("fault kinds", () => {
  it("latency delays the answer by at least ms", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "latency", ms: 150 } });
    const res = await call(profilePath());
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ id: alice.personalProfileId });
    expect(res.elapsedMs).toBeGreaterThanOrEqual(140);
  });

  it("hang never answers: the client's own timeout fires, the request is counted", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "hang" } });
    const res = await call(profilePath(), { timeoutMs: 300 });
    expect(res.timedOut).toBe(true);
    expect(res.status).toBeUndefined();
    expect(res.elapsedMs).toBeGreaterThanOrEqual(290);
    expect((await stats()).routes[PROFILE_ROUTE]).toBe(1);
  });

  it("reset-before drops the connection without running the handler", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "reset-before" } });
    const lookups = spyProfileLookups();
    const res = await call(profilePath());
    expect(res.status).toBeUndefined();
    expect(res.error?.code).toBe("ECONNRESET");
    expect(lookups).not.toHaveBeenCalled();
    expect(await stats()).toMatchObject({ total: 1, routes: { [PROFILE_ROUTE]: 1 }, faultsApplied: 1 });
  });

  it("reset-after runs the handler, then drops the connection without an answer", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "reset-after" }, times: 1 });
    const lookups = spyProfileLookups();
    const res = await call(profilePath());
    expect(res.status).toBeUndefined();
    expect(res.error?.code).toBe("ECONNRESET");
    expect(lookups).toHaveBeenCalledWith(alice.personalProfileId);
    expect(await stats()).toMatchObject({ total: 1, routes: { [PROFILE_ROUTE]: 1 }, faultsApplied: 1 });
    // times: 1 -> the retry goes through.
    expect((await call(profilePath())).status).toBe(200);
  });

  it("status answers with a plausible default body per status", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 503 }, times: 1 });
    await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 429, headers: { "Retry-After": "7" } }, times: 1 });
    await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 500 }, times: 1 });
    await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 418 }, times: 1 });
    const lookups = spyProfileLookups();

    const envoy = await call(profilePath());
    expect(envoy.status).toBe(503);
    expect(envoy.headers?.["content-type"]).toBe("text/plain");
    expect(envoy.text).toMatch(/^upstream connect error/);

    const limited = await call(profilePath());
    expect(limited.status).toBe(429);
    expect(limited.headers?.["retry-after"]).toBe("7");
    expect(limited.headers?.["x-rate-limited-by"]).toBe("wise-public-api");
    expect(JSON.parse(limited.text)).toEqual({ errors: [{ code: "TOO_MANY_REQUESTS", message: "Too many requests" }] });

    const internal = await call(profilePath());
    expect(internal.status).toBe(500);
    expect(JSON.parse(internal.text)).toMatchObject({ errors: [{ code: "UNEXPECTED_ERROR" }] });

    const spring = await call(profilePath());
    expect(spring.status).toBe(418);
    expect(JSON.parse(spring.text)).toMatchObject({ status: 418, path: profilePath() });
    expect(spring.headers?.["x-trace-id"]).toMatch(/^[0-9a-f]{16}$/);

    expect(lookups).not.toHaveBeenCalled();
  });

  it("status with runHandler runs the handler first and replaces its answer; custom bodies are sent", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 502, runHandler: true, body: { message: "bad gateway" } } });
    const lookups = spyProfileLookups();
    const res = await call(profilePath());
    expect(res.status).toBe(502);
    expect(res.headers?.["content-type"]).toBe("application/json");
    expect(JSON.parse(res.text)).toEqual({ message: "bad gateway" });
    expect(lookups).toHaveBeenCalledWith(alice.personalProfileId);
  });

  it("truncate sends the headers and fewer bytes than content-length, then closes", async () => {
    const full = await call(profilePath());
    await addFault({ route: PROFILE_ROUTE, fault: { type: "truncate" }, times: 1 });
    await addFault({ route: PROFILE_ROUTE, fault: { type: "truncate", bytes: 10 }, times: 1 });
    const half = await call(profilePath());
    expect(half.status).toBe(200);
    expect(Number(half.headers?.["content-length"])).toBe(full.body.length);
    expect(half.body.length).toBe(Math.floor(full.body.length / 2));
    expect(connectionDropped(half)).toBe(true);
    expect(full.body.subarray(0, half.body.length).equals(half.body)).toBe(true);

    const ten = await call(profilePath());
    expect(ten.body.length).toBe(10);
    expect(connectionDropped(ten)).toBe(true);
  });

  it("html answers 200 text/html with an error page", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "html" } });
    const res = await call(profilePath());
    expect(res.status).toBe(200);
    expect(res.headers?.["content-type"]).toMatch(/^text\/html/);
    expect(res.text).toMatch(/^<!DOCTYPE html>/);
    expect(() => JSON.parse(res.text)).toThrow();
  });

  it("wrong-shape runs the handler and answers 200 with an unexpected JSON body", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "wrong-shape" }, times: 1 });
    await addFault({ route: PROFILE_ROUTE, fault: { type: "wrong-shape", body: { id: "12", amount: "10.00" } }, times: 1 });
    const lookups = spyProfileLookups();
    const first = await call(profilePath());
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toEqual({ unexpected: true });
    expect(lookups).toHaveBeenCalled();
    expect(JSON.parse((await call(profilePath())).text)).toEqual({ id: "12", amount: "10.00" });
  });

  it("huge streams a valid JSON body of the requested size (20 MB by default)", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "huge", bytes: 3_000_000 }, times: 1 });
    await addFault({ route: PROFILE_ROUTE, fault: { type: "huge" }, times: 1 });
    const res = await call(profilePath());
    expect(res.status).toBe(200);
    expect(res.complete).toBe(true);
    expect(res.body.length).toBe(3_000_000);
    expect(Number(res.headers?.["content-length"])).toBe(3_000_000);
    expect(Object.keys(JSON.parse(res.text) as object)).toEqual(["padding"]);

    // The default size is announced up front; the client may hang up early.
    const big = await call(profilePath(), { abortAfterHeaders: true });
    expect(Number(big.headers?.["content-length"])).toBe(20 * 1024 * 1024);
    expect((await call(profilePath())).status).toBe(200);
  });

  it("drip sends the headers at once and the body slowly", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "drip", bytesPerSecond: 400, bytes: 100 }, times: 1 });
    const res = await call(profilePath());
    expect(res.status).toBe(200);
    expect(res.complete).toBe(true);
    expect(res.body.length).toBe(100);
    expect(JSON.parse(res.text)).toHaveProperty("padding");
    expect(res.elapsedMs).toBeGreaterThanOrEqual(240); // 100 B at 400 B/s
    expect(res.elapsedMs - (res.headersMs ?? 0)).toBeGreaterThanOrEqual(200);
  });

  it("drip with runHandler delivers the real answer slowly", async () => {
    const full = await call(profilePath());
    const rate = Math.ceil(full.body.length / 0.2); // about 200 ms for the whole body
    await addFault({ route: PROFILE_ROUTE, fault: { type: "drip", bytesPerSecond: rate, runHandler: true } });
    const res = await call(profilePath());
    expect(res.status).toBe(200);
    expect(res.text).toBe(full.text);
    expect(res.elapsedMs).toBeGreaterThanOrEqual(180);
  });

  it("retry-after answers 429 with Retry-After seconds or an HTTP date", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "retry-after" }, times: 1 });
    await addFault({ route: PROFILE_ROUTE, fault: { type: "retry-after", seconds: 30, httpDate: true }, times: 1 });
    await addFault({ route: PROFILE_ROUTE, fault: { type: "retry-after", status: 503, seconds: 2 }, times: 1 });

    const seconds = await call(profilePath());
    expect(seconds.status).toBe(429);
    expect(seconds.headers?.["retry-after"]).toBe("5");
    expect(JSON.parse(seconds.text)).toEqual({ errors: [{ code: "TOO_MANY_REQUESTS", message: "Too many requests" }] });

    const before = Date.now();
    const dated = await call(profilePath());
    expect(dated.status).toBe(429);
    const header = dated.headers?.["retry-after"] ?? "";
    expect(header).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(Date.parse(header)).toBeGreaterThanOrEqual(before + 29_000);

    const unavailable = await call(profilePath());
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers?.["retry-after"]).toBe("2");
    expect((await call(profilePath())).status).toBe(200);
  });
});

describe("filters", () => {
  it("times limits how many requests a fault applies to", async () => {
    await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 503 }, times: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(profilePath())).status);
    expect(statuses).toEqual([503, 503, 200, 200]);
    expect(await listFaults()).toMatchObject([{ times: 2, matched: 2, applied: 2, active: false }]);
    expect((await stats()).faultsApplied).toBe(2);
  });

  it("probability decides per request with a seeded PRNG, reproducibly", async () => {
    const run = async () => {
      await addFault({ route: PROFILE_ROUTE, fault: { type: "status", status: 503 }, probability: 0.5, seed: 42 });
      const pattern: boolean[] = [];
      for (let i = 0; i < 16; i++) pattern.push((await call(profilePath())).status === 503);
      await call("/__sandbox/faults", { method: "DELETE", token: null });
      return pattern;
    };
    const rng = mulberry32(42);
    const expected = Array.from({ length: 16 }, () => rng() < 0.5);
    expect(expected).toContain(true);
    expect(expected).toContain(false);
    expect(await run()).toEqual(expected);
    expect(await run()).toEqual(expected);

    await addFault({ route: "*", fault: { type: "status", status: 503 }, probability: 0 });
    expect((await call(profilePath())).status).toBe(200);
    expect(await listFaults()).toMatchObject([{ matched: 1, applied: 0, active: true }]);
  });

  it("user limits a fault to one demo user's token", async () => {
    await addFault({ route: "*", fault: { type: "status", status: 503 }, user: "bob" });
    expect((await call(profilePath())).status).toBe(200);
    expect((await call(`/v2/profiles/${bob.personalProfileId}`, { token: bob.token })).status).toBe(503);
    expect((await call("/v1/currencies", { token: null })).status).toBe(401);
    expect(await listFaults()).toMatchObject([{ matched: 1, applied: 1 }]);
  });

  it("path limits a fault to one object's requests of a route (one profile's balances)", async () => {
    const route = "GET /v4/profiles/:profileId/balances";
    const faulted = `/v4/profiles/${alice.personalProfileId}/balances`;
    await addFault({ route, fault: { type: "status", status: 503 }, path: faulted });
    expect((await call(`/v4/profiles/${alice.businessProfileId}/balances?types=STANDARD`)).status).toBe(200);
    expect((await call(`${faulted}?types=STANDARD`)).status).toBe(503);
    expect(await listFaults()).toMatchObject([{ path: faulted, matched: 1, applied: 1 }]);
    for (const path of ["v4/profiles", "/v4/profiles?x=1", 7]) {
      const response = await call("/__sandbox/faults", { method: "POST", token: null, body: JSON.stringify({ route, fault: { type: "hang" }, path }) });
      expect(response.status).toBe(400);
    }
  });
});

describe("closing", () => {
  it("close() ends promptly while a request hangs, drips or waits in a long latency", async () => {
    const own = await startSandbox({ port: 0 });
    const token = own.users[0]!.token;
    own.faults.add({ route: "GET /v2/profiles", fault: { type: "hang" } });
    own.faults.add({ route: "GET /v1/currencies", fault: { type: "drip", bytesPerSecond: 1, bytes: 1000 } });
    own.faults.add({ route: "GET /v2/profiles/:profileId", fault: { type: "latency", ms: 600_000 } });
    const base = own.url;
    const pending = [call("/v2/profiles", { base, token }), call("/v1/currencies", { base, token }), call(`/v2/profiles/${own.users[0]!.personalProfileId}`, { base, token })];
    // Wait until the sandbox has received all three.
    for (let i = 0; i < 200 && (await stats(base)).total < 3; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await stats(base)).total).toBe(3);
    const started = performance.now();
    await own.close();
    const results = await Promise.all(pending);
    expect(performance.now() - started).toBeLessThan(5_000);
    for (const r of results) expect(connectionDropped(r)).toBe(true);
  });
});
