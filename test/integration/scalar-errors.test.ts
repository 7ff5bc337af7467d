import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { BalanceCreateDocument, QuoteCreateDocument, RateDocument, RecipientRequirementsDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

interface ErrorAnswer {
  errors: Array<{ message: string; locations?: Array<{ line: number; column: number }>; extensions?: Record<string, unknown> }>;
}

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

/** Sends a document with its values inline and returns the answer's only error. */
async function inline(query: string) {
  const response = await h.raw(JSON.stringify({ query }));
  expect(response.status).toBe(400);
  const { errors } = JSON.parse(response.text) as ErrorAnswer;
  expect(errors).toHaveLength(1);
  return errors[0];
}

/** Where `literal` starts in the (one-line) document, as GraphQL's locations count. */
const locationOf = (query: string, literal: string) => [{ line: 1, column: query.indexOf(literal) + 1 }];

const HUGE = "9".repeat(90_000);

describe("a value a custom scalar refuses, given inline, names the argument and points at it", () => {
  const quote = (amount: string, currency = '"GBP"') =>
    `mutation { quoteCreate(input: { profileId: "${personalProfileId(h)}", sourceCurrency: ${currency}, targetCurrency: "EUR", sourceAmount: ${amount} }) { userErrors { message } } }`;
  const balance = (key: string) =>
    `mutation { balanceCreate(input: { profileId: "${personalProfileId(h)}", currency: "GBP", type: STANDARD, idempotencyKey: ${key} }) { userErrors { message } } }`;
  const rate = (at: string) => `{ rate(source: "GBP", target: "EUR", at: ${at}) { rate } }`;

  it.each([
    ["Decimal, not a number", () => quote('"x"'), '"x"', "input.sourceAmount", /Decimal must be a string of digits/],
    ["Decimal, a float literal", () => quote("12.5"), "12.5", "input.sourceAmount", /Decimal literals must be strings/],
    ["CurrencyCode", () => quote('"10"', '"gbp"'), '"gbp"', "input.sourceCurrency", /CurrencyCode must be three upper-case letters/],
    ["UUID", () => balance('"nope"'), '"nope"', "input.idempotencyKey", /not a valid UUID/],
    ["DateTime, a top-level argument", () => rate('"yesterday"'), '"yesterday"', "at", /DateTime cannot represent/],
  ])("%s", async (_name, document, literal, path, reason) => {
    const query = document();
    const error = await inline(query);
    expect(error.message).toMatch(new RegExp(`^Invalid value for "${path.replace(".", "\\.")}": `));
    expect(error.message).toMatch(reason);
    expect(error.locations).toEqual(locationOf(query, literal));
    expect(error.extensions).toEqual({ code: "BAD_USER_INPUT", argument: path });
    expect((await h.stats()).total).toBe(0);
  });

  it("a variable's default value names the variable", async () => {
    const query = 'query R($at: DateTime = "nope") { rate(source: "GBP", target: "EUR", at: $at) { rate } }';
    const error = await inline(query);
    expect(error.message).toMatch(/^Invalid value for "\$at": DateTime cannot represent/);
    expect(error.locations).toEqual(locationOf(query, '"nope"'));
  });

  it("a 90,000-digit amount is refused by its length, not echoed, before any Wise call", async () => {
    const query = quote(`"${HUGE}"`);
    const error = await inline(query);
    expect(error.message).toBe('Invalid value for "input.sourceAmount": Decimal has at most 30 digits; got 90000 characters.');
    expect(error.locations).toEqual(locationOf(query, `"${HUGE}"`));
    expect((await h.stats()).total).toBe(0);
  });
});

describe("a value a custom scalar refuses, given as a variable, names its path and points at the variable", () => {
  /** The answer's only error, checked for what every variable refusal has. */
  const onlyError = (response: { status: number; text: string }) => {
    expect(response.status).toBe(400);
    const { errors } = JSON.parse(response.text) as ErrorAnswer;
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors[0].locations).toHaveLength(1);
    return errors[0];
  };
  const quoteInput = (amounts: Record<string, string>) => ({ profileId: personalProfileId(h), sourceCurrency: "GBP", targetCurrency: "EUR", ...amounts });

  it("Decimal inside the input", async () => {
    const error = onlyError(await h.request(QuoteCreateDocument, { input: quoteInput({ sourceAmount: "x" }) }));
    expect(error.message).toMatch(/^Variable "\$input" got invalid value "x" at "input\.sourceAmount"; Decimal must be a string of digits/);
  });

  it("UUID inside the input", async () => {
    const input = { profileId: personalProfileId(h), currency: "GBP", type: "STANDARD" as never, idempotencyKey: "nope" };
    const error = onlyError(await h.request(BalanceCreateDocument, { input }));
    expect(error.message).toMatch(/^Variable "\$input" got invalid value "nope" at "input\.idempotencyKey"; .*not a valid UUID/);
  });

  it("CurrencyCode and DateTime as whole variables", async () => {
    const currency = onlyError(await h.request(RateDocument, { source: "gbp", target: "EUR" }));
    expect(currency.message).toMatch(/^Variable "\$source" got invalid value "gbp"; CurrencyCode must be/);
    const at = onlyError(await h.request(RateDocument, { source: "GBP", target: "EUR", at: "yesterday" }));
    expect(at.message).toMatch(/^Variable "\$at" got invalid value "yesterday"; DateTime cannot represent/);
    expect((await h.stats()).total).toBe(0);
  });

  it("a 90,000-digit amount names the path and the digit cap in a short message, before any Wise call", async () => {
    const response = await h.request(QuoteCreateDocument, { input: quoteInput({ sourceAmount: HUGE }) });
    const error = onlyError(response);
    expect(error.message).toMatch(/^Variable "\$input" got invalid value "9{100}/);
    expect(error.message).toMatch(/ at "input\.sourceAmount"; Decimal has at most 30 digits; got 90000 characters\.$/);
    expect(response.text.length).toBeLessThan(1_000);
    expect((await h.stats()).total).toBe(0);
  });
});

describe("recipientRequirements checks its amount as quoteCreate does", () => {
  const requirements = (currency: string, sourceAmount: string) =>
    h.request(RecipientRequirementsDocument, { input: { sourceCurrency: currency, targetCurrency: "EUR", sourceAmount } });

  it.each([
    ["a fraction of a yen", "JPY", "1000.5", /more decimal places than JPY allows/],
    ["a negative amount", "GBP", "-10", /greater than zero/],
    ["zero", "GBP", "0.00", /greater than zero/],
  ])("%s is BAD_USER_INPUT on input.sourceAmount, before any Wise call", async (_name, currency, amount, message) => {
    const response = await requirements(currency, amount);
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors![0].message).toMatch(message);
    expect(response.body.errors![0].extensions).toEqual({ code: "BAD_USER_INPUT", argument: "input.sourceAmount" });
    expect((await h.stats()).total).toBe(0);
  });

  it("a whole yen amount is asked of Wise", async () => {
    const response = await requirements("JPY", "1000");
    expect(response.body.errors).toBeUndefined();
    expect((await h.stats()).total).toBe(1);
  });
});
