import { describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { decodeCursor, encodeCursor } from "../../src/common/cursor.js";
import { pageSize } from "../../src/common/page-args.js";
import { globalId, parseGlobalId, parseGlobalIdOf } from "../../src/common/node/global-id.js";
import { callerToken } from "../../src/server/caller-token.js";
import { route } from "../../src/wise/route.js";

describe("global ids", () => {
  it("round-trips", () => {
    expect(parseGlobalId(globalId("Balance", 12, 34))).toEqual({ type: "Balance", key: "12:34" });
    expect(parseGlobalIdOf(globalId("PersonalProfile", 5), ["PersonalProfile", "BusinessProfile"])).toEqual({ type: "PersonalProfile", key: "5" });
  });

  it.each([
    ["garbage"],
    [""],
    [toGlobalId("Transferx", "1")],
    [toGlobalId("Address", "1/../v2/profiles")],
    [toGlobalId("Address", "1?x=")],
    [toGlobalId("Address", "1\r\nHost: evil")],
    [toGlobalId("Balance", "12")],
    ["A".repeat(10_000)],
  ])("refuses %p with BAD_USER_INPUT", (id) => {
    expect(() => parseGlobalId(id)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }));
  });

  it("refuses an id of the wrong type", () => {
    expect(() => parseGlobalIdOf(globalId("Address", 1), ["PersonalProfile"])).toThrow(/must be the ID of a PersonalProfile/);
  });
});

describe("cursors", () => {
  it("round-trip within their list and are refused in another", () => {
    const cursor = encodeCursor("activities:1:", { c: "abc", k: 3 });
    expect(decodeCursor(cursor, "activities:1:")).toMatchObject({ c: "abc", k: 3 });
    expect(() => decodeCursor(cursor, "activities:2:")).toThrow(/not a cursor issued for this list/);
    expect(() => decodeCursor("!!!", "activities:1:")).toThrow(/not a cursor issued for this list/);
    expect(() => decodeCursor(Buffer.from("[1]").toString("base64url"), "activities:1:")).toThrow(/not a cursor/);
  });

  it("bounds page sizes", () => {
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(/between 1 and 100/);
    expect(() => pageSize(101)).toThrow(/between 1 and 100/);
  });
});

describe("callerToken", () => {
  it("prefers the request's own Bearer token", () => {
    expect(callerToken("Bearer abc-123", "fallback")).toBe("abc-123");
    expect(callerToken("bearer abc", null)).toBe("abc");
  });

  it("falls back only for a request that presents no token (no, empty or blank header, Bearer alone)", () => {
    expect(callerToken(undefined, "fallback")).toBe("fallback");
    expect(callerToken("", "fallback")).toBe("fallback");
    expect(callerToken("Bearer", "fallback")).toBe("fallback");
    expect(callerToken("Basic dXNlcg==", "fallback")).toBeNull();
  });
});

describe("Wise routes", () => {
  it("encodes every parameter so it cannot change the path", () => {
    const r = route`/v1/addresses/${"1/../v2?x=#"}`;
    expect(r.path).toBe("/v1/addresses/1%2F..%2Fv2%3Fx%3D%23");
    expect(r.template).toBe("/v1/addresses/{}");
  });
});
