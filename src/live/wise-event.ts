/**
 * One webhook delivery from Wise, verified and parsed, as it travels from the instance that
 * received it to every instance with subscribers (through Redis when there is more than one).
 */
export interface WiseEvent {
  /** Wise's event type, e.g. "transfers#state-change". */
  eventType: string;
  /** Wise's `X-Delivery-Id`: one per delivery, the same on every retry of it. */
  deliveryId: string;
  /** The envelope's `schema_version`, e.g. "2.0.0". */
  schemaVersion: string;
  /** The profile the event is about, as a decimal string; null when the event names none. */
  profileId: string | null;
  /**
   * The resource whose state the event carries, e.g. "transfer:111", so that a late, older state
   * of it is not published over a newer one; null when the event carries no state.
   */
  resourceKey: string | null;
  /** When the change happened on Wise's side (the data's `occurred_at`, else the envelope's `sent_at`), ISO 8601. */
  occurredAt: string;
  /** When this server received the delivery, in ms since the epoch (for latency figures). */
  receivedAt: number;
  /** Whether Wise marked it as a test notification (`X-Test-Notification: true`). */
  test: boolean;
  /** The envelope's `data` object as Wise sent it. */
  data: Record<string, unknown>;
}
