import type { WiseEvent } from "./wise-event.js";

/** Receives every event published on any instance. */
export type EventListener = (event: WiseEvent) => void;

/**
 * Carries Wise's events from the instance that received the webhook to every instance's
 * subscribers: in this process (MemoryEventBus), or across processes (Redis pub/sub).
 */
export interface EventBus {
  /** Hands the event to every listener of every instance; resolves once it has left this process. */
  publish(event: WiseEvent): Promise<void>;
  /** Adds a listener for the events of all instances; the returned function removes it. */
  listen(listener: EventListener): () => void;
  /** Stops carrying events (closes connections); listeners hear nothing more. */
  close(): Promise<void>;
}

/** The bus of a single instance: events reach only this process's listeners. */
export class MemoryEventBus implements EventBus {
  private readonly listeners = new Set<EventListener>();

  async publish(event: WiseEvent): Promise<void> {
    // A listener that throws must not keep the event from the others.
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // Listeners report their own failures.
      }
    }
  }

  listen(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
