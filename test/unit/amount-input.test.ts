import { describe, expect, it } from "@jest/globals";
import { amountProblem } from "../../src/common/amount-input.js";
import { decimalPlacesOf } from "../../src/common/currency-decimals.js";
import { seedCurrencies } from "../../src/sandbox/seed/currencies.js";

describe("decimal places per currency", () => {
  it("whole units exactly where Wise's currency list says supportsDecimals: false", () => {
    for (const currency of seedCurrencies()) {
      expect([currency.code, decimalPlacesOf(currency.code) === 0]).toEqual([currency.code, !currency.supportsDecimals]);
    }
  });

  it("ISO 4217 minor units for the others, 2 for a code we do not know", () => {
    expect([decimalPlacesOf("GBP"), decimalPlacesOf("KWD"), decimalPlacesOf("UYW"), decimalPlacesOf("HUF"), decimalPlacesOf("QQQ")]).toEqual([2, 3, 4, 0, 2]);
  });
});

describe("amountProblem", () => {
  it.each([
    ["10.12", "GBP"],
    ["10", "GBP"],
    ["1000", "JPY"],
    ["1000.00", "JPY"],
    ["10.120000", "GBP"],
    ["1.005", "KWD"],
    ["0.01", "EUR"],
  ])("accepts %s %s", (amount, currency) => {
    expect(amountProblem(amount, currency)).toBeNull();
  });

  it.each([
    ["10.12345678901234567890", "GBP", /more decimal places than GBP allows \(2\)/],
    ["1000.5", "JPY", /more decimal places than JPY allows \(none: whole units only\)/],
    ["10.001", "EUR", /never rounded/],
    ["1.0005", "KWD", /KWD allows \(3\)/],
    ["0", "GBP", /greater than zero/],
    ["0.00", "GBP", /greater than zero/],
    ["-5.00", "GBP", /greater than zero/],
    ["-0", "GBP", /greater than zero/],
  ])("refuses %s %s", (amount, currency, message) => {
    expect(amountProblem(amount, currency)).toMatch(message);
  });
});
