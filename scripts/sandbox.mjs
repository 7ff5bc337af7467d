/**
 * `npm run sandbox`: starts the embedded Wise sandbox on its own (from dist/, so run after `tsc`)
 * and prints its URL and demo tokens. Settings: WISE_SANDBOX_PORT, WISE_SANDBOX_HOST,
 * WISE_SANDBOX_LATENCY_MS, WISE_SANDBOX_SCA_PUBLIC_KEY (src/config.ts).
 */
import { ConfigError, loadSandboxConfig } from "../dist/config.js";
import { startSandbox } from "../dist/sandbox/index.js";

let settings;
try {
  settings = loadSandboxConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`Configuration error: ${error.message}`);
  process.exit(1);
}
const sandbox = await startSandbox(settings);

console.log(`Wise sandbox listening on ${sandbox.url}`);
for (const u of [...sandbox.users, ...sandbox.scaUsers]) {
  const gated = sandbox.scaUsers.includes(u) ? "  (funding asks for SCA)" : "";
  console.log(`  ${u.name.padEnd(6)} token ${u.token}  user ${u.userId}  personal ${u.personalProfileId}  business ${u.businessProfileId}  PIN ${u.pin}  OTP ${u.otp}${gated}`);
}
console.log(`  partner client (POST /oauth/token, Basic auth): id ${sandbox.client.id}  secret ${sandbox.client.secret}`);
console.log(`  stats: GET ${sandbox.url}/__sandbox/stats   reset: POST ${sandbox.url}/__sandbox/reset`);

let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, stopping sandbox`);
  sandbox.close().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
};
process.on("SIGINT", () => stop("SIGINT"));
process.on("SIGTERM", () => stop("SIGTERM"));
