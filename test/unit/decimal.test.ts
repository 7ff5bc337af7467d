import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { GraphQLError, Kind } from "graphql";
import { parse as losslessParse } from "lossless-json";
import { DecimalScalar } from "../../src/common/scalars/decimal.scalar.js";
import { normaliseDecimal } from "../../src/wise/schemas/common.js";
import { parseWiseJson } from "../../src/wise/json.js";
import { wiseDecimal, wiseId } from "../../src/wise/schemas/common.js";

describe("Decimal", () => {
  it("serialises decimal strings unchanged", () => {
    expect(DecimalScalar.serialize("1000000.00")).toBe("1000000.00");
    expect(DecimalScalar.serialize("-0.000123")).toBe("-0.000123");
  });

  it("refuses floats and malformed strings as input", () => {
    expect(() => DecimalScalar.parseValue(12.5)).toThrow(/Decimal must be a string/);
    expect(() => DecimalScalar.parseValue("1e5")).toThrow(/Decimal must be a string/);
    expect(() => DecimalScalar.parseValue("12.")).toThrow(/Decimal must be a string/);
    expect(() => DecimalScalar.parseValue("0012")).toThrow(/Decimal must be a string/);
  });

  it("takes at most 30 digits as input, sign and point not counted", () => {
    expect(DecimalScalar.parseValue(`-${"1".repeat(28)}.12`)).toBe(`-${"1".repeat(28)}.12`);
    expect(() => DecimalScalar.parseValue(`${"1".repeat(29)}.12`)).toThrow("Decimal has at most 30 digits; got 32 characters.");
    expect(() => DecimalScalar.parseValue(`0.${"0".repeat(30)}1`)).toThrow(/at most 30 digits/);
  });

  it("refuses a 90,000-digit input by its length, as a literal too, without echoing it", () => {
    const huge = "9".repeat(90_000);
    expect(() => DecimalScalar.parseValue(huge)).toThrow("Decimal has at most 30 digits; got 90000 characters.");
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.STRING, value: `${huge}.5` }, undefined)).toThrow("Decimal has at most 30 digits; got 90002 characters.");
  });

  it("caps input only: a longer value from Wise still serialises", () => {
    const long = `1.${"2".repeat(40)}`;
    expect(DecimalScalar.serialize(long)).toBe(long);
  });

  it("refuses input as BAD_USER_INPUT, naming no argument when it does not know the document", () => {
    try {
      DecimalScalar.parseValue("x");
      throw new Error("not refused");
    } catch (error) {
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toEqual({ code: "BAD_USER_INPUT" });
    }
  });
});

describe("Wise JSON decoding", () => {
  it("keeps amounts exactly as Wise wrote them", () => {
    const body = parseWiseJson('{"id":236839,"value":1000000.00,"rate":1.20512,"big":9007199254740993.01}') as Record<string, unknown>;
    expect(wiseId.parse(body.id)).toBe(236839);
    expect(wiseDecimal.parse(body.value)).toBe("1000000.00");
    expect(wiseDecimal.parse(body.rate)).toBe("1.20512");
    expect(wiseDecimal.parse(body.big)).toBe("9007199254740993.01");
  });

  it("refuses ids that are not safe integers", () => {
    const body = parseWiseJson('{"a":1.5,"b":9007199254740993,"c":"12"}') as Record<string, unknown>;
    expect(wiseId.safeParse(body.a).success).toBe(false);
    expect(wiseId.safeParse(body.b).success).toBe(false);
    expect(wiseId.safeParse(body.c).success).toBe(false);
  });

  it.each([
    ["1e-7", "0.0000001"],
    ["1.5E+3", "1500"],
    ["-2.5e2", "-250"],
    ["1.2345e2", "123.45"],
    ["12.5", "12.5"],
  ])("normalises %s to %s", (text, expected) => {
    expect(normaliseDecimal(text)).toBe(expected);
  });
});

describe("Wise JSON parsing agrees with a lossless reference parser", () => {
  // lossless-json, with its numbers in the same shape: the fast path must never read a body differently.
  const reference = (text: string) => losslessParse(text, null, (digits) => ({ "\u0000": digits }));
  const numberText = fc.oneof(
    fc.integer().map(String),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
    fc.stringMatching(/^-?(0|[1-9]\d{0,20})(\.\d{1,12})?([eE][+-]?\d{1,3})?$/),
  );
  const jsonText = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      numberText,
      fc.string({ unit: "binary" }).map((s) => JSON.stringify(s)),
      fc.constantFrom("true", "false", "null", '"\\\\"', '"a\\"1"', '"\\u0001"', '"9"'),
      fc.array(tie("value") as fc.Arbitrary<string>, { maxLength: 4 }).map((items) => `[ ${items.join(" ,")}]`),
      // Unique keys: lossless-json refuses a repeated key, JSON.parse keeps the last (either is fine for a Wise body).
      fc
        .uniqueArray(fc.tuple(fc.string({ unit: "binary" }), tie("value") as fc.Arbitrary<string>), { maxLength: 4, selector: ([key]) => key })
        .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:\n${v}`).join(",")}}`),
    ),
  })).value as fc.Arbitrary<string>;

  it("reads every valid body as lossless-json does", () => {
    fc.assert(fc.property(jsonText, (text) => expect(parseWiseJson(text)).toEqual(reference(text))));
  });

  it("keeps a string that starts with NUL a string", () => {
    const body = '{"a":"\\u0000","\\u0000":1.50,"n":[2,-0.5e3]}';
    expect(parseWiseJson(body)).toEqual(reference(body));
    expect(parseWiseJson(body)).toEqual({ a: "\u0000", "\u0000": { "\u0000": "1.50" }, n: [{ "\u0000": "2" }, { "\u0000": "-0.5e3" }] });
  });

  it.each(["01", "[1.]", '{"a":-}', "[.5]", "[1-2]", "[1e]", "[+1]", "[1,]", '{"a":1', '["abc]'])("refuses %s as JSON.parse would", (text) => {
    expect(() => parseWiseJson(text)).toThrow(SyntaxError);
  });
});

describe("eventMoney", () => {
  it("pads a webhook's amount to the currency's minor units and never drops a digit Wise sent", async () => {
    const { eventMoney } = await import("../../src/modules/live/event-money.js");
    expect(eventMoney("30", "GBP")).toMatchObject({ amount: "30.00", currency: "GBP" });
    expect(eventMoney("0.1", "EUR").amount).toBe("0.10");
    expect(eventMoney("1500", "JPY").amount).toBe("1500");
    expect(eventMoney("1.2345", "USD").amount).toBe("1.2345");
    expect(eventMoney("-70.1", "KWD").amount).toBe("-70.100");
  });
});
