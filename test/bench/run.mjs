#!/usr/bin/env node
// `npm run bench`: the performance suite. Starts the Wise sandbox (own process, fixed latency),
// our server as `npm start` runs it (dist/bundle/server.mjs, production) and the GraphQL Mesh peer, then
// drives every operation of operations.mjs against ours, Mesh and the sandbox's REST API in the
// same run, and writes one Markdown table to test/bench/results/latest.md.
//
//   npm run bench                       # default suite, about 4 minutes on 2 cores
//   npm run bench -- --latency 0        # sandbox latency per call (ms), default 20
//   npm run bench -- --connections 50 --duration 8 --only transfers-page,nodes-20 --no-mesh
//   npm run bench -- --profile          # also writes a V8 CPU profile of our server (test/bench/results/)
//   npm run bench -- --soak             # 100k requests: RSS and heap at start, middle and end
//   npm run bench -- --baseline DIR     # also measure the build in DIR (as its npm start runs it) in the same run
//   npm run bench -- --baseline DIR --rounds 4   # and alternate the two builds 4 times per operation (for a busy machine)
//   npm run bench -- --subscribers 200 --tokens one   # the fan-out figure's size and token variants (one | distinct | both)
//   npm run bench -- --no-fanout        # without the fan-out figure (test/bench/fanout.mjs runs it alone)

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fanoutOptions, renderFanout, runFanout } from "./lib/fanout-run.mjs";
import { runFlow, runOnce, runSteps } from "./lib/load.mjs";
import { prepareMesh } from "./lib/mesh.mjs";
import { cpuMsOf, measureStartup, repoRoot, rssOf, sampleRss, startMeshServer, startOurServer, startSandboxProcess, stop } from "./lib/processes.mjs";
import { ALICE, NODE_MIX, quoteMayExist, suite } from "./operations.mjs";

const { values: args } = parseArgs({
  options: {
    latency: { type: "string", default: "20" },
    connections: { type: "string", default: "32" },
    duration: { type: "string", default: "5" },
    warmup: { type: "string", default: "1.5" },
    only: { type: "string" },
    "no-mesh": { type: "boolean", default: false },
    "no-rest": { type: "boolean", default: false },
    "wide-connections": { type: "string", default: "100" },
    profile: { type: "boolean", default: false },
    soak: { type: "boolean", default: false },
    "soak-requests": { type: "string", default: "100000" },
    out: { type: "string" },
    baseline: { type: "string" },
    rounds: { type: "string", default: "1" },
    "no-fanout": { type: "boolean", default: false },
    ...fanoutOptions,
  },
});
const latencyMs = Number(args.latency);
const connections = Number(args.connections);
const seconds = Number(args.duration);
const warmup = Number(args.warmup);
const resultsDir = path.join(repoRoot, "test/bench/results");
const log = (...parts) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);
const mb = (bytes) => (Number.isFinite(bytes) ? (bytes / 1024 / 1024).toFixed(0) : "–");
const ms = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : "–");
// CPU per operation with one decimal at every size: the changes compared are often a tenth of it.
const cpu = (value) => (Number.isFinite(value) ? value.toFixed(1) : "–");
const rate = (value) => (Number.isFinite(value) ? value.toFixed(0) : "–");
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "–");

if (!existsSync(path.join(repoRoot, "dist/bundle/server.mjs"))) {
  console.error("dist/ is missing: run `npm run build` first (`npm run bench` does).");
  process.exit(1);
}

const children = [];
const cleanup = async () => {
  await Promise.all(children.map((child) => stop(child)));
};
process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));

try {
  await main();
} finally {
  await cleanup();
}

