// Balance.statement as a Relay connection over a date range, against the embedded sandbox over HTTP.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { toGlobalId } from "graphql-relay";
import {
  BalanceConvertDocument,
  ProfileBalancesDocument,
  QuoteCreateDocument,
  StatementPageDocument,
  StatementTwoPagesDocument,
  TransferFundDocument,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { newTransfer } from "../helpers/money.js";

const STATEMENT_ROUTE = "GET /v1/profiles/:profileId/balance-statements/:balanceId/statement.json";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function gbpBalanceId(): Promise<string> {
  const balances = (await h.request(ProfileBalancesDocument, { id: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)), types: ["STANDARD"] })).body.data!.profile!
    .balances!;
  return balances.find((b) => b.currency === "GBP")!.id;
}

const statementCalls = async () => (await h.stats()).routes[STATEMENT_ROUTE] ?? 0;

/** The seed's year of history, and a little before it. */
const seedYear = { from: "2024-06-01T00:00:00.000Z", to: "2025-07-01T00:00:00.000Z" };

/** A statement page as the tests read it (the operation's typed answer is read through `node`). */
type Page = any;

async function page(variables: Record<string, unknown>) {
  const response = await h.request(StatementPageDocument, variables as never);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.node as { currency: string; cashAmount: { amount: string }; statement: any };
}

