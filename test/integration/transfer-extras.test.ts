import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  QuoteCreateDocument,
  QuotePriceDetailsDocument,
  RecipientDeleteDocument,
  RecipientsFilteredDocument,
  TransferPayoutInfoDocument,
  TransferRequirementsDocument,
  TransferSimulateDocument,
  TransferFundDocument,
  TransfersByCurrencyDocument,
  type RecipientSort,
  type RecipientsFilteredQueryVariables,
  type TransfersByCurrencyQueryVariables,
} from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, newTransfer, personalProfileId, restTransfers } from "../helpers/money.js";

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

interface RestRecipient {
  id: number;
  currency: string;
  type: string;
  ownedByCustomer: boolean;
}

/** Every recipient of alice's personal profile Wise lists with `query`, read straight from the REST API. */
async function restRecipients(query: string): Promise<RestRecipient[]> {
  const all: RestRecipient[] = [];
  let seek: number | undefined;
  for (;;) {
    const page = await h.rest<{ content: RestRecipient[]; seekPositionForNext?: number }>(
      `/v2/accounts?profileId=${h.alice.personalProfileId}&size=20${query}${seek === undefined ? "" : `&seekPosition=${seek}`}`,
      h.alice.token,
    );
    all.push(...page.content);
    if (page.seekPositionForNext === undefined) return all;
    seek = page.seekPositionForNext;
  }
}

/** Every recipient `Profile.recipients` lists with these arguments, paged to the end 7 at a time. */
async function pagedRecipients(args: { currency?: string; types?: string[]; ownedByCustomer?: boolean; active?: boolean; sort?: RecipientSort }) {
  const nodes: Array<{ wiseId: number; currency: string; type: string; active: boolean; ownedByCustomer: boolean }> = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const variables: RecipientsFilteredQueryVariables = { id: personalProfileId(h), first: 7, after, ...args };
    const response = await h.request(RecipientsFilteredDocument, variables);
    expect(response.body.errors).toBeUndefined();
    const connection = response.body.data!.profile!.recipients!;
    nodes.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor!;
  }
  throw new Error("the list did not end");
}

describe("Quote payment options: itemised price, disabled reason and delivery delays", () => {
  it("gives each option's price lines exactly as Wise sends them, and the code of a disabled option's reason", async () => {
    // Bob's personal profile holds no CHF balance: paying from a balance is disabled there.
    const bobProfile = toGlobalId("PersonalProfile", String(h.bob.personalProfileId));
    const created = await h.request(
      QuoteCreateDocument,
      { input: { profileId: bobProfile, sourceCurrency: "CHF", targetCurrency: "EUR", sourceAmount: "250.00" } },
      { token: h.bob.token },
    );
    const quote = created.body.data!.quoteCreate.quote!;
    const response = await h.request(QuotePriceDetailsDocument, { id: quote.id }, { token: h.bob.token });
    expect(response.body.errors).toBeUndefined();
    const options = (response.body.data!.node as { paymentOptions: Array<Record<string, any>> }).paymentOptions;
    const raw = await h.rest<{ paymentOptions: Array<Record<string, any>> }>(`/v3/profiles/${h.bob.personalProfileId}/quotes/${quote.wiseId}`, h.bob.token);
    expect(options.length).toBe(raw.paymentOptions.length);
    for (const [index, option] of options.entries()) {
      const wise = raw.paymentOptions[index]!;
      expect(option.payIn).toBe(wise.payIn);
      expect(option.price.total).toEqual({
        type: "TOTAL",
        label: wise.price.total.label,
        amount: { amount: String(wise.price.total.value.amount), currency: "CHF" },
      });
      expect(option.price.items).toEqual(
        wise.price.items.map((item: any) => ({
          type: item.type,
          label: item.label,
          explanation: null,
          amount: { amount: String(item.value.amount), currency: item.value.currency },
        })),
      );
      // The itemised total is the fee total, to the cent.
      expect(option.price.total.amount.amount).toBe(option.fee.total.amount);
      expect(option.estimatedDeliveryDelays).toEqual([]);
    }
    const balance = options.find((o) => o.payIn === "BALANCE")!;
    expect(balance.disabled).toBe(true);
    expect(balance.disabledReasonDetail).toEqual({ code: "error.payInmethod.disabled", message: balance.disabledReason });
    const bank = options.find((o) => o.payIn === "BANK_TRANSFER")!;
    expect(bank).toMatchObject({ disabled: false, disabledReason: null, disabledReasonDetail: null });
  });
});