async function main() {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "cpu"}, ${mb(os.totalmem())} MB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
  log(machine);

  // Ready-to-serve time of `npm start` on an idle machine, before any load.
  const startups = [];
  for (let i = 0; i < 3; i++) startups.push(await measureStartup());
  const startup = startups.map((s) => s.firstAnswer).sort((a, b) => a - b)[1];
  log(`startup (npm start to first answer): ${startups.map((s) => ms(s.firstAnswer)).join(", ")} ms`);

  const sandbox = await startSandboxProcess(latencyMs);
  children.push(sandbox.child);
  log(`sandbox at ${sandbox.url}, latency ${latencyMs} ms per call`);
  const seed = await readSeed(sandbox.url);

  const profileDir = path.join(resultsDir, "profiles");
  if (args.profile) mkdirSync(profileDir, { recursive: true });
  const ours = await startOurServer(sandbox.url, ALICE.token, { nodeFlags: args.soak ? ["--expose-gc"] : [] });
  children.push(ours.child);
  log(`our server at ${ours.url} (pid ${ours.pid})`);

  if (args.soak) return soak(ours, sandbox, seed);

  let base = null;
  if (args.baseline) {
    base = await startOurServer(sandbox.url, ALICE.token, { root: path.resolve(args.baseline) });
    children.push(base.child);
    log(`baseline server (${args.baseline}) at ${base.url} (pid ${base.pid})`);
  }

  let mesh = null;
  let meshNote = null;
  if (!args["no-mesh"]) {
    try {
      const prepared = prepareMesh(log);
      if (prepared.skipped) meshNote = prepared.skipped;
      else {
        mesh = await startMeshServer(sandbox.url, prepared.supergraph);
        children.push(mesh.child);
        log(`Mesh at ${mesh.url} (pid ${mesh.pid})`);
      }
    } catch (error) {
      meshNote = `Mesh could not run: ${error.message.split("\n")[0]}`;
    }
    if (meshNote) log(meshNote);
  } else meshNote = "Mesh skipped (--no-mesh).";

  const operations = suite(seed).filter((op) => !args.only || args.only.split(",").includes(op.name));
  const targets = [
    ...(base ? [{ key: "base", server: base, headers: {}, steps: (op) => op.ours }] : []),
    { key: "ours", server: ours, headers: {}, steps: (op) => op.ours },
    ...(mesh ? [{ key: "mesh", server: mesh, headers: { authorization: `Bearer ${ALICE.token}` }, steps: (op) => op.mesh.steps }] : []),
    ...(args["no-rest"] ? [] : [{ key: "rest", server: { url: sandbox.url }, headers: { authorization: `Bearer ${ALICE.token}` }, rest: true }]),
  ];

  const rows = [];
  for (const op of operations) {
    const row = { op };
    for (const target of targets) {
      await sandbox.reset();
      row[target.key] = await measure(op, target, sandbox, connections, args.profile && target.key === "ours" ? path.join(profileDir, `${op.name}.cpuprofile`) : null);
      const r = row[target.key];
      if (target.key === "ours" || target.key === "rest") {
        // Unloaded latency (one connection). Ours: the layer's own overhead over the upstream
        // critical path; the REST client's: what loopback HTTP and the sandbox's own work add anyway.
        await sandbox.reset();
        row[target.key === "ours" ? "single" : "restSingle"] = await drive(op, target, 1, 1.5);
        await settle(sandbox);
      }
      log(
        `${op.name.padEnd(16)} ${target.key.padEnd(4)} ${rate(r.opsPerSecond).padStart(6)} ops/s  cpu ${cpu(r.cpuMsPerOp)} ms/op  p50 ${ms(r.p50)} p95 ${ms(r.p95)} p99 ${ms(r.p99)} ms  calls/op ${r.callsPerOp}  peak RSS ${mb(r.peakRss)} MB${r.errors ? `  ERRORS ${r.errors}: ${r.firstError}` : ""}`,
      );
    }
    // More rounds, the builds alternating, so that other load on the machine falls on both alike.
    for (let round = 1; round < Number(args.rounds); round++) {
      for (const target of targets.filter((t) => t.key === "base" || t.key === "ours")) {
        await sandbox.reset();
        addRound(row[target.key], await timedRound(op, target));
        await settle(sandbox);
      }
    }
    if (Number(args.rounds) > 1)
      log(`${op.name.padEnd(16)} over ${args.rounds} rounds: cpu ${base ? `base ${cpu(row.base.cpuMsPerOp)}, ` : ""}ours ${cpu(row.ours.cpuMsPerOp)} ms/op`);
    rows.push(row);
  }

  // Memory at 100 connections: the heaviest read of the suite, ours and Mesh's.
  const wideOp = operations.find((op) => op.name === "transfers-page") ?? operations[0];
  await sandbox.reset();
  const wide = await measure(
    wideOp,
    targets.find((t) => t.key === "ours"),
    sandbox,
    Number(args["wide-connections"]),
  );
  log(`${wideOp.name} at ${args["wide-connections"]} connections: ${rate(wide.opsPerSecond)} ops/s, p50 ${ms(wide.p50)} ms, peak RSS ${mb(wide.peakRss)} MB`);
  let meshWide = null;
  const meshTarget = targets.find((t) => t.key === "mesh");
  if (meshTarget) {
    await sandbox.reset();
    meshWide = await measure(wideOp, meshTarget, sandbox, Number(args["wide-connections"]));
    log(`${wideOp.name} at ${args["wide-connections"]} connections, Mesh: ${rate(meshWide.opsPerSecond)} ops/s, p50 ${ms(meshWide.p50)} ms, peak RSS ${mb(meshWide.peakRss)} MB`);
  }
  let baseWide = null;
  if (base) {
    // The baseline under the same wide load, so that a change trading memory for CPU shows both sides.
    await sandbox.reset();
    baseWide = await measure(
      wideOp,
      targets.find((t) => t.key === "base"),
      sandbox,
      Number(args["wide-connections"]),
    );
    log(
      `${wideOp.name} at ${args["wide-connections"]} connections, baseline: ${rate(baseWide.opsPerSecond)} ops/s, p50 ${ms(baseWide.p50)} ms, peak RSS ${mb(baseWide.peakRss)} MB`,
    );
  }
  const hwm = { ours: rssOf(ours.pid)?.hwm, mesh: mesh ? rssOf(mesh.pid)?.hwm : undefined };

  // Fan-out last, on servers of its own: the operations' servers are stopped first so that the
  // figure has the machine to itself.
  let fanout = null;
  if (!args["no-fanout"]) {
    await Promise.all([ours, base, mesh].filter(Boolean).map((server) => stop(server.child)));
    await sandbox.reset();
    fanout = await runFanout({ sandbox, args, log });
  }

  let report = renderReport({ machine, rows, wide, wideOp, hwm, startup, meshNote, hasMesh: Boolean(mesh), hasRest: !args["no-rest"] });
  report += renderTargets({ rows, wide, meshWide, startup });
  if (base) report += renderBaseline(rows, { wideOp, wide, baseWide });
  if (fanout)
    report += `\nFan-out: events to ${args.subscribers} graphql-ws subscribers of one profile on one instance (sandbox latency ${latencyMs} ms):\n\n${renderFanout(fanout)}`;
  console.log(report);
  const out = args.out ?? path.join(resultsDir, "latest.md");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
  log(`written to ${path.relative(process.cwd(), out)}`);
  if (args.profile) log(`CPU profiles of our server, one per operation: ${path.relative(process.cwd(), profileDir)}/*.cpuprofile (summarise with test/bench/profile-summary.mjs)`);
}

