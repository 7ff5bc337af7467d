// The card subscriptions end to end, nothing published by hand: the sandbox raises each card
// event (through its store, as its card routes do), signs it and POSTs it to the server's
// /webhooks/wise; the server verifies it and a real graphql-ws subscriber receives it, once, with
// money exact and the card resource read with the subscriber's own token. Bob, subscribed to his
// own profile on the same server, never receives alice's card events, and may not subscribe to
// her profile at all.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { toGlobalId } from "graphql-relay";
import type { CardOrderRecord, CardRecord, CardTransactionRecord } from "../../src/sandbox/api/card/model.js";
import {
  emit3dsChallenge,
  emitCardOrderStatusChange,
  emitCardProductionStatusChange,
  emitCardStatusChange,
  emitCardTransactionStateChange,
  emitManualProvisioningVerification,
} from "../../src/sandbox/webhooks/events/cards.js";
import { CardOrderCreateDocument, CardOrderSimulateNextStepDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eventually, personalProfile, subscribe, wsClient, type Stream, type TestClient } from "./ws-clients.js";

type Data = Record<string, any>;

let h: Harness;
let alice: TestClient;
let bob: TestClient;
let aliceProfile: string;
let bobProfile: string;
let alicePhysical: CardRecord;
let aliceVirtual: CardRecord;
let bobCard: CardRecord;

const store = () => h.sandbox.store;
const cardId = (card: CardRecord) => toGlobalId("Card", `${card.profileId}:${card.token}`);

beforeAll(async () => {
  h = await startHarness({ webhooks: true });
  [aliceProfile, bobProfile] = (await Promise.all([personalProfile(h, h.alice.token), personalProfile(h, h.bob.token)])).map((p) => p.id);
  const cards = (profileId: number) => store().cards.cardsOfProfile(profileId);
  alicePhysical = cards(h.alice.personalProfileId).find((c) => c.program.cardType === "PHYSICAL")!;
  aliceVirtual = cards(h.alice.personalProfileId).find((c) => c.program.cardType !== "PHYSICAL")!;
  bobCard = cards(h.bob.personalProfileId)[0]!;
  alice = wsClient(h, h.alice.token);
  bob = wsClient(h, h.bob.token);
});

afterAll(async () => {
  await Promise.all([alice?.dispose(), bob?.dispose()]);
  await h?.close();
});

/** Subscribes each of `subscriptions` and waits until the server registered them all. */
async function follow(...subscriptions: Array<[TestClient, string, Record<string, unknown>]>): Promise<Stream<Data>[]> {
  const before = h.server.subscriptions.size;
  const streams = subscriptions.map(([client, query, variables]) => subscribe<Data>(client.client, query, variables));
  await eventually(() => h.server.subscriptions.size === before + subscriptions.length);
  return streams;
}

async function stop(...streams: Stream<Data>[]): Promise<void> {
  const before = h.server.subscriptions.size;
  for (const stream of streams) stream.unsubscribe();
  await eventually(() => h.server.subscriptions.size === before - streams.length);
}

/** The one payload of each event, no error. */
function payloads(stream: Stream<Data>, field: string): Data[] {
  for (const result of stream.results) expect(result.errors).toBeUndefined();
  return stream.results.map((r) => r.data![field]);
}

