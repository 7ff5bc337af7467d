// Card controls through GraphQL over HTTP against the sandbox: freezing, unfreezing and blocking
// (BLOCKED final), the PIN count, spending permissions (several at once, all or none), kiosk
// production and its sandbox simulation; bad input refused without a Wise call, and bob unable to
// touch alice's card, refused exactly as for a card that does not exist.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  CardBlockDocument,
  CardDetailsDocument,
  CardFreezeDocument,
  CardKioskProduceDocument,
  CardPinCountResetDocument,
  CardSimulateProductionDocument,
  CardSpendingPermissionsUpdateDocument,
  CardUnfreezeDocument,
  type CardSpendingPermissionType,
} from "../generated/graphql.js";
import { issueOrderedCard } from "../helpers/cards.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";

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

const cardId = (profileId: number, token: string) => toGlobalId("Card", `${profileId}:${token}`);
/** Alice's seeded physical card: its global id and its sandbox record. */
function alicesPhysicalCard() {
  const card = h.sandbox.store.cards.cardsOfProfile(h.alice.personalProfileId).find((c) => c.program.cardType === "PHYSICAL")!;
  return { id: cardId(card.profileId, card.token), card };
}
function alicesVirtualCard() {
  const card = h.sandbox.store.cards.cardsOfProfile(h.alice.personalProfileId).find((c) => c.program.cardType !== "PHYSICAL")!;
  return { id: cardId(card.profileId, card.token), card };
}
const wiseCalls = async () => (await h.stats()).total;

describe("card status", () => {
  it("cardFreeze makes the card FROZEN, cardUnfreeze ACTIVE again, one Wise call each", async () => {
    const { id, card } = alicesPhysicalCard();
    const frozen = await h.request(CardFreezeDocument, { input: { cardId: id } });
    expect(frozen.body.errors).toBeUndefined();
    expect(frozen.body.data!.cardFreeze).toMatchObject({ card: { id, status: "FROZEN" }, userErrors: [] });
    expect(card.status).toBe("FROZEN");
    expect((await h.stats()).routes["PUT /v3/spend/profiles/:profileId/cards/:cardToken/status"]).toBe(1);

    const unfrozen = await h.request(CardUnfreezeDocument, { input: { cardId: id } });
    expect(unfrozen.body.data!.cardUnfreeze).toMatchObject({ card: { id, status: "ACTIVE" }, userErrors: [] });
    expect(card.status).toBe("ACTIVE");
    const read = await h.request(CardDetailsDocument, { id });
    expect(read.body.data!.node).toMatchObject({ status: "ACTIVE" });
  });

  it("cardBlock is final: neither unfreeze nor freeze changes a BLOCKED card", async () => {
    const { id, card } = alicesPhysicalCard();
    expect((await h.request(CardBlockDocument, { input: { cardId: id } })).body.data!.cardBlock).toMatchObject({ card: { status: "BLOCKED" }, userErrors: [] });
    const unfreeze = await h.request(CardUnfreezeDocument, { input: { cardId: id } });
    expect(unfreeze.body.data!.cardUnfreeze.card).toBeNull();
    expect(unfreeze.body.data!.cardUnfreeze.userErrors).toEqual([
      { code: "NOT_ALLOWED", field: ["input", "cardId"], message: "Only a FROZEN card can be unfrozen; this card is BLOCKED." },
    ]);
    const freeze = await h.request(CardFreezeDocument, { input: { cardId: id } });
    expect(freeze.body.data!.cardFreeze.card).toBeNull();
    expect(freeze.body.data!.cardFreeze.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    expect(freeze.body.data!.cardFreeze.userErrors[0]!.message).toContain("BLOCKED");
    const blockAgain = await h.request(CardBlockDocument, { input: { cardId: id } });
    expect(blockAgain.body.data!.cardBlock).toMatchObject({ card: { status: "BLOCKED" }, userErrors: [] });
    expect(card.status).toBe("BLOCKED");
  });

  it("cardUnfreeze refuses a card that is not activated yet, without asking Wise (which would activate it)", async () => {
    const { card } = issueOrderedCard(h.sandbox.store, "alice", { status: "INACTIVE", delivery: "POSTAL_SERVICE_STANDARD", orderStatus: "PRODUCED" });
    const res = await h.request(CardUnfreezeDocument, { input: { cardId: cardId(card.profileId, card.token) } });
    expect(res.body.data!.cardUnfreeze.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    expect(card.status).toBe("INACTIVE");
    expect((await h.stats()).routes["PUT /v3/spend/profiles/:profileId/cards/:cardToken/status"]).toBeUndefined();
  });

  it("an id that is not a Card's is BAD_USER_INPUT before any Wise call", async () => {
    for (const cardIdValue of ["nope", toGlobalId("Balance", "1:2"), toGlobalId("Card", "1:not-a-uuid")]) {
      const res = await h.request(CardFreezeDocument, { input: { cardId: cardIdValue } });
      expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    }
    expect(await wiseCalls()).toBe(0);
  });
});

describe("isolation", () => {
  it("bob cannot freeze alice's card: the same userError as for a card that does not exist, and her card stays ACTIVE", async () => {
    const { id, card } = alicesPhysicalCard();
    const alices = await h.request(CardFreezeDocument, { input: { cardId: id } }, { token: h.bob.token });
    const unknown = await h.request(CardFreezeDocument, { input: { cardId: cardId(h.bob.personalProfileId, crypto.randomUUID()) } }, { token: h.bob.token });
    expect(alices.body.errors).toBeUndefined();
    expect(alices.body.data!.cardFreeze).toEqual(unknown.body.data!.cardFreeze);
    expect(alices.body.data!.cardFreeze).toEqual({ card: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "cardId"], message: "The card was not found." }] });
    expect(card.status).toBe("ACTIVE");
    expect(alices.text).not.toContain(card.lastFourDigits);
  });

  it("nor unfreeze, block, reset or change the permissions of it", async () => {
    const { id, card } = alicesPhysicalCard();
    const as = { token: h.bob.token };
    const notFound = [{ code: "NOT_FOUND", field: ["input", "cardId"], message: "The card was not found." }];
    expect((await h.request(CardUnfreezeDocument, { input: { cardId: id } }, as)).body.data!.cardUnfreeze.userErrors).toEqual(notFound);
    expect((await h.request(CardBlockDocument, { input: { cardId: id } }, as)).body.data!.cardBlock.userErrors).toEqual(notFound);
    expect((await h.request(CardPinCountResetDocument, { input: { cardId: id } }, as)).body.data!.cardPinCountReset.userErrors).toEqual(notFound);
    const permissions = await h.request(CardSpendingPermissionsUpdateDocument, { input: { cardId: id, permissions: [{ type: "ECOM", enabled: false }] } }, as);
    expect(permissions.body.data!.cardSpendingPermissionsUpdate.userErrors).toEqual(notFound);
    expect(card.status).toBe("ACTIVE");
    expect(card.permissions.ECOM.isEnabled).toBe(true);
  });
});

