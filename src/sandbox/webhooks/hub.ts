// The sandbox's webhook subscriptions and the events its resources raise. Routes and the
// ledger call emit() when something happens that Wise would tell subscribers about; the hub
// finds the subscriptions that want it (their `trigger_on`, their profile or the application)
// and hands one signed-to-be envelope per subscription to the dispatcher, which delivers it.

import { randomUUID } from "node:crypto";
import { toJson } from "../http.js";

/** A webhook subscription, in Wise's shape (`scope.domain` says whose events it receives). */
export interface WebhookSubscriptionRecord {
  id: string;
  name: string;
  /** The event type it receives, e.g. "transfers#state-change". */
  triggerOn: string;
  delivery: { version: string; url: string };
  /** "application": events of every profile; "profile": events of `scope.id` only. */
  scope: { domain: "application" | "profile"; id: string };
  createdBy: { type: "application" | "user"; id: string };
  createdAt: string;
}

/** An event's `data` object (amounts as LosslessNumber, see http.ts dec(), so they travel exact). */
export type EventData = Record<string, unknown>;

/** Something that happened in the sandbox that Wise would send a webhook about. */
export interface SandboxEvent {
  /** Wise's event type, e.g. "transfers#state-change". */
  eventType: string;
  /** The profile it concerns; null for events of no profile (application subscriptions only). */
  profileId: number | null;
  /**
   * The event's `data` object in Wise's shape for `eventType`, or the function that makes it for a
   * subscription's schema version (`delivery.version`: 4.0.0 adds milliseconds to timestamps), called
   * only when a subscription wants the event.
   */
  data: EventData | ((schemaVersion: string) => EventData);
}

/** One envelope on its way to one subscription's URL. */
export interface WebhookDelivery {
  deliveryId: string;
  subscription: WebhookSubscriptionRecord;
  /** The JSON body, exactly as it is signed and sent. */
  body: string;
  test: boolean;
}

/** Wise's webhook timestamps (schema 2.0.0): seconds, no fraction, UTC. */
export function webhookTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A webhook timestamp for a schema version: 4.0.0 carries milliseconds ("2020-01-01T12:34:56.789Z"), older ones whole seconds. */
export function versionedTime(ms: number, schemaVersion: string): string {
  return schemaVersion.startsWith("4.") ? new Date(ms).toISOString() : webhookTime(ms);
}

export class WebhookHub {
  readonly subscriptions = new Map<string, WebhookSubscriptionRecord>();
  private sink: ((delivery: WebhookDelivery) => void) | null = null;
  private cancel: ((subscriptionId: string | null) => void) | null = null;

  /**
   * Where deliveries go (the dispatcher); without one, events are dropped as Wise drops events
   * nobody subscribed to. `cancel` hears of deleted subscriptions (null: all of them), whose
   * deliveries still waiting for a retry must stop.
   */
  setSink(sink: ((delivery: WebhookDelivery) => void) | null, cancel?: (subscriptionId: string | null) => void): void {
    this.sink = sink;
    this.cancel = cancel ?? null;
  }

  /** Adds a subscription. */
  add(subscription: WebhookSubscriptionRecord): void {
    this.subscriptions.set(subscription.id, subscription);
  }

  /** Deletes a subscription and stops its deliveries; false when there was none of this id. */
  remove(id: string): boolean {
    const removed = this.subscriptions.delete(id);
    if (removed) this.cancel?.(id);
    return removed;
  }

  /** The subscriptions of one scope (an application's client key, or a profile id), oldest first. */
  inScope(domain: WebhookSubscriptionRecord["scope"]["domain"], id: string): WebhookSubscriptionRecord[] {
    return [...this.subscriptions.values()].filter((s) => s.scope.domain === domain && s.scope.id === id);
  }

  /** Raises an event: one delivery per subscription that wants it. */
  emit(event: SandboxEvent, nowMs: number): void {
    const byVersion = new Map<string, EventData>();
    for (const subscription of this.subscriptions.values()) {
      if (subscription.triggerOn !== event.eventType) continue;
      if (subscription.scope.domain === "profile" && subscription.scope.id !== String(event.profileId)) continue;
      const version = subscription.delivery.version;
      let data = byVersion.get(version);
      if (data === undefined) {
        data = typeof event.data === "function" ? event.data(version) : event.data;
        byVersion.set(version, data);
      }
      this.send(subscription, data, nowMs, false);
    }
  }

  /** Sends a subscription a test notification (Wise's test events use ids of 0); returns its delivery id. */
  sendTest(subscription: WebhookSubscriptionRecord, data: Record<string, unknown>, nowMs: number): string {
    return this.send(subscription, data, nowMs, true);
  }

  reset(): void {
    this.subscriptions.clear();
    this.cancel?.(null);
  }

  private send(subscription: WebhookSubscriptionRecord, data: EventData, nowMs: number, test: boolean): string {
    const deliveryId = randomUUID();
    // Serialised losslessly: amounts built with dec() reach the receiver exactly as the sandbox holds them.
    const body = toJson({
      data,
      subscription_id: subscription.id,
      event_type: subscription.triggerOn,
      schema_version: subscription.delivery.version,
      sent_at: versionedTime(nowMs, subscription.delivery.version),
    });
    this.sink?.({ deliveryId, subscription, body, test });
    return deliveryId;
  }
}