/** Waits until the webhooks raised so far have had time to arrive, so a missing one is really missing. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function transaction(card: CardRecord, overrides: Partial<CardTransactionRecord> = {}): CardTransactionRecord {
  const tx: CardTransactionRecord = {
    id: store().cards.newTransactionId(),
    cardToken: card.token,
    profileId: card.profileId,
    type: "ECOM_PURCHASE",
    state: "IN_PROGRESS",
    declineReason: null,
    detailedDeclineReason: null,
    creationMs: Date.now(),
    modificationMs: Date.now(),
    transactionAmount: { value: "1234.50", currency: card.program.defaultCurrency },
    fees: [],
    billingAmount: { value: "1234.50", currency: card.program.defaultCurrency },
    merchant: { name: "Bookshop", country: "GB", city: "London", zipCode: "N1 9GU", region: null, state: null, categoryName: "Book Stores", categoryCode: "5942" },
    authorisationMethod: "E_COMMERCE_NO_3DS",
    approvalCode: "123456",
    debits: [],
    reference: null,
    ...overrides,
  };
  store().cards.transactions.set(tx.id, tx);
  return tx;
}

const TRANSACTIONS = `subscription($p: ID!, $card: ID) {
  cardTransactionChanged(profileId: $p, cardId: $card) {
    transactionId cardId state stepType transactionType declineReason amountConfirmed
    amount { amount currency } billingAmount { amount currency }
    transaction { id }
  }
}`;

describe("cardTransactionChanged", () => {
  it("carries each transaction's state with exact money, narrowed to one card when asked; bob gets only his", async () => {
    const [all, physicalOnly, bobs] = await follow(
      [alice, TRANSACTIONS, { p: aliceProfile }],
      [alice, TRANSACTIONS, { p: aliceProfile, card: cardId(alicePhysical) }],
      [bob, TRANSACTIONS, { p: bobProfile }],
    );
    const onVirtual = transaction(aliceVirtual);
    emitCardTransactionStateChange(store(), onVirtual, Date.now(), { isAmountConfirmed: false });
    const onPhysical = transaction(alicePhysical, { state: "DECLINED", declineReason: "INSUFFICIENT_FUNDS", transactionAmount: { value: "0.10", currency: "EUR" } });
    emitCardTransactionStateChange(store(), onPhysical, Date.now());
    await all!.waitFor(2, 15_000);
    const bobsOwn = transaction(bobCard);
    emitCardTransactionStateChange(store(), bobsOwn, Date.now());
    await bobs!.waitFor(1, 15_000);
    await settle();

    const virtualTxId = toGlobalId("CardTransaction", `${onVirtual.profileId}:${onVirtual.id}`);
    const physicalTxId = toGlobalId("CardTransaction", `${onPhysical.profileId}:${onPhysical.id}`);
    expect(payloads(all!, "cardTransactionChanged")).toEqual([
      {
        transactionId: virtualTxId,
        cardId: cardId(aliceVirtual),
        state: "IN_PROGRESS",
        stepType: "AUTH",
        transactionType: "ECOM_PURCHASE",
        declineReason: null,
        amountConfirmed: false,
        amount: { amount: "1234.50", currency: "GBP" },
        billingAmount: { amount: "1234.50", currency: "GBP" },
        transaction: { id: virtualTxId },
      },
      {
        transactionId: physicalTxId,
        cardId: cardId(alicePhysical),
        state: "DECLINED",
        stepType: "AUTH",
        transactionType: "ECOM_PURCHASE",
        declineReason: "INSUFFICIENT_FUNDS",
        amountConfirmed: true,
        amount: { amount: "0.10", currency: "EUR" },
        billingAmount: { amount: "1234.50", currency: "GBP" },
        transaction: { id: physicalTxId },
      },
    ]);
    expect(payloads(physicalOnly!, "cardTransactionChanged").map((p) => p.transactionId)).toEqual([physicalTxId]);
    expect(payloads(bobs!, "cardTransactionChanged").map((p) => p.cardId)).toEqual([cardId(bobCard)]);
    await stop(all!, physicalOnly!, bobs!);
  });
});

describe("cardStatusChanged", () => {
  it("carries the status the card reached and who changed it, for one card when asked; bob gets only his", async () => {
    const query = `subscription($p: ID!, $card: ID) { cardStatusChanged(profileId: $p, cardId: $card) { cardId status changedByWise occurredAt card { id status } } }`;
    const [all, virtualOnly, bobs] = await follow(
      [alice, query, { p: aliceProfile }],
      [alice, query, { p: aliceProfile, card: cardId(aliceVirtual) }],
      [bob, query, { p: bobProfile }],
    );
    alicePhysical.status = "FROZEN";
    emitCardStatusChange(store(), alicePhysical, Date.now());
    aliceVirtual.status = "BLOCKED";
    emitCardStatusChange(store(), aliceVirtual, Date.now(), "wise");
    await all!.waitFor(2, 15_000);
    emitCardStatusChange(store(), bobCard, Date.now());
    await bobs!.waitFor(1, 15_000);
    await settle();
    const seen = payloads(all!, "cardStatusChanged");
    expect(seen.map(({ cardId, status, changedByWise, card }) => ({ cardId, status, changedByWise, card }))).toEqual([
      { cardId: cardId(alicePhysical), status: "FROZEN", changedByWise: false, card: { id: cardId(alicePhysical), status: "FROZEN" } },
      { cardId: cardId(aliceVirtual), status: "BLOCKED", changedByWise: true, card: { id: cardId(aliceVirtual), status: "BLOCKED" } },
    ]);
    expect(seen.every((p) => typeof p.occurredAt === "string")).toBe(true);
    expect(payloads(virtualOnly!, "cardStatusChanged").map((p) => p.status)).toEqual(["BLOCKED"]);
    expect(payloads(bobs!, "cardStatusChanged").map((p) => p.cardId)).toEqual([cardId(bobCard)]);
    await stop(all!, virtualOnly!, bobs!);
    alicePhysical.status = aliceVirtual.status = "ACTIVE";
  });
});

/** A card order record of bob's, raised by hand (bob's own events prove his subscription is live). */
function bobsOrder(): CardOrderRecord {
  const now = Date.now();
  return {
    id: store().cards.newOrderId(),
    profileId: bobCard.profileId,
    userId: bobCard.userId,
    clientId: bobCard.clientId,
    program: bobCard.program,
    address: null,
    cardToken: null,
    replacesCard: null,
    creationMs: now,
    modificationMs: now,
    status: "PLACED",
    cardHolderName: bobCard.cardHolderName,
    phoneNumber: bobCard.phoneNumber,
    lifetimeLimit: null,
    deliveryEstimateMs: null,
    deliveryOption: "POSTAL_SERVICE_STANDARD",
    deliveryVendor: null,
    trackingUrl: null,
    trackingNumber: null,
  };
}

