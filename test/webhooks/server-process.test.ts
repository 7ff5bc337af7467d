import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Redis } from "ioredis";
import { runServerProcessToExit, startServerProcess, type ServerProcess } from "../helpers/server-process.js";
import { describeWithRedis, startRedis, type RedisProcess } from "../helpers/redis.js";
import { deliver, testKeyPair, transferStateChange } from "./deliveries.js";

// The bundle `npm start` runs, as a process: which key its webhook endpoint trusts by itself,
// and its Redis connections from start to shutdown.
const noRedis = { REDIS_URL: "", WISE_WEBHOOK_PUBLIC_KEY: "" };
const body = transferStateChange(1, "processing", "2026-01-01T12:00:00Z");

async function withServer(env: Record<string, string>, test: (server: ServerProcess, webhookUrl: string) => Promise<void>): Promise<void> {
  const server = await startServerProcess({ NODE_ENV: "development", ...noRedis, ...env });
  try {
    await test(server, server.url.replace(/\/graphql$/, "/webhooks/wise"));
  } finally {
    server.kill();
  }
}

describe("npm start: the webhook endpoint's key", () => {
  it("on the embedded sandbox, trusts the sandbox's own key with nothing set", async () => {
    await withServer({ WISE_API_URL: "", WISE_API_TOKEN: "" }, async (server, webhookUrl) => {
      expect(server.output().stdout).toMatch(/Wise webhooks at http:\/\/localhost:\d+\/webhooks\/wise \(signatures checked against the embedded sandbox's key\)/);
      expect(server.output().stdout).toContain("Events stay in this process (no REDIS_URL)");
      expect((await deliver(webhookUrl, { body })).status).toBe(401);
      expect((await deliver(webhookUrl, { body, key: testKeyPair().privateKey })).status).toBe(403);
    });
  });

  it("with WISE_WEBHOOK_PUBLIC_KEY, takes deliveries signed with its private half", async () => {
    const keys = testKeyPair();
    await withServer({ WISE_API_URL: "http://127.0.0.1:9", WISE_API_TOKEN: "t", WISE_WEBHOOK_PUBLIC_KEY: keys.publicKeyPem.replace(/\n/g, "\\n") }, async (server, webhookUrl) => {
      expect(server.output().stdout).toContain("(signatures checked against WISE_WEBHOOK_PUBLIC_KEY)");
      expect((await deliver(webhookUrl, { body, key: keys.privateKey })).status).toBe(200);
      expect((await deliver(webhookUrl, { body, key: testKeyPair().privateKey })).status).toBe(403);
    });
  });

  it("for a Wise host whose key is not known, answers 503 and says to set WISE_WEBHOOK_PUBLIC_KEY", async () => {
    await withServer({ WISE_API_URL: "http://127.0.0.1:9", WISE_API_TOKEN: "t" }, async (server, webhookUrl) => {
      expect(server.output().stdout).toMatch(/answer 503: set WISE_WEBHOOK_PUBLIC_KEY/);
      const answer = await deliver(webhookUrl, { body, key: testKeyPair().privateKey });
      expect(answer.status).toBe(503);
      expect(answer.body.error).toMatch(/WISE_WEBHOOK_PUBLIC_KEY/);
    });
  });

  it("for api.wise.com, trusts Wise's published production key", async () => {
    await withServer({ WISE_API_URL: "https://api.wise.com", WISE_API_TOKEN: "t" }, async (server, webhookUrl) => {
      expect(server.output().stdout).toContain("(signatures checked against Wise's published key)");
      expect((await deliver(webhookUrl, { body, key: testKeyPair().privateKey })).status).toBe(403);
    });
  });
});

describeWithRedis("test/webhooks/server-process.test.ts")("npm start with REDIS_URL", () => {
  let redis: RedisProcess;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  async function serverConnections(): Promise<string[]> {
    const admin = new Redis(redis.url);
    try {
      const list = (await admin.client("LIST")) as string;
      return [...list.matchAll(/name=(wise-graphql-\S+)/g)].map((match) => match[1]).sort();
    } finally {
      admin.disconnect();
    }
  }

  it("connects three times (commands, publisher, subscriber), says where without the password, and closes them on SIGTERM", async () => {
    const server = await startServerProcess({ NODE_ENV: "development", ...noRedis, WISE_API_URL: "", WISE_API_TOKEN: "", REDIS_URL: `redis://default:@127.0.0.1:${redis.port}` });
    try {
      expect(server.output().stdout).toContain(`Events, webhook de-duplication and the client token shared through Redis at redis://127.0.0.1:${redis.port}`);
      expect(await serverConnections()).toEqual(["wise-graphql-commands", "wise-graphql-publisher", "wise-graphql-subscriber"]);
      server.child.kill("SIGTERM");
      expect(await server.exited).toEqual({ code: 0, signal: null });
      let left = await serverConnections();
      for (let tries = 0; left.length > 0 && tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        left = await serverConnections();
      }
      expect(left).toEqual([]);
    } finally {
      server.kill();
    }
  });

  it("refuses to start when Redis does not answer, without showing the URL's password", async () => {
    const closedPort = redis.port + 1 === 65536 ? redis.port - 1 : redis.port + 1;
    const refused = await runServerProcessToExit({
      NODE_ENV: "development",
      ...noRedis,
      WISE_API_URL: "",
      WISE_API_TOKEN: "",
      REDIS_URL: `redis://user:hunter2-secret@127.0.0.1:${closedPort}`,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`Configuration error: REDIS_URL: no answer from Redis at redis://127\\.0\\.0\\.1:${closedPort}`));
    expect(`${refused.stdout}${refused.stderr}`).not.toContain("hunter2");
    expect(refused.stdout).not.toContain("GraphQL server ready");
  }, 40_000);
});
