import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, connect } from "node:net";
import { describe } from "@jest/globals";

/** Debian's redis-server; tests that need Redis skip (and say so) when it is not installed. */
export const REDIS_SERVER = "/usr/bin/redis-server";

/** Why Redis tests are skipped here, or null when redis-server is installed. */
export const redisMissing: string | null = existsSync(REDIS_SERVER) ? null : `${REDIS_SERVER} is not installed (Debian's redis-server package)`;

/** `describe` when redis-server is installed, else `describe.skip` after printing why (Jest prints nothing for an all-skipped suite). */
export function describeWithRedis(file: string): typeof describe | typeof describe.skip {
  if (redisMissing === null) return describe;
  process.stderr.write(`\n[${file}] SKIPPED: ${redisMissing} (apt-get install -y redis-server); the Redis tests did not run\n\n`);
  return describe.skip;
}

export interface RedisProcess {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Stops it (SIGTERM, then SIGKILL if it lingers) and waits for it to exit. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Resolves once something accepts connections on the port. */
async function acceptsConnections(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > until) throw new Error(`redis-server did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Starts a throwaway redis-server on a free loopback port (or `port`, to restart one): no persistence, nothing written to disk. */
export async function startRedis(options: { port?: number } = {}): Promise<RedisProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await acceptsConnections(port, child, 10_000);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}
