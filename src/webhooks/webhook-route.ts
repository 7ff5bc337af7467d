import type { FastifyInstance, FastifyReply } from "fastify";
import type { EventBus } from "../live/event-bus.js";
import type { WiseEvent } from "../live/wise-event.js";
import { logger } from "../logging/logger.js";
import { MemoryDeliveryDedupe, type DeliveryDedupe } from "./delivery-dedupe.js";
import { MemoryNewestStates, type NewestStates } from "./newest-states.js";
import { isSignedByWise, webhookPublicKeys } from "./signature.js";
import { EnvelopeError, parseWiseEnvelope } from "./wise-envelope.js";
import { WebhookIntake, type IntakeOutcome } from "./webhook-intake.js";

/** Where Wise delivers its webhooks to this server. */
export const WEBHOOK_PATH = "/webhooks/wise";

/** How the webhook endpoint checks and remembers deliveries. */
export interface WebhookOptions {
  /** The public keys (PEM) Wise's signatures are checked against; with none, the endpoint answers 503. */
  publicKeys: readonly string[];
  /** Why there is no key, said in the 503 (e.g. which variable to set). */
  missingKeyReason?: string;
  /** Largest body accepted; past it 413, unread. */
  maxBodyBytes?: number;
  /** How long a delivery id, and the newest state of each resource, are remembered (memory and Redis). */
  rememberMs?: number;
  /** The delivery ids already taken: in memory by default, in Redis across instances. */
  dedupe?: DeliveryDedupe;
  /** The newest published state of each resource: in memory by default, in Redis across instances. */
  newestStates?: NewestStates;
  /** Deliveries answered but not yet published, at most; past it 503 with Retry-After (default 10,000). */
  maxQueued?: number;
  /** Told what became of every delivery once processed (for tests and metrics). */
  onOutcome?: (event: WiseEvent, outcome: IntakeOutcome) => void;
}

export const defaultWebhookLimits = {
  maxBodyBytes: 256 * 1024,
  // Wise retries a delivery for up to two weeks; a day more covers its last attempt.
  rememberMs: 15 * 24 * 3600 * 1000,
};

const NO_KEY = "No public key to check Wise's webhook signatures with: set WISE_WEBHOOK_PUBLIC_KEY.";
const DELIVERY_ID = /^[A-Za-z0-9_-]{1,100}$/;

function refuse(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).type("application/json; charset=utf-8").send({ error: message });
}

/**
 * `POST /webhooks/wise`: Wise's webhook deliveries. The raw bytes are read (JSON only, up to the
 * body limit) and their RSA-SHA256 signature (`X-Signature-SHA256`) is checked against the
 * trusted keys before anything parses them. A verified delivery is answered 200 at once and
 * queued; de-duplication, ordering and publishing happen after the answer (WebhookIntake).
 */
export async function registerWiseWebhooks(app: FastifyInstance, events: EventBus, options: WebhookOptions | null): Promise<WebhookIntake | null> {
  const keys = webhookPublicKeys(options?.publicKeys ?? []);
  const rememberMs = options?.rememberMs ?? defaultWebhookLimits.rememberMs;
  const intake =
    options && keys.length > 0
      ? new WebhookIntake(
          events,
          options.dedupe ?? new MemoryDeliveryDedupe(rememberMs),
          options.newestStates ?? new MemoryNewestStates(rememberMs),
          options.maxQueued,
          options.onOutcome,
        )
      : null;
  const missingKey = options?.missingKeyReason ?? NO_KEY;
  const maxBodyBytes = options?.maxBodyBytes ?? defaultWebhookLimits.maxBodyBytes;

  await app.register(async (scope) => {
    // Only this route's parser: the body stays bytes until its signature has been checked.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("application/json", { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    // Refusals Fastify makes before the handler (size, type) answer in the same shape as the handler's.
    scope.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
      const status = error.statusCode ?? 500;
      if (status === 413) return refuse(reply, 413, `The body is larger than ${maxBodyBytes} bytes: refused unread.`);
      if (status === 415) return refuse(reply, 415, "Wise delivers JSON: only Content-Type application/json is taken.");
      if (status < 500) return refuse(reply, status, error.message);
      logger.error({ err: error, path: request.url }, "webhook delivery failed");
      return refuse(reply, 500, "The delivery could not be taken: Wise will retry it.");
    });
    scope.post(WEBHOOK_PATH, { bodyLimit: maxBodyBytes }, async (request, reply) => {
      const receivedAt = Date.now();
      if (intake === null) return refuse(reply, 503, missingKey);
      const signature = request.headers["x-signature-sha256"];
      if (typeof signature !== "string" || signature.trim() === "") return refuse(reply, 401, "Missing X-Signature-SHA256: only signed deliveries from Wise are taken.");
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!isSignedByWise(body, signature, keys)) return refuse(reply, 403, "X-Signature-SHA256 does not match the body under Wise's public key: delivery refused.");
      const deliveryId = request.headers["x-delivery-id"];
      if (typeof deliveryId !== "string" || !DELIVERY_ID.test(deliveryId)) return refuse(reply, 400, "Missing or malformed X-Delivery-Id.");
      const test = String(request.headers["x-test-notification"] ?? "").toLowerCase() === "true";
      let event: WiseEvent;
      try {
        event = parseWiseEnvelope(body.toString("utf8"), { deliveryId, test, receivedAt });
      } catch (error) {
        if (!(error instanceof EnvelopeError)) throw error;
        logger.warn({ deliveryId, reason: error.message }, "signed webhook delivery is not an event envelope");
        return refuse(reply, 400, `Not a Wise event envelope: ${error.message}`);
      }
      if (!intake.accept(event)) return refuse(reply.header("retry-after", "60"), 503, "Too many deliveries waiting to be published: retry later.");
      return reply.code(200).type("application/json; charset=utf-8").send({ received: true });
    });
    // Deliveries already answered are published before the server finishes closing.
    scope.addHook("onClose", async () => {
      await intake?.idle();
    });
  });
  return intake;
}
