import { describe, expect, it } from "@jest/globals";
import { parseActivityAmount, stripActivityTags } from "../../src/modules/activity/activity-amount.js";

describe("parseActivityAmount", () => {
  it.each([
    ["150 JPY", { amount: "150", currency: "JPY", direction: "NONE" }],
    ["1.50 SGD", { amount: "1.50", currency: "SGD", direction: "NONE" }],
    ["<positive>+ 100 GBP</positive>", { amount: "100", currency: "GBP", direction: "IN" }],
    ["<negative>- 1,234.56 EUR</negative>", { amount: "1234.56", currency: "EUR", direction: "OUT" }],
    ["-12,345,678.90 USD", { amount: "12345678.90", currency: "USD", direction: "OUT" }],
    ["<strikethrough>20.00 CHF</strikethrough>", { amount: "20.00", currency: "CHF", direction: "NONE" }],
  ])("reads %s exactly", (text, expected) => {
    expect(parseActivityAmount(text)).toEqual(expected);
  });

  it.each([[""], [null], [undefined], ["no amount here"], ["12 pounds"]])("gives null for %p", (text) => {
    expect(parseActivityAmount(text)).toBeNull();
  });

  it("keeps every digit of large amounts (no float in between)", () => {
    expect(parseActivityAmount("9,007,199,254,740,993.01 GBP")?.amount).toBe("9007199254740993.01");
  });
});

describe("stripActivityTags", () => {
  it("removes Wise's emphasis tags only", () => {
    expect(stripActivityTags("<strong>Alice</strong> paid <positive>10 GBP</positive> <b>x</b>")).toBe("Alice paid 10 GBP <b>x</b>");
  });
});
