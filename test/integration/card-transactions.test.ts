// Card transactions through GraphQL over HTTP against the embedded sandbox: the simulations
// (authorisation, clearing, reversal, refund) and what they leave behind, read back through the
// CardTransaction node, balances, statements and the activity feed; bad input refused before any
// Wise call; someone else's card refused; and never a card secret in any answer.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { toGlobalId } from "graphql-relay";
import { deterministicUuid } from "../../src/sandbox/api/card/state.js";
import {
  CardSimulateAuthorisationDocument,
  CardSimulateClearingDocument,
  CardSimulateReversalDocument,
  CardTransactionNodeDocument,
  CardTransactionsPageDocument,
  CardTransactionsWithDebitsDocument,
} from "../generated/graphql.js";
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

const token = () => deterministicUuid(`card:${h.alice.personalProfileId}:PHYSICAL`);
const cardId = () => toGlobalId("Card", `${h.alice.personalProfileId}:${token()}`);
const gbp = () => [...h.sandbox.store.balances.values()].find((b) => b.profileId === h.alice.personalProfileId && b.currency === "GBP" && b.type === "STANDARD")!;

/** The simulation and card routes called, from the sandbox's counters. */
async function cardCalls(): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries((await h.stats()).routes).filter(([route]) => route.includes("/spend/")));
}

async function authorise(amount: string, extra: Record<string, unknown> = {}) {
  const res = await h.request(CardSimulateAuthorisationDocument, { input: { cardId: cardId(), amount, currency: "GBP", ...extra } });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.cardSimulateAuthorisation;
}

describe("cardSimulateAuthorisation", () => {
  it("holds the money and answers the IN_PROGRESS transaction, read back by node(id:)", async () => {
    const before = gbp().amount;
    const payload = await authorise("12.50", { mcc: "5411" });
    expect(payload.userErrors).toEqual([]);
    expect(payload.declineReason).toBeNull();
    const tx = payload.transaction!;
    expect(tx).toMatchObject({ type: "POS_PURCHASE", state: "IN_PROGRESS", amount: { amount: "12.50", currency: "GBP" }, billingAmount: { amount: "12.50", currency: "GBP" } });
    expect(tx.merchant).toMatchObject({ categoryCode: "5411", country: "United Kingdom" });
    expect(tx.debits).toHaveLength(1);
    expect(tx.debits[0]!.balance).toMatchObject({ currency: "GBP", reservedAmount: { amount: new Big("12.50").toFixed(2) } });
    expect(gbp().amount).toBe(new Big(before).minus("12.50").toFixed(2));
    const node = await h.request(CardTransactionNodeDocument, { id: tx.id });
    expect(node.body.data!.node).toMatchObject({ __typename: "CardTransaction", id: tx.id, state: "IN_PROGRESS", card: { id: cardId() } });
    expect(await cardCalls()).toEqual({
      "POST /v2/simulation/spend/profiles/:profileId/cards/:cardToken/transactions/authorisation": 1,
      "GET /v2/simulation/spend/profiles/:profileId/cards/:cardToken/transactions": 1,
      "GET /v4/spend/profiles/:profileId/cards/transactions/:transactionId": 2,
      "GET /v3/spend/profiles/:profileId/cards/:cardToken": 1,
    });
  });

  it("answers a declined transaction with INSUFFICIENT_FUNDS and holds nothing", async () => {
    const before = { amount: gbp().amount, reserved: gbp().reservedAmount };
    // Above alice's GBP balance (3,730.27) yet within the profile's daily purchase limit: the balance is what declines it.
    const payload = await authorise("5000.00");
    expect(payload.userErrors).toEqual([]);
    expect(payload.declineReason).toBe("INSUFFICIENT_FUNDS");
    expect(payload.transaction).toMatchObject({ state: "DECLINED", declineReason: "INSUFFICIENT_FUNDS", approvalCode: null, debits: [] });
    expect({ amount: gbp().amount, reserved: gbp().reservedAmount }).toEqual(before);
  });

  it("refuses bad input before any Wise call", async () => {
    for (const [extra, field] of [
      [{ amount: "1.001" }, "amount"],
      [{ amount: "0" }, "amount"],
      [{ mcc: "54" }, "mcc"],
      [{ merchantCountry: "Germany" }, "merchantCountry"],
    ] as const) {
      const input = Object.assign({ cardId: cardId(), amount: "1.00", currency: "GBP" }, extra);
      const res = await h.request(CardSimulateAuthorisationDocument, { input });
      expect(res.body.data!.cardSimulateAuthorisation.userErrors.map((e) => e.field)).toEqual([["input", field]]);
    }
    expect(await cardCalls()).toEqual({});
  });

  it("refuses someone else's card, and an id that is not a card", async () => {
    const bobCard = toGlobalId("Card", `${h.bob.personalProfileId}:${deterministicUuid(`card:${h.bob.personalProfileId}:PHYSICAL`)}`);
    const forbidden = await h.request(CardSimulateAuthorisationDocument, { input: { cardId: bobCard, amount: "1.00", currency: "USD" } });
    expect(errorCodes(forbidden)).toEqual(["FORBIDDEN"]);
    const notCard = await h.request(CardSimulateAuthorisationDocument, { input: { cardId: toGlobalId("Balance", "1:2"), amount: "1.00", currency: "USD" } });
    expect(errorCodes(notCard)).toEqual(["BAD_USER_INPUT"]);
    expect([...h.sandbox.store.cards.transactions.values()]).toEqual([]);
  });
});

