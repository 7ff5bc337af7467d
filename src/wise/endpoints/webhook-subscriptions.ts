import { z } from "zod";
import type { PartnerSession } from "../partner-session.js";
import { route } from "../route.js";
import {
  wiseTestNotifications,
  wiseWebhookSubscription,
  type WiseTestNotification,
  type WiseWebhookSubscription,
  type WiseWebhookSubscriptionRequest,
} from "../schemas/webhook-subscription.js";
import type { WiseSession } from "../session.js";

// Application subscriptions take the partner's client-credentials token and its client key;
// profile subscriptions the token of the user who owns the profile. None of the creations
// carries an idempotency key: sending one twice makes two subscriptions.

/**
 * `POST /v3/applications/{clientKey}/subscriptions` (client-credentials token): a subscription to
 * one event type of every profile the application reaches.
 * @wiseOperation POST /v3/applications/{clientKey}/subscriptions
 */
export function createApplicationSubscription(partner: PartnerSession, clientKey: string, request: WiseWebhookSubscriptionRequest): Promise<WiseWebhookSubscription> {
  return partner.call({ method: "POST", route: route`/v3/applications/${clientKey}/subscriptions`, json: request, decoder: wiseWebhookSubscription });
}

/**
 * `GET /v3/applications/{clientKey}/subscriptions` (client-credentials token): all of them, unpaged.
 * @wiseOperation GET /v3/applications/{clientKey}/subscriptions
 */
export function listApplicationSubscriptions(partner: PartnerSession, clientKey: string): Promise<WiseWebhookSubscription[]> {
  return partner.call({ method: "GET", route: route`/v3/applications/${clientKey}/subscriptions`, decoder: z.array(wiseWebhookSubscription) });
}

/**
 * `GET /v3/applications/{clientKey}/subscriptions/{subscriptionId}` (client-credentials token).
 * @wiseOperation GET /v3/applications/{clientKey}/subscriptions/{subscriptionId}
 */
export function getApplicationSubscription(partner: PartnerSession, clientKey: string, subscriptionId: string): Promise<WiseWebhookSubscription> {
  return partner.call({ method: "GET", route: route`/v3/applications/${clientKey}/subscriptions/${subscriptionId}`, decoder: wiseWebhookSubscription });
}

/**
 * `DELETE /v3/applications/{clientKey}/subscriptions/{subscriptionId}` (client-credentials token): 204, no body.
 * @wiseOperation DELETE /v3/applications/{clientKey}/subscriptions/{subscriptionId}
 */
export async function deleteApplicationSubscription(partner: PartnerSession, clientKey: string, subscriptionId: string): Promise<void> {
  await partner.call({ method: "DELETE", route: route`/v3/applications/${clientKey}/subscriptions/${subscriptionId}`, decoder: z.unknown() });
}

/**
 * `POST /v3/applications/{clientKey}/subscriptions/{subscriptionId}/test-notifications`
 * (client-credentials token): queues a test event (ids of 0, `X-Test-Notification: true`) and
 * answers the delivery ids it will carry. Each call sends another.
 * @wiseOperation POST /v3/applications/{clientKey}/subscriptions/{subscriptionId}/test-notifications
 */
export function testApplicationSubscription(partner: PartnerSession, clientKey: string, subscriptionId: string): Promise<WiseTestNotification[]> {
  return partner.call({ method: "POST", route: route`/v3/applications/${clientKey}/subscriptions/${subscriptionId}/test-notifications`, decoder: wiseTestNotifications });
}

/**
 * `POST /v3/profiles/{profileId}/subscriptions`: a subscription to one event type of this profile.
 * @wiseOperation POST /v3/profiles/{profileId}/subscriptions
 */
export function createProfileSubscription(wise: WiseSession, profileId: number, request: WiseWebhookSubscriptionRequest): Promise<WiseWebhookSubscription> {
  return wise.call({ method: "POST", route: route`/v3/profiles/${profileId}/subscriptions`, json: request, decoder: wiseWebhookSubscription });
}

/**
 * `GET /v3/profiles/{profileId}/subscriptions`: all of the profile's, unpaged.
 * @wiseOperation GET /v3/profiles/{profileId}/subscriptions
 */
export function listProfileSubscriptions(wise: WiseSession, profileId: number): Promise<WiseWebhookSubscription[]> {
  return wise.call({ method: "GET", route: route`/v3/profiles/${profileId}/subscriptions`, decoder: z.array(wiseWebhookSubscription) });
}

/**
 * `GET /v3/profiles/{profileId}/subscriptions/{subscriptionId}`.
 * @wiseOperation GET /v3/profiles/{profileId}/subscriptions/{subscriptionId}
 */
export function getProfileSubscription(wise: WiseSession, profileId: number, subscriptionId: string): Promise<WiseWebhookSubscription> {
  return wise.call({ method: "GET", route: route`/v3/profiles/${profileId}/subscriptions/${subscriptionId}`, decoder: wiseWebhookSubscription });
}

/**
 * `DELETE /v3/profiles/{profileId}/subscriptions/{subscriptionId}`: 204, no body.
 * @wiseOperation DELETE /v3/profiles/{profileId}/subscriptions/{subscriptionId}
 */
export async function deleteProfileSubscription(wise: WiseSession, profileId: number, subscriptionId: string): Promise<void> {
  await wise.call({ method: "DELETE", route: route`/v3/profiles/${profileId}/subscriptions/${subscriptionId}`, decoder: z.unknown() });
}
