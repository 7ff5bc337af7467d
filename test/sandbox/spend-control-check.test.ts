// The spend-control authorisation check on a Store with rules added directly: an applied BLOCK
// rule declines what it names, an applied ALLOW rule declines everything else, a rule not applied
// or of another application does nothing, and every applied rule must pass. The decline is
// Wise's TRANSACTION_TYPE_NOT_SUPPORTED, and it is in AUTHORISATION_CHECKS, so declineOf gives it.

import { beforeEach, describe, expect, it } from "@jest/globals";
import { AUTHORISATION_CHECKS, declineOf, type CardAuthorisation } from "../../src/sandbox/api/card/authorisation-checks.js";
import { DEMO_CLIENT } from "../../src/sandbox/api/oauth/tokens.js";
import { spendControlCheck } from "../../src/sandbox/api/spend-controls/spend-control.check.js";
import type { SpendControlRuleRecord } from "../../src/sandbox/api/spend-controls/state.js";
import { Store } from "../../src/sandbox/store.js";

let store: Store;
let nextId: number;

beforeEach(() => {
  store = new Store();
  nextId = 1;
});

/** An authorisation with alice's physical GBP card (a seeded card), changed by `over`. */
function authorisation(over: { mcc?: string; currency?: string } = {}): CardAuthorisation {
  const card = [...store.cards.cards.values()].find((c) => c.program.cardType === "PHYSICAL" && c.program.defaultCurrency === "GBP")!;
  const currency = over.currency ?? "GBP";
  return {
    card,
    transactionType: "POS_PURCHASE",
    pos: "CHIP_AND_PIN",
    amount: { value: "12.50", currency },
    billingAmount: { value: "12.50", currency: "GBP" },
    mcc: over.mcc ?? "5411",
    merchantCountry: "GB",
    nowMs: Date.parse("2026-12-01T12:00:00Z"),
  };
}

function addRule(rule: Partial<SpendControlRuleRecord> & Pick<SpendControlRuleRecord, "type" | "operation" | "values">): SpendControlRuleRecord {
  const record: SpendControlRuleRecord = { id: nextId++, clientId: DEMO_CLIENT.id, description: null, applied: true, ...rule };
  store.spendControls.rules.set(record.id, record);
  return record;
}

const DECLINED = { reason: "TRANSACTION_TYPE_NOT_SUPPORTED" };

describe("spendControlCheck", () => {
  it("lets everything through without applied rules, and ignores rules not applied", () => {
    expect(spendControlCheck(store, authorisation())).toBeNull();
    addRule({ type: "MCC", operation: "BLOCK", values: ["5411"], applied: false });
    expect(spendControlCheck(store, authorisation())).toBeNull();
  });

  it("an applied MCC BLOCK rule declines the codes it names, and only those", () => {
    addRule({ type: "MCC", operation: "BLOCK", values: ["7995", "7801"] });
    expect(spendControlCheck(store, authorisation({ mcc: "7995" }))).toEqual(DECLINED);
    expect(spendControlCheck(store, authorisation({ mcc: "7801" }))).toEqual(DECLINED);
    expect(spendControlCheck(store, authorisation({ mcc: "5411" }))).toBeNull();
  });

  it("an applied CURRENCY ALLOW rule declines every other currency the merchant asks in", () => {
    addRule({ type: "CURRENCY", operation: "ALLOW", values: ["GBP", "EUR"] });
    expect(spendControlCheck(store, authorisation({ currency: "GBP" }))).toBeNull();
    expect(spendControlCheck(store, authorisation({ currency: "EUR" }))).toBeNull();
    expect(spendControlCheck(store, authorisation({ currency: "USD" }))).toEqual(DECLINED);
  });

  it("every applied rule must pass", () => {
    addRule({ type: "MCC", operation: "ALLOW", values: ["5411", "5812"] });
    addRule({ type: "CURRENCY", operation: "BLOCK", values: ["USD"] });
    expect(spendControlCheck(store, authorisation({ mcc: "5812", currency: "EUR" }))).toBeNull();
    expect(spendControlCheck(store, authorisation({ mcc: "5812", currency: "USD" }))).toEqual(DECLINED);
    expect(spendControlCheck(store, authorisation({ mcc: "7995", currency: "EUR" }))).toEqual(DECLINED);
  });

  it("obeys the rules of the application that manages the cardholder, not another's", () => {
    addRule({ type: "MCC", operation: "BLOCK", values: ["5411"], clientId: "other-client" });
    expect(spendControlCheck(store, authorisation())).toBeNull();
    const holder = store.users.get(authorisation().card.userId)!;
    holder.registration = { clientId: "other-client", code: "registration-code", language: "EN", createdMs: 0 };
    expect(spendControlCheck(store, authorisation())).toEqual(DECLINED);
  });

  it("is one of the authorisation checks, so declineOf answers its reason", () => {
    expect(AUTHORISATION_CHECKS).toContain(spendControlCheck);
    addRule({ type: "MCC", operation: "BLOCK", values: ["7995"] });
    expect(declineOf(store, authorisation({ mcc: "7995" }))).toEqual(DECLINED);
    expect(declineOf(store, authorisation({ mcc: "5411" }))).toBeNull();
  });
});
