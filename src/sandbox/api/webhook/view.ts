// A webhook subscription as Wise answers it (snake_case, every id a string).

import type { WebhookSubscriptionRecord } from "../../webhooks/hub.js";

export function subscriptionView(s: WebhookSubscriptionRecord) {
  return {
    id: s.id,
    name: s.name,
    delivery: { version: s.delivery.version, url: s.delivery.url },
    trigger_on: s.triggerOn,
    scope: { domain: s.scope.domain, id: s.scope.id },
    created_by: { type: s.createdBy.type, id: s.createdBy.id },
    created_at: s.createdAt,
  };
}
