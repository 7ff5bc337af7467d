import { describe, expect, it } from "@jest/globals";
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
