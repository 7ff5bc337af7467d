// The card events the sandbox raises, as the subscriber receives them: each emitter, given the
// card program's records, sends one envelope per application subscription of its type whose
// `data` has exactly the fields of Wise's documented example (no more, no fewer), with the
// record's values, exact amounts and whole-second times; no subscription of the type, no delivery.

import { beforeEach, describe, expect, it } from "@jest/globals";
import { parse } from "lossless-json";
import { Store } from "../../src/sandbox/store.js";
import type { WebhookDelivery } from "../../src/sandbox/webhooks/hub.js";
import { webhookEventType } from "../../src/sandbox/webhooks/event-types.js";
import type { CardOrderRecord, CardRecord, CardTransactionRecord } from "../../src/sandbox/api/card/model.js";
import {
  emit3dsChallenge,
  emitCardOrderStatusChange,
  emitCardProductionStatusChange,
  emitCardStatusChange,
  emitCardTransactionStateChange,
  emitManualProvisioningVerification,
} from "../../src/sandbox/webhooks/events/cards.js";
import { parseWiseJson } from "../../src/wise/json.js";
import { eventProfileId, eventResourceKey } from "../../src/webhooks/event-subjects.js";

type Json = any;

const NOW = Date.parse("2026-12-01T21:00:00.789Z");
const SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

let store: Store;
let delivered: WebhookDelivery[];
let aliceCard: CardRecord;

beforeEach(() => {
  store = new Store();
  delivered = [];
  store.webhooks.setSink((d) => delivered.push(d));
  const alice = [...store.users.values()].find((u) => u.name === "alice")!;
  aliceCard = store.cards.cardsOfProfile(alice.personalProfileId).find((c) => c.program.cardType === "PHYSICAL")!;
});

function subscribe(triggerOn: string): void {
  store.webhooks.add({
    id: `sub-${triggerOn}`,
    name: triggerOn,
    triggerOn,
    delivery: { version: "2.0.0", url: "http://127.0.0.1:9/hook" },
    scope: { domain: "application", id: "client" },
    createdBy: { type: "application", id: "client" },
    createdAt: new Date(NOW).toISOString(),
  });
}

/** The one envelope delivered, its decimals as their exact text and whole numbers as numbers. */
function onlyEnvelope(eventType: string): Json {
  expect(delivered).toHaveLength(1);
  const envelope = parse(delivered[0]!.body, null, (n: string) => (/^-?\d+$/.test(n) ? Number(n) : n)) as Json;
  expect(envelope).toMatchObject({ event_type: eventType, schema_version: "2.0.0" });
  return envelope;
}

/** Every key path of a JSON value (arrays by their first element). */
function paths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.length === 0 ? [prefix] : paths(value[0], `${prefix}[]`);
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => paths(v, prefix === "" ? k : `${prefix}.${k}`));
  return [prefix];
}

/** The data has the documented example's fields, no more, no fewer. */
function expectDocumentedShape(eventType: string, data: Json): void {
  const sample = webhookEventType(eventType)!.sample;
  expect(paths(data).sort()).toEqual(paths(sample).sort());
}

function transaction(overrides: Partial<CardTransactionRecord> = {}): CardTransactionRecord {
  return {
    id: 8_400_001,
    cardToken: aliceCard.token,
    profileId: aliceCard.profileId,
    type: "POS_PURCHASE",
    state: "COMPLETED",
    declineReason: null,
    detailedDeclineReason: null,
    creationMs: Date.parse("2026-12-01T20:00:00Z"),
    modificationMs: NOW,
    transactionAmount: { value: "100.10", currency: "EUR" },
    fees: [{ amount: { value: "1.05", currency: "EUR" }, feeType: "ATM_WITHDRAWAL" }],
    billingAmount: { value: "87.30", currency: "GBP" },
    merchant: { name: "Boulangerie", country: "FR", city: "Rouen", zipCode: "76000", region: null, state: null, categoryName: "Bakeries", categoryCode: "5462" },
    authorisationMethod: "CHIP_AND_PIN",
    approvalCode: "913647",
    debits: [
      {
        balanceId: 41_000_101,
        debitedAmount: { value: "88.22", currency: "GBP" },
        forAmount: { value: "101.15", currency: "EUR" },
        rate: "0.87217152",
        fee: { value: "0.92", currency: "GBP" },
        balanceTransactionId: 7_700_001,
      },
    ],
    reference: null,
    ...overrides,
  };
}

