// Webhook subscriptions through GraphQL against the embedded sandbox: a profile's (the caller's
// token) and the application's (the partner backend, with the server's client credentials),
// created, listed, read, deleted and tested; a test event reaching a receiver in this test,
// signed with the sandbox's key; Wise's refusals as userErrors on the input field at fault;
// another user's profile and a caller outside the partner backend refused before any Wise call.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import {
  ApplicationWebhookSubscriptionsDocument,
  ProfileWebhookSubscriptionsDocument,
  WebhookSubscriptionCreateDocument,
  type WebhookSubscriptionCreateInput,
  WebhookSubscriptionDeleteDocument,
  WebhookSubscriptionDocument,
  WebhookSubscriptionTestDocument,
} from "../generated/graphql.js";
import { globalId } from "../../src/common/node/global-id.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";
import { signatureValid, startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver.js";

let h: Harness;
let receiver: WebhookReceiver;
beforeAll(async () => {
  h = await startHarness();
  receiver = await startWebhookReceiver();
});
beforeEach(async () => {
  await h.reset();
  receiver.received.length = 0;
});
afterAll(async () => {
  await receiver.close();
  await h.close();
});

const PROFILE_ROUTES = ["POST /v3/profiles/:profileId/subscriptions", "GET /v3/profiles/:profileId/subscriptions", "DELETE /v3/profiles/:profileId/subscriptions/:subscriptionId"];
const APPLICATION_CREATE = "POST /v3/applications/:clientKey/subscriptions";
const wiseCalls = async (routes: string[]) => {
  const stats = await h.stats();
  return routes.reduce((sum, route) => sum + (stats.routes[route] ?? 0), 0);
};

/** webhookSubscriptionCreate with a valid input, changed by `input`. */
function create(input: Partial<WebhookSubscriptionCreateInput>, token?: string) {
  const full: WebhookSubscriptionCreateInput = { name: "Transfers", eventType: "TRANSFERS_STATE_CHANGE", deliveryUrl: receiver.url, ...input };
  return h.request(WebhookSubscriptionCreateDocument, { input: full }, token ? { token } : {});
}

describe("a profile's webhook subscriptions (the caller's token)", () => {
  it("created, listed on the profile, read, and deleted; Wise's newest schema version by default", async () => {
    const profileId = personalProfileId(h);
    const created = await create({ profileId });
    expect(created.body.errors).toBeUndefined();
    const subscription = created.body.data!.webhookSubscriptionCreate.webhookSubscription!;
    expect(created.body.data!.webhookSubscriptionCreate.userErrors).toEqual([]);
    expect(subscription).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: "Transfers",
      eventType: "TRANSFERS_STATE_CHANGE",
      triggerOn: "transfers#state-change",
      deliveryUrl: receiver.url,
      schemaVersion: "4.0.0",
      scope: "PROFILE",
      scopeId: String(h.alice.personalProfileId),
      createdByType: "USER",
      createdById: String(h.alice.userId),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/),
    });

    const listed = await h.request(ProfileWebhookSubscriptionsDocument, { id: profileId });
    expect(listed.body.data!.profile).toMatchObject({ webhookSubscriptions: [subscription] });
    const read = await h.request(WebhookSubscriptionDocument, { id: subscription.id, profileId });
    expect(read.body.data!.webhookSubscription).toEqual(subscription);

    const deleted = await h.request(WebhookSubscriptionDeleteDocument, { input: { id: subscription.id, profileId } });
    expect(deleted.body.data!.webhookSubscriptionDelete).toEqual({ deletedWebhookSubscriptionId: subscription.id, userErrors: [] });
    expect((await h.request(ProfileWebhookSubscriptionsDocument, { id: profileId })).body.data!.profile).toMatchObject({ webhookSubscriptions: [] });
    const again = await h.request(WebhookSubscriptionDeleteDocument, { input: { id: subscription.id, profileId } });
    expect(again.body.data!.webhookSubscriptionDelete).toMatchObject({ deletedWebhookSubscriptionId: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"] }] });
    const gone = await h.request(WebhookSubscriptionDocument, { id: subscription.id, profileId });
    expect(gone.body.data!.webhookSubscription).toBeNull();
    expect(errorCodes(gone)).toEqual(["NOT_FOUND"]);
  });

  it("Wise's refusals are userErrors on the input field at fault, and nothing is created", async () => {
    const profileId = personalProfileId(h);
    const applicationOnly = await create({ profileId, eventType: "PROFILES_VERIFICATION_STATE_CHANGE" });
    expect(applicationOnly.body.data!.webhookSubscriptionCreate).toEqual({
      webhookSubscription: null,
      userErrors: [{ code: "INVALID", field: ["input", "eventType"], message: "Event type profiles#verification-state-change is not available to profile subscriptions." }],
    });
    const version = await create({ profileId, schemaVersion: "9.9.9" });
    expect(version.body.data!.webhookSubscriptionCreate.userErrors).toMatchObject([{ code: "INVALID", field: ["input", "schemaVersion"] }]);
    const plainHttp = await create({ profileId, deliveryUrl: "http://example.com/hooks" });
    expect(plainHttp.body.data!.webhookSubscriptionCreate.userErrors).toMatchObject([{ code: "INVALID", field: ["input", "deliveryUrl"] }]);
    expect(h.sandbox.store.webhooks.subscriptions.size).toBe(0);
  });

  it("a blank or overlong name, or a URL that is not absolute HTTP(S) or is overlong, is refused without calling Wise", async () => {
    const profileId = personalProfileId(h);
    const blank = await create({ profileId, name: "  " });
    expect(blank.body.data!.webhookSubscriptionCreate.userErrors).toEqual([{ code: "REQUIRED", field: ["input", "name"], message: "name must not be blank." }]);
    const long = await create({ profileId, name: "n".repeat(256) });
    expect(long.body.data!.webhookSubscriptionCreate.userErrors).toMatchObject([{ code: "INVALID", field: ["input", "name"] }]);
    for (const deliveryUrl of ["hooks", "ftp://example.com/hooks", "/relative", `https://example.com/${"x".repeat(2048)}`]) {
      const bad = await create({ profileId, deliveryUrl });
      expect(bad.body.data!.webhookSubscriptionCreate.userErrors).toMatchObject([{ code: "INVALID", field: ["input", "deliveryUrl"] }]);
    }
    expect(await wiseCalls([...PROFILE_ROUTES, APPLICATION_CREATE])).toBe(0);
  });

  it("another user's profile is FORBIDDEN, and nothing is created", async () => {
    const response = await create({ profileId: personalProfileId(h) }, h.bob.token);
    expect(response.body.data?.webhookSubscriptionCreate ?? null).toBeNull();
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    const listed = await h.request(ProfileWebhookSubscriptionsDocument, { id: personalProfileId(h) }, { token: h.bob.token });
    expect(errorCodes(listed)).toContain("FORBIDDEN");
    expect(h.sandbox.store.webhooks.subscriptions.size).toBe(0);
  });

  it("a profile id that is not a profile's global ID is refused without calling Wise", async () => {
    const response = await create({ profileId: globalId("Recipient", 1) });
    expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    expect(await wiseCalls([...PROFILE_ROUTES, APPLICATION_CREATE])).toBe(0);
  });
});

