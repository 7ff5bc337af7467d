// The card's own authorisation checks against a Store: its status (and expiry date), then its
// spending permissions and wrong PIN count, each in AUTHORISATION_CHECKS and applied by declineOf.

import { beforeEach, describe, expect, it } from "@jest/globals";
import { AUTHORISATION_CHECKS, declineOf, type CardAuthorisation } from "../../src/sandbox/api/card/authorisation-checks.js";
import { cardStatusCheck } from "../../src/sandbox/api/card/card-status.check.js";
import type { CardRecord, CardStatus, CardTransactionType } from "../../src/sandbox/api/card/model.js";
import { MAX_PIN_TRIES, permissionFor, spendingPermissionsCheck } from "../../src/sandbox/api/card/spending-permissions.check.js";
import { Store } from "../../src/sandbox/store.js";

const NOW = Date.parse("2026-12-01T12:00:00Z");

let store: Store;
let physical: CardRecord;
let virtual: CardRecord;

beforeEach(() => {
  store = new Store();
  const alice = [...store.users.values()].find((u) => u.name === "alice")!;
  const cards = store.cards.cardsOfProfile(alice.personalProfileId);
  physical = cards.find((c) => c.program.cardType === "PHYSICAL")!;
  virtual = cards.find((c) => c.program.cardType !== "PHYSICAL")!;
});

function authorisation(card: CardRecord, pos: string, transactionType: CardTransactionType = "POS_PURCHASE", nowMs = NOW): CardAuthorisation {
  const amount = { value: "10.00", currency: "GBP" };
  return { card, transactionType, pos, amount, billingAmount: amount, mcc: "5499", merchantCountry: "GB", nowMs };
}

describe("cardStatusCheck", () => {
  it("lets an ACTIVE card within its expiry through", () => {
    expect(cardStatusCheck(store, authorisation(physical, "CHIP_AND_PIN"))).toBeNull();
  });

  it("declines every other status with the reason it names", () => {
    const expected: Record<Exclude<CardStatus, "ACTIVE">, string> = {
      FROZEN: "CARD_FROZEN",
      BLOCKED: "CARD_BLOCKED",
      INACTIVE: "CARD_INACTIVE",
      EXPIRED: "CARD_EXPIRED",
      PURGED: "CARD_EXPIRED",
      PARTNER_SUSPENDED: "CARD_PARTNER_SUSPENDED",
    };
    for (const [status, reason] of Object.entries(expected)) {
      physical.status = status as CardStatus;
      expect({ status, decline: cardStatusCheck(store, authorisation(physical, "CHIP_AND_PIN")) }).toEqual({ status, decline: { reason } });
    }
  });

  it("declines an ACTIVE card once its expiry day is over, not during it", () => {
    physical.expiryDate = "2026-11-30T00:00:00Z";
    expect(cardStatusCheck(store, authorisation(physical, "CHIP_AND_PIN", "POS_PURCHASE", Date.parse("2026-11-30T23:59:59Z")))).toBeNull();
    expect(cardStatusCheck(store, authorisation(physical, "CHIP_AND_PIN", "POS_PURCHASE", Date.parse("2026-12-01T00:00:00Z")))).toEqual({ reason: "CARD_EXPIRED" });
  });
});

describe("spendingPermissionsCheck", () => {
  it("maps each point of sale and transaction type to its permission; credits need none", () => {
    expect(permissionFor({ pos: "CHIP_AND_PIN", transactionType: "POS_PURCHASE" })).toBe("POS_CHIP");
    expect(permissionFor({ pos: "CONTACTLESS", transactionType: "POS_PURCHASE" })).toBe("POS_CONTACTLESS");
    expect(permissionFor({ pos: "MAGSTRIPE", transactionType: "POS_PURCHASE" })).toBe("POS_MAGSTRIPE");
    expect(permissionFor({ pos: "E_COMMERCE", transactionType: "ECOM_PURCHASE" })).toBe("ECOM");
    expect(permissionFor({ pos: "E_COMMERCE_NO_3DS", transactionType: "ECOM_PURCHASE" })).toBe("ECOM");
    expect(permissionFor({ pos: "CHIP_AND_PIN", transactionType: "CASH_WITHDRAWAL" })).toBe("ATM_WITHDRAWAL");
    expect(permissionFor({ pos: "CHIP_AND_PIN", transactionType: "REFUND" })).toBeNull();
  });

  it("declines a payment of a disabled kind with PAYMENT_METHOD_NOT_ALLOWED", () => {
    expect(spendingPermissionsCheck(store, authorisation(physical, "E_COMMERCE_NO_3DS", "ECOM_PURCHASE"))).toBeNull();
    physical.permissions.ECOM.isEnabled = false;
    expect(spendingPermissionsCheck(store, authorisation(physical, "E_COMMERCE_NO_3DS", "ECOM_PURCHASE"))).toEqual({ reason: "PAYMENT_METHOD_NOT_ALLOWED" });
    // Magstripe starts disabled on a physical card; a virtual card has no chip or ATM use.
    expect(spendingPermissionsCheck(store, authorisation(physical, "MAGSTRIPE"))).toEqual({ reason: "PAYMENT_METHOD_NOT_ALLOWED" });
    expect(spendingPermissionsCheck(store, authorisation(virtual, "CHIP_AND_PIN"))).toEqual({ reason: "PAYMENT_METHOD_NOT_ALLOWED" });
    expect(spendingPermissionsCheck(store, authorisation(virtual, "CHIP_AND_PIN", "CASH_WITHDRAWAL"))).toEqual({ reason: "PAYMENT_METHOD_NOT_ALLOWED" });
    // A refund to a card whose online payments are off still arrives.
    expect(spendingPermissionsCheck(store, authorisation(physical, "E_COMMERCE_NO_3DS", "REFUND"))).toBeNull();
  });

  it("declines chip-and-PIN payments after too many wrong PINs, and only those", () => {
    physical.pinTries = MAX_PIN_TRIES - 1;
    expect(spendingPermissionsCheck(store, authorisation(physical, "CHIP_AND_PIN"))).toBeNull();
    physical.pinTries = MAX_PIN_TRIES;
    expect(spendingPermissionsCheck(store, authorisation(physical, "CHIP_AND_PIN"))).toEqual({ reason: "PIN_ENTRY_TRIES_EXCEEDED" });
    expect(spendingPermissionsCheck(store, authorisation(physical, "CHIP_AND_PIN", "CASH_WITHDRAWAL"))).toEqual({ reason: "PIN_ENTRY_TRIES_EXCEEDED" });
    expect(spendingPermissionsCheck(store, authorisation(physical, "CONTACTLESS"))).toBeNull();
  });
});

describe("AUTHORISATION_CHECKS", () => {
  it("holds both checks, the status first: a frozen card with a disabled permission declines as CARD_FROZEN", () => {
    expect(AUTHORISATION_CHECKS).toEqual(expect.arrayContaining([cardStatusCheck, spendingPermissionsCheck]));
    expect(AUTHORISATION_CHECKS.indexOf(cardStatusCheck)).toBeLessThan(AUTHORISATION_CHECKS.indexOf(spendingPermissionsCheck));
    physical.status = "FROZEN";
    physical.permissions.POS_CHIP.isEnabled = false;
    expect(declineOf(store, authorisation(physical, "CHIP_AND_PIN"))).toEqual({ reason: "CARD_FROZEN" });
    physical.status = "ACTIVE";
    expect(declineOf(store, authorisation(physical, "CHIP_AND_PIN"))).toEqual({ reason: "PAYMENT_METHOD_NOT_ALLOWED" });
  });
});
