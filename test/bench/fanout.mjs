#!/usr/bin/env node
// The fan-out figure on its own (`npm run bench` measures it too, after the operations):
// events per second one instance delivers to many graphql-ws subscribers of one profile, and the
// latency from the webhook's POST to each subscriber's message, p50 and p99. The sandbox and our
// server (as `npm start` runs it) each run in their own process; the subscribers and the webhook
// sender run here. Writes test/bench/results/fanout.md.
//
//   node test/bench/fanout.mjs                                  # 1,000 subscribers, one token and distinct tokens
//   node test/bench/fanout.mjs --subscribers 50 --seconds 2     # a quick check
//   node test/bench/fanout.mjs --tokens one                     # one | distinct | both

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fanoutOptions, renderFanout, runFanout } from "./lib/fanout-run.mjs";
import { repoRoot, startSandboxProcess, stop } from "./lib/processes.mjs";

const { values: args } = parseArgs({ options: { latency: { type: "string", default: "20" }, out: { type: "string" }, ...fanoutOptions } });
const log = (...parts) => console.error(`[fanout ${new Date().toISOString().slice(11, 19)}]`, ...parts);

if (!existsSync(path.join(repoRoot, "dist/bundle/server.mjs"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(1);
}

const sandbox = await startSandboxProcess(Number(args.latency));
try {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, Node ${process.version}`;
  const results = await runFanout({ sandbox, args, log });
  const report = `### Fan-out: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC\n\nMachine: ${machine}. Sandbox latency ${args.latency} ms per Wise call.\n\n${renderFanout(results)}`;
  console.log(report);
  const out = args.out ?? path.join(repoRoot, "test/bench/results/fanout.md");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
  log(`written to ${path.relative(process.cwd(), out)}`);
} finally {
  await stop(sandbox.child);
}
