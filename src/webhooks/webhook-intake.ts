import type { EventBus } from "../live/event-bus.js";
import type { WiseEvent } from "../live/wise-event.js";
import { logger } from "../logging/logger.js";
import type { DeliveryDedupe } from "./delivery-dedupe.js";
import type { NewestStates } from "./newest-states.js";

/** What happened to an accepted delivery once it was processed. */
export type IntakeOutcome = "published" | "duplicate" | "out-of-date" | "failed";

/**
 * The work done after Wise has had its answer: drop a repeated delivery, drop a state older than
 * the newest one published for its resource, publish the rest on the bus. Deliveries wait in a
 * bounded in-process queue and are processed one at a time, in the order they arrived; a failure
 * is logged, never thrown back at Wise (which already has its 200).
 */
export class WebhookIntake {
  private readonly queue: WiseEvent[] = [];
  private running: Promise<void> | null = null;

  constructor(
    private readonly events: EventBus,
    private readonly dedupe: DeliveryDedupe,
    private readonly newest: NewestStates,
    private readonly maxQueued = 10_000,
    /** Told the outcome of every delivery (for tests and metrics). */
    private readonly onOutcome: (event: WiseEvent, outcome: IntakeOutcome) => void = () => undefined,
  ) {}

  /** Queues a verified delivery; false when the queue is full (the receiver then asks Wise to retry later). */
  accept(event: WiseEvent): boolean {
    if (this.queue.length >= this.maxQueued) return false;
    this.queue.push(event);
    // Started on the next turn of the event loop, after the answer to Wise has been written.
    this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
    return true;
  }

  /** Resolves once every queued delivery has been processed (on shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    try {
      for (let event = this.queue.shift(); event !== undefined; event = this.queue.shift()) {
        const outcome = await this.process(event);
        try {
          this.onOutcome(event, outcome);
        } catch {
          // An observer's failure is not the intake's.
        }
      }
    } finally {
      this.running = null;
    }
  }

  private async process(event: WiseEvent): Promise<IntakeOutcome> {
    const about = { deliveryId: event.deliveryId, eventType: event.eventType, resourceKey: event.resourceKey };
    try {
      if (!(await this.dedupe.firstSeen(event.deliveryId))) {
        logger.debug(about, "webhook delivery repeated: dropped");
        return "duplicate";
      }
      // Test notifications (ids of 0) say nothing about a real resource's state.
      if (event.resourceKey !== null && !event.test && !(await this.newest.admit(event.eventType, event.resourceKey, Date.parse(event.occurredAt)))) {
        logger.info({ ...about, occurredAt: event.occurredAt }, "webhook event older than the newest state published for its resource: dropped");
        return "out-of-date";
      }
      await this.events.publish(event);
      return "published";
    } catch (error) {
      logger.error({ ...about, err: error }, "webhook event could not be published");
      return "failed";
    }
  }
}