describe("cards#transaction-state-change", () => {
  it("carries the transaction in Wise's shape, amounts exact, fees added to the amount", () => {
    subscribe("cards#transaction-state-change");
    emitCardTransactionStateChange(store, transaction(), NOW);
    const { data } = onlyEnvelope("cards#transaction-state-change");
    expectDocumentedShape("cards#transaction-state-change", data);
    expect(data).toEqual({
      resource: { profile_id: aliceCard.profileId, client_id: aliceCard.clientId, card_token: aliceCard.token, card_last_digits: aliceCard.lastFourDigits, type: "card" },
      transaction_id: 8_400_001,
      transaction_type: "POS_PURCHASE",
      is_debit: true,
      transaction_step_type: "CAPTURE",
      decline_reason: null,
      transaction_state: "COMPLETED",
      transaction_amount: { value: "100.1", currency: "EUR" },
      is_amount_confirmed: true,
      fees: [{ amount: "1.05", currency: "EUR", fee_type: "ATM_WITHDRAWAL" }],
      transaction_amount_with_fees: { value: "101.15", currency: "EUR" },
      billing_amount: { value: "87.3", currency: "GBP" },
      authorisation_method: "CHIP_AND_PIN",
      pin_validation_result: "ONLINE_PIN_VALIDATED",
      approval_code: "913647",
      purge_time: "2026-12-08T20:00:00Z",
      balance_transaction_id: 7_700_001,
      balance_movements: [{ creation_time: "2026-12-01T20:00:00Z", balance_id: 41_000_101, type: "debit", amount: { currency: "GBP", value: "88.22" } }],
      debits: [
        {
          balance_id: 41_000_101,
          debited_amount: { value: "88.22", currency: "GBP" },
          for_amount: { value: "101.15", currency: "EUR" },
          rate: "0.87217152",
          fee: { value: "0.92", currency: "GBP" },
        },
      ],
      credit: null,
      merchant: { name: "Boulangerie", location: { country: "FR", city: "Rouen", postCode: "76000", state: null }, category: { code: "5462", description: "Bakeries" } },
      arn: null,
      creation_time: "2026-12-01T20:00:00Z",
      occurred_at: "2026-12-01T21:00:00Z",
    });
  });

  it("names the step from the state unless told, and a refund is no debit", () => {
    subscribe("cards#transaction-state-change");
    emitCardTransactionStateChange(store, transaction({ state: "IN_PROGRESS", debits: [] }), NOW, { isAmountConfirmed: false });
    emitCardTransactionStateChange(store, transaction({ state: "CANCELLED" }), NOW);
    emitCardTransactionStateChange(store, transaction({ type: "REFUND", state: "COMPLETED" }), NOW, { stepType: "PARTIAL_REVERSAL", arn: "04300014127798385983852" });
    const data = delivered.map((d) => JSON.parse(d.body).data);
    expect(data.map((d) => [d.transaction_step_type, d.is_amount_confirmed, d.is_debit, d.arn])).toEqual([
      ["AUTH", false, true, null],
      ["FULL_REVERSAL", true, true, null],
      ["PARTIAL_REVERSAL", true, false, "04300014127798385983852"],
    ]);
    expect(data[0].balance_movements).toEqual([]);
    expect(data[0].balance_transaction_id).toBeNull();
  });

  it("is not sent to nobody, nor for a card the sandbox does not have", () => {
    emitCardTransactionStateChange(store, transaction(), NOW);
    expect(delivered).toHaveLength(0);
    subscribe("cards#transaction-state-change");
    expect(() => emitCardTransactionStateChange(store, transaction({ cardToken: "no-such-card" }), NOW)).toThrow(/no-such-card/);
    expect(delivered).toHaveLength(0);
  });
});

