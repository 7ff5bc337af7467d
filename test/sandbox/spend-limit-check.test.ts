// The spend-limit authorisation check against a Store holding card transactions written
// directly: each granularity of the card's own limits and of the profile's, the windows of the
// London calendar, what counts as usage (IN_PROGRESS and COMPLETED spending; not DECLINED,
// CANCELLED or refunds), conversion into the limit's currency, and the check's place in the
// list the authorisation engine runs.

import Big from "big.js";
import { beforeEach, describe, expect, it } from "@jest/globals";
import { Store } from "../../src/sandbox/index.js";
import { AUTHORISATION_CHECKS, declineOf, type CardAuthorisation } from "../../src/sandbox/api/card/authorisation-checks.js";
import type { CardRecord, CardTransactionRecord, CardTransactionState, CardTransactionType } from "../../src/sandbox/api/card/model.js";
import { spendLimitCheck } from "../../src/sandbox/api/spend-limits/spend-limit.check.js";
import { midRate } from "../../src/sandbox/market.js";

let store: Store;
let gbpCard: CardRecord;
let otherGbpCard: CardRecord;

// 15:00 in London on 15 July 2026 (BST): the day began at 2026-07-14T23:00Z, the month at 2026-06-30T23:00Z.
const NOW = Date.parse("2026-07-15T14:00:00Z");

beforeEach(() => {
  store = new Store();
  const alice = [...store.users.values()].find((u) => u.name === "alice")!;
  const cards = store.cards.cardsOfProfile(alice.personalProfileId);
  [gbpCard, otherGbpCard] = cards as [CardRecord, CardRecord];
  expect(gbpCard.program.defaultCurrency).toBe("GBP");
});

function auth(card: CardRecord, value: string, type: CardTransactionType = "POS_PURCHASE", currency = "GBP", nowMs = NOW): CardAuthorisation {
  const amount = { value, currency };
  return { card, transactionType: type, pos: type === "CASH_WITHDRAWAL" ? "ATM" : "CHIP_AND_PIN", amount, billingAmount: amount, mcc: "5411", merchantCountry: "GB", nowMs };
}

function addTx(card: CardRecord, value: string, opts: { state?: CardTransactionState; type?: CardTransactionType; atMs?: number; currency?: string } = {}): void {
  const id = store.cards.newTransactionId();
  const amount = { value, currency: opts.currency ?? "GBP" };
  const tx: CardTransactionRecord = {
    id,
    cardToken: card.token,
    profileId: card.profileId,
    type: opts.type ?? "POS_PURCHASE",
    state: opts.state ?? "COMPLETED",
    declineReason: null,
    detailedDeclineReason: null,
    creationMs: opts.atMs ?? NOW - 3_600_000,
    modificationMs: opts.atMs ?? NOW - 3_600_000,
    transactionAmount: amount,
    fees: [],
    billingAmount: amount,
    merchant: { name: "Shop", country: "GB", city: "London", zipCode: null, region: null, state: null, categoryName: "Grocery", categoryCode: "5411" },
    authorisationMethod: "CHIP_AND_PIN",
    approvalCode: "123456",
    debits: [],
    reference: null,
  };
  store.cards.transactions.set(id, tx);
}

const cardLimits = (card: CardRecord) => store.spendLimits.cardLimits(store, card).limits;
const profileLimits = (card: CardRecord) => store.spendLimits.profileLimits(store, card.profileId).limits;

it("is one of the checks the authorisation engine runs", () => {
  expect(AUTHORISATION_CHECKS).toContain(spendLimitCheck);
  cardLimits(gbpCard).transaction = "10";
  expect(declineOf(store, auth(gbpCard, "10.01"))).toEqual({ reason: "PAYMENT_METHOD_TRANSACTION_LIMIT_EXCEEDED" });
});