describe("Profile.transfers filtered by currency", () => {
  it("lists only the transfers of the currencies asked for, each page to the end, as Wise's own filter does", async () => {
    await newTransfer(h); // a GBP -> EUR transfer among the seeded ones
    const all = await restTransfers(h, h.alice.personalProfileId);
    const pairs = await Promise.all(all.map((t) => h.rest<{ sourceCurrency: string; targetCurrency: string }>(`/v1/transfers/${t.id}`, h.alice.token)));
    const expected = all.filter((_, i) => pairs[i]!.sourceCurrency === "GBP" && pairs[i]!.targetCurrency === "EUR").map((t) => t.id);
    expect(expected.length).toBeGreaterThan(3);
    expect(expected.length).toBeLessThan(all.length);

    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const variables: TransfersByCurrencyQueryVariables = { id: personalProfileId(h), first: 3, after, sourceCurrency: "GBP", targetCurrency: "EUR" };
      const response = await h.request(TransfersByCurrencyDocument, variables);
      expect(response.body.errors).toBeUndefined();
      const connection = response.body.data!.profile!.transfers!;
      for (const { node } of connection.edges) {
        expect([node.sourceAmount.currency, node.targetAmount.currency]).toEqual(["GBP", "EUR"]);
        seen.push(node.wiseId);
      }
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor!;
    }
    expect(seen).toEqual(expected);
  });

  it("refuses a cursor of the unfiltered list on the filtered one", async () => {
    const first = await h.request(TransfersByCurrencyDocument, { id: personalProfileId(h), first: 2 });
    const cursor = first.body.data!.profile!.transfers!.pageInfo.endCursor!;
    const response = await h.request(TransfersByCurrencyDocument, { id: personalProfileId(h), first: 2, after: cursor, sourceCurrency: "GBP" });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("Profile.recipients filters and sort", () => {
  it("lists the newest recipients first with sort ID_DESC, paging to the end", async () => {
    const newest = await eurRecipient(h, "Newest Recipient");
    const ascending = await pagedRecipients({});
    const descending = await pagedRecipients({ sort: "ID_DESC" });
    expect(descending[0]!.wiseId).toBe(newest.wiseId);
    expect(descending.map((r) => r.wiseId)).toEqual(ascending.map((r) => r.wiseId).reverse());
    expect(ascending.length).toBeGreaterThan(7);
  });

  it("sorts by currency both ways as Wise does, and filters by currency, type and ownership", async () => {
    const byCurrency = await pagedRecipients({ sort: "CURRENCY_ASC" });
    expect(byCurrency.map((r) => r.wiseId)).toEqual((await restRecipients("&sort=currency,asc")).map((r) => r.id));
    const currencies = byCurrency.map((r) => r.currency);
    expect(currencies).toEqual([...currencies].sort());
    const byCurrencyDesc = await pagedRecipients({ sort: "CURRENCY_DESC" });
    expect(byCurrencyDesc.map((r) => r.wiseId)).toEqual((await restRecipients("&sort=currency,desc")).map((r) => r.id));
    expect(byCurrencyDesc.map((r) => r.currency)).toEqual([...currencies].reverse());
    expect(new Set(currencies).size).toBeGreaterThan(2);

    const ibans = await pagedRecipients({ types: ["iban"] });
    expect(ibans.length).toBeGreaterThan(0);
    expect(ibans.every((r) => r.type === "iban")).toBe(true);
    expect(ibans.map((r) => r.wiseId)).toEqual((await restRecipients("&type=iban")).map((r) => r.id));

    const eurIbans = await pagedRecipients({ currency: "EUR", types: ["Iban", "sort_code"], sort: "ID_DESC" });
    expect(eurIbans.map((r) => r.wiseId)).toEqual((await restRecipients("&currency=EUR&type=iban,sort_code&sort=id,desc")).map((r) => r.id));

    for (const owned of [true, false]) {
      const listed = await pagedRecipients({ ownedByCustomer: owned });
      expect(listed.every((r) => r.ownedByCustomer === owned)).toBe(true);
      expect(listed.map((r) => r.wiseId)).toEqual((await restRecipients(`&ownedByCustomer=${owned}`)).map((r) => r.id));
    }
  });

  it("lists deleted recipients with active: false", async () => {
    const deleted = await eurRecipient(h, "Deleted Recipient");
    expect((await h.request(RecipientDeleteDocument, { input: { recipientId: deleted.id } })).body.data!.recipientDelete.userErrors).toEqual([]);
    const inactive = await pagedRecipients({ active: false });
    expect(inactive.every((r) => !r.active)).toBe(true);
    expect(inactive.map((r) => r.wiseId)).toContain(deleted.wiseId);
    expect((await pagedRecipients({})).map((r) => r.wiseId)).not.toContain(deleted.wiseId);
    expect(inactive.map((r) => r.wiseId)).toEqual((await restRecipients("&active=false")).map((r) => r.id));
  });

  it("refuses a malformed account type without calling Wise", async () => {
    const response = await h.request(RecipientsFilteredDocument, { id: personalProfileId(h), types: ["iban&profileId=1"] });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await h.stats()).routes["GET /v2/accounts"] ?? 0).toBe(0);
  });
});

describe("Query.transferRequirements", () => {
  it("answers the transfer form with the recipient form's types, in one Wise call for the same form asked twice", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const res = await h.raw(
      JSON.stringify({
        query: `query($q: ID!, $r: ID!) {
          a: transferRequirements(input: { quoteId: $q, recipientId: $r }) { fieldGroups { name fields { key type required maxLength } } }
          b: transferRequirements(input: { quoteId: $q, recipientId: $r }) { fieldGroups { name } }
        }`,
        variables: { q: quote.id, r: recipient.id },
      }),
      { token: h.alice.token },
    );
    const body = JSON.parse(res.text);
    expect(body.errors).toBeUndefined();
    expect(body.data.a.fieldGroups).toEqual([{ name: "Transfer reference", fields: [{ key: "reference", type: "TEXT", required: false, maxLength: expect.any(Number) }] }]);
    expect((await h.stats()).routes["POST /v1/transfer-requirements"]).toBe(1);
  });

  it("adds the source of funds for a large transfer to a USD recipient", async () => {
    const [usd] = await restRecipients("&currency=USD");
    expect(usd).toBeDefined();
    const created = await h.request(QuoteCreateDocument, {
      input: {
        profileId: personalProfileId(h),
        sourceCurrency: "GBP",
        targetCurrency: "USD",
        targetAmount: "90000.00",
        recipientId: toGlobalId("Recipient", String(usd!.id)),
      },
    });
    const quote = created.body.data!.quoteCreate.quote!;
    const response = await h.request(TransferRequirementsDocument, {
      input: { quoteId: quote.id, recipientId: toGlobalId("Recipient", String(usd!.id)), details: [{ key: "reference", value: "Invoice 7" }] },
    });
    expect(response.body.errors).toBeUndefined();
    const fields = response.body.data!.transferRequirements.fieldGroups.flatMap((g) => g.fields);
    expect(fields.map((f) => f.key)).toEqual(["reference", "sourceOfFunds"]);
    expect(fields[1]!.allowedValues!.length).toBeGreaterThan(1);
  });

  it("refuses a recipient id that is not a Recipient's, and a form key that is not one, without calling Wise", async () => {
    const quote = await gbpToEurQuote(h);
    const wrongId = await h.request(TransferRequirementsDocument, { input: { quoteId: quote.id, recipientId: quote.id } });
    expect(wrongId.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const recipient = await eurRecipient(h);
    const wrongKey = await h.request(TransferRequirementsDocument, { input: { quoteId: quote.id, recipientId: recipient.id, details: [{ key: "__proto__.x", value: "1" }] } });
    expect(wrongKey.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await h.stats()).routes["POST /v1/transfer-requirements"] ?? 0).toBe(0);
  });

  it("passes on Wise's refusal of another user's quote, and nothing changes", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const response = await h.request(TransferRequirementsDocument, { input: { quoteId: quote.id, recipientId: recipient.id } }, { token: h.bob.token });
    expect(response.body.data?.transferRequirements ?? null).toBeNull();
    expect(response.body.errors?.length).toBe(1);
  });
});

