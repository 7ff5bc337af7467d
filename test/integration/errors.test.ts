import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { CurrenciesDocument, ProfileByIdDocument, ProfilesDocument, TwoProfilesDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type GraphQLResponse, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  // Short timeouts so that hangs and drips are cut quickly; one GET retry.
  h = await startHarness({ client: { timeouts: { connect: 500, response: 400, request: 800 }, getRetryLimit: 1, maxRetryAfterMs: 2_000 } });
});
afterEach(() => {
  h.sandbox.faults.clear();
});
afterAll(async () => {
  await h.close();
});

/** Nothing secret or internal leaks into an answer. */
function expectNothingLeaked(response: GraphQLResponse<unknown>) {
  for (const secret of [h.alice.token, h.bob.token, h.sandbox.url, `127.0.0.1:${h.sandbox.port}`, `Bearer ${h.alice.token}`]) expect(response.text).not.toContain(secret);
  expect(response.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  expect(response.text).not.toContain("stacktrace");
}

describe("Wise errors become GraphQL error codes", () => {
  it("401 becomes UNAUTHENTICATED, without echoing the token Wise echoes", async () => {
    const token = "not-a-real-token-123456";
    const response = await h.request(ProfilesDocument, {}, { token });
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(response.text).not.toContain(token);
    expectNothingLeaked(response);
  });

  it("403 becomes FORBIDDEN with a null field", async () => {
    const response = await h.request(ProfileByIdDocument, { id: toGlobalId("PersonalProfile", String(h.bob.personalProfileId)) });
    expect(response.body.data).toEqual({ profile: null });
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    expectNothingLeaked(response);
  });

  it("404 becomes a null field with NOT_FOUND, and the rest of the answer survives", async () => {
    const response = await h.request(TwoProfilesDocument, {
      a: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)),
      b: toGlobalId("PersonalProfile", "987654321"),
    });
    expect(response.body.data!.first?.id).toBe(toGlobalId("PersonalProfile", String(h.alice.personalProfileId)));
    expect(response.body.data!.second).toBeNull();
    expect(response.body.errors!.map((e) => [e.extensions?.code, e.path])).toEqual([["NOT_FOUND", ["second"]]]);
  });

  it("429 with a long Retry-After becomes RATE_LIMITED at once, with the wait", async () => {
    await h.reset();
    h.sandbox.faults.add({ route: "GET /v1/currencies", fault: { type: "retry-after", seconds: 600 } });
    const response = await h.request(CurrenciesDocument);
    expect(errorCodes(response)).toEqual(["RATE_LIMITED"]);
    expect(response.body.errors![0].extensions?.retryAfterSeconds).toBe(600);
    expect((await h.stats()).routes["GET /v1/currencies"]).toBe(1);
  });

  it("429 with a short Retry-After (seconds or HTTP date) is waited out and retried once", async () => {
    for (const httpDate of [false, true]) {
      await h.reset();
      h.sandbox.faults.add({ route: "GET /v1/currencies", fault: { type: "retry-after", seconds: 1, httpDate }, times: 1 });
      const response = await h.request(CurrenciesDocument);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.currencies!.length).toBeGreaterThan(0);
      expect((await h.stats()).routes["GET /v1/currencies"]).toBe(2);
    }
  });

  it.each([[500], [502], [503], [504]])("%i becomes UPSTREAM_UNAVAILABLE after one retry", async (status) => {
    await h.reset();
    h.sandbox.faults.add({ route: "GET /v1/currencies", fault: { type: "status", status } });
    const response = await h.request(CurrenciesDocument);
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    expect((await h.stats()).routes["GET /v1/currencies"]).toBe(2);
    expectNothingLeaked(response);
  });

  it("a transient 503 is retried and the answer is whole", async () => {
    await h.reset();
    h.sandbox.faults.add({ route: "GET /v1/currencies", fault: { type: "status", status: 503 }, times: 1 });
    const response = await h.request(CurrenciesDocument);
    expect(response.body.errors).toBeUndefined();
    expect((await h.stats()).routes["GET /v1/currencies"]).toBe(2);
  });

  it.each([
    ["a hang", { type: "hang" as const }],
    ["a reset", { type: "reset-before" as const }],
    ["an HTML page with status 200", { type: "html" as const }],
    ["a body of the wrong shape", { type: "wrong-shape" as const }],
    ["a truncated body", { type: "truncate" as const }],
  ])("%s becomes UPSTREAM_UNAVAILABLE", async (_name, fault) => {
    h.sandbox.faults.add({ route: "GET /v1/currencies", fault });
    const response = await h.request(CurrenciesDocument);
    expect(response.status).toBe(200);
    expect(errorCodes(response)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    expectNothingLeaked(response);
  });
});
