import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";

/** The bundle `npm start` runs (dist/bundle/server.mjs, built by `npm test` before Jest runs). */
const bundle = path.resolve("dist/bundle/server.mjs");

export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  /** The GraphQL endpoint it printed, e.g. http://localhost:PORT/graphql. */
  url: string;
  /** Everything it has printed on stdout and stderr so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves once stdout or stderr has matched `pattern` (they are separate pipes, read in no set order). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ends it (SIGKILL) if it still runs. */
  kill(): void;
}

/**
 * Starts the bundle with `env` on top of this process's environment (port 0, silent log), and
 * waits for its "ready" line. NODE_ENV is whatever `env` says, else Jest's "test". `nodeFlags`
 * go to node itself (a heap limit, say).
 */
export async function startServerProcess(env: Record<string, string>, nodeFlags: readonly string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeFlags, bundle], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on("data", () => {
      const match = /GraphQL server ready at (http:\/\/\S+)/.exec(stdout);
      if (match) resolve(match[1].replace("localhost", "127.0.0.1"));
    });
    void exited.then(({ code, signal }) => reject(new Error(`server exited early with ${code ?? signal}: ${stdout}${stderr}`)));
  });
  return {
    child,
    url,
    output: () => ({ stdout, stderr }),
    async waitForOutput(pattern, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (!pattern.test(stdout) && !pattern.test(stderr)) {
        if (Date.now() > until) throw new Error(`no output matched ${pattern}: ${stdout}${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}

/** Runs the bundle with `env` until it exits by itself (a refused configuration), with what it printed. */
export async function runServerProcessToExit(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bundle], { env: { ...process.env, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // A configuration that is wrongly accepted would leave the server running: end it after a while.
  const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  return { code, stdout, stderr };
}
