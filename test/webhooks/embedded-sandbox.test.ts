import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { KNOWN_EVENT_TYPES } from "../../src/webhooks/event-subjects.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { deliver, Recorder, testKeyPair, transferStateChange } from "./deliveries.js";

// As `npm start` on the embedded sandbox: the server trusts the sandbox's own key, and the sandbox
// delivers its signed webhooks to the server's /webhooks/wise over real HTTP.
describe("webhooks from the embedded sandbox", () => {
  let h: Harness;
  const recorder = new Recorder();

  beforeAll(async () => {
    h = await startHarness({ webhooks: true, server: { webhooks: { publicKeys: [], onOutcome: recorder.onOutcome } } });
    recorder.listenTo(h.server.events);
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => {
    recorder.events.length = 0;
    recorder.outcomes.length = 0;
  });

  it("subscribes the server to every event type, application-wide", () => {
    const subscriptions = [...h.sandbox.store.webhooks.subscriptions.values()];
    expect(subscriptions.map((s) => s.triggerOn).sort()).toEqual([...KNOWN_EVENT_TYPES].sort());
    for (const subscription of subscriptions) {
      expect(subscription).toMatchObject({ delivery: { version: "2.0.0", url: h.webhookUrl }, scope: { domain: "application", id: h.sandbox.client.id } });
    }
  });

  it("publishes a transfer's state change the sandbox signed and sent, once", async () => {
    const profileId = h.alice.personalProfileId;
    h.sandbox.store.webhooks.emit(
      {
        eventType: "transfers#state-change",
        profileId,
        data: {
          resource: { type: "transfer", id: 9001, profile_id: profileId, account_id: 1 },
          current_state: "processing",
          previous_state: "incoming_payment_waiting",
          occurred_at: "2026-02-01T10:00:00Z",
        },
      },
      Date.now(),
    );
    await recorder.processed(1);
    expect(recorder.events).toHaveLength(1);
    expect(recorder.events[0]).toMatchObject({
      eventType: "transfers#state-change",
      profileId: String(profileId),
      resourceKey: "transfer:9001",
      test: false,
      occurredAt: "2026-02-01T10:00:00Z",
    });
  });

  it("finds the profile where each event type names it", async () => {
    const profileId = h.bob.businessProfileId;
    const now = "2026-02-01T10:00:00Z";
    const emitted: Array<[string, Record<string, unknown>]> = [
      [
        "balances#update",
        {
          resource: { type: "balance-account", id: 7, profile_id: profileId },
          balance_id: 70,
          amount: 10.5,
          currency: "EUR",
          post_transaction_balance_amount: 110.5,
          occurred_at: now,
          step_id: 1,
        },
      ],
      ["transfers#payout-failure", { transfer_id: 9002, profile_id: profileId, failure_reason_code: "WRONG_ACCOUNT_NUMBER", occurred_at: now }],
      ["profiles#verification-state-change", { resource: { type: "profile", id: profileId }, current_state: "verified", occurred_at: now }],
      ["swift-in#credit", { action: { type: "credit", id: 5, profile_id: profileId, account_id: 6 }, resource: { id: "55555" }, occurred_at: now }],
      ["batch-payment-initiations#state-change", { resource: { id: 12345, batchGroupId: "g", profileId }, previousStatus: "NEW", currentStatus: "PROCESSING", occurredAt: now }],
    ];
    for (const [eventType, data] of emitted) h.sandbox.store.webhooks.emit({ eventType, profileId, data }, Date.now());
    await recorder.processed(emitted.length);
    const byType = new Map(recorder.events.map((event) => [event.eventType, event]));
    expect(byType.size).toBe(emitted.length);
    for (const [eventType] of emitted) expect([eventType, byType.get(eventType)?.profileId]).toEqual([eventType, String(profileId)]);
    expect(byType.get("balances#update")?.resourceKey).toBe("balance:70");
    expect(byType.get("batch-payment-initiations#state-change")?.resourceKey).toBe("batch-payment-initiation:12345");
    // News, not state: never dropped for its time.
    expect(byType.get("swift-in#credit")?.resourceKey).toBeNull();
  });

  it("publishes the sandbox's test notification marked as a test", async () => {
    const subscription = [...h.sandbox.store.webhooks.subscriptions.values()].find((s) => s.triggerOn === "transfers#state-change")!;
    const deliveryId = h.sandbox.store.webhooks.sendTest(subscription, JSON.parse(transferStateChange(0, "processing", "2026-02-01T10:00:00Z", 0)).data, Date.now());
    await recorder.processed(1);
    expect(recorder.events).toEqual([expect.objectContaining({ deliveryId, test: true, profileId: "0" })]);
  });

  it("trusts only the sandbox's key: a delivery signed with another is refused", async () => {
    const other = testKeyPair();
    const answer = await deliver(h.webhookUrl, { body: transferStateChange(1, "processing", "2026-02-01T10:00:00Z"), key: other.privateKey });
    expect(answer.status).toBe(403);
  });

  it("subscribes again after the sandbox is reset", async () => {
    await h.reset();
    expect(h.sandbox.store.webhooks.subscriptions.size).toBe(KNOWN_EVENT_TYPES.length);
  });
});
