// Wise's webhooks as the benchmark sends them: a `transfers#state-change` envelope (schema 2.0.0),
// signed with RSA-SHA256 over the exact body as Wise signs it, POSTed to the server's receiver.

import { generateKeyPairSync, randomUUID, sign } from "node:crypto";

/** A fresh RSA key pair: the private half signs, the public half (PEM) is what the server trusts. */
export function webhookKeys() {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { privateKey, publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString() };
}

/** Wise's webhook timestamps: seconds, no fraction, UTC. */
export const webhookTime = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** The envelope Wise sends when a transfer changes state. */
export function transferStateChange({ transferId, profileId, accountId, currentState, previousState, occurredAtMs }) {
  return {
    data: {
      resource: { type: "transfer", id: Number(transferId), profile_id: Number(profileId), account_id: Number(accountId) },
      current_state: currentState,
      previous_state: previousState,
      occurred_at: webhookTime(occurredAtMs),
    },
    subscription_id: "f2a8f0d4-5b1c-4e43-9d8e-0c4a3f1b2e11",
    event_type: "transfers#state-change",
    schema_version: "2.0.0",
    sent_at: webhookTime(occurredAtMs),
  };
}

/** The body and headers of one delivery of `envelope`, signed; `deliveryId` is the same on every retry of it. */
export function signDelivery(envelope, privateKey, deliveryId = randomUUID()) {
  const body = JSON.stringify(envelope);
  const signature = sign("sha256", Buffer.from(body), privateKey).toString("base64");
  return { body, headers: { "content-type": "application/json", "x-signature-sha256": signature, "x-delivery-id": deliveryId } };
}

/**
 * POSTs a signed delivery to the receiver at `url`; resolves with the HTTP status. A connection
 * that fails (a keep-alive socket the server closed as it was reused) is retried, as Wise retries:
 * the same delivery id makes a repeat harmless.
 */
export async function postDelivery(url, delivery, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, { method: "POST", headers: delivery.headers, body: delivery.body });
      await response.arrayBuffer();
      return response.status;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
