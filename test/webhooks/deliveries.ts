import { generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";
import type { EventBus } from "../../src/live/event-bus.js";
import type { WiseEvent } from "../../src/live/wise-event.js";
import type { IntakeOutcome } from "../../src/webhooks/webhook-intake.js";

/** A key pair standing in for Wise's: the server is told to trust its public half. */
export function testKeyPair(): { privateKey: KeyObject; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { privateKey, publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

/** A `transfers#state-change` envelope as Wise sends it (schema 2.0.0). */
export function transferStateChange(transferId: number, state: string, occurredAt: string, profileId = 222): string {
  return JSON.stringify({
    data: {
      resource: { type: "transfer", id: transferId, profile_id: profileId, account_id: 333 },
      current_state: state,
      previous_state: null,
      occurred_at: occurredAt,
    },
    subscription_id: "01234567-89ab-cdef-0123-456789abcdef",
    event_type: "transfers#state-change",
    schema_version: "2.0.0",
    sent_at: occurredAt,
  });
}

export interface Delivery {
  body: string | Buffer;
  /** Signs the body with it; `signature` overrides. */
  key?: KeyObject;
  signature?: string | null;
  deliveryId?: string | null;
  test?: boolean;
  contentType?: string;
}

/** POSTs one delivery over real HTTP, signed as Wise signs (RSA-SHA256 over the exact bytes, base64). */
export async function deliver(url: string, delivery: Delivery): Promise<{ status: number; body: { error?: string; received?: boolean } }> {
  const bytes = Buffer.isBuffer(delivery.body) ? delivery.body : Buffer.from(delivery.body);
  const headers: Record<string, string> = { "content-type": delivery.contentType ?? "application/json" };
  const signature = delivery.signature !== undefined ? delivery.signature : delivery.key ? sign("sha256", bytes, delivery.key).toString("base64") : null;
  if (signature !== null) headers["x-signature-sha256"] = signature;
  const deliveryId = delivery.deliveryId === undefined ? randomUUID() : delivery.deliveryId;
  if (deliveryId !== null) headers["x-delivery-id"] = deliveryId;
  if (delivery.test) headers["x-test-notification"] = "true";
  const response = await fetch(url, { method: "POST", headers, body: bytes });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as { error?: string }) : {} };
}

/** Everything a bus carries, and what the intake decided about each delivery. */
export class Recorder {
  readonly events: WiseEvent[] = [];
  readonly outcomes: Array<{ deliveryId: string; outcome: IntakeOutcome }> = [];

  listenTo(bus: EventBus): () => void {
    return bus.listen((event) => this.events.push(event));
  }

  readonly onOutcome = (event: WiseEvent, outcome: IntakeOutcome): void => {
    this.outcomes.push({ deliveryId: event.deliveryId, outcome });
  };

  /** Waits until `count` deliveries have been processed (published or dropped). */
  async processed(count: number, timeoutMs = 5_000): Promise<void> {
    await until(() => this.outcomes.length >= count, timeoutMs, `${count} processed deliveries (have ${this.outcomes.length})`);
  }
}

export async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
