import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { Redis } from "ioredis";
import { connectRedis } from "../../src/live/redis-connection.js";
import { RedisEventBus } from "../../src/live/redis-event-bus.js";
import { startRedisServices, type RedisServices } from "../../src/live/redis-services.js";
import type { WiseEvent } from "../../src/live/wise-event.js";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { ClientCredentialsToken } from "../../src/wise/client-token.js";
import { WiseOAuth } from "../../src/wise/oauth.js";
import { RedisClientToken } from "../../src/wise/redis-client-token.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { describeWithRedis, startRedis, type RedisProcess } from "../helpers/redis.js";
import { deliver, Recorder, testKeyPair, transferStateChange, until } from "./deliveries.js";

// Two "instances" sharing one real redis-server on a loopback port.
const describeRedis = describeWithRedis("test/webhooks/redis.test.ts");

function event(deliveryId: string): WiseEvent {
  return {
    eventType: "transfers#state-change",
    deliveryId,
    schemaVersion: "2.0.0",
    profileId: "222",
    resourceKey: "transfer:111",
    occurredAt: "2026-01-01T12:00:00Z",
    receivedAt: Date.now(),
    test: false,
    data: { current_state: "processing" },
  };
}

async function bus(url: string, channel = "test:events"): Promise<RedisEventBus> {
  const created = new RedisEventBus(connectRedis(url, "publisher"), connectRedis(url, "subscriber"), channel);
  await created.ready();
  return created;
}