describe("cardOrderStatusChanged", () => {
  it("follows an order placed and produced through GraphQL, each status once with the order read; bob gets only his", async () => {
    const query = `subscription($p: ID!) { cardOrderStatusChanged(profileId: $p) { cardOrderId cardId status deliveryVendor cardOrder { id } } }`;
    const bobsQuery = `subscription($p: ID!) { cardOrderStatusChanged(profileId: $p) { cardOrderId status } }`;
    const [mine, bobs] = await follow([alice, query, { p: aliceProfile }], [bob, bobsQuery, { p: bobProfile }]);
    const created = await h.request(CardOrderCreateDocument, {
      input: {
        profileId: aliceProfile,
        program: "VISA_DEBIT_CONSUMER_GB_1_PHYSICAL_CARDS_API",
        cardHolderName: "Alice Martin",
        address: { firstLine: "56 Shoreditch High St", city: "London", postCode: "E1 6JJ", country: "GB" },
        deliveryOption: "POSTAL_SERVICE_WITH_TRACKING",
        idempotencyKey: randomUUID(),
      },
    });
    expect(created.body.data!.cardOrderCreate.userErrors).toEqual([]);
    const orderId = created.body.data!.cardOrderCreate.cardOrder!.id;
    for (let step = 0; step < 2; step++) {
      const next = await h.request(CardOrderSimulateNextStepDocument, { input: { cardOrderId: orderId } });
      expect(next.body.data!.cardOrderSimulateNextStep.userErrors).toEqual([]);
    }
    await mine!.waitFor(4, 15_000);
    const order = bobsOrder();
    emitCardOrderStatusChange(store(), order, Date.now());
    await bobs!.waitFor(1, 15_000);
    await settle();

    const seen = payloads(mine!, "cardOrderStatusChanged");
    const cardToken = store().cards.orders.get(Number(created.body.data!.cardOrderCreate.cardOrder!.wiseId))!.cardToken!;
    const madeCard = toGlobalId("Card", `${h.alice.personalProfileId}:${cardToken}`);
    expect(seen).toEqual([
      { cardOrderId: orderId, cardId: null, status: "PLACED", deliveryVendor: null, cardOrder: { id: orderId } },
      { cardOrderId: orderId, cardId: null, status: "REQUIREMENTS_FULFILLED", deliveryVendor: null, cardOrder: { id: orderId } },
      { cardOrderId: orderId, cardId: madeCard, status: "CARD_DETAILS_CREATED", deliveryVendor: null, cardOrder: { id: orderId } },
      { cardOrderId: orderId, cardId: madeCard, status: "PRODUCED", deliveryVendor: "DHL", cardOrder: { id: orderId } },
    ]);
    expect(payloads(bobs!, "cardOrderStatusChanged")).toEqual([{ cardOrderId: toGlobalId("CardOrder", `${order.profileId}:${order.id}`), status: "PLACED" }]);
    await stop(mine!, bobs!);
  });
});

