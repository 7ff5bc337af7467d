import { describe, expect, it } from "@jest/globals";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";

interface RunningProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  exited: Promise<number | null>;
}

/** Starts the bundle `npm start` runs (dist/bundle/server.mjs, built by `npm test` before Jest runs) and waits for its URL. */
async function startProcess(env: Record<string, string>): Promise<RunningProcess> {
  const child = spawn(process.execPath, [path.resolve("dist/bundle/server.mjs")], { env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", ...env }, stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /GraphQL server ready at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    void exited.then((code) => reject(new Error(`server exited early with ${code}: ${out}`)));
  });
  return { child, url, exited };
}

describe("graceful shutdown", () => {
  it("SIGTERM lets in-flight requests finish, then exits 0", async () => {
    // Every sandbox call takes 700 ms, so the request is surely in flight when SIGTERM arrives.
    const server = await startProcess({ WISE_SANDBOX_LATENCY_MS: "700" });
    try {
      const inFlight = fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ currencies { code } }" }) });
      await new Promise((resolve) => setTimeout(resolve, 200));
      server.child.kill("SIGTERM");
      const response = await inFlight;
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data?: { currencies: unknown[] }; errors?: unknown };
      expect(body.errors).toBeUndefined();
      expect(body.data?.currencies.length).toBeGreaterThan(0);
      expect(await server.exited).toBe(0);
    } finally {
      if (server.child.exitCode === null) server.child.kill("SIGKILL");
    }
  });

  it("refuses to start on a bad configuration, with a clear message", async () => {
    const child = spawn(process.execPath, [path.resolve("dist/bundle/server.mjs")], { env: { ...process.env, WISE_API_URL: "https://api.wise-sandbox.com" }, stdio: ["ignore", "pipe", "pipe"] });
    let err = "";
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/Set both WISE_API_URL and WISE_API_TOKEN/);
  });
});
