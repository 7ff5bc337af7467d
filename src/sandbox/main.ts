// CLI for `npm run sandbox`: starts the sandbox and prints its URL and demo tokens.
// Env: WISE_SANDBOX_PORT (default 0 = free port), WISE_SANDBOX_HOST (default
// 127.0.0.1), WISE_SANDBOX_LATENCY_MS (default 0).

import { startSandbox } from "./index.js";

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`${name} must be a non-negative integer, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

const sandbox = await startSandbox({
  port: intEnv("WISE_SANDBOX_PORT", 0),
  host: process.env.WISE_SANDBOX_HOST || undefined,
  latencyMs: intEnv("WISE_SANDBOX_LATENCY_MS", 0),
});

console.log(`Wise sandbox listening on ${sandbox.url}`);
for (const u of sandbox.users) {
  console.log(
    `  ${u.name.padEnd(6)} token ${u.token}  user ${u.userId}  personal ${u.personalProfileId}  business ${u.businessProfileId}`,
  );
}
console.log(`  stats: GET ${sandbox.url}/__sandbox/stats   reset: POST ${sandbox.url}/__sandbox/reset`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, stopping sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
