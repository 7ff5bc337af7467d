import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

// The bundle `npm start` runs, with a small old-space heap: a server that kept every request's
// variables (the cost estimates used to be cached under them) runs out of memory and dies here.
const HEAP_MB = 96;
/** Resident memory the process may reach under this traffic, its heap limit and code included. */
const MAX_RSS_MB = 200;
/** How much of that the traffic below may add. */
const MAX_GROWTH_MB = 48;
const DOCUMENTS = 40;
const REQUESTS = 1_400;
const VARIABLES_BYTES = 95_000;
const CONCURRENCY = 4;

let child: ChildProcess;
let url: string;

beforeAll(async () => {
  child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, path.resolve("dist/bundle/server.mjs")], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", NODE_ENV: "development", WISE_API_URL: "", WISE_API_TOKEN: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL server ready at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1].replace("localhost", "127.0.0.1"));
    });
    child.once("exit", (code) => reject(new Error(`dist/bundle/server.mjs exited (${code}) before it was ready: ${out}`)));
  });
});

afterAll(() => {
  if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/** The process's resident memory in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) / 1024;
}

describe("the cost-estimate cache under requests with large, ever-changing variables", () => {
  it(`keeps ${REQUESTS} requests of ${VARIABLES_BYTES / 1000} KB variables over ${DOCUMENTS} documents, sent without a token, within a fixed memory`, async () => {
    const startRss = rssMb(child.pid!);
    let peakRss = startRss;
    const sampler = setInterval(() => {
      if (child.exitCode === null && child.signalCode === null) peakRss = Math.max(peakRss, rssMb(child.pid!));
    }, 50);
    // Status codes counted, and "no answer" for requests the process did not answer (it died).
    const statuses = new Map<number | string, number>();
    let next = 0;
    const worker = async () => {
      while (next < REQUESTS) {
        const index = next++;
        const query = `query Doc${index % DOCUMENTS} { __typename }`;
        // Variables the operation does not declare are ignored, not refused; each request sends different
        // ones, so a cache keyed by them never hits.
        const filler = `${index}:`.padEnd(VARIABLES_BYTES, "x");
        const outcome = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables: { filler } }) }).then(
          async (response) => (await response.arrayBuffer(), response.status),
          () => "no answer",
        );
        statuses.set(outcome, (statuses.get(outcome) ?? 0) + 1);
      }
    };
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    } finally {
      clearInterval(sampler);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: REQUESTS });
    expect(child.exitCode).toBeNull();
    expect(child.signalCode).toBeNull();
    const answer = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(await answer.json()).toEqual({ data: { __typename: "Query" } });
    expect(peakRss).toBeLessThan(MAX_RSS_MB);
    // The traffic itself (133 MB of variables) leaves little behind: what grows is bounded caches.
    expect(peakRss - startRss).toBeLessThan(MAX_GROWTH_MB);
  }, 120_000);
});
