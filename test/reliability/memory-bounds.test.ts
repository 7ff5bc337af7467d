import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { startServerProcess, type ServerProcess } from "../helpers/server-process.js";

// The bundle `npm start` runs, with a small old-space heap, under traffic that sends no token and
// makes no Wise call: each request is under the body limit, and a server that kept a little of
// each (variables, query texts, parsed documents) without a bound on their bytes dies here.
const HEAP_MB = 96;
/** Resident memory the process may reach under this traffic, its heap limit and code included. */
const MAX_RSS_MB = 200;
const CONCURRENCY = 4;

let server: ServerProcess;
let url: string;

beforeAll(async () => {
  server = await startServerProcess({ NODE_ENV: "development", WISE_API_URL: "", WISE_API_TOKEN: "" }, [`--max-old-space-size=${HEAP_MB}`]);
  url = server.url;
});

afterAll(() => {
  server?.kill();
});

/** The process's resident memory in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

const alive = () => server.child.exitCode === null && server.child.signalCode === null;

/**
 * Sends `count` request bodies, `CONCURRENCY` at a time, sampling the process's memory. Returns
 * the status codes seen ("no answer" for requests the process did not answer) and the growth of
 * its resident memory.
 */
async function drive(count: number, bodyOf: (index: number) => string) {
  const startRss = rssMb(server.child.pid!);
  let peakRss = startRss;
  const sampler = setInterval(() => {
    if (alive()) peakRss = Math.max(peakRss, rssMb(server.child.pid!));
  }, 50);
  const statuses: Record<string, number> = {};
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const body = bodyOf(next++);
      const outcome = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body }).then(
        async (response) => (await response.arrayBuffer(), String(response.status)),
        () => "no answer",
      );
      statuses[outcome] = (statuses[outcome] ?? 0) + 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    clearInterval(sampler);
  }
  return { statuses, peakRss, growth: peakRss - startRss };
}

async function expectStillAnswering(): Promise<void> {
  expect(alive()).toBe(true);
  const answer = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
  expect(await answer.json()).toEqual({ data: { __typename: "Query" } });
}

describe("memory stays bounded under requests that each leave something to cache", () => {
  it("the cost-estimate cache: 1,400 requests of 95 KB variables over 40 documents", async () => {
    // Variables the operation does not declare are ignored, not refused; each request sends
    // different ones, so a cache keyed by them never hits.
    const run = await drive(1_400, (index) => JSON.stringify({ query: `query Doc${index % 40} { __typename }`, variables: { filler: `${index}:`.padEnd(95_000, "x") } }));
    expect(run.statuses).toEqual({ 200: 1_400 });
    await expectStillAnswering();
    expect(run.peakRss).toBeLessThan(MAX_RSS_MB);
    // 133 MB of variables leave little behind: the estimates are kept under 44-character hashes.
    expect(run.growth).toBeLessThan(48);
  }, 120_000);

  it("the parsed-document store: 150 distinct queries, each padded with 31,000 comment lines", async () => {
    // Comments are not counted by the token limit, yet a parsed document keeps every token of
    // its text (about 3 MB here) while weighing 500 bytes by Apollo's default measure.
    const run = await drive(150, (index) => JSON.stringify({ query: `query Padded${index} { __typename }\n${"#\n".repeat(31_000)}` }));
    expect(run.statuses).toEqual({ 200: 150 });
    await expectStillAnswering();
    expect(run.peakRss).toBeLessThan(MAX_RSS_MB);
  }, 120_000);
});