describe("PIN count", () => {
  it("cardPinCountReset sets the wrong PIN count back to 0 and answers the card", async () => {
    const { id, card } = alicesPhysicalCard();
    card.pinTries = 3;
    const res = await h.request(CardPinCountResetDocument, { input: { cardId: id } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.cardPinCountReset).toEqual({ card: { id, status: "ACTIVE" }, userErrors: [] });
    expect(card.pinTries).toBe(0);
  });
});

describe("spending permissions", () => {
  const update = (id: string, permissions: { type: CardSpendingPermissionType; enabled: boolean }[]) =>
    h.request(CardSpendingPermissionsUpdateDocument, { input: { cardId: id, permissions } });

  it("Card.spendingPermissions lists the six, a virtual card's in-person ones locked", async () => {
    const res = await h.request(CardDetailsDocument, { id: alicesVirtualCard().id });
    const permissions = (res.body.data!.node as { spendingPermissions: { type: string; enabled: boolean; locked: boolean }[] }).spendingPermissions;
    expect(permissions).toHaveLength(6);
    expect(permissions.find((p) => p.type === "ECOM")).toEqual({ type: "ECOM", enabled: true, locked: false });
    expect(permissions.find((p) => p.type === "POS_CHIP")).toEqual({ type: "POS_CHIP", enabled: false, locked: true });
  });

  it("changes several at once and answers the card with its permissions now", async () => {
    const { id, card } = alicesPhysicalCard();
    const res = await update(id, [
      { type: "ECOM", enabled: false },
      { type: "POS_MAGSTRIPE", enabled: true },
    ]);
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data!.cardSpendingPermissionsUpdate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.card!.spendingPermissions!.find((p) => p.type === "ECOM")!.enabled).toBe(false);
    expect(payload.card!.spendingPermissions!.find((p) => p.type === "POS_MAGSTRIPE")!.enabled).toBe(true);
    expect(card.permissions.ECOM.isEnabled).toBe(false);
    expect(card.permissions.POS_MAGSTRIPE.isEnabled).toBe(true);
    expect((await h.stats()).routes["PATCH /v4/spend/profiles/:profileId/cards/:cardToken/spending-permissions"]).toBe(1);
  });

  it("all or none: switching on a locked permission refuses the whole list with a userError on it", async () => {
    const { id, card } = alicesVirtualCard();
    const before = JSON.stringify(card.permissions);
    const res = await update(id, [
      { type: "ECOM", enabled: false },
      { type: "POS_CHIP", enabled: true },
    ]);
    const payload = res.body.data!.cardSpendingPermissionsUpdate;
    expect(payload.card).toBeNull();
    expect(payload.userErrors).toMatchObject([{ code: "NOT_ALLOWED", field: ["input", "permissions", "1", "type"] }]);
    expect(JSON.stringify(card.permissions)).toBe(before);
  });

  it("refuses an empty list, a type named twice or UNKNOWN without a Wise call", async () => {
    const { id } = alicesPhysicalCard();
    expect((await update(id, [])).body.data!.cardSpendingPermissionsUpdate.userErrors).toMatchObject([{ code: "REQUIRED", field: ["input", "permissions"] }]);
    const twice = await update(id, [
      { type: "ECOM", enabled: false },
      { type: "ECOM", enabled: true },
      { type: "UNKNOWN", enabled: true },
    ]);
    expect(twice.body.data!.cardSpendingPermissionsUpdate.userErrors).toMatchObject([
      { code: "INVALID", field: ["input", "permissions", "1", "type"] },
      { code: "INVALID", field: ["input", "permissions", "2", "type"] },
    ]);
    expect(await wiseCalls()).toBe(0);
  });
});

