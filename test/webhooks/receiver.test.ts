import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { sign } from "node:crypto";
import type { EventBus } from "../../src/live/event-bus.js";
import type { WiseEvent } from "../../src/live/wise-event.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { deliver, Recorder, testKeyPair, transferStateChange } from "./deliveries.js";

// POST /webhooks/wise over real HTTP, signed with a test key pair the server is told to trust.
const wise = testKeyPair();
const stranger = testKeyPair();

describe("the webhook endpoint, POST /webhooks/wise", () => {
  let h: Harness;
  let recorder: Recorder;
  let stopListening: () => void;

  beforeAll(async () => {
    recorder = new Recorder();
    h = await startHarness({ server: { webhooks: { publicKeys: [wise.publicKeyPem], maxBodyBytes: 4096, onOutcome: (event, outcome) => recorder.onOutcome(event, outcome) } } });
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => {
    stopListening?.();
    recorder.events.length = 0;
    recorder.outcomes.length = 0;
    stopListening = recorder.listenTo(h.server.events);
  });

  it("publishes a delivery signed with Wise's key once, as a WiseEvent", async () => {
    const body = transferStateChange(111, "processing", "2026-01-01T12:34:56Z");
    const answer = await deliver(h.webhookUrl, { body, key: wise.privateKey, deliveryId: "d-good-1" });
    expect(answer).toEqual({ status: 200, body: { received: true } });
    await recorder.processed(1);
    expect(recorder.events).toHaveLength(1);
    expect(recorder.events[0]).toMatchObject({
      eventType: "transfers#state-change",
      deliveryId: "d-good-1",
      schemaVersion: "2.0.0",
      profileId: "222",
      resourceKey: "transfer:111",
      occurredAt: "2026-01-01T12:34:56Z",
      test: false,
      // Numbers stay exactly as Wise wrote them (the project's lossless JSON form), amounts included.
      data: { current_state: "processing", resource: { id: { "\u0000": "111" }, profile_id: { "\u0000": "222" } } },
    });
    expect(typeof recorder.events[0].receivedAt).toBe("number");
  });

  it("keeps an amount's every digit, which a float would round", async () => {
    const body = `{"data":{"resource":{"id":5,"profile_id":222,"type":"balance-account"},"amount":12345678901234567.89,"currency":"USD","transaction_type":"credit","occurred_at":"2026-01-01T12:34:56Z"},"subscription_id":"s","event_type":"balances#update","schema_version":"2.0.0","sent_at":"2026-01-01T12:34:56Z"}`;
    expect((await deliver(h.webhookUrl, { body, key: wise.privateKey, deliveryId: "d-exact-1" })).status).toBe(200);
    await recorder.processed(1);
    expect(recorder.events[0].data.amount).toEqual({ "\u0000": "12345678901234567.89" });
    // Through JSON and back, as over Redis, it is the same.
    expect(JSON.parse(JSON.stringify(recorder.events[0])).data.amount).toEqual({ "\u0000": "12345678901234567.89" });
  });

  it("publishes a retried delivery (same X-Delivery-Id) once, and answers every attempt 200", async () => {
    const body = transferStateChange(112, "processing", "2026-01-01T12:00:00Z");
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await deliver(h.webhookUrl, { body, key: wise.privateKey, deliveryId: "d-retried" })).status).toBe(200);
    }
    await recorder.processed(3);
    expect(recorder.events.map((event) => event.deliveryId)).toEqual(["d-retried"]);
    expect(recorder.outcomes.map((o) => o.outcome)).toEqual(["published", "duplicate", "duplicate"]);
  });

  it("refuses a delivery without a signature (401), or signed by another key (403), and publishes nothing", async () => {
    const body = transferStateChange(113, "processing", "2026-01-01T12:00:00Z");
    const unsigned = await deliver(h.webhookUrl, { body });
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.error).toMatch(/X-Signature-SHA256/);
    expect((await deliver(h.webhookUrl, { body, signature: "" })).status).toBe(401);
    const forged = await deliver(h.webhookUrl, { body, key: stranger.privateKey });
    expect(forged.status).toBe(403);
    expect((await deliver(h.webhookUrl, { body, signature: "not base64 at all!" })).status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(recorder.outcomes).toEqual([]);
    expect(recorder.events).toEqual([]);
  });

  it("refuses a tampered body: the signature covers the exact bytes", async () => {
    const body = transferStateChange(114, "processing", "2026-01-01T12:00:00Z");
    const signature = sign("sha256", Buffer.from(body), wise.privateKey).toString("base64");
    const tampered = body.replace('"processing"', '"outgoing_payment_sent"');
    expect((await deliver(h.webhookUrl, { body: tampered, signature })).status).toBe(403);
    // Even a change JSON would not see (a space) breaks it.
    expect((await deliver(h.webhookUrl, { body: `${body} `, signature })).status).toBe(403);
    expect((await deliver(h.webhookUrl, { body, signature })).status).toBe(200);
    await recorder.processed(1);
    expect(recorder.events.map((event) => event.data.current_state)).toEqual(["processing"]);
  });

  it("checks the signature before parsing: invalid JSON signed wrongly gets the signature's answer, signed rightly a 400", async () => {
    const notJson = "{ this is not json";
    const wrong = await deliver(h.webhookUrl, { body: notJson, key: stranger.privateKey });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatch(/signature/i);
    expect((await deliver(h.webhookUrl, { body: notJson })).status).toBe(401);
    const signed = await deliver(h.webhookUrl, { body: notJson, key: wise.privateKey });
    expect(signed.status).toBe(400);
    expect(signed.body.error).toMatch(/not JSON/);
    const notAnEnvelope = await deliver(h.webhookUrl, { body: JSON.stringify({ data: [] }), key: wise.privateKey });
    expect(notAnEnvelope.status).toBe(400);
    expect(recorder.events).toEqual([]);
  });

  it("refuses an oversized body (413) unread, and a body that is not JSON by its type (415)", async () => {
    const padding = "x".repeat(5000);
    const big = JSON.stringify({ ...JSON.parse(transferStateChange(115, "processing", "2026-01-01T12:00:00Z")), padding });
    const oversized = await deliver(h.webhookUrl, { body: big, key: wise.privateKey });
    expect(oversized.status).toBe(413);
    expect(oversized.body.error).toMatch(/larger than 4096 bytes/);
    const body = transferStateChange(115, "processing", "2026-01-01T12:00:00Z");
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", "application/xml"]) {
      const answer = await deliver(h.webhookUrl, { body, key: wise.privateKey, contentType });
      expect([contentType, answer.status]).toEqual([contentType, 415]);
    }
    expect((await deliver(h.webhookUrl, { body, key: wise.privateKey, contentType: "application/json; charset=iso-8859-1" })).status).toBe(415);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(recorder.outcomes).toEqual([]);
    // The same body, as JSON and signed, is taken.
    expect((await deliver(h.webhookUrl, { body, key: wise.privateKey, contentType: "application/json; charset=utf-8" })).status).toBe(200);
  });

  it("refuses a signed delivery without an X-Delivery-Id (it could not be de-duplicated)", async () => {
    const body = transferStateChange(116, "processing", "2026-01-01T12:00:00Z");
    const answer = await deliver(h.webhookUrl, { body, key: wise.privateKey, deliveryId: null });
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/X-Delivery-Id/);
    expect((await deliver(h.webhookUrl, { body, key: wise.privateKey, deliveryId: "has spaces in it" })).status).toBe(400);
  });

  it("drops a late, older state of a resource so subscribers never see it over a newer one", async () => {
    const deliveries = [
      transferStateChange(117, "funds_converted", "2026-01-01T12:00:10Z"),
      // Wise sent these earlier; they arrive late.
      transferStateChange(117, "processing", "2026-01-01T12:00:05Z"),
      transferStateChange(117, "incoming_payment_waiting", "2026-01-01T12:00:00Z"),
      // The same second as the newest: a real change, kept (Wise's times have whole seconds).
      transferStateChange(117, "outgoing_payment_sent", "2026-01-01T12:00:10Z"),
      // Another transfer is not held back by the first one's times.
      transferStateChange(118, "processing", "2026-01-01T11:00:00Z"),
    ];
    for (const body of deliveries) expect((await deliver(h.webhookUrl, { body, key: wise.privateKey })).status).toBe(200);
    await recorder.processed(deliveries.length);
    expect(recorder.events.map((event) => `${event.resourceKey} ${event.data.current_state as string}`)).toEqual([
      "transfer:117 funds_converted",
      "transfer:117 outgoing_payment_sent",
      "transfer:118 processing",
    ]);
    expect(recorder.outcomes.map((o) => o.outcome)).toEqual(["published", "out-of-date", "out-of-date", "published", "published"]);
  });

  it("publishes a test notification marked test: true, which does not count as a resource's state", async () => {
    const newer = transferStateChange(119, "processing", "2026-01-01T12:00:10Z");
    expect((await deliver(h.webhookUrl, { body: newer, key: wise.privateKey })).status).toBe(200);
    const olderTest = transferStateChange(119, "incoming_payment_waiting", "2026-01-01T12:00:00Z", 0);
    const answer = await deliver(h.webhookUrl, { body: olderTest, key: wise.privateKey, test: true, deliveryId: "d-test" });
    expect(answer.status).toBe(200);
    await recorder.processed(2);
    expect(recorder.events.map((event) => [event.deliveryId === "d-test", event.test])).toEqual([
      [false, false],
      [true, true],
    ]);
    // A later real state is compared with the real one only.
    expect((await deliver(h.webhookUrl, { body: transferStateChange(119, "funds_converted", "2026-01-01T12:00:05Z"), key: wise.privateKey })).status).toBe(200);
    await recorder.processed(3);
    expect(recorder.outcomes[2].outcome).toBe("out-of-date");
    // A test notification is de-duplicated like any delivery.
    expect((await deliver(h.webhookUrl, { body: olderTest, key: wise.privateKey, test: true, deliveryId: "d-test" })).status).toBe(200);
    await recorder.processed(4);
    expect(recorder.outcomes[3].outcome).toBe("duplicate");
  });
});