/** Runs `op` against `target` on `conns` connections for `duration` seconds. */
function drive(op, target, conns, duration) {
  const baseUrl = target.server.url;
  return target.rest && op.rest.flow
    ? runFlow({ baseUrl, token: ALICE.token, flow: op.rest.flow, connections: conns, seconds: duration })
    : runSteps({ baseUrl, steps: target.rest ? op.rest.steps : target.steps(op), headers: target.headers, connections: conns, seconds: duration });
}

/** Exact calls per operation (sequential runs), then warm-up and a timed run under load. */
async function measure(op, target, sandbox, conns, profileFile = null) {
  const base = target.server.url;
  const once = () =>
    target.rest
      ? runOnce({ baseUrl: base, flow: op.rest.flow, steps: op.rest.steps, headers: target.headers, token: ALICE.token })
      : runOnce({ baseUrl: base, steps: target.steps(op), headers: target.headers });
  await once(); // warm: caches, connections, JIT
  const before = await sandbox.stats();
  const runs = 3;
  for (let i = 0; i < runs; i++) await once();
  const after = await sandbox.stats();
  const callsPerOp = (after.total - before.total) / runs;
  const routes = Object.fromEntries(
    Object.entries(after.routes)
      .map(([route, count]) => [route, (count - (before.routes[route] ?? 0)) / runs])
      .filter(([, count]) => count > 0),
  );

  const load = (duration) => drive(op, target, conns, duration);
  if (warmup > 0) {
    await load(warmup);
    await settle(sandbox);
  }
  const pid = target.server.pid ?? sandbox.child.pid;
  const stopSampling = sampleRss(pid);
  const statsBefore = await sandbox.stats();
  if (profileFile) await target.server.startProfile();
  const cpuBefore = cpuMsOf(pid);
  const result = await load(seconds);
  const cpuAfter = cpuMsOf(pid);
  if (profileFile) await target.server.stopProfile(profileFile);
  await settle(sandbox);
  const statsAfter = await sandbox.stats();
  return {
    ...result,
    callsPerOp,
    routes,
    callsPerOpUnderLoad: result.ops ? (statsAfter.total - statsBefore.total) / result.ops : NaN,
    // CPU the serving process spent per operation: far less sensitive to other load on the machine than ops/s.
    cpuMsPerOp: result.ops ? (cpuAfter - cpuBefore) / result.ops : NaN,
    peakRss: stopSampling(),
  };
}