describe("the card's own limits", () => {
  it("pass everything while the card has none (only the profile's defaults apply)", () => {
    expect(spendLimitCheck(store, auth(gbpCard, "19999.99"))).toBeNull();
  });

  it("transaction: the amount alone, reaching the limit exactly passes, one penny over declines", () => {
    cardLimits(gbpCard).transaction = "100";
    addTx(gbpCard, "90");
    expect(spendLimitCheck(store, auth(gbpCard, "100.00"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "100.01"))).toEqual({ reason: "PAYMENT_METHOD_TRANSACTION_LIMIT_EXCEEDED" });
  });

  it("daily: what was spent today counts, yesterday (London time) does not", () => {
    cardLimits(gbpCard).daily = "50";
    addTx(gbpCard, "30");
    addTx(gbpCard, "500", { atMs: Date.parse("2026-07-14T22:59:59Z") }); // 23:59:59 BST the day before
    expect(spendLimitCheck(store, auth(gbpCard, "20"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "20.01"))).toEqual({
      reason: "PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED",
      detailedReason: "CARD_GENERAL_DAILY_LIMIT_EXCEEDED_CHANGEABLE",
    });
    // Just after London's midnight the day's spending starts again at zero.
    const tomorrow = Date.parse("2026-07-15T23:00:00Z");
    expect(spendLimitCheck(store, auth(gbpCard, "50", "POS_PURCHASE", "GBP", tomorrow))).toBeNull();
  });

  it("monthly: the calendar month in London counts", () => {
    cardLimits(gbpCard).monthly = "1000";
    addTx(gbpCard, "600", { atMs: Date.parse("2026-07-01T00:30:00Z") }); // 01:30 BST on 1 July
    addTx(gbpCard, "900", { atMs: Date.parse("2026-06-30T22:30:00Z") }); // 23:30 BST on 30 June
    expect(spendLimitCheck(store, auth(gbpCard, "400"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "400.01"))).toEqual({
      reason: "PAYMENT_METHOD_MONTHLY_LIMIT_EXCEEDED",
      detailedReason: "CARD_GENERAL_MONTHLY_LIMIT_EXCEEDED_CHANGEABLE",
    });
  });

  it("lifetime: everything since the card was issued, cash included", () => {
    cardLimits(gbpCard).lifetime = "300";
    addTx(gbpCard, "100", { atMs: Date.parse("2025-01-05T10:00:00Z") });
    addTx(gbpCard, "150", { type: "CASH_WITHDRAWAL", atMs: Date.parse("2026-03-01T10:00:00Z") });
    expect(spendLimitCheck(store, auth(gbpCard, "50"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "50.01", "CASH_WITHDRAWAL"))).toEqual({ reason: "PAYMENT_METHOD_LIFETIME_LIMIT_EXCEEDED" });
  });

  it("a lifetime limit of 0 declines every payment", () => {
    cardLimits(gbpCard).lifetime = "0";
    expect(spendLimitCheck(store, auth(gbpCard, "0.01"))).toEqual({ reason: "PAYMENT_METHOD_LIFETIME_LIMIT_EXCEEDED" });
  });

  it("count IN_PROGRESS and COMPLETED spending only: not DECLINED, CANCELLED, refunds or credits", () => {
    cardLimits(gbpCard).daily = "100";
    addTx(gbpCard, "40", { state: "IN_PROGRESS" });
    addTx(gbpCard, "40", { state: "COMPLETED" });
    addTx(gbpCard, "500", { state: "DECLINED" });
    addTx(gbpCard, "500", { state: "CANCELLED" });
    addTx(gbpCard, "80", { type: "REFUND" }); // a refund does not give the limit back
    addTx(gbpCard, "80", { type: "ACCOUNT_CREDIT" });
    expect(spendLimitCheck(store, auth(gbpCard, "20"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "20.01"))?.reason).toBe("PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED");
  });

  it("are the card's alone: another card of the profile spends nothing of them", () => {
    cardLimits(gbpCard).daily = "100";
    addTx(otherGbpCard, "5000");
    expect(spendLimitCheck(store, auth(gbpCard, "100"))).toBeNull();
  });

  it("a refund authorisation is never declined for limits", () => {
    cardLimits(gbpCard).transaction = "1";
    cardLimits(gbpCard).lifetime = "0";
    expect(spendLimitCheck(store, auth(gbpCard, "500", "REFUND"))).toBeNull();
  });

  it("compare in the limit's currency, exactly, at the mid-market rate", () => {
    cardLimits(gbpCard).transaction = "100";
    // The EUR amount worth just over 100 GBP at the rate of the moment declines; the one worth 100 passes.
    const worth100 = new Big(100).div(midRate("EUR", "GBP", NOW));
    const eur = (value: string) => auth(gbpCard, value, "POS_PURCHASE", "EUR");
    const under = worth100.round(2, Big.roundDown).toFixed(2);
    const above = worth100.round(2, Big.roundUp).plus("0.01").toFixed(2);
    expect(spendLimitCheck(store, eur(under))).toBeNull();
    expect(spendLimitCheck(store, eur(above))).toEqual({ reason: "PAYMENT_METHOD_TRANSACTION_LIMIT_EXCEEDED" });
  });
});