describe("the webhook endpoint without a key to trust", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("answers 503 and says which setting is missing, publishing nothing", async () => {
    const heard: unknown[] = [];
    h.server.events.listen((event) => heard.push(event));
    const answer = await deliver(h.webhookUrl, { body: transferStateChange(1, "processing", "2026-01-01T12:00:00Z"), key: wise.privateKey });
    expect(answer.status).toBe(503);
    expect(answer.body.error).toMatch(/WISE_WEBHOOK_PUBLIC_KEY/);
    expect(heard).toEqual([]);
  });
});

/** A bus whose publishing waits until the test opens the gate, or fails: the answer to Wise must not wait for it. */
class GatedBus implements EventBus {
  readonly published: WiseEvent[] = [];
  private open!: () => void;
  readonly gate = new Promise<void>((resolve) => (this.open = resolve));
  failNext = 0;

  release(): void {
    this.open();
  }

  async publish(event: WiseEvent): Promise<void> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error("the bus is down");
    }
    await this.gate;
    this.published.push(event);
  }

  listen(): () => void {
    return () => undefined;
  }

  async close(): Promise<void> {}
}

describe("the webhook endpoint answers Wise before publishing", () => {
  let h: Harness;
  const bus = new GatedBus();
  const recorder = new Recorder();

  beforeAll(async () => {
    h = await startHarness({ server: { events: bus, webhooks: { publicKeys: [wise.publicKeyPem], maxQueued: 3, onOutcome: recorder.onOutcome } } });
  });
  afterAll(async () => {
    bus.release();
    await h.close();
  });

  it("answers 200 while publishing is still waiting, asks for a retry when too many wait, and publishes once the bus moves", async () => {
    const bodies = [1, 2, 3, 4, 5].map((n) => transferStateChange(600 + n, "processing", "2026-01-01T12:00:00Z"));
    // The first is taken off the queue and waits on the bus; three more fill the queue.
    expect((await deliver(h.webhookUrl, { body: bodies[0], key: wise.privateKey })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const body of bodies.slice(1, 4)) expect((await deliver(h.webhookUrl, { body, key: wise.privateKey })).status).toBe(200);
    expect(bus.published).toEqual([]);
    const full = await deliver(h.webhookUrl, { body: bodies[4], key: wise.privateKey });
    expect(full.status).toBe(503);
    expect(full.body.error).toMatch(/retry later/);
    bus.release();
    await recorder.processed(4);
    expect(bus.published.map((event) => event.resourceKey)).toEqual(["transfer:601", "transfer:602", "transfer:603", "transfer:604"]);
  });

  it("logs a failure to publish instead of answering it to Wise, and goes on with the next delivery", async () => {
    const before = recorder.outcomes.length;
    bus.failNext = 1;
    expect((await deliver(h.webhookUrl, { body: transferStateChange(701, "processing", "2026-01-01T12:00:00Z"), key: wise.privateKey })).status).toBe(200);
    expect((await deliver(h.webhookUrl, { body: transferStateChange(702, "processing", "2026-01-01T12:00:00Z"), key: wise.privateKey })).status).toBe(200);
    await recorder.processed(before + 2);
    expect(recorder.outcomes.slice(before).map((o) => o.outcome)).toEqual(["failed", "published"]);
    expect(bus.published.at(-1)?.resourceKey).toBe("transfer:702");
  });
});