/** One more timed run of `op` against `target`: operations, seconds and the server's CPU. */
async function timedRound(op, target) {
  const pid = target.server.pid;
  const cpuBefore = cpuMsOf(pid);
  const result = await drive(op, target, connections, seconds);
  return { ops: result.ops, seconds, cpuMs: cpuMsOf(pid) - cpuBefore };
}

/** Folds a further round into a measurement: CPU per operation and ops/s over all rounds. */
function addRound(measured, round) {
  measured.rounds ??= [{ ops: measured.ops, seconds, cpuMs: measured.cpuMsPerOp * measured.ops }];
  measured.rounds.push(round);
  const ops = measured.rounds.reduce((sum, r) => sum + r.ops, 0);
  measured.cpuMsPerOp = measured.rounds.reduce((sum, r) => sum + r.cpuMs, 0) / ops;
  measured.opsPerSecond = ops / measured.rounds.reduce((sum, r) => sum + r.seconds, 0);
}

/** Waits until requests still in flight after a timed run have reached the sandbox. */
async function settle(sandbox) {
  let last = -1;
  let quiet = 0;
  for (let i = 0; i < 200 && quiet < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const { total } = await sandbox.stats();
    quiet = total === last ? quiet + 1 : 0;
    last = total;
  }
}

/** Reads from the sandbox the ids the suite uses and the counts its minimums depend on. */
async function readSeed(url) {
  const get = async (p) => {
    const response = await fetch(url + p, { headers: { authorization: `Bearer ${ALICE.token}` } });
    if (!response.ok) throw new Error(`seed: ${p} answered ${response.status}`);
    return response.json();
  };
  const profiles = await get("/v2/profiles");
  const business = await get(`/v4/profiles/${ALICE.business}/balances?types=STANDARD,SAVINGS`);
  const transfers = (await get(`/v1/transfers?profile=${ALICE.personal}&offset=0&limit=20`)).slice(0, 20);
  const activities = (await get(`/v1/profiles/${ALICE.personal}/activities?size=50`)).activities;
  const nodeMix = {
    ...NODE_MIX,
    balances: [...NODE_MIX.balances.filter(([, b]) => b !== null), ...business.slice(0, 2).map((b) => [ALICE.business, b.id])],
    addresses: profiles.map((p) => p.address?.id).filter(Boolean),
  };
  return {
    nodeMix,
    transfers: {
      recipients: new Set(transfers.map((t) => t.targetAccount)).size,
      quotes: new Set(transfers.filter(quoteMayExist).map((t) => t.quoteUuid)).size,
    },
    activities: { transfers: new Set(activities.filter((a) => a.resource?.type === "TRANSFER").map((a) => a.resource.id)).size },
  };
}

