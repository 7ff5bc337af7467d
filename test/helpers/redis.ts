import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";

/** Debian's redis-server, which tests that need Redis start their own of. */
export const REDIS_SERVER = "/usr/bin/redis-server";

/** Why Redis tests are skipped here, or null when redis-server is installed. */
export const redisMissing: string | null = existsSync(REDIS_SERVER) ? null : `${REDIS_SERVER} is not installed (Debian's redis-server package)`;

export interface RedisProcess {
  /** redis://127.0.0.1:PORT */
  url: string;
  port: number;
  /** Stops it (SIGKILL) and waits for it to exit. */
  stop(): Promise<void>;
}

/** A free loopback port (the kernel's pick, released at once for redis-server to take). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a throwaway redis-server on a free loopback port: no persistence, no config file. */
export async function startRedis(): Promise<RedisProcess> {
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s: ${output}`)), 10_000);
    const check = () => {
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", check);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited early: ${output}`));
    });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}
