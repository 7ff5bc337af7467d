// The sandbox's webhook delivery with Wise's retries, against real receivers on loopback: a
// failed attempt (non-2xx, no answer in time, connection refused) is tried again with the same
// delivery id, body and signature, until acknowledged or out of attempts; a full queue drops its
// oldest delivery; deleting a subscription or closing the sandbox stops its retries. The schedule
// is shortened with the sandbox's webhookRetryDelaysMs option; Wise's own is checked as a value.

import { afterEach, describe, expect, it } from "@jest/globals";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { startSandbox, type RunningSandbox, type SandboxOptions } from "../../src/sandbox/index.js";
import { WISE_RETRY_DELAYS_MS } from "../../src/sandbox/webhooks/retry-schedule.js";
import { signatureValid, startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver.js";

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

async function sandboxWith(options: SandboxOptions): Promise<RunningSandbox> {
  const sandbox = await startSandbox(options);
  open.push(sandbox);
  return sandbox;
}

async function receiverWith(script: Array<number | "hang">): Promise<WebhookReceiver> {
  const receiver = await startWebhookReceiver(script);
  open.push(receiver);
  return receiver;
}

async function partnerToken(sandbox: RunningSandbox): Promise<string> {
  const res = await fetch(`${sandbox.url}/oauth/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

/** An application subscription to `url`, and a function that sends it one test notification (its delivery id). */
async function subscribed(sandbox: RunningSandbox, url: string) {
  const token = await partnerToken(sandbox);
  const base = `${sandbox.url}/v3/applications/${sandbox.client.id}/subscriptions`;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const created = await fetch(base, {
    method: "POST",
    headers,
    body: JSON.stringify({ name: "hooks", trigger_on: "transfers#state-change", delivery: { version: "2.0.0", url } }),
  });
  expect(created.status).toBe(200);
  const { id } = (await created.json()) as { id: string };
  return {
    id,
    test: async () => {
      const res = await fetch(`${base}/${id}/test-notifications`, { method: "POST", headers });
      return ((await res.json()) as Array<{ delivery_id: string }>)[0]!.delivery_id;
    },
    remove: async () => (await fetch(`${base}/${id}`, { method: "DELETE", headers })).status,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the sandbox has no delivery in flight or waiting. */
async function settled(sandbox: RunningSandbox, timeoutMs = 5_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (sandbox.webhookDeliveryStats().pending > 0) {
    if (Date.now() > until) throw new Error(`deliveries still pending: ${JSON.stringify(sandbox.webhookDeliveryStats())}`);
    await sleep(10);
  }
}

describe("Wise's retry schedule", () => {
  it("is 25 attempts at most, with gaps growing from a minute to a day, over about two weeks", () => {
    expect(WISE_RETRY_DELAYS_MS).toHaveLength(24);
    expect(WISE_RETRY_DELAYS_MS[0]).toBe(60_000);
    for (let i = 1; i < WISE_RETRY_DELAYS_MS.length; i++) expect(WISE_RETRY_DELAYS_MS[i]!).toBeGreaterThanOrEqual(WISE_RETRY_DELAYS_MS[i - 1]!);
    expect(Math.max(...WISE_RETRY_DELAYS_MS)).toBe(86_400_000);
    const days = WISE_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0) / 86_400_000;
    expect(days).toBeGreaterThan(13);
    expect(days).toBeLessThan(15);
  });

  it("a schedule in the options is checked: at most 24 gaps, each a finite number of ms", async () => {
    await expect(startSandbox({ webhookRetryDelaysMs: Array.from({ length: 25 }, () => 1) })).rejects.toThrow(RangeError);
    await expect(startSandbox({ webhookRetryDelaysMs: [1, -1] })).rejects.toThrow(RangeError);
    await expect(startSandbox({ webhookRetryDelaysMs: [Number.POSITIVE_INFINITY] })).rejects.toThrow(RangeError);
    await expect(startSandbox({ webhookQueueLimit: 0 })).rejects.toThrow(RangeError);
    await expect(startSandbox({ webhookTimeoutMs: 0.5 })).rejects.toThrow(RangeError);
  });
});

describe("delivery with retries", () => {
  it("a receiver that fails twice then accepts gets exactly 3 attempts: same delivery id, same body, a valid signature each time", async () => {
    const sandbox = await sandboxWith({ webhookRetryDelaysMs: [20, 40, 80, 160] });
    const receiver = await receiverWith([500, 503, 200]);
    const subscription = await subscribed(sandbox, receiver.url);
    const deliveryId = await subscription.test();
    const attempts = await receiver.waitFor(3);
    await settled(sandbox);
    await sleep(250); // longer than every gap left: no fourth attempt comes
    expect(receiver.received).toHaveLength(3);
    for (const attempt of attempts) {
      expect(attempt.headers["x-delivery-id"]).toBe(deliveryId);
      expect(attempt.headers["x-test-notification"]).toBe("true");
      expect(attempt.body).toBe(attempts[0]!.body);
      expect(attempt.headers["x-signature-sha256"]).toBe(attempts[0]!.headers["x-signature-sha256"]);
      expect(signatureValid(attempt, sandbox.webhookPublicKey)).toBe(true);
    }
    expect(sandbox.webhookDeliveryStats()).toEqual({ attempts: 3, delivered: 1, gaveUp: 0, dropped: 0, cancelled: 0, pending: 0, inFlight: 0, waiting: 0 });
  });

  it("a receiver that does not answer in time has failed that attempt, and is tried again", async () => {
    const sandbox = await sandboxWith({ webhookRetryDelaysMs: [10], webhookTimeoutMs: 200 });
    const receiver = await receiverWith(["hang", 204]);
    const subscription = await subscribed(sandbox, receiver.url);
    await subscription.test();
    const attempts = await receiver.waitFor(2);
    await settled(sandbox);
    expect(attempts[1]!.headers["x-delivery-id"]).toBe(attempts[0]!.headers["x-delivery-id"]);
    expect(sandbox.webhookDeliveryStats()).toMatchObject({ attempts: 2, delivered: 1, gaveUp: 0 });
  });

  it("a receiver that always fails gets one attempt more than the schedule has gaps, then the delivery is abandoned", async () => {
    const sandbox = await sandboxWith({ webhookRetryDelaysMs: [5, 5, 5] });
    const receiver = await receiverWith([500, 500, 500, 500, 500, 500]);
    const subscription = await subscribed(sandbox, receiver.url);
    await subscription.test();
    await receiver.waitFor(4);
    await settled(sandbox);
    await sleep(100);
    expect(receiver.received).toHaveLength(4);
    expect(sandbox.webhookDeliveryStats()).toEqual({ attempts: 4, delivered: 0, gaveUp: 1, dropped: 0, cancelled: 0, pending: 0, inFlight: 0, waiting: 0 });
  });

  it("a refused connection is a failed attempt too", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sandbox = await sandboxWith({ webhookRetryDelaysMs: [5, 5] });
    const subscription = await subscribed(sandbox, `http://127.0.0.1:${port}/hooks`);
    await subscription.test();
    await settled(sandbox);
    expect(sandbox.webhookDeliveryStats()).toMatchObject({ attempts: 3, delivered: 0, gaveUp: 1, pending: 0 });
  });
});