function renderReport({ machine, rows, wide, wideOp, hwm, startup, meshNote, hasMesh, hasRest }) {
  const date = new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC";
  const lines = [];
  lines.push(`### Benchmark: ${date}`);
  lines.push("");
  lines.push(
    `Machine: ${machine}. Sandbox latency **${latencyMs} ms** per Wise call; ${connections} connections; ${seconds} s per operation and target after ${warmup} s of warm-up; all targets in this one run.`,
  );
  lines.push("");
  lines.push(
    "| Operation | Min. calls (rounds) | Ours ops/s | Ours p50 / p95 / p99 ms | Ours calls/op | p50 − critical path ms (1 conn.: ours; REST) | Ours CPU ms/op | Mesh ops/s | Mesh p50 / p95 / p99 ms | Mesh requests, calls/op | Mesh CPU ms/op | REST ops/s | Ours / Mesh ops/s | Ours / REST ops/s | Peak RSS ours / Mesh MB |",
  );
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const { op, ours, mesh, rest, single, restSingle } of rows) {
    const critical = latencyMs * op.rounds;
    const callsOk = ours.callsPerOp <= op.minimum ? "✓" : "✗";
    lines.push(
      [
        "",
        op.title,
        `${op.minimum} (${op.rounds})`,
        rate(ours.opsPerSecond) + (ours.errors ? ` (${ours.errors} errors)` : ""),
        `${ms(ours.p50)} / ${ms(ours.p95)} / ${ms(ours.p99)}`,
        `${fmtCalls(ours.callsPerOp)} ${callsOk}`,
        `${ms(ours.p50 - critical)} (${ms(single.p50 - critical)}; ${restSingle ? ms(restSingle.p50 - critical) : "–"})`,
        ms(ours.cpuMsPerOp),
        mesh ? rate(mesh.opsPerSecond) + (mesh.errors ? ` (${mesh.errors} errors)` : "") : "–",
        mesh ? `${ms(mesh.p50)} / ${ms(mesh.p95)} / ${ms(mesh.p99)}` : "–",
        mesh ? `${op.mesh.roundTrips}, ${fmtCalls(mesh.callsPerOp)}` : "–",
        mesh ? ms(mesh.cpuMsPerOp) : "–",
        rest ? rate(rest.opsPerSecond) : "–",
        mesh ? ratio(ours.opsPerSecond, mesh.opsPerSecond) : "–",
        rest ? ratio(ours.opsPerSecond, rest.opsPerSecond) : "–",
        `${mb(ours.peakRss)} / ${mesh ? mb(mesh.peakRss) : "–"}`,
        "",
      ]
        .join(" | ")
        .trim(),
    );
  }
  lines.push("");
  lines.push(
    `At ${args["wide-connections"]} connections (${wideOp.title}, ours): ${rate(wide.opsPerSecond)} ops/s, p50 ${ms(wide.p50)} ms, p99 ${ms(wide.p99)} ms, peak RSS **${mb(wide.peakRss)} MB** (high-water mark over the whole run: ours ${mb(hwm.ours)} MB${hasMesh ? `, Mesh ${mb(hwm.mesh)} MB` : ""}). Ready to serve: \`npm start\` (built by \`npm ci\`, embedded sandbox) answered its first query ${ms(startup)} ms after it was run (median of 3).`,
  );
  if (meshNote) lines.push("", `Note: ${meshNote}`);
  lines.push("");
  lines.push("Minimum Wise calls per operation, and why:");
  lines.push("");
  for (const { op, ours, mesh } of rows) {
    const routes = Object.entries(ours.routes)
      .map(([route, count]) => `${route} ×${fmtCalls(count)}`)
      .join(", ");
    lines.push(
      `- **${op.title}**: ${op.minimum} in ${op.rounds} round${op.rounds === 1 ? "" : "s"}. ${op.why} Ours made: ${routes || "none"}.${mesh && op.mesh.note ? ` Mesh: ${op.mesh.note}.` : ""}`,
    );
  }
  lines.push("");
  lines.push(
    "ops/s counts whole operations (quote → transfer is 2 GraphQL requests; Mesh's joined operations are 2 requests, the second built from the first's answer). Latency is per whole operation. " +
      "Calls/op are exact (sandbox counters over 3 sequential runs after a warm one). CPU ms/op = the server process's user+system CPU over the timed run / operations (from /proc; steadier than ops/s when other work shares the machine). Critical path = sandbox latency × the minimum's sequential rounds; in brackets, p50 at one connection (no queueing) for ours and for the REST client: the difference is the layer's own overhead, the REST figure what loopback HTTP and the sandbox's own work add to any client. " +
      `REST = a hand-written client calling the sandbox directly with the minimum calls, independent calls of a round in parallel${hasRest ? "" : " (skipped)"}.`,
  );
  return lines.join("\n") + "\n";
}