describeRedis("Redis: events, de-duplication, ordering and the client token across instances", () => {
  let redis: RedisProcess;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });

  it("carries an event published on instance A to a listener on instance B, once", async () => {
    const a = await bus(redis.url);
    const b = await bus(redis.url);
    const heardOnA: string[] = [];
    const heardOnB: WiseEvent[] = [];
    a.listen((e) => heardOnA.push(e.deliveryId));
    b.listen((e) => heardOnB.push(e));
    const sent = event("across-1");
    await a.publish(sent);
    await until(() => heardOnB.length >= 1 && heardOnA.length >= 1, 5_000, "the event on both instances");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heardOnB).toEqual([sent]);
    expect(heardOnA).toEqual(["across-1"]);
    await Promise.all([a.close(), b.close()]);
  });

  it("ignores a message on the channel that is not an event, and keeps delivering", async () => {
    const b = await bus(redis.url, "test:garbage");
    const heard: string[] = [];
    b.listen((e) => heard.push(e.deliveryId));
    const raw = new Redis(redis.url);
    await raw.publish("test:garbage", "not json");
    await raw.publish("test:garbage", JSON.stringify({ eventType: 1 }));
    await raw.publish("test:garbage", JSON.stringify(event("after-garbage")));
    await until(() => heard.length >= 1, 5_000, "the event after the garbage");
    expect(heard).toEqual(["after-garbage"]);
    raw.disconnect();
    await b.close();
  });

  it("reconnects on its own when Redis restarts, and carries events again", async () => {
    const restarting = await startRedis();
    const a = await bus(restarting.url);
    const b = await bus(restarting.url);
    const heard: string[] = [];
    b.listen((e) => heard.push(e.deliveryId));
    await restarting.stop();
    const again = await startRedis({ port: restarting.port });
    try {
      // Until B has resubscribed, what A publishes reaches nobody: publish until B hears one.
      let n = 0;
      await until(
        () => {
          if (heard.length === 0) void a.publish(event(`after-restart-${n++}`)).catch(() => undefined);
          return heard.length > 0;
        },
        15_000,
        "an event after the restart",
      );
      expect(heard[0]).toMatch(/^after-restart-/);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await again.stop();
    }
  });

  describe("two servers on one Redis", () => {
    const wise = testKeyPair();
    let a: Harness;
    let b: Harness;
    let servicesA: RedisServices;
    let servicesB: RedisServices;
    const recorder = new Recorder();

    beforeAll(async () => {
      servicesA = await startRedisServices({ url: redis.url, keyPrefix: "two:", rememberMs: 60_000 });
      servicesB = await startRedisServices({ url: redis.url, keyPrefix: "two:", rememberMs: 60_000 });
      const webhooks = (services: RedisServices) => ({
        publicKeys: [wise.publicKeyPem],
        dedupe: services.dedupe,
        newestStates: services.newestStates,
        onOutcome: recorder.onOutcome,
      });
      a = await startHarness({ server: { events: servicesA.events, webhooks: webhooks(servicesA) } });
      b = await startHarness({ server: { events: servicesB.events, webhooks: webhooks(servicesB) } });
    });
    afterAll(async () => {
      await Promise.all([a?.close(), b?.close()]);
      await Promise.all([servicesA?.close(), servicesB?.close()]);
    });

    it("publishes a delivery retried on the other instance once, heard on both", async () => {
      const heardOnA: string[] = [];
      const heardOnB: string[] = [];
      const stopA = a.server.events.listen((e) => heardOnA.push(e.deliveryId));
      const stopB = b.server.events.listen((e) => heardOnB.push(e.deliveryId));
      const body = transferStateChange(501, "processing", "2026-01-01T12:00:00Z");
      expect((await deliver(a.webhookUrl, { body, key: wise.privateKey, deliveryId: "two-1" })).status).toBe(200);
      await recorder.processed(1);
      expect((await deliver(b.webhookUrl, { body, key: wise.privateKey, deliveryId: "two-1" })).status).toBe(200);
      await recorder.processed(2);
      await until(() => heardOnA.length >= 1 && heardOnB.length >= 1, 5_000, "the event on both instances");
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(recorder.outcomes.slice(0, 2).map((o) => o.outcome)).toEqual(["published", "duplicate"]);
      expect(heardOnA).toEqual(["two-1"]);
      expect(heardOnB).toEqual(["two-1"]);
      stopA();
      stopB();
    });

    it("drops an older state received by B after a newer one received by A", async () => {
      const heard: string[] = [];
      const stop = b.server.events.listen((e) => heard.push(e.data.current_state as string));
      const before = recorder.outcomes.length;
      expect((await deliver(a.webhookUrl, { body: transferStateChange(502, "funds_converted", "2026-01-01T12:00:10Z"), key: wise.privateKey })).status).toBe(200);
      await recorder.processed(before + 1);
      expect((await deliver(b.webhookUrl, { body: transferStateChange(502, "processing", "2026-01-01T12:00:05Z"), key: wise.privateKey })).status).toBe(200);
      await recorder.processed(before + 2);
      expect(recorder.outcomes.slice(before).map((o) => o.outcome)).toEqual(["published", "out-of-date"]);
      await until(() => heard.length >= 1, 5_000, "the newer state");
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toEqual(["funds_converted"]);
      stop();
    });
  });

  describe("the client-credentials token", () => {
    let sandbox: RunningSandbox;
    const connections: Redis[] = [];
    beforeAll(async () => {
      // Every call takes a while, so that instances asking at once really overlap.
      sandbox = await startSandbox({ port: 0, latencyMs: 150 });
    });
    afterAll(async () => {
      for (const connection of connections) connection.disconnect();
      await sandbox?.close();
    });

    function instance(prefix = "token-test:"): ClientCredentialsToken {
      const connection = connectRedis(redis.url, "commands");
      connections.push(connection);
      const oauth = new WiseOAuth(sandbox.url, { clientId: sandbox.client.id, clientSecret: sandbox.client.secret });
      return new ClientCredentialsToken(oauth, Date.now, new RedisClientToken(connection, prefix, sandbox.url, sandbox.client.id));
    }

    async function tokenCalls(): Promise<number> {
      const stats = (await (await fetch(`${sandbox.url}/__sandbox/stats`)).json()) as { routes: Record<string, number> };
      return stats.routes["POST /oauth/token"] ?? 0;
    }

    it("is obtained by one /oauth/token call and reused by a second instance", async () => {
      const first = instance();
      const second = instance();
      const token = await first.token();
      expect(await second.token()).toBe(token);
      expect(await Promise.all([first.token(), second.token(), instance().token()])).toEqual([token, token, token]);
      expect(await tokenCalls()).toBe(1);
    });

    it("is obtained by one call when instances all ask at the same moment (one claims the renewal, the others wait for it)", async () => {
      const prefix = "token-race:";
      const before = await tokenCalls();
      const instances = [1, 2, 3, 4].map(() => instance(prefix));
      const tokens = await Promise.all(instances.map((one) => one.token()));
      expect(new Set(tokens).size).toBe(1);
      expect((await tokenCalls()) - before).toBe(1);
    });

    it("is replaced everywhere once an instance finds it refused", async () => {
      const first = instance();
      const refused = await first.token();
      const callsBefore = await tokenCalls();
      first.discard(refused);
      const renewed = await first.token();
      expect(renewed).not.toBe(refused);
      expect(await instance().token()).toBe(renewed);
      expect(await tokenCalls()).toBe(callsBefore + 1);
    });
  });
});
