import { describe, expect, it } from "@jest/globals";
import { GraphQLError, Kind } from "graphql";
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
