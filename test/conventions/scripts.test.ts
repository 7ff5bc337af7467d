import { afterEach, describe, expect, it } from "@jest/globals";
import { spawn } from "node:child_process";

// The command-line entry points live in scripts/ and run the compiled code (dist/, built by
// `npm test` before Jest). `npm run build` and `npm run schema:check` run the others in `npm test`;
// this one runs `npm run sandbox`'s script.
const started: ReturnType<typeof spawn>[] = [];
// A failed expectation must not leave a child running: it would keep Jest from exiting.
afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function run(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  started.push(child);
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => out };
}

describe("scripts/sandbox.mjs", () => {
  it("starts the sandbox on a free loopback port, serves Wise's API, and stops cleanly on SIGTERM", async () => {
    const sandbox = run("scripts/sandbox.mjs", { WISE_SANDBOX_PORT: "0" });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const match = /Wise sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(sandbox.output());
        // The demo tokens follow the URL; the stats line comes last.
        if (match && sandbox.output().includes("stats: GET")) {
          clearInterval(timer);
          resolve(match[1]);
        }
      }, 20);
      void sandbox.exited.then((code) => {
        clearInterval(timer);
        reject(new Error(`scripts/sandbox.mjs exited (${code}) before it listened: ${sandbox.output()}`));
      });
    });
    const token = /alice\s+token (\S+)/.exec(sandbox.output())![1];
    const response = await fetch(`${url}/v2/profiles`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(Array.isArray(await response.json())).toBe(true);
    sandbox.child.kill("SIGTERM");
    expect(await sandbox.exited).toBe(0);
  });

  it("refuses a bad setting with a configuration error and exit code 1", async () => {
    const sandbox = run("scripts/sandbox.mjs", { WISE_SANDBOX_PORT: "not-a-port" });
    expect(await sandbox.exited).toBe(1);
    expect(sandbox.output()).toContain('Configuration error: WISE_SANDBOX_PORT must be an integer from 0 to 65535; got "not-a-port".');
  });
});
