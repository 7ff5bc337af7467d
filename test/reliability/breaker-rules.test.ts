import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { listProfiles } from "../../src/wise/endpoints/profiles.js";
import { CALLER_DEADLINE, WiseClient, type WiseClientOptions } from "../../src/wise/client.js";
import { WiseApiError } from "../../src/wise/errors.js";
import { createSession } from "../../src/wise/session.js";

// A stand-in for Wise whose answer depends on the caller's token, and which counts the requests
// that reached it per token: a call an open breaker shed never arrives here.
interface Answer {
  status: number;
  body: string;
  contentType?: string;
  delayMs?: number;
  hang?: boolean;
}
const healthy: Answer = { status: 200, body: "[]" };
let answers = new Map<string, Answer>();
let received = new Map<string, number>();
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
    received.set(token, (received.get(token) ?? 0) + 1);
    const answer = answers.get(token) ?? answers.get("*") ?? healthy;
    if (answer.hang) return;
    setTimeout(() => response.writeHead(answer.status, { "content-type": answer.contentType ?? "application/json" }).end(answer.body), answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

let client: WiseClient | undefined;
afterEach(() => {
  client?.shutdown();
  client = undefined;
  answers = new Map();
  received = new Map();
});

function newClient(options: Partial<WiseClientOptions> = {}): WiseClient {
  client = new WiseClient({ baseUrl, getRetryLimit: 0, breaker: { volumeThreshold: 10, resetTimeoutMs: 60_000 }, ...options });
  return client;
}

const call = (c: WiseClient, token: string, deadline?: number) =>
  listProfiles(createSession(c, token, deadline)).then(
    () => null,
    (error: unknown) => error as WiseApiError,
  );

describe("what counts toward a breaker", () => {
  it.each([
    ["401 with an HTML body that is not JSON", { status: 401, body: "<html><body>Unauthorized</body></html>", contentType: "text/html" }],
    ["401 with Wise's OAuth body", { status: 401, body: '{"error":"invalid_token","error_description":"Invalid token"}' }],
    ["403", { status: 403, body: '{"errors":[{"code":"FORBIDDEN","message":"no"}]}' }],
    ["404", { status: 404, body: "not json at all" }],
    ["422", { status: 422, body: '{"errors":[{"code":"NOT_VALID","message":"bad","path":"amount"}]}' }],
    ["429 without Retry-After", { status: 429, body: '{"errors":[{"code":"TOO_MANY_REQUESTS"}]}' }],
  ])("a caller's %s never counts: after 40 of them from three callers, their calls still reach Wise", async (_name, answer) => {
    const c = newClient();
    const tokens = ["t1", "t2", "t3"];
    for (const token of tokens) answers.set(token, answer);
    for (let i = 0; i < 40; i++) {
      const error = await call(c, tokens[i % 3]!);
      expect(error).toBeInstanceOf(WiseApiError);
      expect(error!.status).toBe(answer.status);
      expect(error!.isWiseFault).toBe(false);
    }
    answers = new Map();
    for (const token of tokens) expect(await call(c, token)).toBeNull();
    expect(received.get("t1")).toBe(15);
  });

  it("calls the caller's own deadline cut short (Wise still within its time) do not count", async () => {
    const c = newClient({ timeouts: { response: 5_000, request: 10_000 } });
    answers.set("*", { ...healthy, delayMs: 300 });
    const errors = await Promise.all(Array.from({ length: 15 }, (_, i) => call(c, `t${i % 3}`, Date.now() + 40)));
    for (const error of errors) {
      expect(error!.networkCode).toBe(CALLER_DEADLINE);
      // The request was sent, so Wise may have acted on it.
      expect(error!.outcomeUnknown).toBe(true);
      expect(error!.isWiseFault).toBe(false);
    }
    answers = new Map();
    expect(await call(c, "t0")).toBeNull();
    expect(await call(c, "t1")).toBeNull();
  });

  it("Wise hanging past our response timeout still counts when the deadline is what ends the call", async () => {
    const c = newClient({ timeouts: { response: 100, request: 5_000 }, getRetryLimit: 2, retryBaseDelayMs: 300 });
    answers.set("t1", { ...healthy, hang: true });
    // Four waves of four calls at once: a caller's breaker counts from their first failure on.
    for (let wave = 0; wave < 4; wave++) {
      const errors = await Promise.all(Array.from({ length: 4 }, () => call(c, "t1", Date.now() + 250)));
      for (const error of errors) expect(error!.isWiseFault).toBe(true);
    }
    const before = received.get("t1");
    const shed = await call(c, "t1");
    expect(shed!.networkCode).toBe("EOPENBREAKER");
    expect(received.get("t1")).toBe(before);
  });
});

describe("whose failures open which breaker", () => {
  it("Wise failing for one caller sheds that caller only; every other caller's calls still reach Wise", async () => {
    const c = newClient();
    answers.set("bob", { status: 503, body: "upstream connect error", contentType: "text/plain" });
    const others = ["alice", "carol", "dave"];
    for (let i = 0; i < 40; i++) {
      expect(await call(c, "bob")).toBeInstanceOf(WiseApiError);
      expect(await call(c, others[i % 3]!)).toBeNull();
    }
    expect(others.map((token) => received.get(token))).toEqual([14, 13, 13]);
    // Bob's own breaker opened after his first failures and sent no more of his calls.
    expect(received.get("bob")).toBeLessThan(15);
  });

  it("Wise failing for several callers opens the route for everyone, even a caller who never failed", async () => {
    const c = newClient();
    answers.set("*", { status: 502, body: "bad gateway", contentType: "text/plain" });
    // Fewer calls per caller than a caller's own breaker needs: only the route-wide breaker can open.
    for (let i = 0; i < 12; i++) expect(await call(c, `t${i % 3}`)).toBeInstanceOf(WiseApiError);
    const shed = await call(c, "newcomer");
    expect(shed!.networkCode).toBe("EOPENBREAKER");
    expect(received.get("newcomer")).toBeUndefined();
  });

  it("healthy callers get no breaker of their own, and failing callers' breakers are bounded in number", async () => {
    const c = newClient({ breaker: { maxCallerBreakers: 3 } });
    for (let i = 0; i < 50; i++) expect(await call(c, `healthy-${i}`)).toBeNull();
    expect(c.breakers.callerBreakers).toBe(0);
    answers.set("*", { status: 500, body: '{"errors":[{"code":"UNEXPECTED_ERROR"}]}' });
    for (let i = 0; i < 10; i++) expect((await call(c, `failing-${i}`))!.isWiseFault).toBe(true);
    expect(c.breakers.callerBreakers).toBe(3);
  });
});
