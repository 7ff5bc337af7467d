// Jest global teardown: no token may appear in any log line of the suite. The demo tokens and
// the fake tokens the tests send are the secrets searched for; "Bearer " catches the rest.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const SECRETS = ["a11ce5a4-d0b0-4c0d-8e00-000000000001", "b0b5a4d0-b0b0-4c0d-8e00-000000000002", "not-a-real-token-123456", "Bearer ", "sandbox-secret"];

export default function teardown() {
  const dir = process.env.LOG_DIR;
  if (!dir) return;
  const files = readdirSync(dir).map((name) => path.join(dir, name));
  const lines = files.flatMap((file) => readFileSync(file, "utf8").split("\n").filter(Boolean));
  const leaks = lines.filter((line) => SECRETS.some((secret) => line.includes(secret)));
  rmSync(dir, { recursive: true, force: true });
  if (lines.length === 0) {
    console.warn("log capture: this run logged nothing, so there was nothing to search");
    return;
  }
  if (leaks.length > 0) throw new Error(`log capture: ${leaks.length} of ${lines.length} log lines contain a token, e.g. ${leaks[0].slice(0, 300)}`);
  console.log(`log capture: searched ${lines.length} log lines from ${files.length} processes; no token found`);
}
