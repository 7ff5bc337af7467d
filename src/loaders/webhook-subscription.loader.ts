import DataLoader from "dataloader";
import { listProfileSubscriptions } from "../wise/endpoints/webhook-subscriptions.js";
import type { WiseWebhookSubscription } from "../wise/schemas/webhook-subscription.js";
import type { WiseSession } from "../wise/session.js";

/** A profile's webhook subscriptions: one call per profile per request. */
export function createWebhookSubscriptionLoaders(wise: () => WiseSession) {
  return {
    webhookSubscriptionsByProfile: new DataLoader<number, WiseWebhookSubscription[]>(
      (profileIds) => Promise.all(profileIds.map((profileId) => listProfileSubscriptions(wise(), profileId).catch((error: Error) => error))),
      { batch: false },
    ),
  };
}
