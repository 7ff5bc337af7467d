import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { RecipientCompatibilityDocument, RecipientCreateDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, personalProfileId, VALID_ANSWERS } from "../helpers/money.js";

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

const ROUTE = "POST /v2/accounts/:accountId/quotes/:quoteId/compatibility";

async function gbpRecipient() {
  const response = await h.request(RecipientCreateDocument, {
    input: { profileId: personalProfileId(h), currency: "GBP", type: "sort_code", accountHolderName: "Ada Lovelace", details: VALID_ANSWERS.sort_code },
  });
  return response.body.data!.recipientCreate.recipient!;
}

async function compatibility(recipientId: string, quoteId: string, token = h.alice.token) {
  return h.request(RecipientCompatibilityDocument, { recipientId, quoteId }, { token });
}

describe("Recipient.compatibility(quoteId:)", () => {
  it("is compatible for a recipient in the quote's target currency, with no problems and no bank checks", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const response = await compatibility(recipient.id, quote.id);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.node).toMatchObject({
      compatibility: { compatible: true, problems: [], confirmations: [], confirmationsAccepted: null, confirmationsAcceptedAt: null },
    });
    expect((await h.stats()).routes[ROUTE]).toBe(1);
  });

  it("is not compatible for a recipient in another currency: Wise's reason as a problem, not an error", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), gbpRecipient()]);
    const response = await compatibility(recipient.id, quote.id);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.node).toMatchObject({
      compatibility: {
        compatible: false,
        problems: [{ code: "NOT_VALID", message: "The recipient account is in GBP, the quote's target currency is EUR.", field: "accountId" }],
      },
    });
  });

  it("asks Wise once for the same pair asked twice in one request", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const res = await h.raw(
      JSON.stringify({
        query:
          "query($r: ID!, $q: ID!) { node(id: $r) { ... on Recipient { a: compatibility(quoteId: $q) { compatible } b: compatibility(quoteId: $q) { problems { message } } } } }",
        variables: { r: recipient.id, q: quote.id },
      }),
      { token: h.alice.token },
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).errors).toBeUndefined();
    expect((await h.stats()).routes[ROUTE]).toBe(1);
  });

  it("refuses a quote id that is not a Quote's without calling Wise", async () => {
    const recipient = await eurRecipient(h);
    const response = await compatibility(recipient.id, recipient.id);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await h.stats()).routes[ROUTE] ?? 0).toBe(0);
  });

  it("does not check another user's recipient", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const response = await compatibility(recipient.id, quote.id, h.bob.token);
    expect(response.body.data?.node ?? null).toBeNull();
    expect(response.text).not.toContain('"compatible"');
  });
});
