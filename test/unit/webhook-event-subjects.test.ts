import { describe, expect, it } from "@jest/globals";
import { parseWiseEnvelope, EnvelopeError } from "../../src/webhooks/wise-envelope.js";

// Each event type names its profile and resource in its own place; these are Wise's documented
// examples (event-types and the API spec), cut to the fields that matter.
const headers = { deliveryId: "d", test: false, receivedAt: 0 };
const at = "2026-01-01T12:34:56Z";

function read(eventType: string, data: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const event = parseWiseEnvelope(
    JSON.stringify({ data, subscription_id: "s", event_type: eventType, schema_version: "2.0.0", sent_at: "2026-01-01T12:35:00Z", ...extra }),
    headers,
  );
  return { profileId: event.profileId, resourceKey: event.resourceKey, occurredAt: event.occurredAt };
}

describe("what a webhook is about, per event type", () => {
  const cases: Array<[string, Record<string, unknown>, string | null, string | null]> = [
    ["transfers#state-change", { resource: { type: "transfer", id: 111, profile_id: 222, account_id: 333 }, current_state: "processing", occurred_at: at }, "222", "transfer:111"],
    ["transfers#active-cases", { resource: { type: "transfer", id: 111, profile_id: 222 }, active_cases: [], occurred_at: at }, "222", "transfer:111"],
    ["transfers#payout-failure", { transfer_id: 111, profile_id: 222, failure_reason_code: "WRONG_ID_NUMBER", occurred_at: at }, "222", null],
    ["transfers#refund", { resource: { type: "transfer", id: 111, profile_id: 222, refund_amount: 5000 }, occurred_at: at }, "222", null],
    [
      "account-details-payment#state-change",
      { resource: { id: 12345, profile_id: 1 }, transfer: { id: "36c3f762-560d-4f07-84f9-5d8a3cacabbb" }, occurred_at: at },
      "1",
      "account-details-payment:36c3f762-560d-4f07-84f9-5d8a3cacabbb",
    ],
    ["balances#credit", { resource: { type: "balance-account", id: 111, profile_id: 222 }, amount: 1.5, occurred_at: at }, "222", null],
    ["balances#update", { resource: { type: "balance-account", id: 2, profile_id: 2 }, balance_id: 111, occurred_at: at }, "2", "balance:111"],
    ["balances#account-state-change", { resource: { type: "balance-account", id: 123, profile_id: 555 }, occurred_at: at }, "555", "balance-account:123"],
    ["profiles#verification-state-change", { resource: { type: "profile", id: 111 }, current_state: "verified", occurred_at: at }, "111", "profile:111"],
    ["profiles#cdd-check-state-change", { resource: { type: "profile", id: 111 }, occurred_at: at }, "111", "profile:111"],
    ["batch-payment-initiations#state-change", { resource: { id: 12345, batchGroupId: "g", profileId: 77 }, occurredAt: at }, "77", "batch-payment-initiation:12345"],
    ["swift-in#credit", { action: { type: "credit", id: 12345, profile_id: 222, account_id: 333 }, resource: { id: "55555" }, occurred_at: at }, "222", null],
    ["cards#card-status-change", { resource: { profile_id: 5, card_token: "tok-1", type: "card" }, card_status: "ACTIVE", occurred_at: at }, "5", "card:tok-1"],
    ["cards#transaction-state-change", { resource: { profile_id: 5, type: "card" }, transaction_id: 9, occurred_at: at }, "5", "card-transaction:9"],
    ["partner-support#case-changed", { resource: { type: "GENERAL_ENQUIRY", case_id: 4, details: { profile_id: 8 } }, occurred_at: at }, "8", "partner-case:4"],
    ["users#state-change", { resource: { id: 3, type: "user" }, occurred_at: at }, null, "user:3"],
    ["account-details-order#order-state-change", { order_id: "o-1", profile_id: 9, occurred_at: at }, "9", "account-details-order:o-1"],
    ["hold-limit-breach#update", { resource: { type: "hold-limit-breach", hold_limit_breach_id: 6, profile_id: 12321323 }, occurred_at: at }, "12321323", "hold-limit-breach:6"],
    // Not a known type: the profile from the usual places, no state to order.
    ["someday#new-event", { resource: { id: 1, profile_id: 42 }, occurred_at: at }, "42", null],
  ];
  for (const [eventType, data, profileId, resourceKey] of cases) {
    it(eventType, () => {
      expect(read(eventType, data)).toEqual({ profileId, resourceKey, occurredAt: at });
    });
  }

  it("orders nothing by sent_at: an event without occurred_at takes sent_at as its time, and no resource key", () => {
    expect(read("kyc-reviews#state-change", { resource: { id: "c3b0c1b8-0000-4000-8000-000000000000", state: "PASSED", profileId: 3 } })).toEqual({
      profileId: "3",
      resourceKey: null,
      occurredAt: "2026-01-01T12:35:00Z",
    });
  });

  it("takes ids that are numbers or plain strings only", () => {
    expect(read("transfers#state-change", { resource: { id: 1.5, profile_id: "22 OR 1=1" }, occurred_at: at })).toEqual({ profileId: null, resourceKey: null, occurredAt: at });
    expect(read("transfers#state-change", { resource: { id: "111", profile_id: "222" }, occurred_at: at })).toMatchObject({ profileId: "222", resourceKey: "transfer:111" });
  });

  it("refuses what is not an envelope", () => {
    for (const text of [
      "[]",
      "null",
      '{"data":{},"schema_version":"2.0.0","sent_at":"2026-01-01T00:00:00Z"}',
      '{"event_type":"a#b","data":[],"schema_version":"2.0.0"}',
      '{"event_type":"a#b","data":{},"schema_version":"2.0.0"}',
    ]) {
      expect(() => parseWiseEnvelope(text, headers)).toThrow(EnvelopeError);
    }
  });
});