describe("cards#card-status-change", () => {
  it("carries the card's status now and who changed it", () => {
    subscribe("cards#card-status-change");
    aliceCard.status = "FROZEN";
    emitCardStatusChange(store, aliceCard, NOW);
    emitCardStatusChange(store, aliceCard, NOW, "wise");
    const [first, second] = delivered.map((d) => JSON.parse(d.body).data);
    expectDocumentedShape("cards#card-status-change", first);
    expect(first).toEqual({
      resource: { profile_id: aliceCard.profileId, client_id: aliceCard.clientId, card_token: aliceCard.token, type: "card" },
      card_status: "FROZEN",
      changed_by: aliceCard.clientId,
      occurred_at: "2026-12-01T21:00:00Z",
    });
    expect(second.changed_by).toBe("internal_system");
  });
});

describe("cards#card-order-status-change", () => {
  it("carries the order's status, its id as a string, the card once it exists", () => {
    subscribe("cards#card-order-status-change");
    const order: CardOrderRecord = {
      id: 8_300_001,
      profileId: aliceCard.profileId,
      userId: aliceCard.userId,
      clientId: aliceCard.clientId,
      program: aliceCard.program,
      address: null,
      cardToken: null,
      replacesCard: null,
      creationMs: NOW,
      modificationMs: NOW,
      status: "PLACED",
      cardHolderName: aliceCard.cardHolderName,
      phoneNumber: aliceCard.phoneNumber,
      lifetimeLimit: null,
      deliveryEstimateMs: null,
      deliveryOption: "POSTAL_SERVICE_STANDARD",
      deliveryVendor: null,
      trackingUrl: null,
      trackingNumber: null,
    };
    emitCardOrderStatusChange(store, order, NOW);
    emitCardOrderStatusChange(store, { ...order, status: "PRODUCED", cardToken: aliceCard.token, deliveryVendor: "DHL" }, NOW);
    const [placed, produced] = delivered.map((d) => JSON.parse(d.body).data);
    expectDocumentedShape("cards#card-order-status-change", produced);
    expect(placed).toEqual({
      resource: { profile_id: aliceCard.profileId, client_id: aliceCard.clientId, card_token: null, type: "card", card_program: "VISA_DEBIT_CONSUMER_GB_1" },
      order_id: "8300001",
      order_status: "PLACED",
      delivery_vendor: null,
      occurred_at: "2026-12-01T21:00:00Z",
    });
    expect(produced).toMatchObject({ resource: { card_token: aliceCard.token }, order_status: "PRODUCED", delivery_vendor: "DHL" });
  });
});

describe("cards#card-production-status-change", () => {
  it("carries the kiosk production status and its error", () => {
    subscribe("cards#card-production-status-change");
    emitCardProductionStatusChange(store, aliceCard, { status: "PRODUCTION_ERROR", kioskId: "WIS00001", errorCode: "CARD_JAM", description: "Card jammed" }, NOW);
    const { data } = onlyEnvelope("cards#card-production-status-change");
    expectDocumentedShape("cards#card-production-status-change", data);
    expect(data).toEqual({
      resource: { profile_id: aliceCard.profileId, client_id: aliceCard.clientId, card_token: aliceCard.token, type: "card" },
      status: "PRODUCTION_ERROR",
      kiosk_id: "WIS00001",
      error_code: "CARD_JAM",
      description: "Card jammed",
      occurred_at: "2026-12-01T21:00:00Z",
    });
  });
});

