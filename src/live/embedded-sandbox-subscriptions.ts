import { randomUUID } from "node:crypto";
import type { RunningSandbox } from "../sandbox/index.js";
import { KNOWN_EVENT_TYPES } from "../webhooks/event-subjects.js";

/**
 * Subscribes `url` (this server's `/webhooks/wise`) to every event type the embedded sandbox may
 * raise, as the demo partner's application-level subscriptions, so that `npm start` receives the
 * sandbox's webhooks with nothing to set up. Written straight into the sandbox's store for now;
 * the same can be done through the sandbox's subscription API. Returns the subscriptions' ids.
 */
export function subscribeToEmbeddedSandbox(sandbox: RunningSandbox, url: string, nowMs = Date.now()): string[] {
  const ids: string[] = [];
  for (const triggerOn of KNOWN_EVENT_TYPES) {
    const id = randomUUID();
    sandbox.store.webhooks.add({
      id,
      name: `wise-graphql ${triggerOn}`,
      triggerOn,
      delivery: { version: "2.0.0", url },
      scope: { domain: "application", id: sandbox.client.id },
      createdBy: { type: "application", id: sandbox.client.id },
      createdAt: new Date(nowMs).toISOString(),
    });
    ids.push(id);
  }
  return ids;
}
