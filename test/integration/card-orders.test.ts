// Card orders through GraphQL over HTTP against the sandbox: the seeded orders as a connection
// and as nodes; what a profile may order (programs and the order form); a virtual card ordered
// and issued at once (visible in Profile.cards); a physical card followed step by step through
// its progress to a card in use; cancellation; bad input answered with userErrors and no order;
// a lost answer resolved by the idempotency key; and another user's orders out of reach.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  CardOrderAddressValidateDocument,
  CardOrderCancelDocument,
  CardOrderCreateDocument,
  CardOrderFormDocument,
  CardOrderNodeDocument,
  CardOrdersDocument,
  CardOrderSimulateNextStepDocument,
  CardProgramsDocument,
  CardOrderProfileCardsDocument,
  type CardOrderCreateInput,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { newKey, personalProfileId } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});

const bobProfileId = () => toGlobalId("PersonalProfile", String(h.bob.personalProfileId));
const LONDON = { firstLine: "56 Shoreditch High St", secondLine: "The Tea Bldg", city: "London", postCode: "E1 6JJ", country: "GB" };
const VIRTUAL = "VISA_DEBIT_CONSUMER_GB_1_CARDS_API";
const PHYSICAL = "VISA_DEBIT_CONSUMER_GB_1_PHYSICAL_CARDS_API";

const orderInput = (extra: Partial<CardOrderCreateInput> = {}): CardOrderCreateInput => ({
  profileId: personalProfileId(h),
  program: VIRTUAL,
  cardHolderName: "Alice Martin",
  address: LONDON,
  idempotencyKey: newKey(),
  ...extra,
});

async function order(extra: Partial<CardOrderCreateInput> = {}) {
  const res = await h.request(CardOrderCreateDocument, { input: orderInput(extra) });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.cardOrderCreate.userErrors).toEqual([]);
  return res.body.data!.cardOrderCreate.cardOrder!;
}

async function listOrders(id = personalProfileId(h), token?: string) {
  return h.request(CardOrdersDocument, { id, first: 20 }, token === undefined ? undefined : { token });
}

const progressOf = (o: { progress: { status: string; state: string }[] }) => o.progress.map((s) => `${s.status}:${s.state}`);

describe("Profile.cardOrders and node(id:)", () => {
  it("lists the seeded cards' orders, newest first, each with its card, and refetches one as a node", async () => {
    const res = await listOrders();
    expect(res.body.errors).toBeUndefined();
    const orders = res.body.data!.profile!.cardOrders!.nodes;
    expect(orders.map((o) => [o.status, o.program.type])).toEqual([
      ["COMPLETED", "VIRTUAL"],
      ["COMPLETED", "PHYSICAL"],
    ]);
    const physical = orders[1]!;
    expect(physical.card).toMatchObject({ status: "ACTIVE" });
    expect(physical.delivery).toEqual({ option: "POSTAL_SERVICE_STANDARD", vendor: null, trackingUrl: null, trackingNumber: null });
    expect(physical.address).toMatchObject({ firstLine: "221B Baker Street", country: "GB" });
    expect(progressOf(physical)).toEqual(["PLACED:DONE", "REQUIREMENTS_FULFILLED:DONE", "CARD_DETAILS_CREATED:DONE", "PRODUCED:DONE", "COMPLETED:DONE"]);
    expect(orders[0]!.delivery).toBeNull();
    const node = await h.request(CardOrderNodeDocument, { id: physical.id });
    expect(node.body.errors).toBeUndefined();
    expect(node.body.data!.node).toMatchObject({
      id: physical.id,
      wiseId: physical.wiseId,
      requirements: [
        { type: "VERIFICATION", status: "COMPLETED" },
        { type: "ADDRESS", status: "COMPLETED" },
      ],
    });
  });

  it("pages the orders with first/after", async () => {
    const first = await h.request(CardOrdersDocument, { id: personalProfileId(h), first: 1 });
    const page = first.body.data!.profile!.cardOrders!;
    expect(page.nodes).toHaveLength(1);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await h.request(CardOrdersDocument, { id: personalProfileId(h), first: 1, after: page.pageInfo.endCursor });
    expect(second.body.data!.profile!.cardOrders!.nodes[0]!.program.type).toBe("PHYSICAL");
    expect(second.body.data!.profile!.cardOrders!.pageInfo.hasNextPage).toBe(false);
    const bad = await h.request(CardOrdersDocument, { id: personalProfileId(h), first: 0 });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
  });

  it("keeps another user's orders out of reach: bob sees neither alice's list nor her order", async () => {
    const alices = (await listOrders()).body.data!.profile!.cardOrders!.nodes[0]!;
    const list = await listOrders(personalProfileId(h), h.bob.token);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCodes(list)[0]);
    const node = await h.request(CardOrderNodeDocument, { id: alices.id }, { token: h.bob.token });
    expect(node.body.data?.node ?? null).toBeNull();
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCodes(node)[0]);
    const bobs = (await listOrders(bobProfileId(), h.bob.token)).body.data!.profile!.cardOrders!.nodes;
    expect(bobs.map((o) => o.program.defaultCurrency)).toEqual(["USD"]);
  });
});

