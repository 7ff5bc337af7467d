import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import {
  createApplicationSubscription,
  createProfileSubscription,
  deleteApplicationSubscription,
  deleteProfileSubscription,
  testApplicationSubscription,
} from "../../wise/endpoints/webhook-subscriptions.js";
import { WEBHOOK_EVENT_TYPES } from "./webhook-event-type.enum.js";
import { WebhookSubscriptionCreateInput, WebhookSubscriptionDeleteInput, WebhookSubscriptionTestInput } from "./webhook-subscription.inputs.js";
import { toWebhookSubscription } from "./webhook-subscription.mapper.js";
import { WebhookSubscriptionCreatePayload, WebhookSubscriptionDeletePayload, WebhookSubscriptionTestPayload } from "./webhook-subscription.payloads.js";
import { profileIdOf } from "./webhook-subscription.resolver.js";

const MAX_NAME = 255;
const MAX_URL = 2048;

/** Wise's paths in a creation body, in the input's terms. */
const creationFields: FieldMapper = (wisePath) => {
  switch (wisePath) {
    case "name":
      return ["input", "name"];
    case "trigger_on":
      return ["input", "eventType"];
    case "delivery.version":
      return ["input", "schemaVersion"];
    case "delivery":
    case "delivery.url":
      return ["input", "deliveryUrl"];
    default:
      return null;
  }
};

/** What is wrong with the input before asking Wise: a blank or overlong name, a URL that is not absolute HTTP(S) or is overlong. */
function inputErrors(input: WebhookSubscriptionCreateInput): UserError[] {
  const errors: UserError[] = [];
  if (input.name.trim() === "") errors.push(UserError.of(UserErrorCode.REQUIRED, "name must not be blank.", ["input", "name"]));
  else if (input.name.length > MAX_NAME) errors.push(UserError.of(UserErrorCode.INVALID, `name must be at most ${MAX_NAME} characters long.`, ["input", "name"]));
  let url: URL | null = null;
  try {
    url = new URL(input.deliveryUrl);
  } catch {
    url = null;
  }
  if (input.deliveryUrl.length > MAX_URL) {
    errors.push(UserError.of(UserErrorCode.INVALID, `deliveryUrl must be at most ${MAX_URL} characters long.`, ["input", "deliveryUrl"]));
  } else if (url === null || (url.protocol !== "https:" && url.protocol !== "http:")) {
    errors.push(UserError.of(UserErrorCode.INVALID, "deliveryUrl must be an absolute HTTPS URL.", ["input", "deliveryUrl"]));
  }
  return errors;
}

@Resolver()
export class WebhookSubscriptionMutations {
  @Mutation(() => WebhookSubscriptionCreatePayload, {
    description:
      "Subscribes a URL to the webhooks of one event type: a profile's with profileId (the caller's token), else the application's (partner backend only, with the server's client credentials; FORBIDDEN otherwise). Not idempotent at Wise: repeating it makes a second subscription, so read the list before trying again after an error.",
  })
  async webhookSubscriptionCreate(
    @Arg("input", () => WebhookSubscriptionCreateInput, { description: "The profile (or none), name, event type, URL and schema version." }) input: WebhookSubscriptionCreateInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookSubscriptionCreatePayload> {
    const done = (subscription: WebhookSubscriptionCreatePayload["webhookSubscription"], userErrors: UserError[]) =>
      Object.assign(new WebhookSubscriptionCreatePayload(), { webhookSubscription: subscription, userErrors });
    const profileId = input.profileId ? profileIdOf(input.profileId, "input.profileId") : null;
    const errors = inputErrors(input);
    if (errors.length > 0) return done(null, errors);
    const type = WEBHOOK_EVENT_TYPES[input.eventType];
    const request = {
      name: input.name,
      trigger_on: type.wise,
      delivery: { version: input.schemaVersion?.trim() || type.versions[type.versions.length - 1]!, url: input.deliveryUrl },
    };
    const result =
      profileId === null
        ? await runMutation(() => createApplicationSubscription(ctx.asPartnerBackend(), ctx.partnerClientId(), request), { fields: creationFields })
        : await runMutation(() => createProfileSubscription(ctx.wise(), profileId, request), { fields: creationFields, notFoundField: ["input", "profileId"] });
    if ("userErrors" in result) return done(null, result.userErrors);
    if (profileId !== null) ctx.loaders.webhookSubscriptionsByProfile.clear(profileId);
    return done(toWebhookSubscription(result.value), []);
  }

  @Mutation(() => WebhookSubscriptionDeletePayload, {
    description:
      "Deletes a webhook subscription: Wise stops sending its events, including retries of ones not yet acknowledged. A profile's with profileId, else the application's (partner backend only). Deleting one already gone is a NOT_FOUND userError.",
  })
  async webhookSubscriptionDelete(
    @Arg("input", () => WebhookSubscriptionDeleteInput, { description: "The subscription, and its profile for a profile subscription." }) input: WebhookSubscriptionDeleteInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookSubscriptionDeletePayload> {
    const profileId = input.profileId ? profileIdOf(input.profileId, "input.profileId") : null;
    const result =
      profileId === null
        ? await runMutation(() => deleteApplicationSubscription(ctx.asPartnerBackend(), ctx.partnerClientId(), input.id), { notFoundField: ["input", "id"] })
        : await runMutation(() => deleteProfileSubscription(ctx.wise(), profileId, input.id), { notFoundField: ["input", "id"] });
    if ("userErrors" in result) return Object.assign(new WebhookSubscriptionDeletePayload(), { deletedWebhookSubscriptionId: null, userErrors: result.userErrors });
    if (profileId !== null) ctx.loaders.webhookSubscriptionsByProfile.clear(profileId);
    return Object.assign(new WebhookSubscriptionDeletePayload(), { deletedWebhookSubscriptionId: input.id, userErrors: [] });
  }

  @Mutation(() => WebhookSubscriptionTestPayload, {
    description:
      "Partner operation (partner backend only): has Wise send an application subscription a test event of its type, with ids of 0 and the header X-Test-Notification: true, retried like any event until acknowledged. Each call sends another. Wise offers no test for profile subscriptions.",
  })
  async webhookSubscriptionTest(
    @Arg("input", () => WebhookSubscriptionTestInput, { description: "The application subscription." }) input: WebhookSubscriptionTestInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookSubscriptionTestPayload> {
    const result = await runMutation(() => testApplicationSubscription(ctx.asPartnerBackend(), ctx.partnerClientId(), input.id), { notFoundField: ["input", "id"] });
    if ("userErrors" in result) return Object.assign(new WebhookSubscriptionTestPayload(), { deliveryIds: null, userErrors: result.userErrors });
    return Object.assign(new WebhookSubscriptionTestPayload(), { deliveryIds: result.value.map((queued) => queued.delivery_id), userErrors: [] });
  }
}