describe("cardSimulateClearing and cardSimulateReversal", () => {
  it("clears once: COMPLETED, the money debited with a CARD statement line, the activity completed", async () => {
    const start = { amount: gbp().amount, cash: gbp().cashAmount, reserved: gbp().reservedAmount };
    const tx = (await authorise("20.00")).transaction!;
    const res = await h.request(CardSimulateClearingDocument, { input: { transactionId: tx.id, amount: "19.00" } });
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data!.cardSimulateClearing;
    expect(payload.userErrors).toEqual([]);
    expect(payload.transaction).toMatchObject({ state: "COMPLETED", amount: { amount: "19.00", currency: "GBP" } });
    expect(payload.transaction!.acquirerReferenceNumber).toMatch(/^\d{23}$/);
    expect(gbp()).toMatchObject({
      amount: new Big(start.amount).minus("19.00").toFixed(2),
      reservedAmount: start.reserved,
      cashAmount: new Big(start.cash).minus("19.00").toFixed(2),
    });
    const lines = [...h.sandbox.store.balanceTransactions.values()].filter((t) => t.card?.transactionId === tx.wiseId);
    expect(lines.map((l) => [l.type, l.amount])).toEqual([["CARD", "-19.00"]]);
    expect(h.sandbox.store.activityOf(h.alice.personalProfileId, "CARD_TRANSACTION", String(tx.wiseId))).toMatchObject({ type: "CARD_PAYMENT", status: "COMPLETED" });
    const again = await h.request(CardSimulateClearingDocument, { input: { transactionId: tx.id } });
    expect(again.body.data!.cardSimulateClearing.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    expect(gbp().cashAmount).toBe(new Big(start.cash).minus("19.00").toFixed(2));
  });

  it("reverses: CANCELLED, the hold released", async () => {
    const start = { amount: gbp().amount, reserved: gbp().reservedAmount };
    const tx = (await authorise("33.00")).transaction!;
    const res = await h.request(CardSimulateReversalDocument, { input: { transactionId: tx.id } });
    const payload = res.body.data!.cardSimulateReversal;
    expect(payload.userErrors).toEqual([]);
    expect(payload.transaction!.state).toBe("CANCELLED");
    expect(payload.transaction!.debits.map((d) => d.debitedAmount.amount)).toEqual(["33.00", "-33.00"]);
    expect({ amount: gbp().amount, reserved: gbp().reservedAmount }).toEqual(start);
  });

  it("credits a refund when it is cleared", async () => {
    const start = gbp().cashAmount;
    const tx = (await authorise("8.40", { transactionType: "REFUND" })).transaction!;
    expect(tx).toMatchObject({ type: "REFUND", state: "IN_PROGRESS", amount: { amount: "-8.40" } });
    expect(gbp().cashAmount).toBe(start);
    const payload = (await h.request(CardSimulateClearingDocument, { input: { transactionId: tx.id } })).body.data!.cardSimulateClearing;
    expect(payload.userErrors).toEqual([]);
    expect(payload.transaction!.credits).toEqual([
      { balanceWiseId: gbp().id, creditedAmount: { amount: "8.40", currency: "GBP" }, balance: { id: toGlobalId("Balance", `${h.alice.personalProfileId}:${gbp().id}`) } },
    ]);
    expect(gbp().cashAmount).toBe(new Big(start).plus("8.40").toFixed(2));
  });

  it("converts a purchase in another currency exactly", async () => {
    const before = gbp().amount;
    const tx = (await authorise("15.00", { currency: "CHF", pos: "E_COMMERCE_NO_3DS" })).transaction!;
    const [debit] = tx.debits;
    const converted = new Big("15.00").div(debit!.rate!).round(2, Big.roundUp);
    const fee = converted.times("0.0038").round(2, Big.roundHalfUp);
    expect(debit).toMatchObject({
      debitedAmount: { amount: converted.plus(fee).toFixed(2), currency: "GBP" },
      forAmount: { amount: "15.00", currency: "CHF" },
      fee: { amount: fee.toFixed(2) },
    });
    expect(tx.billingAmount).toEqual(debit!.debitedAmount);
    expect(gbp().amount).toBe(new Big(before).minus(converted.plus(fee)).toFixed(2));
  });

  it("refuses a transaction this server did not simulate, and someone else's", async () => {
    const tx = (await authorise("5.00")).transaction!;
    const sameIdOtherProfile = toGlobalId("CardTransaction", `${h.bob.personalProfileId}:${tx.wiseId}`);
    const other = await h.request(CardSimulateClearingDocument, { input: { transactionId: sameIdOtherProfile } }, { token: h.bob.token });
    expect(other.body.data!.cardSimulateClearing.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    const asBob = await h.request(CardSimulateClearingDocument, { input: { transactionId: tx.id } }, { token: h.bob.token });
    expect(errorCodes(asBob)).toEqual(["FORBIDDEN"]);
    expect(h.sandbox.store.cards.transactions.get(tx.wiseId)!.state).toBe("IN_PROGRESS");
  });
});

describe("Card.transactions", () => {
  it("pages a card's transactions newest first over Wise's lastId, one Wise call per page", async () => {
    const ids: number[] = [];
    for (let i = 1; i <= 5; i++) ids.push((await authorise(`${i}.00`)).transaction!.wiseId);
    const before = (await cardCalls())["GET /v4/spend/profiles/:profileId/cards/:cardToken/transactions"] ?? 0;
    const first = await h.request(CardTransactionsPageDocument, { cardId: cardId(), first: 3 });
    expect(first.body.errors).toBeUndefined();
    const page1 = (first.body.data!.node as any).transactions;
    expect(page1.edges.map((e: any) => e.node.wiseId)).toEqual([ids[4], ids[3], ids[2]]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await h.request(CardTransactionsPageDocument, { cardId: cardId(), first: 3, after: page1.pageInfo.endCursor });
    const page2 = (second.body.data!.node as any).transactions;
    expect(page2.edges.map((e: any) => e.node.wiseId)).toEqual([ids[1], ids[0]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect((await cardCalls())["GET /v4/spend/profiles/:profileId/cards/:cardToken/transactions"]).toBe(before + 2);
  });

  it("refuses a window older than Wise serves, a reversed window and a cursor of another list before any Wise call", async () => {
    const old = new Date(Date.now() - 91 * 86_400_000).toISOString();
    const tooOld = await h.request(CardTransactionsPageDocument, { cardId: cardId(), first: 3, createdFrom: old });
    expect(errorCodes(tooOld)).toEqual(["BAD_USER_INPUT"]);
    const reversed = await h.request(CardTransactionsPageDocument, {
      cardId: cardId(),
      first: 3,
      createdFrom: new Date().toISOString(),
      createdTo: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(errorCodes(reversed)).toEqual(["BAD_USER_INPUT"]);
    const forged = await h.request(CardTransactionsPageDocument, { cardId: cardId(), first: 3, after: "eyJ2IjoxfQ" });
    expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
    expect((await cardCalls())["GET /v4/spend/profiles/:profileId/cards/:cardToken/transactions"]).toBeUndefined();
  });

  it("reads the debits Wise's list leaves out by id, and lists the simulated transactions (sandbox only)", async () => {
    const again = (await authorise("6.00")).transaction!;
    const res = await h.request(CardTransactionsWithDebitsDocument, { cardId: cardId() });
    expect(res.body.errors).toBeUndefined();
    const card = res.body.data!.node as any;
    expect(card.transactions.nodes).toEqual([{ wiseId: again.wiseId, debits: [{ debitedAmount: { amount: "6.00", currency: "GBP" } }] }]);
    expect(card.simulatedTransactions).toEqual([{ wiseId: again.wiseId, state: "IN_PROGRESS" }]);
  });
});

describe("card secrets", () => {
  it("never appear in any answer of the simulations", async () => {
    const card = h.sandbox.store.cards.cards.get(token())!;
    const texts: string[] = [];
    const send = async (query: string, variables: Record<string, unknown>) => {
      const res = await h.raw(JSON.stringify({ query, variables }));
      texts.push(res.text);
      return JSON.parse(res.text) as { data: Record<string, { transaction: { id: string } | null }> };
    };
    const everything =
      "transaction { id wiseId state declineReason amount { amount } merchant { name categoryCode } approvalCode debits { balanceWiseId } } userErrors { message field code }";
    const auth = await send(`mutation($input: CardSimulateAuthorisationInput!) { cardSimulateAuthorisation(input: $input) { declineReason ${everything} } }`, {
      input: { cardId: cardId(), amount: "3.00", currency: "GBP" },
    });
    const id = auth.data.cardSimulateAuthorisation!.transaction!.id;
    await send(`mutation($input: CardSimulateReversalInput!) { cardSimulateReversal(input: $input) { ${everything} } }`, { input: { transactionId: id, finalAmount: "1.00" } });
    await send(`mutation($input: CardSimulateClearingInput!) { cardSimulateClearing(input: $input) { ${everything} } }`, { input: { transactionId: id } });
    await send(`mutation($input: CardSimulateClearingInput!) { cardSimulateClearing(input: $input) { ${everything} } }`, { input: { transactionId: id } });
    for (const text of texts) {
      expect(text).not.toContain(card.secrets.pan);
      expect(text).not.toContain(`"${card.secrets.cvv2}"`);
      expect(text).not.toContain(`"${card.secrets.pin}"`);
      expect(text).not.toMatch(/"(pan|pin|cvv1|cvv2|icvv|reference)"/);
    }
  });
});