describe("cards#3ds-challenge", () => {
  it("carries what the cardholder approves: reference, exact amount, merchant, seconds left", () => {
    subscribe("cards#3ds-challenge");
    const challenge = {
      reference: "148990660",
      cardToken: aliceCard.token,
      profileId: aliceCard.profileId,
      amount: { value: "100.50", currency: "EUR" },
      merchant: { name: "Cards API BBT", country: "AD", category: null, url: "http://merchant.example" },
      channel: "browser",
      createdMs: NOW,
      expiresMs: NOW + 300_000,
    };
    emit3dsChallenge(store, challenge, NOW);
    const { data } = onlyEnvelope("cards#3ds-challenge");
    expectDocumentedShape("cards#3ds-challenge", data);
    expect(data).toEqual({
      challenge_expires_after: 300,
      challenge_method: "PUSH",
      occurred_at: "2026-12-01T21:00:00Z",
      resource: { card_token: aliceCard.token, client_id: aliceCard.clientId, profile_id: aliceCard.profileId, type: "card" },
      transaction: {
        channel: "browser",
        merchant: { category: null, country: "AD", name: "Cards API BBT", url: "http://merchant.example" },
        money_value: { currency: "EUR", value: "100.5" },
        reference: "148990660",
      },
    });
    expect(data.occurred_at).toMatch(SECONDS);
  });
});

describe("cards#manual-provisioning-verification", () => {
  it("carries the wallet token, the card's last digits and the wallet, as the API spec lists them", () => {
    subscribe("cards#manual-provisioning-verification");
    emitManualProvisioningVerification(
      store,
      { cardToken: aliceCard.token, profileId: aliceCard.profileId, paymentTokenUniqueReference: "DNITHE352605523102858206", walletName: "Google Pay", creationMs: NOW },
      NOW,
    );
    const { data } = onlyEnvelope("cards#manual-provisioning-verification");
    expect(data).toEqual({
      resource: { profile_id: aliceCard.profileId, client_id: aliceCard.clientId, card_token: aliceCard.token, type: "card" },
      payment_token_unique_reference: "DNITHE352605523102858206",
      last_four_digits: aliceCard.lastFourDigits,
      creation_time: "2026-12-01T21:00:00.789Z",
      wallet_name: "Google Pay",
    });
  });
});

describe("the server's reading of the card events", () => {
  it("finds each event's profile and the resource whose state it carries (news carry none)", () => {
    for (const type of [
      "cards#transaction-state-change",
      "cards#card-status-change",
      "cards#card-production-status-change",
      "cards#3ds-challenge",
      "cards#manual-provisioning-verification",
    ]) {
      subscribe(type);
    }
    emitCardTransactionStateChange(store, transaction(), NOW);
    emitCardStatusChange(store, aliceCard, NOW);
    emitCardProductionStatusChange(store, aliceCard, { status: "READY", kioskId: null, errorCode: null, description: "Ready" }, NOW);
    const challenge = {
      reference: "1",
      cardToken: aliceCard.token,
      profileId: aliceCard.profileId,
      amount: { value: "1", currency: "EUR" },
      merchant: { name: "M", country: "FR", category: null, url: null },
      channel: "app",
      createdMs: NOW,
      expiresMs: NOW + 1000,
    };
    emit3dsChallenge(store, challenge, NOW);
    emitManualProvisioningVerification(
      store,
      { cardToken: aliceCard.token, profileId: aliceCard.profileId, paymentTokenUniqueReference: "R", walletName: "Apple Pay", creationMs: NOW },
      NOW,
    );
    const read = delivered.map((d) => {
      const envelope = parseWiseJson(d.body) as { event_type: string; data: Record<string, unknown> };
      return [envelope.event_type, eventProfileId(envelope.event_type, envelope.data), eventResourceKey(envelope.event_type, envelope.data)];
    });
    const profile = String(aliceCard.profileId);
    expect(read).toEqual([
      ["cards#transaction-state-change", profile, "card-transaction:8400001"],
      ["cards#card-status-change", profile, `card:${aliceCard.token}`],
      ["cards#card-production-status-change", profile, `card-production:${aliceCard.token}`],
      ["cards#3ds-challenge", profile, null],
      ["cards#manual-provisioning-verification", profile, null],
    ]);
  });
});
