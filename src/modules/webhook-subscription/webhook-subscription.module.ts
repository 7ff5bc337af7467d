import { createWebhookSubscriptionLoaders } from "../../loaders/webhook-subscription.loader.js";
import { defineModule } from "../module.js";
import { WebhookSubscriptionMutations } from "./webhook-subscription.mutations.js";
import { ProfileWebhookSubscriptionsResolver, WebhookSubscriptionQueries } from "./webhook-subscription.resolver.js";

/** Webhook subscriptions: a profile's (Profile.webhookSubscriptions) and the application's, created, read, deleted and tested. */
export const webhookSubscriptionModule = defineModule(() => ({
  resolvers: [ProfileWebhookSubscriptionsResolver, WebhookSubscriptionQueries, WebhookSubscriptionMutations],
  loaders: createWebhookSubscriptionLoaders,
}));
