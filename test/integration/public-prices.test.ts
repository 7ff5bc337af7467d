import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ComparisonDocument, CurrenciesDocument, PublicQuoteDocument, QuoteCreateDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

// publicQuote and comparison: Wise's operations for anyone, served without a token.
// A loopback relay between the server and the sandbox notes the Authorization header of every
// example-quote and comparison call, to show what the server sends Wise.
let sandboxUrl = "";
const seenAuthorization: Array<string | undefined> = [];
const relay = http.createServer((req, res) => {
  if (req.url?.startsWith("/v3/quotes") || req.url?.startsWith("/v4/comparisons")) seenAuthorization.push(req.headers.authorization);
  const upstream = http.request(`${sandboxUrl}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  req.pipe(upstream);
});

let h: Harness;
beforeAll(async () => {
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  const port = (relay.address() as AddressInfo).port;
  // Anonymous requests refused, as in production: the example quote must still work.
  h = await startHarness({ defaultToken: null, client: { baseUrl: `http://127.0.0.1:${port}` } });
  sandboxUrl = h.sandbox.url;
});
afterAll(async () => {
  await h.close();
  await new Promise((resolve) => relay.close(resolve));
});

const input = { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: "1234.56" };

describe("publicQuote", () => {
  it("prices for a visitor with no token even where anonymous requests are refused, exactly", async () => {
    const refused = await h.request(CurrenciesDocument, {}, { token: null });
    expect(errorCodes(refused)).toContain("UNAUTHENTICATED");

    const response = await h.request(PublicQuoteDocument, { input }, { token: null });
    expect(response.body.errors).toBeUndefined();
    const quote = response.body.data!.publicQuote;
    expect(quote).toMatchObject({ sourceCurrency: "GBP", targetCurrency: "EUR", providedAmountType: "SOURCE", sourceAmount: { amount: "1234.56", currency: "GBP" } });
    expect(quote.targetAmount!.amount).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(quote.selectedPaymentOption).toMatchObject({ payIn: "BANK_TRANSFER", payOut: "BANK_TRANSFER" });
    expect(quote.paymentOptions.find((o) => o.payIn === "BALANCE")?.disabled).toBe(true);
    expect(Date.parse(quote.expiresAt!) - Date.parse(quote.createdAt!)).toBe(30 * 60_000);
  });

  it("costs what a signed-in user's quote of the same route and amount costs, paid by bank transfer", async () => {
    const visitor = (await h.request(PublicQuoteDocument, { input }, { token: null })).body.data!.publicQuote;
    const created = (await h.request(QuoteCreateDocument, { input: { ...input, profileId: personalProfileId(h), preferredPayIn: "BANK_TRANSFER" } }, { token: h.alice.token })).body
      .data!.quoteCreate.quote!;
    // Both lock the mid-market rate of the same minute, unless a minute turned in between.
    if (visitor.rate === created.rate) {
      expect(visitor.targetAmount).toEqual(created.targetAmount);
      expect(visitor.selectedPaymentOption!.fee).toEqual(created.selectedPaymentOption!.fee);
    }
  });

  it("never sends a token to Wise, not even the caller's own", async () => {
    seenAuthorization.length = 0;
    const signedIn = await h.request(PublicQuoteDocument, { input }, { token: h.alice.token });
    expect(signedIn.body.errors).toBeUndefined();
    const visitor = await h.request(PublicQuoteDocument, { input }, { token: null });
    expect(visitor.body.errors).toBeUndefined();
    expect(seenAuthorization).toEqual([undefined, undefined]);
  });

  it("refuses a missing, doubled or over-precise amount without calling Wise", async () => {
    seenAuthorization.length = 0;
    for (const amounts of [{}, { sourceAmount: "10", targetAmount: "10" }, { sourceAmount: "10.001" }, { sourceAmount: "0" }]) {
      const response = await h.request(PublicQuoteDocument, { input: { sourceCurrency: "GBP", targetCurrency: "EUR", ...amounts } }, { token: null });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(response.body.data ?? null).toBeNull();
    }
    expect(seenAuthorization).toEqual([]);
  });
});

describe("publicQuote and Wise's refusals", () => {
  it("passes on Wise's refusal of a currency it does not price as BAD_USER_INPUT, for quotes and comparisons", async () => {
    const quote = await h.request(PublicQuoteDocument, { input: { sourceCurrency: "XYZ", targetCurrency: "EUR", sourceAmount: "10" } }, { token: null });
    expect(errorCodes(quote)).toEqual(["BAD_USER_INPUT"]);
    const comparison = await h.request(ComparisonDocument, { sourceCurrency: "XYZ", targetCurrency: "EUR", sendAmount: "10" }, { token: null });
    expect(errorCodes(comparison)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("comparison", () => {
  const route = { sourceCurrency: "GBP", targetCurrency: "EUR" };

  it("shows Wise first at exactly its example quote's bank-transfer price, then the other providers, with no token", async () => {
    seenAuthorization.length = 0;
    const response = await h.request(ComparisonDocument, { ...route, sendAmount: "1234.56" }, { token: null });
    expect(response.body.errors).toBeUndefined();
    const comparison = response.body.data!.comparison;
    expect(comparison).toMatchObject({ ...route, amount: "1234.56", amountType: "SEND" });
    const [wise, ...others] = comparison.providers;
    expect(wise).toMatchObject({ alias: "wise", name: "Wise" });
    expect(others.length).toBeGreaterThanOrEqual(2);
    const visitor = (await h.request(PublicQuoteDocument, { input: { ...route, sourceAmount: "1234.56" } }, { token: null })).body.data!.publicQuote;
    const row = wise!.quotes[0]!;
    expect(row).toMatchObject({ markup: "0", isConsideredMidMarketRate: true, sendAmount: null });
    if (row.rate === visitor.rate) {
      expect(row.fee).toEqual(visitor.selectedPaymentOption!.fee!.total);
      expect(row.receivedAmount).toEqual(visitor.targetAmount);
    }
    // Every other provider marks the rate up and so delivers less than Wise, exactly.
    for (const provider of others) {
      const quote = provider.quotes[0]!;
      expect(Number(quote.markup)).toBeGreaterThan(0);
      expect(quote.receivedAmount!.amount).toMatch(/^\d+(\.\d{1,2})?$/);
      expect(new Big(quote.receivedAmount!.amount).lt(row.receivedAmount!.amount)).toBe(true);
    }
    expect(seenAuthorization.filter((a) => a !== undefined)).toEqual([]);
    expect(seenAuthorization.length).toBe(2);
  });

  it("answers for an amount to arrive with what each provider needs sent", async () => {
    const response = await h.request(ComparisonDocument, { ...route, recipientGetsAmount: "500" }, { token: h.alice.token });
    expect(response.body.errors).toBeUndefined();
    const comparison = response.body.data!.comparison;
    expect(comparison.amountType).toBe("RECIPIENT_GETS");
    for (const provider of comparison.providers) {
      expect(provider.quotes[0]).toMatchObject({ receivedAmount: null, sendAmount: { currency: "GBP" } });
    }
  });

  it("refuses no amount, both amounts or an over-precise one without calling Wise", async () => {
    seenAuthorization.length = 0;
    for (const amounts of [{}, { sendAmount: "10", recipientGetsAmount: "10" }, { sendAmount: "10.001" }]) {
      const response = await h.request(ComparisonDocument, { ...route, ...amounts }, { token: null });
      expect(errorCodes(response)).toEqual(["BAD_USER_INPUT"]);
    }
    expect(seenAuthorization).toEqual([]);
  });
});
