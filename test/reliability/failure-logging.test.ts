import { afterEach, beforeEach, describe, expect, it } from "@jest/globals";
import { existsSync, readFileSync, statSync } from "node:fs";
import { CurrenciesDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import type { Fault } from "../../src/sandbox/faults.js";

// Under Jest the logger writes every line of this process into LOG_DIR/<pid>.log (see
// test/helpers/log-capture.setup.mjs); the test reads what was written while it ran.
const logFile = `${process.env.LOG_DIR}/${process.pid}.log`;
const logSize = () => (existsSync(logFile) ? statSync(logFile).size : 0);

interface LogLine {
  level: number;
  msg: string;
  route?: string;
  scope?: string;
  failed?: number;
  causes?: Record<string, number>;
}

/** Lines written since `offset` at info level or above: what a production log (level info) holds. */
function linesSince(offset: number): LogLine[] {
  const text = readFileSync(logFile).subarray(offset).toString("utf8");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as LogLine)
    .filter((line) => line.level >= 30);
}

const INTERVAL_MS = 1_000;
const CURRENCIES = "GET /v1/currencies";
const N = 200;

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ client: { getRetryLimit: 0, failureLogIntervalMs: INTERVAL_MS } });
});
afterEach(async () => {
  await h.close();
});

describe("failed Wise calls are logged in bounded summaries", () => {
  it.each<[string, Fault, string, string]>([
    ["Wise failing (503)", { type: "status", status: 503 }, "UPSTREAM_UNAVAILABLE", "HTTP 503"],
    ["the caller's own 404s", { type: "status", status: 404 }, "NOT_FOUND", "HTTP 404"],
  ])(`${N} failed calls from %s write a bounded number of lines, with their count`, async (_name, fault, code, cause) => {
    h.sandbox.faults.add({ route: CURRENCIES, fault });
    const offset = logSize();
    const started = Date.now();
    for (let i = 0; i < N; i++) expect(errorCodes(await h.request(CurrenciesDocument))).toEqual([code]);
    const elapsed = Date.now() - started;
    // The last interval's summary is written when the interval ends.
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS + 200));

    const lines = linesSince(offset);
    console.log(lines.map((l) => JSON.stringify(l)).join("\n"));
    expect(lines.length).toBeLessThan(20);
    // At most one summary per interval, and together they count every failed call.
    const summaries = lines.filter((line) => line.msg === "failed Wise calls" && line.route === CURRENCIES);
    expect(summaries.length).toBeLessThanOrEqual(Math.ceil(elapsed / INTERVAL_MS) + 1);
    expect(summaries.reduce((sum, line) => sum + line.failed!, 0)).toBe(N);
    expect(summaries.some((line) => (line.causes?.[cause] ?? 0) > 0)).toBe(true);

    const opened = lines.filter((line) => line.msg.startsWith("circuit breaker opened"));
    if (cause === "HTTP 503") {
      // The breaker opened once (one line, with its route) and shed the rest, which are counted too.
      expect(opened).toEqual([expect.objectContaining({ route: CURRENCIES, scope: "caller", level: 30 })]);
      expect(summaries.every((line) => line.level === 40)).toBe(true);
      expect(summaries.reduce((sum, line) => sum + (line.causes?.["NETWORK EOPENBREAKER"] ?? 0), 0)).toBeGreaterThan(N / 2);
    } else {
      // A caller's 4xx never opens a breaker and is no warning.
      expect(opened).toEqual([]);
      expect(summaries.every((line) => line.level === 30)).toBe(true);
    }
  });

  it("the route-wide breaker logs opening, half-opening and closing, one line each, with its route", async () => {
    await h.close();
    const resetTimeoutMs = 3_000;
    // Two callers are "several" here: the sandbox has two demo users.
    h = await startHarness({ client: { getRetryLimit: 0, failureLogIntervalMs: INTERVAL_MS, breaker: { minFailingCallers: 2, resetTimeoutMs } } });
    h.sandbox.faults.add({ route: CURRENCIES, fault: { type: "status", status: 503 } });
    const offset = logSize();
    for (let i = 0; i < 40; i++) {
      const response = await h.request(CurrenciesDocument, {}, { token: i % 2 === 0 ? h.alice.token : h.bob.token });
      expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    }
    h.sandbox.faults.clear();
    await new Promise((resolve) => setTimeout(resolve, resetTimeoutMs + 200));
    expect((await h.request(CurrenciesDocument, {}, { token: h.bob.token })).body.errors).toBeUndefined();

    const states = linesSince(offset)
      .filter((line) => line.msg.startsWith("circuit breaker"))
      .map((line) => [line.level, line.scope, line.route, line.msg.split(":")[0]]);
    expect(states).toEqual([
      [40, "route", CURRENCIES, "circuit breaker opened (route)"],
      [30, "route", CURRENCIES, "circuit breaker half-open (route)"],
      [30, "route", CURRENCIES, "circuit breaker closed (route)"],
    ]);
  });
});