describe("kiosk production", () => {
  it("READY, produced at a kiosk (IN_PROGRESS), then PRODUCED by the simulation", async () => {
    const { card } = issueOrderedCard(h.sandbox.store, "alice");
    const id = cardId(card.profileId, card.token);
    const ready = await h.request(CardDetailsDocument, { id });
    expect((ready.body.data!.node as { kioskProduction: unknown }).kioskProduction).toMatchObject({ status: "READY", kioskId: null });

    const produced = await h.request(CardKioskProduceDocument, { input: { cardId: id, kioskId: " WIS00001 " } });
    expect(produced.body.errors).toBeUndefined();
    expect(produced.body.data!.cardKioskProduce).toMatchObject({
      production: { status: "IN_PROGRESS", kioskId: "WIS00001" },
      card: { id, kioskProduction: { status: "IN_PROGRESS", kioskId: "WIS00001" } },
      userErrors: [],
    });

    const again = await h.request(CardKioskProduceDocument, { input: { cardId: id, kioskId: "WIS00002" } });
    expect(again.body.data!.cardKioskProduce).toMatchObject({ production: null, card: null, userErrors: [{ code: "NOT_ALLOWED" }] });

    const done = await h.request(CardSimulateProductionDocument, { input: { cardId: id, status: "PRODUCED" } });
    expect(done.body.data!.cardSimulateProduction).toMatchObject({ card: { kioskProduction: { status: "PRODUCED", kioskId: "WIS00001", errorCode: null } }, userErrors: [] });
  });

  it("a production error carries its code; refusals (blank or unknown kiosk, a card not for a kiosk) change nothing", async () => {
    const { card } = issueOrderedCard(h.sandbox.store, "alice");
    const id = cardId(card.profileId, card.token);
    const blank = await h.request(CardKioskProduceDocument, { input: { cardId: id, kioskId: "  " } });
    expect(blank.body.data!.cardKioskProduce.userErrors).toMatchObject([{ code: "REQUIRED", field: ["input", "kioskId"] }]);
    expect(await wiseCalls()).toBe(0);
    const unknownKiosk = await h.request(CardKioskProduceDocument, { input: { cardId: id, kioskId: "XYZ00009" } });
    expect(unknownKiosk.body.data!.cardKioskProduce.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "kioskId"], message: "No kiosk XYZ00009 is set up" }]);
    const seeded = await h.request(CardKioskProduceDocument, { input: { cardId: alicesPhysicalCard().id, kioskId: "WIS00001" } });
    expect(seeded.body.data!.cardKioskProduce.userErrors).toEqual([{ code: "NOT_ALLOWED", field: ["input", "cardId"], message: "The card was not ordered for kiosk collection." }]);
    expect(h.sandbox.store.cardProduction.byToken.size).toBe(0);
    const notForKiosk = await h.request(CardDetailsDocument, { id: alicesPhysicalCard().id });
    expect((notForKiosk.body.data!.node as { kioskProduction: unknown }).kioskProduction).toBeNull();

    await h.request(CardKioskProduceDocument, { input: { cardId: id, kioskId: "WIS00001" } });
    const wrong = await h.request(CardSimulateProductionDocument, { input: { cardId: id, status: "PRODUCED", errorCode: "PRT_PAUSED" } });
    expect(wrong.body.data!.cardSimulateProduction.userErrors).toMatchObject([{ code: "INVALID", field: ["input", "errorCode"] }]);
    const failed = await h.request(CardSimulateProductionDocument, { input: { cardId: id, status: "PRODUCTION_ERROR", errorCode: "PRT_COVER_OPEN" } });
    expect(failed.body.data!.cardSimulateProduction.card!.kioskProduction).toMatchObject({ status: "PRODUCTION_ERROR", errorCode: "PRT_COVER_OPEN" });
  });
});
