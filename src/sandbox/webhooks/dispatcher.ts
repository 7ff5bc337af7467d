// Delivers the sandbox's webhooks as Wise does: an HTTP POST of the JSON envelope, signed with
// RSA-SHA256 over the exact body (base64 in X-Signature-SHA256), with X-Delivery-Id and, for
// test notifications, X-Test-Notification: true. The sandbox holds its own key pair; its public
// half is what a receiver must trust (RunningSandbox.webhookPublicKey).

import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import type { WebhookDelivery } from "./hub.js";

let keys: { privateKey: KeyObject; publicKeyPem: string } | null = null;

/**
 * The sandbox's RSA key pair (Wise signs with RSA 2048), made at the first start and shared by
 * the sandboxes of one process: generating one takes long enough to slow every test's start.
 */
export function webhookKeyPair(): { privateKey: KeyObject; publicKeyPem: string } {
  if (keys === null) {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    keys = { privateKey, publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
  }
  return keys;
}

/** The signature Wise puts in X-Signature-SHA256. */
export function signWebhook(body: string, privateKey: KeyObject): string {
  return sign("sha256", Buffer.from(body), privateKey).toString("base64");
}

/** How long a receiver has to acknowledge a delivery: Wise's 5 seconds. */
export const WISE_DELIVERY_TIMEOUT_MS = 5_000;

/**
 * Sends one delivery attempt; resolves whether the receiver acknowledged it with a 2xx within
 * `timeoutMs`. Any other status, a timeout, a refused connection or an aborted attempt is false.
 */
export async function deliver(delivery: WebhookDelivery, privateKey: KeyObject, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<boolean> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-signature-sha256": signWebhook(delivery.body, privateKey),
    "x-delivery-id": delivery.deliveryId,
  };
  if (delivery.test) headers["x-test-notification"] = "true";
  const timeout = AbortSignal.timeout(options.timeoutMs ?? WISE_DELIVERY_TIMEOUT_MS);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([timeout, options.signal]);
  try {
    const response = await fetch(delivery.subscription.delivery.url, { method: "POST", headers, body: delivery.body, signal, redirect: "manual" });
    await response.arrayBuffer().catch(() => undefined);
    return response.ok;
  } catch {
    return false;
  }
}
