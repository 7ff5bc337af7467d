import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { TransferOriginatorDocument, TransferThirdPartyCreateDocument, type TransferOriginatorInput } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, newTransfer, restTransfers } from "../helpers/money.js";

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

const CREATE_ROUTE = "POST /v2/profiles/:profileId/third-party-transfers";

const PERSON: TransferOriginatorInput = {
  legalEntityType: "PRIVATE",
  reference: "customer-7781",
  givenName: "Jana",
  middleNames: ["Marie"],
  familyName: "Novak",
  dateOfBirth: "1988-04-12",
  accountDetails: "CZ6508000000192000145399",
  address: { firstLine: "Vinohradska 12", city: "Praha", countryCode: "cz", postCode: "12000" },
};

async function create(originator: TransferOriginatorInput, originalTransferId: string = randomUUID(), extra: { quoteId?: string; recipientId?: string } = {}) {
  const [quote, recipient] = await Promise.all([extra.quoteId ? null : gbpToEurQuote(h), extra.recipientId ? null : eurRecipient(h)]);
  return h.request(TransferThirdPartyCreateDocument, {
    input: { quoteId: extra.quoteId ?? quote!.id, recipientId: extra.recipientId ?? recipient!.id, originalTransferId, reference: "Order 55", originator },
  });
}

describe("transferThirdPartyCreate and Transfer.originator", () => {
  it("makes a transfer for a person, readable as any transfer, with the originator as the partner gave it", async () => {
    const response = await create(PERSON);
    const payload = response.body.data!.transferThirdPartyCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.transfer).toMatchObject({
      status: "INCOMING_PAYMENT_WAITING",
      reference: "Order 55",
      sourceAmount: { currency: "GBP" },
      targetAmount: { currency: "EUR" },
      originator: {
        legalEntityType: "PRIVATE",
        reference: "customer-7781",
        givenName: "Jana",
        middleNames: ["Marie"],
        familyName: "Novak",
        fullName: null,
        dateOfBirth: "1988-04-12",
        accountDetails: "CZ6508000000192000145399",
        address: { firstLine: "Vinohradska 12", city: "Praha", stateCode: null, countryCode: "CZ", postCode: "12000" },
      },
    });
    const ids = (await restTransfers(h, h.alice.personalProfileId)).map((t) => t.id);
    expect(ids).toContain(payload.transfer!.wiseId);
    const read = await h.request(TransferOriginatorDocument, { id: payload.transfer!.id });
    expect(read.body.data!.node).toEqual({ id: payload.transfer!.id, originator: payload.transfer!.originator });
  });

  it("makes one for a business", async () => {
    const response = await create({
      legalEntityType: "BUSINESS",
      reference: "biz-12",
      fullName: "Acme Trading GmbH",
      businessRegistrationCode: "HRB 12345",
      address: { firstLine: "1 Main St", city: "Austin", stateCode: "TX", countryCode: "US" },
    });
    const payload = response.body.data!.transferThirdPartyCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.transfer!.originator).toMatchObject({ legalEntityType: "BUSINESS", fullName: "Acme Trading GmbH", givenName: null, businessRegistrationCode: "HRB 12345" });
  });

  it("answers a repeated originalTransferId with the transfer made before, and makes no second one", async () => {
    const key = randomUUID();
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const first = await create(PERSON, key, { quoteId: quote.id, recipientId: recipient.id });
    const before = (await restTransfers(h, h.alice.personalProfileId)).length;
    const again = await create(PERSON, key, { quoteId: quote.id, recipientId: recipient.id });
    expect(again.body.data!.transferThirdPartyCreate.transfer!.id).toBe(first.body.data!.transferThirdPartyCreate.transfer!.id);
    expect((await restTransfers(h, h.alice.personalProfileId)).length).toBe(before);

    // The same id for another quote is refused: nothing new.
    const other = await create(PERSON, key);
    expect(other.body.data!.transferThirdPartyCreate).toMatchObject({ transfer: null, userErrors: [{ field: ["input", "originalTransferId"] }] });
    expect((await restTransfers(h, h.alice.personalProfileId)).length).toBe(before);
  });

  it("refuses an incomplete originator field by field without calling Wise", async () => {
    const response = await create({ legalEntityType: "PRIVATE", reference: " ", address: { firstLine: "1 Main St", city: "Austin", countryCode: "US" } }, "");
    const payload = response.body.data!.transferThirdPartyCreate;
    expect(payload.transfer).toBeNull();
    expect(payload.userErrors.map((e) => e.field!.join("."))).toEqual([
      "input.originalTransferId",
      "input.originator.reference",
      "input.originator.givenName",
      "input.originator.familyName",
      "input.originator.dateOfBirth",
      "input.originator.accountDetails",
      "input.originator.address.stateCode",
    ]);
    expect((await h.stats()).routes[CREATE_ROUTE] ?? 0).toBe(0);
  });

  it("gives Wise's refusal of a used quote as a userError on quoteId", async () => {
    const { quote, recipient } = await newTransfer(h);
    const response = await create(PERSON, randomUUID(), { quoteId: quote.id, recipientId: recipient.id });
    expect(response.body.data!.transferThirdPartyCreate).toMatchObject({ transfer: null, userErrors: [{ code: "QUOTE_ALREADY_USED", field: ["input", "quoteId"] }] });
  });

  it("is null for the profile's own transfers", async () => {
    const { transfer } = await newTransfer(h);
    const read = await h.request(TransferOriginatorDocument, { id: transfer.id });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data!.node).toEqual({ id: transfer.id, originator: null });
  });

  it("does not make a transfer from another user's quote", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const before = (await restTransfers(h, h.alice.personalProfileId)).length;
    const response = await h.request(
      TransferThirdPartyCreateDocument,
      { input: { quoteId: quote.id, recipientId: recipient.id, originalTransferId: randomUUID(), originator: PERSON } },
      { token: h.bob.token },
    );
    expect(response.body.data?.transferThirdPartyCreate?.transfer ?? null).toBeNull();
    expect((await restTransfers(h, h.alice.personalProfileId)).length).toBe(before);
  });
});