describe("the application's webhook subscriptions (partner backend, client credentials)", () => {
  it("a test event sent through GraphQL reaches a receiver: signed with the sandbox's key, flagged as a test, with the delivery id answered", async () => {
    const created = await create({ name: "All transfers", schemaVersion: "2.0.0" });
    expect(created.body.errors).toBeUndefined();
    const subscription = created.body.data!.webhookSubscriptionCreate.webhookSubscription!;
    expect(subscription).toMatchObject({
      scope: "APPLICATION",
      scopeId: h.sandbox.client.id,
      createdByType: "APPLICATION",
      createdById: h.sandbox.client.id,
      schemaVersion: "2.0.0",
    });

    const listed = await h.request(ApplicationWebhookSubscriptionsDocument, {});
    expect(listed.body.data!.webhookSubscriptions).toEqual([subscription]);
    expect((await h.request(WebhookSubscriptionDocument, { id: subscription.id })).body.data!.webhookSubscription).toEqual(subscription);

    const tested = await h.request(WebhookSubscriptionTestDocument, { input: { id: subscription.id } });
    expect(tested.body.errors).toBeUndefined();
    const { deliveryIds, userErrors } = tested.body.data!.webhookSubscriptionTest;
    expect(userErrors).toEqual([]);
    expect(deliveryIds).toHaveLength(1);
    const [hook] = await receiver.waitFor(1);
    expect(hook!.headers["x-delivery-id"]).toBe(deliveryIds![0]);
    expect(hook!.headers["x-test-notification"]).toBe("true");
    expect(signatureValid(hook!, h.sandbox.webhookPublicKey)).toBe(true);
    expect(signatureValid({ ...hook!, body: hook!.body.replace('"id":0', '"id":1') }, h.sandbox.webhookPublicKey)).toBe(false);
    expect(JSON.parse(hook!.body)).toMatchObject({
      subscription_id: subscription.id,
      event_type: "transfers#state-change",
      schema_version: "2.0.0",
      data: { resource: { type: "transfer", id: 0, profile_id: 0, account_id: 0 } },
    });

    const deleted = await h.request(WebhookSubscriptionDeleteDocument, { input: { id: subscription.id } });
    expect(deleted.body.data!.webhookSubscriptionDelete).toEqual({ deletedWebhookSubscriptionId: subscription.id, userErrors: [] });
    expect((await h.request(ApplicationWebhookSubscriptionsDocument, {})).body.data!.webhookSubscriptions).toEqual([]);
    const testGone = await h.request(WebhookSubscriptionTestDocument, { input: { id: subscription.id } });
    expect(testGone.body.data!.webhookSubscriptionTest).toMatchObject({ deliveryIds: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "id"] }] });
  });

  it("event types Wise keeps to profile subscriptions are a userError, and a profile subscription has no test", async () => {
    const profileOnly = await create({ eventType: "TRANSFERS_ACTIVE_CASES" });
    expect(profileOnly.body.data!.webhookSubscriptionCreate.userErrors).toMatchObject([{ code: "INVALID", field: ["input", "eventType"] }]);
    const mine = (await create({ profileId: personalProfileId(h) })).body.data!.webhookSubscriptionCreate.webhookSubscription!;
    const tested = await h.request(WebhookSubscriptionTestDocument, { input: { id: mine.id } });
    expect(tested.body.data!.webhookSubscriptionTest.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "id"] }]);
    expect(receiver.received).toEqual([]);
  });

  it("is FORBIDDEN outside the partner backend, before any Wise call", async () => {
    const closed = await startHarness({ server: { partnerBackend: { secret: "partner-secret-for-webhook-tests" } } });
    try {
      const created = await closed.request(WebhookSubscriptionCreateDocument, {
        input: { name: "x", eventType: "TRANSFERS_STATE_CHANGE", deliveryUrl: receiver.url },
      });
      expect(errorCodes(created)).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await closed.request(ApplicationWebhookSubscriptionsDocument, {}))).toEqual(["FORBIDDEN"]);
      const id = "00000000-0000-4000-8000-000000000000";
      expect(errorCodes(await closed.request(WebhookSubscriptionTestDocument, { input: { id } }))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await closed.request(WebhookSubscriptionDeleteDocument, { input: { id } }))).toEqual(["FORBIDDEN"]);
      const stats = await closed.stats();
      expect(Object.keys(stats.routes).filter((route) => route.includes("/subscriptions"))).toEqual([]);
      // The same backend with its secret may.
      const allowed = await closed.request(
        WebhookSubscriptionCreateDocument,
        { input: { name: "x", eventType: "TRANSFERS_STATE_CHANGE", deliveryUrl: receiver.url } },
        { headers: { "x-partner-secret": "partner-secret-for-webhook-tests" } },
      );
      expect(allowed.body.data!.webhookSubscriptionCreate.userErrors).toEqual([]);
    } finally {
      await closed.close();
    }
  });
});
