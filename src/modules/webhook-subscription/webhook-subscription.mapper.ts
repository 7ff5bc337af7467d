import { parseWiseTime } from "../../common/time.js";
import type { WiseWebhookSubscription } from "../../wise/schemas/webhook-subscription.js";
import { eventTypeOfWise } from "./webhook-event-type.enum.js";
import { WebhookSubscriptionCreator, WebhookSubscriptionScope } from "./webhook-subscription.enums.js";
import { WebhookSubscription } from "./webhook-subscription.type.js";

const CREATORS: Record<string, WebhookSubscriptionCreator> = { application: WebhookSubscriptionCreator.APPLICATION, user: WebhookSubscriptionCreator.USER };

export function toWebhookSubscription(wise: WiseWebhookSubscription): WebhookSubscription {
  return Object.assign(new WebhookSubscription(), {
    id: wise.id,
    name: wise.name,
    eventType: eventTypeOfWise(wise.trigger_on),
    triggerOn: wise.trigger_on,
    deliveryUrl: wise.delivery.url,
    schemaVersion: wise.delivery.version,
    scope: wise.scope.domain === "profile" ? WebhookSubscriptionScope.PROFILE : WebhookSubscriptionScope.APPLICATION,
    scopeId: wise.scope.id,
    createdByType: (wise.created_by && CREATORS[wise.created_by.type]) ?? null,
    createdById: wise.created_by?.id ?? null,
    createdAt: wise.created_at ? parseWiseTime(wise.created_at) : null,
  });
}