describe("what a profile may order", () => {
  it("lists the programs of the profile's country, virtual and physical", async () => {
    const res = await h.request(CardProgramsDocument, { id: personalProfileId(h) });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.profile!.cardPrograms).toEqual([
      { name: VIRTUAL, scheme: "VISA", defaultCurrency: "GBP", type: "VIRTUAL" },
      { name: PHYSICAL, scheme: "VISA", defaultCurrency: "GBP", type: "PHYSICAL" },
    ]);
  });

  it("gives the order form: programs to choose from, the cardholder, the country's address; a physical card adds delivery", async () => {
    const first = await h.request(CardOrderFormDocument, { id: personalProfileId(h) });
    expect(first.body.errors).toBeUndefined();
    const fields = first.body.data!.profile!.cardOrderForm!.fieldGroups.flatMap((g) => g.fields);
    expect(fields.map((f) => f.key)).toEqual([
      "program",
      "cardHolderName",
      "phoneNumber",
      "address.country",
      "address.city",
      "address.postCode",
      "address.firstLine",
      "address.secondLine",
      "address.thirdLine",
      "lifetimeLimit",
    ]);
    const program = fields.find((f) => f.key === "program")!;
    expect(program).toMatchObject({ type: "SELECT", required: true, refreshRequirementsOnChange: true });
    expect(program.allowedValues).toEqual([
      { key: VIRTUAL, name: "Visa virtual card (GBP)" },
      { key: PHYSICAL, name: "Visa physical card (GBP)" },
    ]);
    expect(fields.find((f) => f.key === "address.firstLine")).toMatchObject({ required: true, maxLength: 30 });
    expect(fields.find((f) => f.key === "address.postCode")).toMatchObject({ maxLength: 10 });

    const us = await h.request(CardOrderFormDocument, { id: personalProfileId(h), program: PHYSICAL, country: "US" });
    const usFields = us.body.data!.profile!.cardOrderForm!.fieldGroups.flatMap((g) => g.fields);
    expect(usFields.map((f) => f.key)).toEqual(expect.arrayContaining(["embossedName", "deliveryOption", "address.state"]));
    expect(usFields.find((f) => f.key === "address.state")!.allowedValues!.length).toBeGreaterThan(50);
    expect(usFields.find((f) => f.key === "embossedName")).toMatchObject({ maxLength: 22 });
    const unknown = await h.request(CardOrderFormDocument, { id: personalProfileId(h), program: "NOPE" });
    expect(errorCodes(unknown)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("cardOrderCreate", () => {
  it("orders a virtual card: issued at once, ACTIVE, and in Profile.cards; the lifetime limit exact", async () => {
    const before = (await h.request(CardOrderProfileCardsDocument, { id: personalProfileId(h) })).body.data!.profile!.cards!.nodes;
    const created = await order({ lifetimeLimit: "250.50" });
    expect(created).toMatchObject({
      status: "COMPLETED",
      cardHolderName: "Alice Martin",
      phoneNumber: "+447700900111",
      lifetimeLimit: { amount: "250.5", currency: "GBP" },
      delivery: null,
    });
    expect(progressOf(created)).toEqual(["PLACED:DONE", "REQUIREMENTS_FULFILLED:DONE", "CARD_DETAILS_CREATED:DONE", "COMPLETED:DONE"]);
    expect(created.card).toMatchObject({ status: "ACTIVE" });
    const cards = (await h.request(CardOrderProfileCardsDocument, { id: personalProfileId(h) })).body.data!.profile!.cards!.nodes;
    expect(cards).toHaveLength(before.length + 1);
    expect(cards.map((c) => c.id)).toContain(created.card!.id);
    const activity = h.sandbox.store.activityOf(h.alice.personalProfileId, "CARD_ORDER", String(created.wiseId));
    expect(activity).toMatchObject({ type: "CARD_ORDER", status: "COMPLETED" });
  });

  it("orders a physical card and follows it: fulfilled, card details created (card INACTIVE), produced with tracking, completed once the card is active", async () => {
    const created = await order({ program: PHYSICAL, deliveryOption: "POSTAL_SERVICE_WITH_TRACKING", embossedName: "ALICE MARTIN" });
    expect(created).toMatchObject({ status: "REQUIREMENTS_FULFILLED", card: null, delivery: { option: "POSTAL_SERVICE_WITH_TRACKING", vendor: null } });
    expect(progressOf(created)).toEqual(["PLACED:DONE", "REQUIREMENTS_FULFILLED:DONE", "CARD_DETAILS_CREATED:CURRENT", "PRODUCED:UPCOMING", "COMPLETED:UPCOMING"]);
    expect(Date.parse(created.deliveryEstimate!)).toBeGreaterThan(Date.parse(created.createdAt!));
    const step = async () => (await h.request(CardOrderSimulateNextStepDocument, { input: { cardOrderId: created.id } })).body.data!.cardOrderSimulateNextStep;
    const detailed = await step();
    expect(detailed.cardOrder).toMatchObject({ status: "CARD_DETAILS_CREATED", card: { status: "INACTIVE" } });
    const produced = (await step()).cardOrder!;
    expect(produced.delivery).toMatchObject({ vendor: "DHL", trackingNumber: expect.stringMatching(/^\d+$/) });
    expect(progressOf(produced)).toEqual(["PLACED:DONE", "REQUIREMENTS_FULFILLED:DONE", "CARD_DETAILS_CREATED:DONE", "PRODUCED:DONE", "COMPLETED:CURRENT"]);
    const waiting = await step();
    expect(waiting.cardOrder).toBeNull();
    expect(waiting.userErrors[0]).toMatchObject({ field: ["input", "cardOrderId"], message: "The card order completes when its card is activated." });
    // The cardholder activates the card (the cards API's part); the order then completes.
    h.sandbox.store.cards.cards.get(produced.card!.wiseToken)!.status = "ACTIVE";
    const node = (await h.request(CardOrderNodeDocument, { id: created.id })).body.data!.node!;
    expect(node).toMatchObject({ status: "COMPLETED", card: { status: "ACTIVE" } });
  });

  it("keeps an unverified profile's order PLACED with its verification to do, and issues the card once verified", async () => {
    h.sandbox.store.profileWrites.createdThroughApi.add(h.alice.personalProfileId);
    const created = await order();
    expect(created).toMatchObject({ status: "PLACED", card: null });
    expect(progressOf(created).slice(0, 2)).toEqual(["PLACED:DONE", "REQUIREMENTS_FULFILLED:CURRENT"]);
    const node = (await h.request(CardOrderNodeDocument, { id: created.id })).body.data!.node!;
    expect(node).toMatchObject({
      requirements: [
        { type: "VERIFICATION", status: "NEEDS_ACTION" },
        { type: "ADDRESS", status: "COMPLETED" },
      ],
    });
    h.sandbox.store.verifications.set(h.alice.personalProfileId, { profileId: h.alice.personalProfileId, required: [], answers: {}, documents: new Map() });
    const later = (await h.request(CardOrderNodeDocument, { id: created.id })).body.data!.node!;
    expect(later).toMatchObject({ status: "COMPLETED", card: { status: "ACTIVE" } });
  });

  it("answers bad input with userErrors on its fields and orders nothing", async () => {
    const ordersBefore = h.sandbox.store.cards.orders.size;
    const statsBefore = (await h.stats()).routes["POST /v3/spend/profiles/:profileId/card-orders"] ?? 0;
    const local = await h.request(CardOrderCreateDocument, {
      input: orderInput({ cardHolderName: " ", phoneNumber: "07700", lifetimeLimit: "-1", address: { ...LONDON, city: "" } }),
    });
    expect(local.body.data!.cardOrderCreate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["REQUIRED", ["input", "cardHolderName"]],
      ["REQUIRED", ["input", "address", "city"]],
      ["INVALID", ["input", "phoneNumber"]],
      ["INVALID", ["input", "lifetimeLimit"]],
    ]);
    expect((await h.stats()).routes["POST /v3/spend/profiles/:profileId/card-orders"] ?? 0).toBe(statsBefore);
    const cases: [Partial<CardOrderCreateInput>, string[]][] = [
      [{ program: "NO_SUCH_PROGRAM" }, ["input", "program"]],
      [{ address: { ...LONDON, postCode: "wrong-postcode" } }, ["input", "address", "postCode"]],
      [{ address: { ...LONDON, firstLine: "PO Box 12" } }, ["input", "address", "firstLine"]],
      [{ deliveryOption: "KIOSK_COLLECTION" }, ["input", "deliveryOption"]],
      [{ lifetimeLimit: "10.001" }, ["input", "lifetimeLimit"]],
    ];
    for (const [extra, field] of cases) {
      const res = await h.request(CardOrderCreateDocument, { input: orderInput(extra) });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.cardOrderCreate).toMatchObject({ cardOrder: null });
      expect(res.body.data!.cardOrderCreate.userErrors.map((e) => e.field)).toEqual([field]);
    }
    expect(h.sandbox.store.cards.orders.size).toBe(ordersBefore);
  });

  it("answers the first order again for a repeated key, and refuses the key for another card", async () => {
    const key = newKey();
    const first = await order({ idempotencyKey: key });
    const again = await order({ idempotencyKey: key });
    expect(again.id).toBe(first.id);
    const other = await h.request(CardOrderCreateDocument, { input: orderInput({ idempotencyKey: key, program: PHYSICAL }) });
    expect(other.body.data!.cardOrderCreate.userErrors.map((e) => e.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
    expect([...h.sandbox.store.cards.orders.values()].filter((o) => o.cardHolderName === "Alice Martin" && o.creationMs > Date.now() - 60_000)).toHaveLength(1);
  });

  it("when the answer is lost once, the same-key retry returns the one order", async () => {
    h.sandbox.faults.add({ route: "POST /v3/spend/profiles/:profileId/card-orders", fault: { type: "reset-after" }, times: 1 });
    const before = h.sandbox.store.cards.orders.size;
    try {
      const created = await order();
      expect(created.status).toBe("COMPLETED");
    } finally {
      h.sandbox.faults.clear();
    }
    expect(h.sandbox.store.cards.orders.size).toBe(before + 1);
  });

  it("refuses an order on another user's profile and makes none", async () => {
    const before = h.sandbox.store.cards.orders.size;
    const res = await h.request(CardOrderCreateDocument, { input: orderInput({ profileId: bobProfileId() }) });
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(h.sandbox.store.cards.orders.size).toBe(before);
  });
});

describe("cardOrderCancel", () => {
  it("cancels an order: the card made for it blocked, the progress ending in CANCELLED", async () => {
    const created = await order({ program: PHYSICAL });
    await h.request(CardOrderSimulateNextStepDocument, { input: { cardOrderId: created.id } });
    const res = await h.request(CardOrderCancelDocument, { input: { cardOrderId: created.id } });
    expect(res.body.errors).toBeUndefined();
    const cancelled = res.body.data!.cardOrderCancel.cardOrder!;
    expect(cancelled).toMatchObject({ status: "CANCELLED", card: { status: "BLOCKED" } });
    expect(progressOf(cancelled)).toEqual(["PLACED:DONE", "REQUIREMENTS_FULFILLED:DONE", "CARD_DETAILS_CREATED:DONE", "CANCELLED:DONE", "PRODUCED:SKIPPED", "COMPLETED:SKIPPED"]);
    const again = await h.request(CardOrderCancelDocument, { input: { cardOrderId: created.id } });
    expect(again.body.data!.cardOrderCancel).toMatchObject({ cardOrder: null, userErrors: [{ field: ["input", "cardOrderId"], code: "INVALID" }] });
  });

  it("refuses to cancel a completed order, and bob cannot cancel alice's order", async () => {
    const seeded = (await listOrders()).body.data!.profile!.cardOrders!.nodes[0]!;
    const completed = await h.request(CardOrderCancelDocument, { input: { cardOrderId: seeded.id } });
    expect(completed.body.data!.cardOrderCancel.userErrors.map((e) => e.message)).toEqual(["A card order in status COMPLETED cannot be cancelled."]);
    const created = await order({ program: PHYSICAL });
    const bobs = await h.request(CardOrderCancelDocument, { input: { cardOrderId: created.id } }, { token: h.bob.token });
    expect(errorCodes(bobs)).toEqual(["FORBIDDEN"]);
    expect(h.sandbox.store.cards.orders.get(created.wiseId)!.status).toBe("REQUIREMENTS_FULFILLED");
  });
});

describe("cardOrderAddressValidate", () => {
  it("says whether an address is fit for a card, each problem on its field", async () => {
    const ok = await h.request(CardOrderAddressValidateDocument, { input: { address: LONDON } });
    expect(ok.body.data!.cardOrderAddressValidate).toEqual({ valid: true, userErrors: [] });
    const bad = await h.request(CardOrderAddressValidateDocument, { input: { address: { ...LONDON, firstLine: "x".repeat(31), city: "", postCode: "wrong-postcode" } } });
    expect(bad.body.data!.cardOrderAddressValidate.valid).toBe(false);
    expect(bad.body.data!.cardOrderAddressValidate.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID", ["input", "address", "firstLine"]],
      ["REQUIRED", ["input", "address", "city"]],
      ["INVALID", ["input", "address", "postCode"]],
    ]);
  });
});