describe("Transfer.payoutInfo", () => {
  it("is null until the money is sent, then names the partner bank and its reference", async () => {
    const { transfer } = await newTransfer(h);
    const before = await h.request(TransferPayoutInfoDocument, { id: transfer.id });
    expect(before.body.data!.node).toMatchObject({ status: "INCOMING_PAYMENT_WAITING", payoutInfo: null });
    expect((await h.stats()).routes["GET /v2/transfers/:transferId/invoices/bankingpartner"] ?? 0).toBe(0);

    expect((await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund.userErrors).toEqual([]);
    for (const status of ["FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT"] as const) {
      expect((await h.request(TransferSimulateDocument, { input: { transferId: transfer.id, status } })).body.data!.transferSimulate.userErrors).toEqual([]);
    }
    const after = await h.request(TransferPayoutInfoDocument, { id: transfer.id });
    expect(after.body.errors).toBeUndefined();
    const wiseId = Number(Buffer.from(transfer.id, "base64").toString().split(":")[1]);
    const raw = await h.rest(`/v2/transfers/${wiseId}/invoices/bankingpartner`, h.alice.token);
    expect(after.body.data!.node).toMatchObject({ status: "OUTGOING_PAYMENT_SENT", payoutInfo: raw });
    expect(raw).toMatchObject({ deliveryMode: "LOCAL", mt103: null });
  });

  it("is refused for another user's transfer", async () => {
    const { transfer } = await newTransfer(h);
    const response = await h.request(TransferPayoutInfoDocument, { id: transfer.id }, { token: h.bob.token });
    expect(response.body.data?.node ?? null).toBeNull();
  });
});
