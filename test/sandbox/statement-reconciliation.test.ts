// The sandbox's statements reconcile, over the seed's history and after any sequence of money
// movements: the balance before an interval plus its lines is the balance after it, which is what
// the balances endpoint says when the interval ends now; each line's running balance follows from
// the one before; and a balance's history starts at zero on the day it opened.

import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import fc from "fast-check";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

let sb: RunningSandbox;
let alice: DemoUser;
beforeAll(async () => {
  sb = await startSandbox({ port: 0 });
  alice = sb.users[0]!;
});
afterAll(async () => {
  await sb.close();
});

type Json = Record<string, any>;

async function api(method: string, path: string, token: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${sb.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "x-idempotence-uuid": randomUUID() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

const text = (value: unknown) => String(value);
const WINDOW_MS = 469 * 86_400_000;

interface BalanceView {
  id: number;
  currency: string;
  type: string;
  cash: string;
  createdMs: number;
}

async function balancesOf(user: DemoUser, profileId: number): Promise<BalanceView[]> {
  const res = await api("GET", `/v4/profiles/${profileId}/balances?types=STANDARD,SAVINGS`, user.token);
  expect(res.status).toBe(200);
  return (res.body as Json[]).map((b) => ({ id: b.id, currency: b.currency, type: b.type, cash: text(b.cashAmount.value), createdMs: Date.parse(b.creationTime) }));
}

/** The statement of one interval, checked on its own: running balances chain, the opening it implies. */
async function statement(user: DemoUser, profileId: number, balance: BalanceView, startMs: number, endMs: number) {
  const query = `currency=${balance.currency}&intervalStart=${new Date(startMs).toISOString()}&intervalEnd=${new Date(endMs).toISOString()}`;
  const res = await api("GET", `/v1/profiles/${profileId}/balance-statements/${balance.id}/statement.json?${query}`, user.token);
  expect(res.status).toBe(200);
  const lines = res.body.transactions as Json[];
  const closing = new Big(text(res.body.endOfStatementBalance.value));
  // Newest first: each line's running balance is the next older one's plus its own amount.
  let after = closing;
  for (const line of lines) {
    expect({ reference: line.referenceNumber, running: text(line.runningBalance.value) }).toEqual({
      reference: line.referenceNumber,
      running: after.toFixed(text(line.runningBalance.value).split(".")[1]?.length ?? 0),
    });
    expect(new Big(text(line.totalFees.value)).lte(new Big(text(line.amount.value)).abs())).toBe(true);
    expect(line.type).toBe(new Big(text(line.amount.value)).lt(0) ? "DEBIT" : "CREDIT");
    after = after.minus(text(line.amount.value));
  }
  return { opening: after, closing, lines };
}

describe("the seed's history", () => {
  it("starts every balance at zero when it opened, never goes below zero, and ends at today's cash amount", async () => {
    for (const user of sb.users) {
      for (const profileId of [user.personalProfileId, user.businessProfileId]) {
        for (const balance of await balancesOf(user, profileId)) {
          // Consecutive windows of at most 469 days, from before the balance opened until now.
          let start = balance.createdMs - 86_400_000;
          let expectedOpening = new Big(0);
          const now = Date.now();
          while (start < now) {
            const end = Math.min(start + WINDOW_MS, now);
            const window = await statement(user, profileId, balance, start, end);
            expect({ balance: balance.id, start, opening: window.opening.toFixed() }).toEqual({ balance: balance.id, start, opening: expectedOpening.toFixed() });
            for (const line of window.lines) expect(new Big(text(line.runningBalance.value)).gte(0)).toBe(true);
            expectedOpening = window.closing;
            start = end + 1;
          }
          expect({ balance: balance.id, closing: expectedOpening.toFixed() }).toEqual({ balance: balance.id, closing: new Big(balance.cash).toFixed() });
        }
      }
    }
  });

  it("links a seeded transfer's debit to the transfer, and card spending to a card reference", async () => {
    const [gbp] = (await balancesOf(alice, alice.personalProfileId)).filter((b) => b.currency === "GBP" && b.type === "STANDARD");
    const all = await statement(alice, alice.personalProfileId, gbp!, Date.parse("2024-06-01T00:00:00Z"), Date.parse("2025-07-01T00:00:00Z"));
    const transfer = all.lines.find((l) => l.details.type === "TRANSFER" && new Big(text(l.amount.value)).lt(0))!;
    const id = /^TRANSFER-(\d+)$/.exec(transfer.referenceNumber)![1];
    const wise = await api("GET", `/v1/transfers/${id}`, alice.token);
    expect(wise.status).toBe(200);
    // The debit is what the transfer converts plus its fee, which the line carries.
    expect(new Big(text(transfer.amount.value)).neg().minus(text(transfer.totalFees.value)).toFixed()).toBe(new Big(text(wise.body.sourceValue)).toFixed());
    const card = all.lines.find((l) => l.details.type === "CARD");
    if (card) expect(card.referenceNumber).toMatch(/^CARD-\d+$/);
  });
});

/** One money movement a user can make on the sandbox today. */
type Operation =
  | { kind: "topUp"; balance: number; cents: number }
  | { kind: "convert"; from: number; to: number; cents: number }
  | { kind: "send"; cents: number; cancel: boolean }
  | { kind: "jar"; intoJar: boolean; cents: number };

const CURRENCIES = ["GBP", "EUR", "USD"] as const;
const cents = fc.integer({ min: 1, max: 5_000_00 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("topUp" as const), balance: fc.integer({ min: 0, max: 2 }), cents }),
  fc.record({ kind: fc.constant("convert" as const), from: fc.integer({ min: 0, max: 2 }), to: fc.integer({ min: 0, max: 2 }), cents }),
  fc.record({ kind: fc.constant("send" as const), cents, cancel: fc.boolean() }),
  fc.record({ kind: fc.constant("jar" as const), intoJar: fc.boolean(), cents }),
);
const decimal = (c: number) => (c / 100).toFixed(2);
const ok = (res: { status: number }) => res.status >= 200 && res.status < 300;

/** Runs one operation; true when the sandbox did it (a refusal, such as too little money, must change nothing). */
async function run(op: Operation, balances: BalanceView[], recipientId: number): Promise<boolean> {
  const pid = alice.personalProfileId;
  const standard = (currency: string) => balances.find((b) => b.currency === currency && b.type === "STANDARD")!;
  const jar = balances.find((b) => b.currency === "GBP" && b.type === "SAVINGS")!;
  switch (op.kind) {
    case "topUp": {
      const balance = standard(CURRENCIES[op.balance]!);
      return ok(
        await api("POST", "/v1/simulation/balance/topup", alice.token, {
          profileId: pid,
          balanceId: balance.id,
          currency: balance.currency,
          amount: decimal(op.cents),
          channel: "TRANSFER",
        }),
      );
    }
    case "convert": {
      if (op.from === op.to) return false;
      const quote = await api("POST", `/v3/profiles/${pid}/quotes`, alice.token, {
        sourceCurrency: CURRENCIES[op.from],
        targetCurrency: CURRENCIES[op.to],
        sourceAmount: decimal(op.cents),
        payOut: "BALANCE",
        preferredPayIn: "BALANCE",
      });
      return ok(await api("POST", `/v2/profiles/${pid}/balance-movements`, alice.token, { quoteId: quote.body.id }));
    }
    case "send": {
      const quote = await api("POST", `/v3/profiles/${pid}/quotes`, alice.token, {
        sourceCurrency: "GBP",
        targetCurrency: "EUR",
        sourceAmount: decimal(op.cents),
        preferredPayIn: "BALANCE",
      });
      const transfer = await api("POST", "/v1/transfers", alice.token, {
        targetAccount: recipientId,
        quoteUuid: quote.body.id,
        customerTransactionId: randomUUID(),
        details: { reference: "Property" },
      });
      const paid = ok(await api("POST", `/v3/profiles/${pid}/transfers/${transfer.body.id}/payments`, alice.token, { type: "BALANCE" }));
      if (op.cancel) return ok(await api("PUT", `/v1/transfers/${transfer.body.id}/cancel`, alice.token)) && paid;
      return paid;
    }
    case "jar": {
      const [source, target] = op.intoJar ? [standard("GBP"), jar] : [jar, standard("GBP")];
      return ok(
        await api("POST", `/v2/profiles/${pid}/balance-movements`, alice.token, {
          sourceBalanceId: source.id,
          targetBalanceId: target.id,
          amount: { value: decimal(op.cents), currency: "GBP" },
        }),
      );
    }
  }
}

describe("after any sequence of top-ups, conversions, funded (and cancelled) transfers and jar moves", () => {
  it("every balance's statement of the run reconciles with the balances endpoint", async () => {
    const recipient = await api("POST", "/v1/accounts", alice.token, {
      profile: alice.personalProfileId,
      currency: "EUR",
      type: "iban",
      accountHolderName: "Max Mustermann",
      details: { legalType: "PRIVATE", IBAN: "DE89370400440532013000" },
    });
    expect(recipient.status).toBe(200);
    const done = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 6 }), async (operations) => {
        const startMs = Date.now() - 1;
        const before = await balancesOf(alice, alice.personalProfileId);
        for (const op of operations) if (await run(op, before, recipient.body.id)) done.set(op.kind, (done.get(op.kind) ?? 0) + 1);
        const after = await balancesOf(alice, alice.personalProfileId);
        for (const balance of after) {
          const window = await statement(alice, alice.personalProfileId, balance, startMs, Date.now() + 60_000);
          const was = before.find((b) => b.id === balance.id)!;
          expect({ balance: balance.currency + balance.type, opening: window.opening.toFixed(), closing: window.closing.toFixed() }).toEqual({
            balance: balance.currency + balance.type,
            opening: new Big(was.cash).toFixed(),
            closing: new Big(balance.cash).toFixed(),
          });
        }
      }),
      { numRuns: 15 },
    );
    // The runs moved money of every kind, not only refusals.
    expect([...done.keys()].sort()).toEqual(["convert", "jar", "send", "topUp"]);
  });
});
