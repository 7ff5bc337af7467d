import { describe, expect, it } from "@jest/globals";
import { parseWiseTime } from "../../src/common/time.js";

describe("parseWiseTime", () => {
  it.each([
    ["2025-01-05 11:31:08", "2025-01-05T11:31:08.000Z"], // transfer.created: space, no zone, UTC
    ["2023-01-15T10:30:00", "2023-01-15T10:30:00.000Z"], // v2 profile createdAt: no zone
    ["2024-12-24T18:32:50.433814Z", "2024-12-24T18:32:50.433Z"], // balance: microseconds
    ["2018-08-31T10:43:31+0000", "2018-08-31T10:43:31.000Z"], // rate time: offset without colon
    ["2018-08-31T12:43:31+0200", "2018-08-31T10:43:31.000Z"],
    ["2025-01-03T22:13:50Z", "2025-01-03T22:13:50.000Z"], // quote times
    ["2023-01-01T00:00:00.000Z", "2023-01-01T00:00:00.000Z"], // activity createdOn
  ])("reads %s as %s", (text, iso) => {
    expect(parseWiseTime(text).toISOString()).toBe(iso);
  });

  it("refuses text that is not a time", () => {
    expect(() => parseWiseTime("yesterday")).toThrow(/unreadable Wise time/);
  });
});