/**
 * The performance targets, each marked met (✓) or not (✗) on this run: CPU per operation at most
 * half of Mesh's, at least twice its operations per second, the one-resource query at least half of
 * the REST client's throughput with a one-connection p50 within 1 ms of it, peak RSS at 100
 * connections at most half of Mesh's, and ready to serve within 1.5 s of `npm start`.
 */
function renderTargets({ rows, wide, meshWide, startup }) {
  const mark = (ok) => (ok === null ? "–" : ok ? "✓" : "✗");
  const check = (value, ok) => (Number.isFinite(value) ? `${value.toFixed(2)}× ${mark(ok(value))}` : "–");
  const lines = ["", "Targets (✓ met, ✗ not met, – not measured in this run):", ""];
  lines.push("| Operation | CPU ms/op ours / Mesh (≤ 0.5×) | ops/s ours / Mesh (≥ 2×) | Peak RSS ours / Mesh (≤ 0.5×) |");
  lines.push("|---|---|---|---|");
  for (const { op, ours, mesh } of rows) {
    lines.push(
      `| ${op.title} | ${check(mesh ? ours.cpuMsPerOp / mesh.cpuMsPerOp : NaN, (r) => r <= 0.5)} | ${check(mesh ? ours.opsPerSecond / mesh.opsPerSecond : NaN, (r) => r >= 2)} | ${check(mesh ? ours.peakRss / mesh.peakRss : NaN, (r) => r <= 0.5)} |`,
    );
  }
  lines.push("");
  const one = rows.find((row) => row.op.name === "profiles");
  if (one?.rest) {
    const throughput = one.ours.opsPerSecond / one.rest.opsPerSecond;
    lines.push(`- One-resource query, ops/s ours / REST: ${check(throughput, (r) => r >= 0.5)} (target ≥ 0.5×).`);
  }
  if (one?.single && one.restSingle) {
    const gap = one.single.p50 - one.restSingle.p50;
    lines.push(`- One-resource query, p50 at one connection, ours − REST: ${gap.toFixed(1)} ms ${mark(gap <= 1)} (target ≤ 1 ms).`);
  }
  if (meshWide) {
    const memory = wide.peakRss / meshWide.peakRss;
    lines.push(
      `- Peak RSS at ${args["wide-connections"]} connections (${mb(wide.peakRss)} MB ours, ${mb(meshWide.peakRss)} MB Mesh): ${check(memory, (r) => r <= 0.5)} (target ≤ 0.5×).`,
    );
  }
  lines.push(`- Ready to serve after \`npm start\`: ${ms(startup)} ms ${mark(startup <= 1500)} (target ≤ 1500 ms).`);
  lines.push("- Flat memory over 100k requests: `npm run bench -- --soak` (a separate run).");
  return lines.join("\n") + "\n";
}

