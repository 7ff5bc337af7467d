// The sandbox's webhook deliveries in flight and waiting to be tried again. Each delivery is
// tried at once, then again after each gap of the retry schedule until its receiver
// acknowledges it or the attempts run out; every attempt sends the same body, delivery id and
// signature. Bounded: a subscription holds at most `maxPendingPerSubscription` unfinished
// deliveries, and a new one pushes out the oldest (counted as dropped), so a dead receiver cannot
// grow the sandbox's memory. Deleting a subscription cancels its deliveries; close() cancels all
// and leaves no timer or request behind.

import type { KeyObject } from "node:crypto";
import { deliver } from "./dispatcher.js";
import type { WebhookDelivery } from "./hub.js";

export interface DeliveryQueueOptions {
  privateKey: KeyObject;
  /** The gaps before the 2nd, 3rd ... attempt, in ms; one attempt more than gaps in all. */
  retryDelaysMs: readonly number[];
  /** How long a receiver has to answer one attempt. */
  timeoutMs: number;
  /** Unfinished deliveries one subscription may hold; the oldest is dropped beyond it. */
  maxPendingPerSubscription: number;
}

/** What the queue has done since the sandbox started. */
export interface WebhookDeliveryStats {
  /** HTTP attempts made, retries included. */
  attempts: number;
  /** Deliveries a receiver acknowledged. */
  delivered: number;
  /** Deliveries abandoned after their last attempt failed. */
  gaveUp: number;
  /** Deliveries pushed out of a full queue before they were delivered. */
  dropped: number;
  /** Deliveries cancelled because their subscription was deleted (or the sandbox reset). */
  cancelled: number;
  /** Deliveries in flight or waiting for their next attempt. */
  pending: number;
  /** Of those, the ones with an attempt under way (an HTTP request open). */
  inFlight: number;
  /** Of those, the ones with a retry timer armed. */
  waiting: number;
}

interface Pending {
  delivery: WebhookDelivery;
  attempts: number;
  timer: NodeJS.Timeout | null;
  abort: AbortController | null;
  stopped: boolean;
}

export class WebhookDeliveryQueue {
  /** Unfinished deliveries by subscription id, oldest first (a Map keeps insertion order). */
  private readonly bySubscription = new Map<string, Map<string, Pending>>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly counts = { attempts: 0, delivered: 0, gaveUp: 0, dropped: 0, cancelled: 0 };
  private readonly droppedBySubscription = new Map<string, number>();
  private closed = false;

  constructor(private readonly options: DeliveryQueueOptions) {}

  /** Takes a delivery and makes its first attempt now. */
  enqueue(delivery: WebhookDelivery): void {
    if (this.closed) return;
    const subscriptionId = delivery.subscription.id;
    let queue = this.bySubscription.get(subscriptionId);
    if (queue === undefined) this.bySubscription.set(subscriptionId, (queue = new Map()));
    while (queue.size >= this.options.maxPendingPerSubscription) {
      const oldest = queue.values().next().value as Pending;
      this.stop(oldest);
      this.counts.dropped++;
      this.droppedBySubscription.set(subscriptionId, (this.droppedBySubscription.get(subscriptionId) ?? 0) + 1);
    }
    const pending: Pending = { delivery, attempts: 0, timer: null, abort: null, stopped: false };
    queue.set(delivery.deliveryId, pending);
    this.attempt(pending);
  }

  /** Cancels the unfinished deliveries of one subscription (every subscription with null). */
  cancel(subscriptionId: string | null): void {
    const queues = subscriptionId === null ? [...this.bySubscription.values()] : [this.bySubscription.get(subscriptionId)];
    for (const queue of queues) {
      for (const pending of [...(queue?.values() ?? [])]) {
        this.stop(pending);
        this.counts.cancelled++;
      }
    }
  }

  /** How many deliveries of this subscription a full queue pushed out. */
  droppedFor(subscriptionId: string): number {
    return this.droppedBySubscription.get(subscriptionId) ?? 0;
  }

  stats(): WebhookDeliveryStats {
    let pending = 0;
    let waiting = 0;
    for (const queue of this.bySubscription.values()) {
      pending += queue.size;
      for (const delivery of queue.values()) if (delivery.timer !== null) waiting++;
    }
    return { ...this.counts, pending, inFlight: this.inFlight.size, waiting };
  }

  /** Cancels everything: no timer stays armed, attempts in flight are aborted and awaited. */
  async close(): Promise<void> {
    this.closed = true;
    this.cancel(null);
    await Promise.allSettled([...this.inFlight]);
  }

  private attempt(pending: Pending): void {
    pending.timer = null;
    pending.attempts++;
    this.counts.attempts++;
    const abort = new AbortController();
    pending.abort = abort;
    const run = deliver(pending.delivery, this.options.privateKey, { timeoutMs: this.options.timeoutMs, signal: abort.signal }).then((ok) => {
      pending.abort = null;
      if (pending.stopped) return;
      if (ok) {
        this.counts.delivered++;
        this.finish(pending);
      } else if (pending.attempts > this.options.retryDelaysMs.length) {
        this.counts.gaveUp++;
        this.finish(pending);
      } else {
        const delay = this.options.retryDelaysMs[pending.attempts - 1] ?? 0;
        pending.timer = setTimeout(() => this.attempt(pending), delay);
      }
    });
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
  }

  /** Stops a delivery wherever it is (waiting or in flight) and forgets it. */
  private stop(pending: Pending): void {
    pending.stopped = true;
    if (pending.timer !== null) clearTimeout(pending.timer);
    pending.timer = null;
    pending.abort?.abort();
    this.finish(pending);
  }

  private finish(pending: Pending): void {
    const subscriptionId = pending.delivery.subscription.id;
    const queue = this.bySubscription.get(subscriptionId);
    queue?.delete(pending.delivery.deliveryId);
    if (queue?.size === 0) this.bySubscription.delete(subscriptionId);
  }
}
