// Wise's webhook group: subscriptions of an application (client-credentials token, `clientKey`
// the calling client's own id: 403 for another) and of a profile (the token of the user who owns
// it: 403, 404 as for every profile route), each created, listed, read and deleted (204), and an
// application subscription's test notification, sent at once through the retrying delivery queue.
// A subscription id must be a UUID (400) of a subscription of that scope (404 otherwise).

import { randomUUID } from "node:crypto";
import { isUuid } from "../../body.js";
import { profileFromPath } from "../../auth.js";
import { badRequest, forbidden, json, notFound, wiseErrors, type Reply } from "../../http.js";
import type { OpenCtx, PartnerCtx, PartnerRouteDef, RouteDef } from "../../route.js";
import { webhookEventType } from "../../webhooks/event-types.js";
import { webhookTime, type WebhookHub, type WebhookSubscriptionRecord } from "../../webhooks/hub.js";
import { testEventData } from "../../webhooks/test-event.js";
import { subscriptionRequest } from "./request.js";
import { subscriptionView } from "./view.js";

/** Subscriptions one application or one profile may hold: a bound on the sandbox's memory (Wise publishes none). */
export const MAX_SUBSCRIPTIONS_PER_SCOPE = 100;

type Scope = WebhookSubscriptionRecord["scope"];

/** The `clientKey` path parameter, when it is the calling client's own (403 otherwise). */
function applicationScope(ctx: PartnerCtx): Scope {
  if (ctx.params.clientKey !== ctx.client.id) throw forbidden(ctx.path);
  return { domain: "application", id: ctx.client.id };
}

/** The subscription the path names, in this scope. */
function subscriptionInScope(ctx: OpenCtx, scope: Scope): WebhookSubscriptionRecord {
  const id = ctx.params.subscriptionId ?? "";
  if (!isUuid(id)) throw badRequest("'subscriptionId' should be a valid 'UUID'");
  const found = ctx.store.webhooks.subscriptions.get(id.toLowerCase());
  if (found === undefined || found.scope.domain !== scope.domain || found.scope.id !== scope.id) throw notFound("Subscription", "subscriptionId", id);
  return found;
}

async function create(ctx: OpenCtx, hub: WebhookHub, scope: Scope, createdBy: WebhookSubscriptionRecord["createdBy"]): Promise<Reply> {
  const request = await subscriptionRequest(ctx, scope.domain);
  if (hub.inScope(scope.domain, scope.id).length >= MAX_SUBSCRIPTIONS_PER_SCOPE) {
    throw wiseErrors(422, { code: "subscriptions.limit.exceeded", message: `At most ${MAX_SUBSCRIPTIONS_PER_SCOPE} subscriptions per ${scope.domain}.`, arguments: [] });
  }
  const record: WebhookSubscriptionRecord = { id: randomUUID(), ...request, scope, createdBy, createdAt: webhookTime(ctx.now()) };
  hub.add(record);
  return json(subscriptionView(record));
}

function remove(ctx: OpenCtx, scope: Scope): Reply {
  ctx.store.webhooks.remove(subscriptionInScope(ctx, scope).id);
  return { status: 204, body: "" };
}

const profileScope = (profileId: number): Scope => ({ domain: "profile", id: String(profileId) });

export const webhookRoutes: Array<PartnerRouteDef | RouteDef> = [
  {
    method: "POST",
    path: "/v3/applications/:clientKey/subscriptions",
    auth: "partner",
    handler: (ctx) => create(ctx, ctx.store.webhooks, applicationScope(ctx), { type: "application", id: ctx.client.id }),
  },
  {
    method: "GET",
    path: "/v3/applications/:clientKey/subscriptions",
    auth: "partner",
    handler: (ctx) => {
      const scope = applicationScope(ctx);
      return json(ctx.store.webhooks.inScope(scope.domain, scope.id).map(subscriptionView));
    },
  },
  {
    method: "GET",
    path: "/v3/applications/:clientKey/subscriptions/:subscriptionId",
    auth: "partner",
    handler: (ctx) => json(subscriptionView(subscriptionInScope(ctx, applicationScope(ctx)))),
  },
  {
    method: "DELETE",
    path: "/v3/applications/:clientKey/subscriptions/:subscriptionId",
    auth: "partner",
    handler: (ctx) => remove(ctx, applicationScope(ctx)),
  },
  {
    method: "POST",
    path: "/v3/applications/:clientKey/subscriptions/:subscriptionId/test-notifications",
    auth: "partner",
    handler: (ctx) => {
      const subscription = subscriptionInScope(ctx, applicationScope(ctx));
      const type = webhookEventType(subscription.triggerOn);
      if (type === undefined) throw new Error(`subscription ${subscription.id} names no known event type`);
      const nowMs = ctx.now();
      const deliveryId = ctx.store.webhooks.sendTest(subscription, testEventData(type, subscription.delivery.version, nowMs), nowMs);
      return json([{ delivery_id: deliveryId, created_at: webhookTime(nowMs) }]);
    },
  },
  {
    method: "POST",
    path: "/v3/profiles/:profileId/subscriptions",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      return create(ctx, ctx.store.webhooks, profileScope(profile.id), { type: "user", id: String(ctx.user.id) });
    },
  },
  {
    method: "GET",
    path: "/v3/profiles/:profileId/subscriptions",
    handler: (ctx) => json(ctx.store.webhooks.inScope("profile", String(profileFromPath(ctx).id)).map(subscriptionView)),
  },
  {
    method: "GET",
    path: "/v3/profiles/:profileId/subscriptions/:subscriptionId",
    handler: (ctx) => json(subscriptionView(subscriptionInScope(ctx, profileScope(profileFromPath(ctx).id)))),
  },
  {
    method: "DELETE",
    path: "/v3/profiles/:profileId/subscriptions/:subscriptionId",
    handler: (ctx) => remove(ctx, profileScope(profileFromPath(ctx).id)),
  },
];
