// A tiny webhook receiver for tests of the sandbox's events: a loopback HTTP server that keeps
// every delivery (raw body, headers, whether its signature verifies with the sandbox's public
// key), and subscriptions put straight into the sandbox's hub. Deliveries travel concurrently,
// so they may arrive in any order (as Wise's do); the receiver gives them back in the order the
// sandbox raised them, which the hub's sink tells it.

import { randomUUID, verify } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { parse } from "lossless-json";
import type { RunningSandbox } from "../../src/sandbox/index.js";
import type { WebhookDelivery, WebhookSubscriptionRecord } from "../../src/sandbox/webhooks/hub.js";
import { deliver, webhookKeyPair } from "../../src/sandbox/webhooks/dispatcher.js";

type Json = any;

export interface Received {
  deliveryId: string;
  subscriptionId: string;
  eventType: string;
  /** The raw body, as signed. */
  text: string;
  /** Decimals kept as their text ("100.5"), integers as numbers. */
  envelope: Json;
  signatureValid: boolean;
  headers: Record<string, string | string[] | undefined>;
}

export interface WebhookReceiver {
  url: string;
  /** How many deliveries the sandbox raised since the last settle(): they are raised before its answer. */
  raisedCount(): number;
  /** Waits until every delivery raised so far arrived; gives them in the order they were raised. */
  settle(timeoutMs?: number): Promise<Received[]>;
  /** Makes a subscription in the sandbox's hub, delivering here. */
  subscribe(eventType: string, scope: { profileId?: number; version?: string }): WebhookSubscriptionRecord;
  close(): Promise<void>;
}

const parseBody = (text: string): Json => parse(text, null, (n: string) => (/^-?\d+$/.test(n) ? Number(n) : n));

export async function startWebhookReceiver(sandbox: RunningSandbox): Promise<WebhookReceiver> {
  const raised: string[] = [];
  const arrived = new Map<string, Received>();
  let waiter: (() => void) | null = null;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const signature = String(req.headers["x-signature-sha256"] ?? "");
      const envelope = parseBody(text);
      const deliveryId = String(req.headers["x-delivery-id"] ?? "");
      arrived.set(deliveryId, {
        deliveryId,
        subscriptionId: envelope.subscription_id,
        eventType: envelope.event_type,
        text,
        envelope,
        signatureValid: verify("sha256", Buffer.from(text), sandbox.webhookPublicKey, Buffer.from(signature, "base64")),
        headers: req.headers,
      });
      res.writeHead(200, { "content-type": "application/json" }).end('{"status":"ok"}');
      waiter?.();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;

  // Notes the order events are raised in, then delivers as the sandbox does.
  const { privateKey } = webhookKeyPair();
  sandbox.store.webhooks.setSink((delivery: WebhookDelivery) => {
    raised.push(delivery.deliveryId);
    void deliver(delivery, privateKey);
  });

  return {
    url,
    raisedCount: () => raised.length,
    async settle(timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!raised.every((id) => arrived.has(id))) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`${raised.filter((id) => !arrived.has(id)).length} of ${raised.length} webhook deliveries never arrived`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, Math.min(left, 100));
          waiter = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const list = raised.map((id) => arrived.get(id)!);
      raised.length = 0;
      arrived.clear();
      return list;
    },
    subscribe(eventType, scope) {
      const record: WebhookSubscriptionRecord = {
        id: randomUUID(),
        name: `test ${eventType}`,
        triggerOn: eventType,
        delivery: { version: scope.version ?? "2.0.0", url },
        scope: scope.profileId === undefined ? { domain: "application", id: sandbox.client.id } : { domain: "profile", id: String(scope.profileId) },
        createdBy: scope.profileId === undefined ? { type: "application", id: sandbox.client.id } : { type: "user", id: "0" },
        createdAt: new Date().toISOString(),
      };
      sandbox.store.webhooks.add(record);
      return record;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // The sandbox's deliveries keep their connections alive; end them so the test can exit.
        server.closeAllConnections();
      }),
  };
}