describe("cardProductionStatusChanged", () => {
  it("carries each production step and its error; bob gets only his", async () => {
    const query = `subscription($p: ID!) { cardProductionStatusChanged(profileId: $p) { cardId status kioskId errorCode description card { id } } }`;
    const [mine, bobs] = await follow([alice, query, { p: aliceProfile }], [bob, query, { p: bobProfile }]);
    emitCardProductionStatusChange(
      store(),
      alicePhysical,
      { status: "PRODUCTION_ERROR", kioskId: "WIS00001", errorCode: "CARD_NOT_COLLECTED", description: "Card not collected" },
      Date.now(),
    );
    await mine!.waitFor(1, 15_000);
    emitCardProductionStatusChange(store(), bobCard, { status: "READY", kioskId: null, errorCode: null, description: "Ready" }, Date.now());
    await bobs!.waitFor(1, 15_000);
    await settle();
    expect(payloads(mine!, "cardProductionStatusChanged")).toEqual([
      {
        cardId: cardId(alicePhysical),
        status: "PRODUCTION_ERROR",
        kioskId: "WIS00001",
        errorCode: "CARD_NOT_COLLECTED",
        description: "Card not collected",
        card: { id: cardId(alicePhysical) },
      },
    ]);
    expect(payloads(bobs!, "cardProductionStatusChanged")).toEqual([
      { cardId: cardId(bobCard), status: "READY", kioskId: null, errorCode: null, description: "Ready", card: { id: cardId(bobCard) } },
    ]);
    await stop(mine!, bobs!);
  });
});

describe("cardThreeDsChallengeRequested", () => {
  it("carries what the cardholder must approve: reference, exact amount, merchant, expiry; bob gets only his", async () => {
    const query = `subscription($p: ID!) {
      cardThreeDsChallengeRequested(profileId: $p) {
        cardId transactionReference amount { amount currency } merchant { name country category url } channel challengeMethod expiresAfterSeconds occurredAt expiresAt card { id }
      }
    }`;
    const [mine, bobs] = await follow([alice, query, { p: aliceProfile }], [bob, query, { p: bobProfile }]);
    const createdMs = Math.floor(Date.now() / 1000) * 1000;
    const challenge = (card: CardRecord, reference: string) => ({
      reference,
      cardToken: card.token,
      profileId: card.profileId,
      amount: { value: "99.99", currency: "EUR" },
      merchant: { name: "Cards API BBT", country: "AD", category: null, url: "https://merchant.example" },
      channel: "browser",
      createdMs,
      expiresMs: createdMs + 300_000,
    });
    emit3dsChallenge(store(), challenge(aliceVirtual, "148990660"), Date.now());
    await mine!.waitFor(1, 15_000);
    emit3dsChallenge(store(), challenge(bobCard, "148990661"), Date.now());
    await bobs!.waitFor(1, 15_000);
    await settle();
    expect(payloads(mine!, "cardThreeDsChallengeRequested")).toEqual([
      {
        cardId: cardId(aliceVirtual),
        transactionReference: "148990660",
        amount: { amount: "99.99", currency: "EUR" },
        merchant: { name: "Cards API BBT", country: "AD", category: null, url: "https://merchant.example" },
        channel: "browser",
        challengeMethod: "PUSH",
        expiresAfterSeconds: 300,
        occurredAt: new Date(createdMs).toISOString(),
        expiresAt: new Date(createdMs + 300_000).toISOString(),
        card: { id: cardId(aliceVirtual) },
      },
    ]);
    expect(payloads(bobs!, "cardThreeDsChallengeRequested").map((p) => p.transactionReference)).toEqual(["148990661"]);
    await stop(mine!, bobs!);
  });
});

