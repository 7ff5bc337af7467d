// Card transactions for dispute tests, put straight into the sandbox's card state (as the card
// simulations would leave them), on a seeded card of the profile.

import type { Store } from "../../src/sandbox/store.js";
import type { CardTransactionRecord, CardTransactionState } from "../../src/sandbox/api/card/model.js";

/** A completed (or other state) card purchase of `amount` on the profile's first card; its id. */
export function addCardTransaction(store: Store, profileId: number, options: { state?: CardTransactionState; amount?: string; merchant?: string } = {}): CardTransactionRecord {
  const card = store.cards.cardsOfProfile(profileId)[0];
  if (card === undefined) throw new Error(`profile ${profileId} has no card`);
  const currency = card.program.defaultCurrency;
  const amount = { value: options.amount ?? "42.50", currency };
  const now = Date.now();
  const tx: CardTransactionRecord = {
    id: store.cards.newTransactionId(),
    cardToken: card.token,
    profileId,
    type: "ECOM_PURCHASE",
    state: options.state ?? "COMPLETED",
    declineReason: options.state === "DECLINED" ? "INSUFFICIENT_FUNDS" : null,
    detailedDeclineReason: null,
    creationMs: now,
    modificationMs: now,
    transactionAmount: amount,
    fees: [],
    billingAmount: amount,
    merchant: {
      name: options.merchant ?? "Paper Lantern Books",
      country: "GB",
      city: "London",
      zipCode: "N1 9GU",
      region: null,
      state: null,
      categoryName: "Book Stores",
      categoryCode: "5942",
    },
    authorisationMethod: "E_COMMERCE_NO_3DS",
    approvalCode: "A1B2C3",
    debits: [],
    reference: null,
  };
  store.cards.transactions.set(tx.id, tx);
  return tx;
}
