import type { Redis } from "ioredis";
import { logger } from "../logging/logger.js";
import type { EventBus, EventListener } from "./event-bus.js";
import { closeRedis } from "./redis-connection.js";
import type { WiseEvent } from "./wise-event.js";

/** Whether a message read from the channel has the shape of a WiseEvent. */
function isWiseEvent(value: unknown): value is WiseEvent {
  if (value === null || typeof value !== "object") return false;
  const event = value as Record<string, unknown>;
  return (
    typeof event.eventType === "string" &&
    typeof event.deliveryId === "string" &&
    typeof event.occurredAt === "string" &&
    typeof event.receivedAt === "number" &&
    typeof event.test === "boolean" &&
    (event.profileId === null || typeof event.profileId === "string") &&
    (event.resourceKey === null || typeof event.resourceKey === "string") &&
    event.data !== null &&
    typeof event.data === "object"
  );
}

/**
 * The bus of many instances: every event is published, as JSON, on one Redis pub/sub channel,
 * and every instance's listeners hear it from there (this one's included, so each hears it once).
 * Subscribing needs a connection of its own; ioredis subscribes it again after a reconnection.
 * Events published while an instance is disconnected do not reach it (pub/sub keeps nothing).
 * The bus owns both connections and closes them.
 */
export class RedisEventBus implements EventBus {
  private readonly listeners = new Set<EventListener>();
  private readonly subscribed: Promise<unknown>;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    private readonly channel: string,
  ) {
    subscriber.on("message", (from: string, message: string) => {
      if (from === this.channel) this.hear(message);
    });
    this.subscribed = subscriber.subscribe(channel);
    // Awaited by ready(); a failure here must not be an unhandled rejection.
    this.subscribed.catch(() => undefined);
  }

  /** Resolves once this instance hears the channel (its events published before then are not heard). */
  async ready(timeoutMs = 10_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not confirm the subscription within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.subscribed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async publish(event: WiseEvent): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify(event));
  }

  listen(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await Promise.all([closeRedis(this.subscriber), closeRedis(this.publisher)]);
  }

  private hear(message: string): void {
    let event: unknown;
    try {
      event = JSON.parse(message);
    } catch {
      event = null;
    }
    if (!isWiseEvent(event)) {
      logger.warn({ channel: this.channel, bytes: message.length }, "ignored a message on the events channel that is not an event");
      return;
    }
    // A listener that throws must not keep the event from the others.
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // Listeners report their own failures.
      }
    }
  }
}
