import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import {
  ActivityResourcesDocument,
  ProfileBalancesDocument,
  ProfileTransfersDocument,
  QuoteUpdateDocument,
  RecipientRequirementsDocument,
  TransferCreateDocument,
  TransferFundDocument,
  TransferSimulateDocument,
} from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, newKey, personalProfileId } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function gbpBalance(): Promise<string> {
  const response = await h.request(ProfileBalancesDocument, { id: personalProfileId(h), types: ["STANDARD"] });
  return response.body.data!.profile!.balances!.find((b) => b.currency === "GBP")!.amount.amount;
}

describe("sending money through GraphQL only", () => {
  it("quote, requirements, recipient, transfer, fund, simulate, then see it everywhere", async () => {
    // 1. Price it.
    const quote = await gbpToEurQuote(h, "250.00");
    expect(quote).toMatchObject({ sourceCurrency: "GBP", targetCurrency: "EUR", providedAmountType: "SOURCE", status: "PENDING" });
    expect(quote.sourceAmount).toEqual({ amount: "250.00", currency: "GBP" });
    expect(quote.targetAmount?.currency).toBe("EUR");
    expect(quote.rate).toMatch(/^\d+\.\d+$/);
    expect(Date.parse(quote.expiresAt!) - Date.parse(quote.createdAt!)).toBe(30 * 60 * 1000);

    // 2. Get the recipient form for the quote, and check it describes the IBAN route.
    const forms = (await h.request(RecipientRequirementsDocument, { input: { quoteId: quote.id } })).body.data!.recipientRequirements;
    const iban = forms.find((f) => f.type === "iban")!;
    const fields = iban.fieldGroups.flatMap((g) => g.fields);
    expect(fields.find((f) => f.key === "IBAN")).toMatchObject({ required: true, type: "TEXT" });
    expect(fields.find((f) => f.key === "legalType")?.allowedValues?.map((v) => v.key)).toEqual(expect.arrayContaining(["PRIVATE", "BUSINESS"]));

    // 3. Create the recipient from the form's keys, and attach it to the quote.
    const recipient = await eurRecipient(h, "Max Mustermann");
    expect(recipient).toMatchObject({ currency: "EUR", type: "iban", active: true, holderName: "Max Mustermann" });
    const updated = (await h.request(QuoteUpdateDocument, { input: { quoteId: quote.id, recipientId: recipient.id } })).body.data!.quoteUpdate;
    expect(updated.userErrors).toEqual([]);
    expect(updated.quote?.recipient?.id).toBe(recipient.id);

    // 4. Create the transfer.
    const idempotencyKey = newKey();
    const created = (await h.request(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey, reference: "Rent May" } })).body.data!
      .transferCreate;
    expect(created.userErrors).toEqual([]);
    const transfer = created.transfer!;
    expect(transfer).toMatchObject({ status: "INCOMING_PAYMENT_WAITING", reference: "Rent May", idempotencyKey });
    expect(transfer.recipient?.id).toBe(recipient.id);
    expect(transfer.quote?.id).toBe(quote.id);
    expect(transfer.profile?.id).toBe(personalProfileId(h));

    // 5. Fund it from the GBP balance: the balance drops by exactly the quote's source amount
    //    (the transfer's own sourceAmount is what is converted, after Wise's fee).
    const before = await gbpBalance();
    const funded = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(funded.userErrors).toEqual([]);
    expect(funded.transfer?.status).toBe("PROCESSING");
    const after = await gbpBalance();
    expect(new Big(before).minus(after).toFixed()).toBe(new Big(quote.sourceAmount!.amount).toFixed());
    expect(new Big(transfer.sourceAmount.amount).plus(quote.selectedPaymentOption!.fee!.total.amount).toFixed()).toBe(new Big(quote.sourceAmount!.amount).toFixed());

    // 6. Let Wise's sandbox move it to the end.
    for (const status of ["FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT"] as const) {
      const step = (await h.request(TransferSimulateDocument, { input: { transferId: transfer.id, status } })).body.data!.transferSimulate;
      expect(step.userErrors).toEqual([]);
      expect(step.transfer?.status).toBe(status);
    }

    // 7. It shows in the transfer list, in the activity feed and (already) in the balance.
    const listed = (await h.request(ProfileTransfersDocument, { id: personalProfileId(h), first: 5 })).body.data!.profile!.transfers!.edges.map((e) => e.node);
    expect(listed.find((t) => t.id === transfer.id)?.status).toBe("OUTGOING_PAYMENT_SENT");
    const feed = (await h.request(ActivityResourcesDocument, { id: personalProfileId(h), first: 20 })).body.data!.profile!.activities!.nodes;
    const activity = feed.find((a) => a.resource?.node?.id === transfer.id);
    expect(activity?.resource?.node).toMatchObject({ __typename: "Transfer", status: "OUTGOING_PAYMENT_SENT" });
    expect(await gbpBalance()).toBe(after);
  });
});
