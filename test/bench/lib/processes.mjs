// The processes a benchmark run measures, each on its own: the Wise sandbox, our server as
// `npm start` runs it (dist/bundle/server.mjs with its node flags, production mode) and the Mesh
// peer. Memory comes from
// /proc/<pid>/status (RSS) and, for heap figures, from the probe preloaded into the servers.

import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../..");
const probe = path.resolve(here, "../probe.mjs");

/**
 * What `npm start` runs (package.json's start script): the node flags (its heap cap) and the
 * entry file, so that the measured process is the one `npm start` starts. An older build given
 * by `--baseline` may start `dist/main.js` without flags.
 */
export function startCommand(root = repoRoot) {
  const script = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.start;
  const match = /\bnode\s+((?:--\S+\s+)*)(dist\/\S+)/.exec(script);
  if (!match) throw new Error(`cannot read the node command from the start script: ${script}`);
  return { flags: match[1].trim().split(/\s+/).filter(Boolean), entry: match[2] };
}

/** Spawns `node args` (or `command args`) and resolves once a stdout line matches `ready`, with the match. */
function start(name, args, { env = {}, cwd = repoRoot, ready, timeoutMs = 30_000, ipc = false, command = process.execPath }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ipc ? ["ignore", "pipe", "pipe", "ipc"] : ["ignore", "pipe", "pipe"],
    // `npm start` runs node under a shell: its own process group, so stopping it stops them all.
    detached: command !== process.execPath,
  });
  let output = "";
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`)), timeoutMs);
    const fail = (error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(error);
    };
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off("data", onData);
        // Keep draining the pipes so a chatty process never blocks on a full pipe.
        child.stdout.on("data", () => {});
        resolve({ child, match, pid: child.pid, startMs: performance.now() - started, output });
      }
    };
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", onData);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("exit", (code, signal) => fail(new Error(`${name} exited (${code ?? signal}) before it was ready:\n${output.slice(-2000)}`)));
  });
}

/**
 * Stops a child with SIGTERM (SIGKILL after `graceMs`) and waits for it to exit. A detached child
 * (`npm start` under its shell) is signalled as a process group, so npm, the shell and node stop.
 */
export function stop(child, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const signal = (name) => (child.spawnfile === process.execPath ? child.kill(name) : process.kill(-child.pid, name));
  return new Promise((resolve) => {
    const timer = setTimeout(() => signal("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    signal("SIGTERM");
  });
}

/** The sandbox in its own process (scripts/sandbox.mjs), with a fixed latency per Wise call. */
export async function startSandboxProcess(latencyMs) {
  const { child, match } = await start("sandbox", ["scripts/sandbox.mjs"], {
    env: { WISE_SANDBOX_PORT: "0", WISE_SANDBOX_HOST: "127.0.0.1", WISE_SANDBOX_LATENCY_MS: String(latencyMs) },
    ready: /listening on (http:\/\/[0-9.:]+)/,
  });
  const url = match[1];
  return {
    url,
    child,
    async stats() {
      return (await fetch(`${url}/__sandbox/stats`)).json();
    },
    async reset() {
      await fetch(`${url}/__sandbox/reset`, { method: "POST" });
    },
  };
}

/** Sends a message to the probe preloaded in `child` and resolves with its answer. */
function probeOf(child) {
  let next = 0;
  return (message) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      const timer = setTimeout(() => reject(new Error(`no ${message.type} answer from the probe`)), 30_000);
      const onMessage = (answer) => {
        if (answer?.type === message.type && answer.id === id) {
          clearTimeout(timer);
          child.off("message", onMessage);
          resolve(answer);
        }
      };
      child.on("message", onMessage);
      child.send({ ...message, id });
    });
}

function controls(child) {
  const ask = probeOf(child);
  return {
    memory: (gc = false) => ask({ type: "memory", gc }),
    startProfile: () => ask({ type: "profile-start" }),
    stopProfile: (file) => ask({ type: "profile-stop", file }),
  };
}

/**
 * Our server exactly as `npm start` runs it (`startCommand`, NODE_ENV=production), pointed at
 * the sandbox process as if it were Wise (WISE_API_URL/WISE_API_TOKEN = alice's demo token, which
 * a request without Authorization acts as, by WISE_TOKEN_FOR_ANONYMOUS=allow), so the sandbox's
 * work is not charged to it.
 */
export async function startOurServer(sandboxUrl, token, { nodeFlags = [], root = repoRoot, env = {} } = {}) {
  const { flags, entry } = startCommand(root);
  const { child, match, startMs } = await start("GraphQL server", [...flags, ...nodeFlags, "--import", probe, entry], {
    cwd: root,
    env: { NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", WISE_API_URL: sandboxUrl, WISE_API_TOKEN: token, WISE_TOKEN_FOR_ANONYMOUS: "allow", ...env },
    ready: /GraphQL server ready at http:\/\/[^:]+:(\d+)\/graphql/,
    ipc: true,
  });
  return { url: `http://127.0.0.1:${match[1]}`, child, pid: child.pid, startMs, ...controls(child) };
}

/** The Mesh peer (test/bench/mesh/server.mjs): Hive Gateway over the composed supergraph. */
export async function startMeshServer(sandboxUrl, supergraphPath, { nodeFlags = [] } = {}) {
  const { child, match, startMs } = await start("Mesh", [...nodeFlags, "--import", probe, "server.mjs"], {
    cwd: path.resolve(here, "../mesh"),
    env: { MESH_SUPERGRAPH: supergraphPath, WISE_URL: sandboxUrl, PORT: "0", NODE_ENV: "production" },
    ready: /Mesh ready at (http:\/\/[0-9.:]+)\/graphql/,
    ipc: true,
    timeoutMs: 60_000,
  });
  return { url: match[1], child, pid: child.pid, startMs, ...controls(child) };
}

/** Resident set size (bytes) and its high-water mark, from /proc; null where /proc is missing. */
export function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb("VmRSS"), hwm: kb("VmHWM") };
  } catch {
    return null;
  }
}

/** CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat; NaN where missing. */
export function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat (12 and 13 after the command), in clock ticks.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; returns the peak seen. */
export function sampleRss(pid, everyMs = 100) {
  let peak = rssOf(pid)?.rss ?? NaN;
  const timer = setInterval(() => {
    const now = rssOf(pid)?.rss;
    if (now !== undefined && !(now <= peak)) peak = now;
  }, everyMs);
  return () => {
    clearInterval(timer);
    const now = rssOf(pid)?.rss;
    return Math.max(peak, now ?? NaN);
  };
}

/**
 * Time from `npm start` (production, embedded sandbox, already built by `npm ci`) to its first
 * answered GraphQL query: what "ready to serve" means. npm's own start-up is included.
 */
export async function measureStartup() {
  const began = performance.now();
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const { child, match } = await start("GraphQL server (startup)", ["start", "--silent"], {
    command: npm,
    env: { NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", WISE_API_URL: "", WISE_API_TOKEN: "", WISE_SANDBOX: "true", WISE_TOKEN_FOR_ANONYMOUS: "allow", LOG_LEVEL: "warn" },
    ready: /GraphQL server ready at http:\/\/[^:]+:(\d+)\/graphql/,
  });
  const readyLine = performance.now() - began;
  const url = `http://127.0.0.1:${match[1]}/graphql`;
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ profiles { id } }" }) });
  await response.text();
  const firstAnswer = performance.now() - began;
  await stop(child);
  return { readyLine, firstAnswer, ok: response.ok };
}