/** Before/after: the baseline build and this one, measured in the same run. */
function renderBaseline(rows, { wideOp, wide, baseWide }) {
  const lines = ["", `Before / after (\`--baseline ${args.baseline}\`, same run):`, ""];
  lines.push("| Operation | ops/s before → after | p50 ms before → after | calls/op before → after | CPU ms/op before → after |");
  lines.push("|---|---|---|---|---|");
  for (const { op, base, ours } of rows) {
    lines.push(
      `| ${op.title} | ${rate(base.opsPerSecond)} → ${rate(ours.opsPerSecond)} (${ratio(ours.opsPerSecond, base.opsPerSecond)}) | ${ms(base.p50)} → ${ms(ours.p50)} | ${fmtCalls(base.callsPerOp)} → ${fmtCalls(ours.callsPerOp)} | ${cpu(base.cpuMsPerOp)} → ${cpu(ours.cpuMsPerOp)} (${ratio(ours.cpuMsPerOp, base.cpuMsPerOp)}) |`,
    );
  }
  lines.push(
    "",
    `At ${args["wide-connections"]} connections (${wideOp.title}): peak RSS ${mb(baseWide.peakRss)} → ${mb(wide.peakRss)} MB, CPU ${cpu(baseWide.cpuMsPerOp)} → ${cpu(wide.cpuMsPerOp)} ms/op, ${rate(baseWide.opsPerSecond)} → ${rate(wide.opsPerSecond)} ops/s.`,
  );
  return lines.join("\n") + "\n";
}

function fmtCalls(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** `--soak`: 100k requests of the read operations in turn; memory at start, middle and end. */
async function soak(ours, sandbox, seed) {
  const total = Number(args["soak-requests"]);
  // The reads of the suite that cost a few Wise calls each, so that 100k requests take minutes, not an hour.
  const ops = suite(seed).filter((op) => ["profiles", "profiles-balances", "activities-page", "reference"].includes(op.name));
  const steps = ops.flatMap((op) => op.ours);
  const snapshot = async (label) => {
    const memory = await ours.memory(true);
    return { label, rss: rssOf(ours.pid)?.rss ?? memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal };
  };
  // Warm up, then measure from a settled start.
  await runSteps({ baseUrl: ours.url, steps, connections, seconds: warmup || 2 });
  const points = [await snapshot("start")];
  let middle = null;
  let nextLog = 10_000;
  const began = performance.now();
  const run = runSteps({
    baseUrl: ours.url,
    steps,
    connections,
    amount: total,
    onProgress: (done) => {
      const sent = done * steps.length;
      if (!middle && sent >= total / 2) middle = snapshot("middle");
      if (sent >= nextLog) {
        log(`soak: ${sent} requests`);
        nextLog += 10_000;
      }
    },
  });
  const result = await run;
  if (middle) points.push(await middle);
  points.push(await snapshot("end"));
  const elapsed = (performance.now() - began) / 1000;
  const lines = [
    `### Soak: ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `${total} requests (${ops.map((op) => op.name).join(", ")} in turn), ${connections} connections, sandbox latency ${latencyMs} ms: ${elapsed.toFixed(0)} s, ${(result.requests / elapsed).toFixed(0)} req/s, ${result.errors} errors.`,
    "",
    "| point | RSS MB | heap used MB (after GC) | heap total MB |",
    "|---|---|---|---|",
    ...points.map((p) => `| ${p.label} | ${mb(p.rss)} | ${mb(p.heapUsed)} | ${mb(p.heapTotal)} |`),
    "",
  ];
  const report = lines.join("\n");
  console.log(report);
  const out = args.out ?? path.join(resultsDir, "soak.md");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
  log(`written to ${path.relative(process.cwd(), out)}`);
}
