import type { PubSub } from "type-graphql";

/**
 * type-graphql insists on a PubSub once the schema has a Subscription, even when every field
 * brings its own `subscribe` (ours read the event bus through the subscription's context, see
 * src/modules/live). This one is never used, and says so if a field ever relies on it.
 */
export const noPubSub: PubSub = {
  publish() {
    throw new Error("Events are published on the server's EventBus (server.events), not through type-graphql's PubSub.");
  },
  subscribe() {
    throw new Error("Subscription fields here take `subscribe` (src/modules/live), not topics: there is no type-graphql PubSub.");
  },
};