describe("the profile's limits", () => {
  it("start at Wise's defaults: purchases 20,000 a day, cash 1,000 a day", () => {
    expect(spendLimitCheck(store, auth(gbpCard, "20000"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "20000.01"))).toEqual({
      reason: "PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED",
      detailedReason: "PROFILE_GENERAL_DAILY_LIMIT_EXCEEDED_CHANGEABLE",
    });
    expect(spendLimitCheck(store, auth(gbpCard, "1000", "CASH_WITHDRAWAL"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "1000.01", "CASH_WITHDRAWAL"))).toEqual({ reason: "PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED" });
  });

  it("are shared by every card of the profile, purchases and cash apart", () => {
    profileLimits(gbpCard).PURCHASE.daily.value = "100";
    profileLimits(gbpCard).ATM_WITHDRAWAL.daily.value = "50";
    addTx(otherGbpCard, "70");
    addTx(gbpCard, "45", { type: "CASH_WITHDRAWAL" });
    expect(spendLimitCheck(store, auth(gbpCard, "30"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "30.01"))?.detailedReason).toBe("PROFILE_GENERAL_DAILY_LIMIT_EXCEEDED_CHANGEABLE");
    expect(spendLimitCheck(store, auth(otherGbpCard, "5", "CASH_WITHDRAWAL"))).toBeNull();
    expect(spendLimitCheck(store, auth(otherGbpCard, "5.01", "CASH_WITHDRAWAL"))).toEqual({ reason: "PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED" });
  });

  it("monthly: the month's spending of all cards", () => {
    profileLimits(gbpCard).PURCHASE.monthly.value = "300";
    addTx(gbpCard, "100", { atMs: Date.parse("2026-07-02T10:00:00Z") });
    addTx(otherGbpCard, "150", { atMs: Date.parse("2026-07-03T10:00:00Z") });
    expect(spendLimitCheck(store, auth(gbpCard, "50"))).toBeNull();
    expect(spendLimitCheck(store, auth(gbpCard, "50.01"))).toEqual({
      reason: "PAYMENT_METHOD_MONTHLY_LIMIT_EXCEEDED",
      detailedReason: "PROFILE_GENERAL_MONTHLY_LIMIT_EXCEEDED_CHANGEABLE",
    });
  });

  it("the card's own limit is looked at first", () => {
    cardLimits(gbpCard).daily = "10";
    profileLimits(gbpCard).PURCHASE.daily.value = "5";
    expect(spendLimitCheck(store, auth(gbpCard, "11"))?.detailedReason).toBe("CARD_GENERAL_DAILY_LIMIT_EXCEEDED_CHANGEABLE");
  });
});
