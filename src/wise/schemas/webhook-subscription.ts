import { z } from "zod";
import { wiseId } from "./common.js";

/** An id Wise's spec types as a string; a number is taken too, as its digits. */
const textId = z.union([z.string(), wiseId.transform(String)]);

/** A webhook subscription (`/v3/applications/{clientKey}/subscriptions`, `/v3/profiles/{profileId}/subscriptions`). */
export const wiseWebhookSubscription = z.object({
  id: z.string(),
  name: z.string(),
  trigger_on: z.string(),
  delivery: z.object({ version: z.string(), url: z.string() }),
  scope: z.object({ domain: z.string(), id: textId }),
  created_by: z.object({ type: z.string(), id: textId }).nullish(),
  // Wise's list examples leave it out.
  created_at: z.string().nullish(),
});

export type WiseWebhookSubscription = z.infer<typeof wiseWebhookSubscription>;

/** `POST .../subscriptions/{subscriptionId}/test-notifications`: the deliveries queued. */
export const wiseTestNotifications = z.array(z.object({ delivery_id: z.string(), created_at: z.string().nullish() }));

export type WiseTestNotification = z.infer<typeof wiseTestNotifications>[number];

/** What a subscription creation sends. */
export interface WiseWebhookSubscriptionRequest {
  name: string;
  trigger_on: string;
  delivery: { version: string; url: string };
}
