import { registerEnumType } from "type-graphql";

/** Whose events a subscription receives. */
export enum WebhookSubscriptionScope {
  APPLICATION = "APPLICATION",
  PROFILE = "PROFILE",
}

registerEnumType(WebhookSubscriptionScope, {
  name: "WebhookSubscriptionScope",
  description: "Whose events a webhook subscription receives.",
  valuesConfig: {
    APPLICATION: { description: "The partner application's: events of every profile it reaches (scopeId is its client key)." },
    PROFILE: { description: "One profile's (scopeId is the profile's Wise id)." },
  },
});

/** Who made a subscription. */
export enum WebhookSubscriptionCreator {
  APPLICATION = "APPLICATION",
  USER = "USER",
}

registerEnumType(WebhookSubscriptionCreator, {
  name: "WebhookSubscriptionCreator",
  description: "Who made a webhook subscription.",
  valuesConfig: {
    APPLICATION: { description: "The partner application, with its client credentials (createdById is its client id)." },
    USER: { description: "A user, with their own token (createdById is their Wise user id)." },
  },
});
