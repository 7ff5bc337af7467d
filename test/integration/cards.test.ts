// Cards through GraphQL over HTTP against the sandbox: Profile.cards as a Relay connection over
// Wise's numbered pages, node(id:) for a card, the card's balance, and bob kept out of alice's
// cards with the same error as for a card that does not exist.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { makeCard } from "../../src/sandbox/api/card/state.js";
import { CardNodeDocument, ProfileCardsDocument, type ProfileCardsQuery } from "../generated/graphql.js";
import { errorCodes, startHarness, type GraphQLResponse, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

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
const storeTokens = (profileId: number) => h.sandbox.store.cards.cardsOfProfile(profileId).map((card) => card.token);

/** Issues `count` more virtual cards to alice's personal profile, one day apart, straight into the sandbox's store. */
function issueCards(count: number): void {
  const store = h.sandbox.store;
  const profile = store.profiles.get(h.alice.personalProfileId)!;
  const user = store.users.get(h.alice.userId)!;
  for (let i = 0; i < count; i++) {
    const card = makeCard({
      token: crypto.randomUUID(),
      profile,
      user,
      program: { name: "VISA_DEBIT_CONSUMER_GB_1", scheme: "VISA", defaultCurrency: "GBP", cardType: "VIRTUAL_NON_UPGRADEABLE" },
      status: "ACTIVE",
      cardHolderName: "Alice Extra",
      phoneNumber: "+447700900123",
      nowMs: Date.parse("2026-01-01T00:00:00Z") + i * 86_400_000,
      orderId: null,
    });
    store.cards.cards.set(card.token, card);
  }
}

describe("Profile.cards", () => {
  it("lists alice's cards oldest first with their fields, program, profile and balance, in one card call", async () => {
    const res = await h.request(ProfileCardsDocument, { id: personalProfileId(h), first: 10 });
    expect(res.body.errors).toBeUndefined();
    const cards = res.body.data!.profile!.cards!;
    const tokens = storeTokens(h.alice.personalProfileId);
    expect(cards.edges.map((edge) => edge.node.wiseToken)).toEqual(tokens);
    const [physical, virtual] = cards.edges.map((edge) => edge.node);
    expect(physical.id).toBe(cardId(h.alice.personalProfileId, tokens[0]));
    expect(physical.wiseId).toBe(tokens[0]);
    expect(physical.status).toBe("ACTIVE");
    expect(physical.program).toEqual({ name: "VISA_DEBIT_CONSUMER_GB_1", scheme: "VISA", defaultCurrency: "GBP", type: "PHYSICAL" });
    expect(virtual.program.type).toBe("VIRTUAL");
    expect(physical.lastFourDigits).toMatch(/^\d{4}$/);
    expect(physical.bankIdentificationNumber).toBe("459661");
    expect(physical.expiryDate).toMatch(/T00:00:00(\.000)?Z$/);
    expect(physical.profile!.id).toBe(personalProfileId(h));
    // The balance it spends from first: alice's GBP balance.
    expect(physical.balance!.currency).toBe("GBP");
    expect(physical.balance!.amount.currency).toBe("GBP");
    expect(cards.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    // Neither the PAN nor the CVV of any card is in the answer.
    for (const card of h.sandbox.store.cards.cards.values()) {
      expect(res.text).not.toContain(card.secrets.pan);
      expect(res.text).not.toContain(`"${card.secrets.cvv2}"`);
    }
    expect((await h.stats()).routes["GET /v3/spend/profiles/:profileId/cards"]).toBe(1);
  });

  it("pages through many cards with first/after, each page one Wise call, every card once", async () => {
    issueCards(23);
    const all = storeTokens(h.alice.personalProfileId);
    expect(all).toHaveLength(25);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GraphQLResponse<ProfileCardsQuery> = await h.request(ProfileCardsDocument, { id: personalProfileId(h), first: 7, after });
      expect(res.body.errors).toBeUndefined();
      const connection = res.body.data!.profile!.cards!;
      seen.push(...connection.edges.map((edge) => edge.node.wiseToken));
      pages++;
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all);
    expect(pages).toBe(4);
    expect((await h.stats()).routes["GET /v3/spend/profiles/:profileId/cards"]).toBe(4);
  });

  it("refuses a bad first or a cursor of another list without calling Wise", async () => {
    const bad = await h.request(ProfileCardsDocument, { id: personalProfileId(h), first: 0 });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
    const forged = await h.request(ProfileCardsDocument, { id: personalProfileId(h), first: 5, after: "bm90LWEtY3Vyc29y" });
    expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
    expect((await h.stats()).routes["GET /v3/spend/profiles/:profileId/cards"]).toBeUndefined();
  });
});

describe("Card as a node", () => {
  it("node(id:) reads a card back with its fields", async () => {
    const [token] = storeTokens(h.alice.personalProfileId);
    const res = await h.request(CardNodeDocument, { id: cardId(h.alice.personalProfileId, token) });
    expect(res.body.errors).toBeUndefined();
    const node = res.body.data!.node as { __typename: string; wiseToken: string; cardHolderName: string; status: string };
    expect(node).toMatchObject({ __typename: "Card", wiseToken: token, status: "ACTIVE" });
    expect(node.cardHolderName).toBe(h.sandbox.store.cards.cards.get(token)!.cardHolderName);
  });

  it("bob cannot read alice's card: the same NOT_FOUND as a card that does not exist, and nothing of hers in the answer", async () => {
    const [token] = storeTokens(h.alice.personalProfileId);
    const alices = await h.request(CardNodeDocument, { id: cardId(h.alice.personalProfileId, token) }, { token: h.bob.token });
    const unknown = await h.request(CardNodeDocument, { id: cardId(h.bob.personalProfileId, crypto.randomUUID()) }, { token: h.bob.token });
    expect(alices.body.data!.node).toBeNull();
    expect(errorCodes(alices)).toEqual(["NOT_FOUND"]);
    expect(errorCodes(unknown)).toEqual(["NOT_FOUND"]);
    expect(alices.body.errors![0].message).toBe(unknown.body.errors![0].message);
    expect(alices.text).not.toContain(h.sandbox.store.cards.cards.get(token)!.lastFourDigits);
  });
});
