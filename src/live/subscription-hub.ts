import type { Context } from "../context/context.js";
import type { EventBus } from "./event-bus.js";
import type { EventQueue } from "./event-queue.js";
import type { LiveEventPayload } from "./live-event-payload.js";
import type { WiseEvent } from "./wise-event.js";

/** One open subscription, as the hub indexes it. */
export interface HubSubscriber {
  /** The profile whose events it receives (Wise's id, as a decimal string). */
  profileId: string;
  /** The event types it receives, e.g. "transfers#state-change". */
  eventTypes: ReadonlySet<string>;
  /** A narrower choice among them (one transfer, one balance), checked before anything is resolved. */
  accepts: ((event: WiseEvent) => boolean) | null;
  /** The subscriber's Wise token, and its key (a hash) that groups subscribers of the same token. */
  token: string;
  tokenKey: string;
  queue: EventQueue<LiveEventPayload>;
}

/**
 * Hands each event from the bus to the subscriptions that want it. Subscribers are indexed by
 * profile, so an event costs nothing for those of other profiles; subscribers of the same token
 * share one context per event (one Wise fetch of the changed object, whatever their number).
 * Events reach every queue in the order the bus delivered them. Test notifications carry ids of
 * 0 and no change, so they reach no subscriber.
 */
export class SubscriptionHub {
  private readonly byProfile = new Map<string, Set<HubSubscriber>>();
  private readonly stopListening: () => void;

  constructor(
    events: EventBus,
    /** A fresh context acting with this token, for one event. */
    private readonly contextFor: (token: string) => Context,
  ) {
    this.stopListening = events.listen((event) => this.deliver(event));
  }

  /** Starts delivering to a subscriber; the returned function stops it. */
  add(subscriber: HubSubscriber): () => void {
    let subscribers = this.byProfile.get(subscriber.profileId);
    if (!subscribers) this.byProfile.set(subscriber.profileId, (subscribers = new Set()));
    subscribers.add(subscriber);
    return () => {
      subscribers.delete(subscriber);
      if (subscribers.size === 0 && this.byProfile.get(subscriber.profileId) === subscribers) this.byProfile.delete(subscriber.profileId);
    };
  }

  /** Subscriptions open on this instance. */
  get size(): number {
    let size = 0;
    for (const subscribers of this.byProfile.values()) size += subscribers.size;
    return size;
  }

  /** Stops listening to the bus and ends every subscription. */
  close(): void {
    this.stopListening();
    for (const subscribers of [...this.byProfile.values()]) for (const subscriber of [...subscribers]) void subscriber.queue.return();
    this.byProfile.clear();
  }

  private deliver(event: WiseEvent): void {
    if (event.test || event.profileId === null) return;
    const subscribers = this.byProfile.get(event.profileId);
    if (!subscribers) return;
    // One payload per token: its context (loaders) and the executions of identical subscriptions are shared.
    const payloads = new Map<string, LiveEventPayload>();
    for (const subscriber of subscribers) {
      if (!subscriber.eventTypes.has(event.eventType) || (subscriber.accepts && !subscriber.accepts(event))) continue;
      let payload = payloads.get(subscriber.tokenKey);
      if (!payload) payloads.set(subscriber.tokenKey, (payload = { event, context: this.contextFor(subscriber.token) }));
      subscriber.queue.push(payload);
    }
  }
}