describe("Balance.statement", () => {
  it("pages forwards to its end, one Wise call a page; lines newest first, each running balance following from the one before, opening + amounts = closing", async () => {
    const id = await gbpBalanceId();
    const lines: any[] = [];
    let after: string | null = null;
    let pages = 0;
    let last: Page | undefined;
    do {
      const before = await statementCalls();
      const statement = (await page({ id, ...seedYear, first: 25, after })).statement as Page;
      expect(await statementCalls()).toBe(before + 1);
      expect(statement.pageInfo.hasPreviousPage).toBe(after !== null);
      lines.push(...statement.edges.map((edge: any) => edge.node));
      after = statement.pageInfo.hasNextPage ? statement.pageInfo.endCursor : null;
      last = statement;
      pages++;
    } while (after !== null);
    expect(pages).toBeGreaterThan(2);
    expect(lines).toHaveLength(last.totalCount);
    // A refund carries its transfer's reference, so a line is told apart by its reference and time.
    expect(new Set(lines.map((l) => `${l.referenceNumber} ${l.date}`)).size).toBe(lines.length);
    const dates = lines.map((l) => Date.parse(l.date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    // Newest first: the running balance after each line is the next older one's plus its amount.
    let running = new Big(last.closingBalance.amount);
    for (const line of lines) {
      expect(line.runningBalance.amount).toBe(running.toFixed(2));
      expect(line.amount.amount).toMatch(/^-?\d+\.\d{2}$/);
      expect(line.direction).toBe(line.amount.amount.startsWith("-") ? "DEBIT" : "CREDIT");
      running = running.minus(line.amount.amount);
    }
    expect(running.toFixed(2)).toBe(last.openingBalance.amount);
    // The seed's history of this balance starts before the interval: its opening is what the lines before made it.
    expect(last.openingBalance).toEqual({ amount: expect.stringMatching(/^\d+\.\d{2}$/), currency: "GBP" });
    // Transfers the seed paid from the balance link to the Transfer node (one transfer read per line that names one).
    const linked = (await page({ id, ...seedYear, first: 10, withTransfer: true })).statement.edges.map((edge: any) => edge.node);
    const sent = linked.find((l: any) => l.kind === "TRANSFER" && l.direction === "DEBIT");
    expect(sent.transfer).toMatchObject({ wiseId: Number(sent.referenceNumber.slice("TRANSFER-".length)) });
    for (const line of linked.filter((l: any) => l.kind !== "TRANSFER")) expect(line.transfer).toBeNull();
  });

  it("pages backwards with last and before to the newest line, the same lines in the same order", async () => {
    const id = await gbpBalanceId();
    const forward = (await page({ id, ...seedYear, first: 100 })).statement as Page;
    const backward: any[] = [];
    let before: string | null = null;
    for (;;) {
      const statement = (await page({ id, ...seedYear, last: 30, before })).statement as Page;
      backward.unshift(...statement.edges.map((edge: any) => edge.node.referenceNumber));
      expect(statement.pageInfo.hasNextPage).toBe(before !== null);
      if (!statement.pageInfo.hasPreviousPage) break;
      before = statement.pageInfo.startCursor;
    }
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      const statement = (await page({ id, ...seedYear, first: 100, after })).statement as Page;
      all.push(...statement.edges.map((edge: any) => edge.node.referenceNumber));
      if (!statement.pageInfo.hasNextPage) break;
      after = statement.pageInfo.endCursor;
    }
    expect(backward).toEqual(all);
    expect(all.slice(0, 100)).toEqual(forward.edges.map((edge: any) => edge.node.referenceNumber));
  });

  it("answers two pages of one interval in one request with one Wise call", async () => {
    const id = await gbpBalanceId();
    const before = await statementCalls();
    const response = await h.request(StatementTwoPagesDocument, { id, ...seedYear });
    expect(response.body.errors).toBeUndefined();
    expect(await statementCalls()).toBe(before + 1);
    const node = response.body.data!.node as {
      head: { totalCount: number; nodes: { referenceNumber: string }[] };
      tail: { totalCount: number; nodes: { referenceNumber: string }[] };
    };
    expect(node.head.nodes).toHaveLength(2);
    expect(node.tail.nodes).toHaveLength(2);
    expect(node.head.totalCount).toBe(node.tail.totalCount);
    expect(node.head.nodes[0]!.referenceNumber).not.toBe(node.tail.nodes[1]!.referenceNumber);
  });

  it("shows a transfer funded now as its newest line, linked to the transfer, with its fee; its closing balance is the balance's cash amount", async () => {
    const id = await gbpBalanceId();
    const { transfer, quote } = await newTransfer(h, "123.45");
    const funded = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(funded.userErrors).toEqual([]);
    const now = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const node = await page({ id, ...now, first: 5, withTransfer: true });
    const [newest] = node.statement.edges.map((edge: any) => edge.node);
    expect(newest).toMatchObject({
      direction: "DEBIT",
      kind: "TRANSFER",
      amount: { amount: "-123.45", currency: "GBP" },
      totalFees: { amount: quote.selectedPaymentOption!.fee!.total.amount, currency: "GBP" },
      referenceNumber: `TRANSFER-${transfer.wiseId}`,
      transfer: { id: transfer.id, wiseId: transfer.wiseId },
    });
    expect(node.statement.closingBalance).toEqual({ amount: node.cashAmount.amount, currency: "GBP" });
    const moved = node.statement.edges.reduce((sum: Big, edge: any) => sum.plus(edge.node.amount.amount), new Big(0));
    if (!node.statement.pageInfo.hasNextPage) expect(new Big(node.statement.openingBalance.amount).plus(moved).toFixed(2)).toBe(node.statement.closingBalance.amount);
  });

  it("refuses bad paging before any Wise call: first with last, a page size out of range, a forged cursor, a cursor of another interval", async () => {
    const id = await gbpBalanceId();
    const other = (await page({ id, from: "2025-01-01T00:00:00.000Z", to: "2025-06-30T00:00:00.000Z", first: 1 })).statement as Page;
    const before = await statementCalls();
    const refusals = [
      { first: 2, last: 2 },
      { first: 0 },
      { last: 101 },
      { first: 2, after: "bm90LWEtY3Vyc29y" },
      { first: 2, after: other.pageInfo.endCursor },
      { last: 2, before: other.pageInfo.endCursor },
    ];
    for (const args of refusals) {
      const response = await h.request(StatementPageDocument, { id, ...seedYear, ...args } as never);
      expect({ args, codes: errorCodes(response) }).toEqual({ args, codes: ["BAD_USER_INPUT"] });
    }
    const backwards = await h.request(StatementPageDocument, { id, from: seedYear.to, to: seedYear.from });
    expect(errorCodes(backwards)).toEqual(["BAD_USER_INPUT"]);
    expect(await statementCalls()).toBe(before);
  });
});

describe("Balance.statement of a conversion", () => {
  it("shows both sides and the exact rate on the debit and the credit line", async () => {
    const quote = (
      await h.request(QuoteCreateDocument, {
        input: {
          profileId: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)),
          sourceCurrency: "GBP",
          targetCurrency: "EUR",
          sourceAmount: "40.00",
          payOut: "BALANCE",
          preferredPayIn: "BALANCE",
        },
      })
    ).body.data!.quoteCreate.quote!;
    const converted = (await h.request(BalanceConvertDocument, { input: { quoteId: quote.id, idempotencyKey: "4c1f7a2e-0d7b-4b8e-9a51-3f0c2d9e8a11" } })).body.data!.balanceConvert;
    expect(converted.userErrors).toEqual([]);
    const conversion = converted.conversion!;
    const query = `query($id: ID!, $from: DateTime!, $to: DateTime!) { node(id: $id) { ... on Balance { statement(from: $from, to: $to, first: 1) {
      edges { node { amount { amount currency } exchange { fromAmount { amount currency } toAmount { amount currency } rate } } } } } } }`;
    const window = { from: new Date(Date.now() - 60_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
    const expected = { fromAmount: conversion.sourceAmount, toAmount: conversion.targetAmount, rate: conversion.rate };
    // The GBP balance's newest line is the debit, the EUR balance's the credit.
    const sides = converted.balances!.filter((b) => b.type === "STANDARD" && (b.currency === "GBP" || b.currency === "EUR"));
    expect(sides).toHaveLength(2);
    for (const id of sides.map((b) => b.id)) {
      const answer = JSON.parse((await h.raw(JSON.stringify({ query, variables: { id, ...window } }))).text);
      expect(answer.errors).toBeUndefined();
      const line = answer.data.node.statement.edges[0].node;
      expect(line.exchange).toEqual(expected);
    }
  });
});