describe("cardProvisioningVerificationRequested", () => {
  it("carries the wallet, its token reference and the card's last digits; bob gets only his", async () => {
    const query = `subscription($p: ID!) { cardProvisioningVerificationRequested(profileId: $p) { cardId paymentTokenUniqueReference walletName lastFourDigits occurredAt card { id } } }`;
    const [mine, bobs] = await follow([alice, query, { p: aliceProfile }], [bob, query, { p: bobProfile }]);
    const creationMs = Date.parse("2026-03-09T05:52:37.274Z");
    const provisioning = (card: CardRecord, reference: string) => ({
      cardToken: card.token,
      profileId: card.profileId,
      paymentTokenUniqueReference: reference,
      walletName: "Google Pay",
      creationMs,
    });
    emitManualProvisioningVerification(store(), provisioning(alicePhysical, "DNITHE352605523102858206"), Date.now());
    await mine!.waitFor(1, 15_000);
    emitManualProvisioningVerification(store(), provisioning(bobCard, "DNITHE000000000000000001"), Date.now());
    await bobs!.waitFor(1, 15_000);
    await settle();
    expect(payloads(mine!, "cardProvisioningVerificationRequested")).toEqual([
      {
        cardId: cardId(alicePhysical),
        paymentTokenUniqueReference: "DNITHE352605523102858206",
        walletName: "Google Pay",
        lastFourDigits: alicePhysical.lastFourDigits,
        occurredAt: "2026-03-09T05:52:37.274Z",
        card: { id: cardId(alicePhysical) },
      },
    ]);
    expect(payloads(bobs!, "cardProvisioningVerificationRequested").map((p) => p.paymentTokenUniqueReference)).toEqual(["DNITHE000000000000000001"]);
    await stop(mine!, bobs!);
  });
});

describe("who may subscribe", () => {
  const FIELDS = [
    "cardTransactionChanged(profileId: $p) { cardId }",
    "cardStatusChanged(profileId: $p) { cardId }",
    "cardOrderStatusChanged(profileId: $p) { cardOrderId }",
    "cardProductionStatusChanged(profileId: $p) { cardId }",
    "cardThreeDsChallengeRequested(profileId: $p) { transactionReference }",
    "cardProvisioningVerificationRequested(profileId: $p) { paymentTokenUniqueReference }",
  ];

  it("bob may not subscribe to alice's card events: FORBIDDEN on each field, nothing registered", async () => {
    const before = h.server.subscriptions.size;
    for (const field of FIELDS) {
      const stream = subscribe(bob.client, `subscription($p: ID!) { ${field} }`, { p: aliceProfile });
      await stream.done;
      expect(stream.results).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) })] }]);
    }
    expect(h.server.subscriptions.size).toBe(before);
  });

  it("a cardId that is not a Card's ID is BAD_USER_INPUT", async () => {
    const stream = subscribe(alice.client, `subscription($p: ID!, $c: ID) { cardStatusChanged(profileId: $p, cardId: $c) { cardId } }`, { p: aliceProfile, c: aliceProfile });
    await stream.done;
    expect(stream.results).toEqual([{ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) })] }]);
  });
});
