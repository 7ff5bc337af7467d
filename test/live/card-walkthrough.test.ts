// The cards walkthrough (docs/cards/walkthrough.md) end to end, nothing raised by hand: alice orders
// a virtual card and sees it issued, freezes it (a payment is declined CARD_FROZEN), unfreezes it,
// sets a per-payment limit, and the sandbox's merchant simulation pays over the limit (declined,
// with Wise's reason, nothing held) and under it (authorised, then captured). The payment shows in
// the card's transactions, the GBP statement (linked to the transaction) and the activity feed, and
// her graphql-ws subscriptions receive the order, status and payment events the sandbox's signed
// webhooks tell of, once each, in order. Bob, subscribed to his own profile, receives none.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { randomUUID } from "node:crypto";
import { startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";
import { eventually, personalProfile, subscribe, wsClient } from "./ws-clients.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ webhooks: true });
});

afterAll(async () => {
  await h.close();
});

type Data = Record<string, any>;

async function gql(query: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const body = JSON.parse((await h.raw(JSON.stringify({ query, variables }))).text) as { data?: Data; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const AUTHORISE = `mutation($input: CardSimulateAuthorisationInput!) {
  cardSimulateAuthorisation(input: $input) { declineReason transaction { id wiseId state declineReason amount { amount currency } } userErrors { code message } }
}`;

async function gbpBalance(profileId: string): Promise<{ id: string; amount: string; reserved: string }> {
  const data = await gql(`query($p: ID!) { profile(id: $p) { balances(types: [STANDARD]) { id currency amount { amount } reservedAmount { amount } } } }`, { p: profileId });
  const gbp = data.profile.balances.find((b: Data) => b.currency === "GBP");
  return { id: gbp.id, amount: gbp.amount.amount, reserved: gbp.reservedAmount.amount };
}

describe("the cards walkthrough", () => {
  it("orders a card, freezes it, limits it, and follows a declined and an approved payment everywhere they show", async () => {
    const p = personalProfileId(h);
    const bobProfile = (await personalProfile(h, h.bob.token)).id;
    const alice = wsClient(h, h.alice.token);
    const bob = wsClient(h, h.bob.token);
    try {
      const orders = subscribe<Data>(alice.client, `subscription($p: ID!) { cardOrderStatusChanged(profileId: $p) { status cardOrder { id status } } }`, { p });
      const statuses = subscribe<Data>(alice.client, `subscription($p: ID!) { cardStatusChanged(profileId: $p) { cardId status card { id status } } }`, { p });
      const payments = subscribe<Data>(
        alice.client,
        `subscription($p: ID!) { cardTransactionChanged(profileId: $p) { cardId transactionId state stepType declineReason amount { amount currency } transaction { id state } } }`,
        { p },
      );
      const bobs = [
        subscribe<Data>(bob.client, `subscription($p: ID!) { cardTransactionChanged(profileId: $p) { transactionId } }`, { p: bobProfile }),
        subscribe<Data>(bob.client, `subscription($p: ID!) { cardStatusChanged(profileId: $p) { cardId } }`, { p: bobProfile }),
        subscribe<Data>(bob.client, `subscription($p: ID!) { cardOrderStatusChanged(profileId: $p) { cardOrderId } }`, { p: bobProfile }),
      ];
      await eventually(() => h.server.subscriptions.size === 6);

      // 1. Order a virtual GBP card; a verified profile's virtual card is issued at once.
      const programs = (await gql(`query($p: ID!) { profile(id: $p) { cardPrograms { name type defaultCurrency } } }`, { p })).profile.cardPrograms;
      const program = programs.find((x: Data) => x.type === "VIRTUAL" && x.defaultCurrency === "GBP");
      expect(program).toBeDefined();
      const ordered = (
        await gql(
          `mutation($input: CardOrderCreateInput!) { cardOrderCreate(input: $input) { cardOrder { id status card { id status lastFourDigits } } userErrors { code message } } }`,
          {
            input: {
              profileId: p,
              program: program.name,
              cardHolderName: "Alice Martin",
              address: { firstLine: "56 Shoreditch High St", city: "London", postCode: "E1 6JJ", country: "GB" },
              idempotencyKey: randomUUID(),
            },
          },
        )
      ).cardOrderCreate;
      expect(ordered.userErrors).toEqual([]);
      expect(ordered.cardOrder.status).toBe("COMPLETED");
      const card = ordered.cardOrder.card;
      expect(card).toMatchObject({ status: "ACTIVE", lastFourDigits: expect.stringMatching(/^\d{4}$/) });
      const cardId: string = card.id;
      const listed = (await gql(`query($p: ID!) { profile(id: $p) { cards(first: 50) { nodes { id status } } } }`, { p })).profile.cards.nodes;
      expect(listed).toContainEqual({ id: cardId, status: "ACTIVE" });

      // 2. Freeze it: a payment is declined for that reason.
      const frozen = (await gql(`mutation($input: CardFreezeInput!) { cardFreeze(input: $input) { card { status } userErrors { code } } }`, { input: { cardId } })).cardFreeze;
      expect(frozen).toEqual({ card: { status: "FROZEN" }, userErrors: [] });
      const whileFrozen = (await gql(AUTHORISE, { input: { cardId, amount: "12.50", currency: "GBP", pos: "E_COMMERCE_NO_3DS", mcc: "5411" } })).cardSimulateAuthorisation;
      expect(whileFrozen).toMatchObject({ declineReason: "CARD_FROZEN", transaction: { state: "DECLINED" }, userErrors: [] });
      const unfrozen = (await gql(`mutation($input: CardUnfreezeInput!) { cardUnfreeze(input: $input) { card { status } userErrors { code } } }`, { input: { cardId } }))
        .cardUnfreeze;
      expect(unfrozen).toEqual({ card: { status: "ACTIVE" }, userErrors: [] });

      // 3. A limit of 50.00 GBP a payment.
      const limited = (
        await gql(
          `mutation($input: CardSpendLimitsUpdateInput!) { cardSpendLimitsUpdate(input: $input) { spendLimits { granularity inherited limit { amount currency } } userErrors { code message } } }`,
          { input: { cardId, transaction: { amount: "50.00", currency: "GBP" } } },
        )
      ).cardSpendLimitsUpdate;
      expect(limited.userErrors).toEqual([]);
      expect(limited.spendLimits).toContainEqual({ granularity: "TRANSACTION", inherited: false, limit: { amount: "50.00", currency: "GBP" } });

      // 4. Over the limit: declined with Wise's reason, nothing held.
      const before = await gbpBalance(p);
      const over = (await gql(AUTHORISE, { input: { cardId, amount: "80.00", currency: "GBP", pos: "E_COMMERCE_NO_3DS", mcc: "5411" } })).cardSimulateAuthorisation;
      expect(over).toMatchObject({ declineReason: "PAYMENT_METHOD_TRANSACTION_LIMIT_EXCEEDED", transaction: { state: "DECLINED" }, userErrors: [] });
      expect(await gbpBalance(p)).toEqual(before);

      // 5. Under it: authorised (held), then captured by the merchant (debited once).
      const under = (await gql(AUTHORISE, { input: { cardId, amount: "12.50", currency: "GBP", pos: "E_COMMERCE_NO_3DS", mcc: "5411" } })).cardSimulateAuthorisation;
      expect(under).toMatchObject({ declineReason: null, transaction: { state: "IN_PROGRESS", amount: { amount: "12.50", currency: "GBP" } }, userErrors: [] });
      const transactionId: string = under.transaction.id;
      const held = await gbpBalance(p);
      expect(held.amount).toBe(new Big(before.amount).minus("12.50").toFixed(2));
      expect(held.reserved).toBe(new Big(before.reserved).plus("12.50").toFixed(2));
      const cleared = (
        await gql(`mutation($input: CardSimulateClearingInput!) { cardSimulateClearing(input: $input) { transaction { id state } userErrors { code message } } }`, {
          input: { transactionId },
        })
      ).cardSimulateClearing;
      expect(cleared).toEqual({ transaction: { id: transactionId, state: "COMPLETED" }, userErrors: [] });
      const after = await gbpBalance(p);
      expect(after.amount).toBe(held.amount);
      expect(after.reserved).toBe(before.reserved);

      // 6. It shows in the card's transactions (with the balance it was taken from)...
      const tx = (
        await gql(
          `query($c: ID!) { node(id: $c) { ... on Card { transactions(first: 10) { nodes { id state declineReason amount { amount currency } debits { debitedAmount { amount currency } balance { id } } } } } } }`,
          { c: cardId },
        )
      ).node.transactions.nodes;
      expect(tx.map((t: Data) => [t.state, t.declineReason, t.amount.amount])).toEqual([
        ["COMPLETED", null, "12.50"],
        ["DECLINED", "PAYMENT_METHOD_TRANSACTION_LIMIT_EXCEEDED", "80.00"],
        ["DECLINED", "CARD_FROZEN", "12.50"],
      ]);
      expect(tx[0].debits).toEqual([{ debitedAmount: { amount: "12.50", currency: "GBP" }, balance: { id: before.id } }]);

      // ...in the GBP statement, linked to the transaction...
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const to = new Date(Date.now() + 60_000).toISOString();
      const statement = (
        await gql(
          `query($b: ID!, $from: DateTime!, $to: DateTime!) { node(id: $b) { ... on Balance { statement(from: $from, to: $to, first: 50) { nodes { kind amount { amount currency } cardPaymentReference cardTransaction { id } } } } } }`,
          { b: before.id, from, to },
        )
      ).node.statement.nodes;
      expect(statement.filter((line: Data) => line.cardTransaction?.id === transactionId)).toEqual([
        { kind: "CARD", amount: { amount: "-12.50", currency: "GBP" }, cardPaymentReference: String(under.transaction.wiseId), cardTransaction: { id: transactionId } },
      ]);

      // ...and in the activity feed.
      const activities = (await gql(`query($p: ID!) { profile(id: $p) { activities(first: 10) { nodes { type status resource { type wiseId } } } } }`, { p })).profile.activities
        .nodes;
      expect(activities.filter((a: Data) => a.resource?.wiseId === String(under.transaction.wiseId))).toEqual([
        { type: "CARD_PAYMENT", status: "COMPLETED", resource: { type: "CARD_TRANSACTION", wiseId: String(under.transaction.wiseId) } },
      ]);

      // 7. The subscriptions told of each step once, in order, with the resources read as they were.
      await orders.waitFor(1, 15_000);
      await statuses.waitFor(2, 15_000);
      await payments.waitFor(4, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const stream of [orders, statuses, payments]) expect(stream.results.every((r) => r.errors === undefined)).toBe(true);
      const orderId = ordered.cardOrder.id;
      expect(orders.results.map((r) => r.data!.cardOrderStatusChanged.status)).toEqual(["PLACED", "REQUIREMENTS_FULFILLED", "CARD_DETAILS_CREATED", "COMPLETED"]);
      expect(orders.results.every((r) => r.data!.cardOrderStatusChanged.cardOrder.id === orderId)).toBe(true);
      expect(statuses.results.map((r) => r.data!.cardStatusChanged)).toEqual([
        { cardId, status: "FROZEN", card: { id: cardId, status: "FROZEN" } },
        { cardId, status: "ACTIVE", card: { id: cardId, status: "ACTIVE" } },
      ]);
      const events = payments.results.map((r) => r.data!.cardTransactionChanged);
      expect(events.every((e) => e.cardId === cardId)).toBe(true);
      expect(events.map((e) => [e.state, e.declineReason, e.amount.amount])).toEqual([
        ["DECLINED", "CARD_FROZEN", "12.50"],
        ["DECLINED", "PAYMENT_METHOD_TRANSACTION_LIMIT_EXCEEDED", "80.00"],
        ["IN_PROGRESS", null, "12.50"],
        ["COMPLETED", null, "12.50"],
      ]);
      // Each event's transaction is read when the event arrives: by then it may be further on.
      expect(events.slice(2).map((e) => [e.transactionId, e.stepType, e.transaction.id])).toEqual([
        [transactionId, "AUTH", transactionId],
        [transactionId, "CAPTURE", transactionId],
      ]);
      expect(bobs.map((s) => s.results)).toEqual([[], [], []]);
    } finally {
      await Promise.all([alice.dispose(), bob.dispose()]);
    }
  });
});
