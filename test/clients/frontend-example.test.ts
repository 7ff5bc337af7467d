import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { randomUUID } from "node:crypto";
import type { ApolloClient } from "@apollo/client";
import { createApolloClient } from "../../examples/frontend/src/client.js";
import { TransferListDocument } from "../../examples/frontend/src/gql/graphql.js";
import { priceTransfer, sendTransfer } from "../../examples/frontend/src/send-money.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, personalProfileId } from "../helpers/money.js";

// The example frontend (examples/frontend) run as it is, in Node, against the sandbox.
let h: Harness;
let client: ApolloClient;
beforeAll(async () => {
  h = await startHarness();
  client = createApolloClient({ uri: h.url, token: h.alice.token, fetch });
});
afterAll(async () => {
  client?.stop();
  await h.close();
});

describe("the example frontend", () => {
  it("sends money once per idempotency key, and the transfer heads its list", async () => {
    const recipient = await eurRecipient(h, "Max Mustermann");
    const profileId = personalProfileId(h);
    const quote = await priceTransfer(client, { profileId, recipientId: recipient.id, sourceAmount: "250.00", sourceCurrency: "GBP", targetCurrency: "EUR" });
    expect(quote.sourceAmount).toMatchObject({ amount: "250.00", currency: "GBP" });
    const send = { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: randomUUID(), reference: "Rent May" };
    const sent = await sendTransfer(client, send);
    expect(sent).toMatchObject({ status: "INCOMING_PAYMENT_WAITING", reference: "Rent May", sourceAmount: { currency: "GBP" }, targetAmount: { currency: "EUR" } });
    // The same amount, compared as a number: the quote may give it without trailing zeros ("273").
    expect(new Big(sent.targetAmount.amount).eq(quote.targetAmount!.amount)).toBe(true);
    // A retry of the same press (same key, same quote) resolves to the same transfer.
    expect((await sendTransfer(client, send)).id).toBe(sent.id);

    const list = (await client.query({ query: TransferListDocument, variables: { profileId, first: 3 } })).data!.profile!.transfers!;
    expect(list.edges[0].node).toMatchObject({ id: sent.id, recipient: { id: recipient.id, holderName: "Max Mustermann" } });
  });

  it("turns userErrors into an Error, and creates no transfer", async () => {
    const before = (await h.stats()).routes;
    await expect(
      priceTransfer(client, { profileId: personalProfileId(h), recipientId: (await eurRecipient(h)).id, sourceAmount: "0", sourceCurrency: "GBP", targetCurrency: "EUR" }),
    ).rejects.toThrow(/INVALID: The amount must be greater than zero/);
    const after = (await h.stats()).routes;
    const transferCalls = (routes: Record<string, number>) =>
      Object.entries(routes)
        .filter(([route]) => route.startsWith("POST /v1/transfers"))
        .reduce((sum, [, n]) => sum + n, 0);
    expect(transferCalls(after)).toBe(transferCalls(before));
  });
});
