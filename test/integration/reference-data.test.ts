import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { CurrenciesDocument, RateDocument, RateHistoryDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe("currencies", () => {
  it("lists Wise's currencies", async () => {
    const rest = await h.rest<Array<{ code: string; supportsDecimals: boolean }>>("/v1/currencies", h.alice.token);
    const response = await h.request(CurrenciesDocument);
    const currencies = response.body.data!.currencies!;
    expect(currencies.length).toBeGreaterThanOrEqual(30);
    expect(currencies.map((c) => c.code)).toEqual(rest.map((c) => c.code));
    expect(currencies.find((c) => c.code === "JPY")?.supportsDecimals).toBe(false);
    expect(currencies.find((c) => c.code === "EUR")?.supportsDecimals).toBe(true);
  });
});

describe("rates", () => {
  it("gives the current rate as an exact decimal", async () => {
    const response = await h.request(RateDocument, { source: "GBP", target: "EUR" });
    const rate = response.body.data!.rate!;
    expect(rate).toMatchObject({ source: "GBP", target: "EUR" });
    expect(rate.rate).toMatch(/^\d+\.\d+$/);
    expect(Date.now() - Date.parse(rate.time)).toBeLessThan(24 * 3600 * 1000);
  });

  it("gives the rate at a past moment, as Wise does", async () => {
    const at = "2025-03-01T12:00:00.000Z";
    const rest = await h.rest<Array<{ rate: number; time: string }>>(`/v1/rates?source=EUR&target=USD&time=2025-03-01T12:00:00%2B0000`, h.alice.token);
    const response = await h.request(RateDocument, { source: "EUR", target: "USD", at });
    expect(response.body.data!.rate!.rate).toBe(String(rest[0].rate));
    expect(Math.abs(Date.parse(response.body.data!.rate!.time) - Date.parse(at))).toBeLessThanOrEqual(24 * 3600 * 1000);
  });

  it("gives a daily history, oldest first", async () => {
    const response = await h.request(RateHistoryDocument, {
      source: "USD",
      target: "JPY",
      from: "2025-01-01T00:00:00.000Z",
      to: "2025-01-10T00:00:00.000Z",
      interval: "DAY",
    });
    expect(response.body.errors).toBeUndefined();
    const points = response.body.data!.rateHistory!;
    expect(points.length).toBeGreaterThanOrEqual(9);
    expect(points.length).toBeLessThanOrEqual(11);
    const times = points.map((p) => Date.parse(p.time));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    for (const point of points) expect(point.rate).toMatch(/^\d+(\.\d+)?$/);
  });

  it.each([[{ source: "gbp", target: "EUR" }], [{ source: "GBP", target: "EURO" }]])("refuses malformed currency codes %p", async (variables) => {
    const response = await h.request(RateDocument, variables);
    expect(response.status).toBe(400);
    expect(errorCodes(response)[0]).toBe("BAD_USER_INPUT");
  });

  it("refuses an inverted or oversized history range", async () => {
    const inverted = await h.request(RateHistoryDocument, { source: "USD", target: "EUR", from: "2025-02-01T00:00:00Z", to: "2025-01-01T00:00:00Z" });
    expect(errorCodes(inverted)).toEqual(["BAD_USER_INPUT"]);
    const huge = await h.request(RateHistoryDocument, { source: "USD", target: "EUR", from: "2020-01-01T00:00:00Z", to: "2025-01-01T00:00:00Z", interval: "MINUTE" });
    expect(errorCodes(huge)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("reference-data cache", () => {
  let cached: Harness;
  beforeAll(async () => {
    cached = await startHarness({ referenceCache: {} });
  });
  afterAll(async () => {
    await cached.close();
  });

  it("serves currencies and the current rate to every caller from one Wise call each", async () => {
    await cached.reset();
    for (const token of [undefined, cached.bob.token, cached.alice.token]) {
      const currencies = await cached.request(CurrenciesDocument, undefined, { token });
      expect(currencies.body.data!.currencies!.length).toBeGreaterThanOrEqual(30);
      const rate = await cached.request(RateDocument, { source: "GBP", target: "EUR" }, { token });
      expect(rate.body.data!.rate!.rate).toMatch(/^\d+\.\d+$/);
    }
    const routes = (await cached.stats()).routes;
    expect(routes["GET /v1/currencies"]).toBe(1);
    expect(routes["GET /v1/rates"]).toBe(1);
  });

  it("still refuses a request without a token, and keeps no failed answer", async () => {
    const anonymous = await startHarness({ referenceCache: {}, defaultToken: null });
    try {
      const refused = await anonymous.request(CurrenciesDocument);
      expect(errorCodes(refused)).toEqual(["UNAUTHENTICATED"]);
      const bad = await anonymous.request(CurrenciesDocument, undefined, { token: "not-a-wise-token" });
      expect(errorCodes(bad)).toEqual(["UNAUTHENTICATED"]);
      const good = await anonymous.request(CurrenciesDocument, undefined, { token: anonymous.alice.token });
      expect(good.body.errors).toBeUndefined();
      expect((await anonymous.stats()).routes["GET /v1/currencies"]).toBe(2);
      // Cached now, and still nothing for a request without a token.
      expect(errorCodes(await anonymous.request(CurrenciesDocument))).toEqual(["UNAUTHENTICATED"]);
    } finally {
      await anonymous.close();
    }
  });
});