describe("bounds", () => {
  it("deleting a subscription stops its retries at once", async () => {
    const sandbox = await sandboxWith({ webhookRetryDelaysMs: [60_000] });
    const receiver = await receiverWith([500]);
    const subscription = await subscribed(sandbox, receiver.url);
    await subscription.test();
    await receiver.waitFor(1);
    await sleep(20);
    expect(sandbox.webhookDeliveryStats().pending).toBe(1);
    expect(await subscription.remove()).toBe(204);
    expect(sandbox.webhookDeliveryStats()).toMatchObject({ attempts: 1, cancelled: 1, pending: 0 });
  });

  it("a subscription holds at most webhookQueueLimit unfinished deliveries: a new one drops the oldest, counted", async () => {
    const sandbox = await sandboxWith({ webhookQueueLimit: 2, webhookRetryDelaysMs: [60_000] });
    const receiver = await receiverWith(["hang", "hang", "hang", "hang", "hang"]);
    const subscription = await subscribed(sandbox, receiver.url);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await subscription.test());
    expect(sandbox.webhookDeliveryStats()).toMatchObject({ attempts: 5, dropped: 3, pending: 2 });
    // Each was attempted once; the three oldest were then dropped, their attempts aborted.
    await receiver.waitFor(5);
    expect(receiver.received.map((r) => r.headers["x-delivery-id"])).toEqual(ids);
  });

  it("closing the sandbox cancels pending retries and aborts attempts in flight, leaving no timer or request behind", async () => {
    const sandbox = await startSandbox({ webhookTimeoutMs: 60_000 });
    const failing = await receiverWith([500, 200]);
    const hanging = await receiverWith(["hang", 200]);
    await (await subscribed(sandbox, failing.url)).test();
    await (await subscribed(sandbox, hanging.url)).test();
    await failing.waitFor(1);
    await hanging.waitFor(1);
    await sleep(20);
    // One waits a minute for its retry (Wise's first gap), one is in flight.
    expect(sandbox.webhookDeliveryStats()).toMatchObject({ attempts: 2, pending: 2, waiting: 1, inFlight: 1 });
    await sandbox.close();
    expect(sandbox.webhookDeliveryStats()).toMatchObject({ attempts: 2, pending: 0, cancelled: 2, waiting: 0, inFlight: 0 });
    // The hanging receiver's request was aborted: its socket is closed from the sandbox's side.
    await sleep(50);
    expect(failing.received.length + hanging.received.length).toBe(2);
  });
});
