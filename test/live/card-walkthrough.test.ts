// The card live updates walkthrough end to end, nothing raised by hand: GraphQL mutations pay with
// alice's card (the sandbox's authorisation and clearing simulations) and freeze and unfreeze it;
// the sandbox sends its signed card webhooks to the server's /webhooks/wise (as `npm start` sets
// up) and alice's graphql-ws subscriptions receive each change once, in order, with the
// transaction and the card read with her token as each event arrives. Bob, subscribed to his own profile, receives none.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { CardFreezeDocument, CardSimulateAuthorisationDocument, CardSimulateClearingDocument, CardUnfreezeDocument } from "../generated/graphql.js";
import { deterministicUuid } from "../../src/sandbox/api/card/state.js";
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

describe("following a card live", () => {
  it("receives the payment's authorisation and capture and the card's freeze and unfreeze, once each, in order; bob receives none", async () => {
    const cardId = toGlobalId("Card", `${h.alice.personalProfileId}:${deterministicUuid(`card:${h.alice.personalProfileId}:PHYSICAL`)}`);
    const bobProfile = (await personalProfile(h, h.bob.token)).id;
    const alice = wsClient(h, h.alice.token);
    const bob = wsClient(h, h.bob.token);
    try {
      const payments = subscribe<Data>(
        alice.client,
        `subscription($p: ID!, $c: ID) {
          cardTransactionChanged(profileId: $p, cardId: $c) { transactionId state stepType transactionType amount { amount currency } transaction { id state } }
        }`,
        { p: personalProfileId(h), c: cardId },
      );
      const statuses = subscribe<Data>(alice.client, `subscription($p: ID!) { cardStatusChanged(profileId: $p) { cardId status changedByWise card { id status } } }`, {
        p: personalProfileId(h),
      });
      const bobs = [
        subscribe<Data>(bob.client, `subscription($p: ID!) { cardTransactionChanged(profileId: $p) { transactionId } }`, { p: bobProfile }),
        subscribe<Data>(bob.client, `subscription($p: ID!) { cardStatusChanged(profileId: $p) { cardId } }`, { p: bobProfile }),
      ];
      await eventually(() => h.server.subscriptions.size === 4);

      const authorised = await h.request(CardSimulateAuthorisationDocument, { input: { cardId, amount: "12.50", currency: "GBP", mcc: "5411" } });
      expect(authorised.body.data!.cardSimulateAuthorisation.userErrors).toEqual([]);
      const transactionId = authorised.body.data!.cardSimulateAuthorisation.transaction!.id;
      await payments.waitFor(1, 15_000);
      const cleared = await h.request(CardSimulateClearingDocument, { input: { transactionId } });
      expect(cleared.body.data!.cardSimulateClearing.userErrors).toEqual([]);
      await payments.waitFor(2, 15_000);

      const frozen = await h.request(CardFreezeDocument, { input: { cardId } });
      expect(frozen.body.data!.cardFreeze.userErrors).toEqual([]);
      await statuses.waitFor(1, 15_000);
      const unfrozen = await h.request(CardUnfreezeDocument, { input: { cardId } });
      expect(unfrozen.body.data!.cardUnfreeze.userErrors).toEqual([]);
      await statuses.waitFor(2, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(payments.results.every((r) => r.errors === undefined)).toBe(true);
      expect(payments.results.map((r) => r.data!.cardTransactionChanged)).toEqual([
        {
          transactionId,
          state: "IN_PROGRESS",
          stepType: "AUTH",
          transactionType: "POS_PURCHASE",
          amount: { amount: "12.50", currency: "GBP" },
          transaction: { id: transactionId, state: "IN_PROGRESS" },
        },
        {
          transactionId,
          state: "COMPLETED",
          stepType: "CAPTURE",
          transactionType: "POS_PURCHASE",
          amount: { amount: "12.50", currency: "GBP" },
          transaction: { id: transactionId, state: "COMPLETED" },
        },
      ]);
      expect(statuses.results.every((r) => r.errors === undefined)).toBe(true);
      expect(statuses.results.map((r) => r.data!.cardStatusChanged)).toEqual([
        { cardId, status: "FROZEN", changedByWise: false, card: { id: cardId, status: "FROZEN" } },
        { cardId, status: "ACTIVE", changedByWise: false, card: { id: cardId, status: "ACTIVE" } },
      ]);
      expect(bobs.map((s) => s.results)).toEqual([[], []]);
    } finally {
      await Promise.all([alice.dispose(), bob.dispose()]);
    }
  });
});
