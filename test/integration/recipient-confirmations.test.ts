import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import {
  QuoteCreateDocument,
  RecipientConfirmationsAcceptDocument,
  RecipientConfirmationsCompatibilityDocument,
  RecipientCreateWithConfirmationsDocument,
} from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, personalProfileId } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  await h.close();
});

const ACCEPT_ROUTE = "PATCH /v2/accounts/:accountId/confirmations";

/** A new INR recipient (a currency whose recipients Wise checks with their bank) for alice. */
async function inrRecipient(holder: string) {
  const response = await h.request(RecipientCreateWithConfirmationsDocument, {
    input: {
      profileId: personalProfileId(h),
      currency: "INR",
      type: "indian",
      accountHolderName: holder,
      details: [
        { key: "legalType", value: "PRIVATE" },
        { key: "ifscCode", value: "YESB0236041" },
        { key: "accountNumber", value: "678911234567891" },
        { key: "address.country", value: "IN" },
        { key: "address.city", value: "Mumbai" },
        { key: "address.postCode", value: "400001" },
        { key: "address.firstLine", value: "1 Marine Drive" },
      ],
    },
  });
  const payload = response.body.data!.recipientCreate;
  expect(payload.userErrors).toEqual([]);
  return payload.recipient!;
}

async function gbpToInrQuote() {
  const response = await h.request(QuoteCreateDocument, { input: { profileId: personalProfileId(h), sourceCurrency: "GBP", targetCurrency: "INR", sourceAmount: "100.00" } });
  return response.body.data!.quoteCreate.quote!;
}

describe("Recipient.confirmations and recipientConfirmationsAccept", () => {
  it("shows a matching name check as a success that needs nothing from the sender", async () => {
    const recipient = await inrRecipient("Priya Sharma");
    expect(recipient.confirmations).toMatchObject({
      accepted: false,
      acceptedAt: null,
      quoteId: null,
      acceptanceRequired: false,
      outcomes: [{ type: "NAME_MATCHING", outcome: "SUCCESS", requiresCustomerAcceptance: false, providedName: "Priya Sharma", recommendedUpdates: [] }],
    });
  });

  it("blocks payments to a recipient whose name differs until the sender accepts the bank's spelling", async () => {
    const [recipient, quote] = await Promise.all([inrRecipient("priya SHARMA"), gbpToInrQuote()]);
    expect(recipient.confirmations).toMatchObject({
      accepted: false,
      acceptanceRequired: true,
      outcomes: [
        {
          outcome: "PARTIAL_FAILURE",
          requiresCustomerAcceptance: true,
          providedName: "priya SHARMA",
          resolvedName: "Priya Sharma",
          fieldsChecked: ["name/fullName", "details/accountNumber"],
          recommendedUpdates: [{ path: "name/fullName", value: "Priya Sharma" }],
        },
      ],
    });
    expect(recipient.confirmations!.outcomes[0]!.checkedAt).toEqual(expect.any(String));

    const before = await h.request(RecipientConfirmationsCompatibilityDocument, { recipientId: recipient.id, quoteId: quote.id });
    expect((before.body.data!.node as { compatibility: { compatible: boolean; problems: Array<{ message: string }> } }).compatibility).toMatchObject({
      compatible: false,
      problems: [{ message: expect.stringContaining("accept the confirmation outcomes") }],
    });

    const accepted = await h.request(RecipientConfirmationsAcceptDocument, { input: { recipientId: recipient.id } });
    expect(accepted.body.data!.recipientConfirmationsAccept.userErrors).toEqual([]);
    const confirmations = accepted.body.data!.recipientConfirmationsAccept.recipient!.confirmations!;
    expect(confirmations).toMatchObject({ accepted: true, acceptanceRequired: false });
    expect(Date.parse(confirmations.acceptedAt!)).not.toBeNaN();

    const after = await h.request(RecipientConfirmationsCompatibilityDocument, { recipientId: recipient.id, quoteId: quote.id });
    expect(after.body.errors).toBeUndefined();
    expect((after.body.data!.node as { compatibility: { compatible: boolean } }).compatibility.compatible).toBe(true);

    // Accepting again changes nothing: the same acceptance time.
    const again = await h.request(RecipientConfirmationsAcceptDocument, { input: { recipientId: recipient.id } });
    expect(again.body.data!.recipientConfirmationsAccept.recipient!.confirmations!.acceptedAt).toBe(confirmations.acceptedAt);
  });

  it("answers a recipient without a name check (EUR, as Wise's sandbox records) with null, and refuses to accept for it", async () => {
    const recipient = await eurRecipient(h);
    const response = await h.request(RecipientConfirmationsAcceptDocument, { input: { recipientId: recipient.id } });
    const payload = response.body.data!.recipientConfirmationsAccept;
    expect(payload.recipient).toBeNull();
    expect(payload.userErrors).toEqual([{ code: "INVALID", field: ["input", "recipientId"], message: "This recipient has no confirmation outcomes to accept." }]);
  });

  it("refuses an id that is not a Recipient's, and a quote id that is not a Quote's, without calling Wise", async () => {
    const quote = await gbpToEurQuote(h);
    const wrong = await h.request(RecipientConfirmationsAcceptDocument, { input: { recipientId: quote.id } });
    expect(wrong.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const recipient = await inrRecipient("priya SHARMA");
    const wrongQuote = await h.request(RecipientConfirmationsAcceptDocument, { input: { recipientId: recipient.id, quoteId: recipient.id } });
    expect(wrongQuote.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await h.stats()).routes[ACCEPT_ROUTE] ?? 0).toBe(0);
  });

  it("does not let another user accept for alice's recipient, and nothing changes", async () => {
    const recipient = await inrRecipient("priya SHARMA");
    const response = await h.request(RecipientConfirmationsAcceptDocument, { input: { recipientId: recipient.id } }, { token: h.bob.token });
    expect(response.body.data?.recipientConfirmationsAccept ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const raw = await h.rest<{ confirmations: { acceptedOutcomes: boolean } }>(`/v2/accounts/${recipient.wiseId}`, h.alice.token);
    expect(raw.confirmations.acceptedOutcomes).toBe(false);
  });
});
