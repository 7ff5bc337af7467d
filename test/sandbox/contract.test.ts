// Contract tests: real responses from a running sandbox are validated against Wise's
// OpenAPI spec (openapi-backend's validator), compared in shape (keys and JSON types)
// with real Wise sandbox recordings, and checked for raw-text facts (decimal scale,
// per-endpoint date formats) that a parsed body cannot show.

import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import YAML from "yaml";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { toJson } from "../../src/sandbox/http.js";
import { transferView } from "../../src/sandbox/views/transfers.js";

// openapi-backend require()s @apidevtools/json-schema-ref-parser, an ES module, which
// Jest's CommonJS loader cannot load on Node 20. In `quick` mode with an already parsed
// definition openapi-backend dereferences with dereference-json-schema and only "parses"
// the object it was given, so a stub suffices (it fails loudly if anything else is used).
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

const SHARED = path.resolve(process.cwd(), "../shared/wise");

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;

interface Raw {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

async function get(pathAndQuery: string, token: string | null = alice.token): Promise<Raw> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { headers });
  const text = await res.text();
  // lossless parse, then plain JS numbers: the validator wants numbers, the raw text keeps the scale.
  const body = text === "" ? undefined : parse(text, null, (n: string) => Number(n));
  return { status: res.status, headers: res.headers, text, body };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

/** The response bodies recorded from Wise's sandbox in one recordings/*.yaml file. */
function recordedBodies(file: string): unknown[] {
  const doc = YAML.parse(fs.readFileSync(path.join(SHARED, "recordings", file), "utf8")) as {
    responses: { response: { body: string } }[];
  };
  return doc.responses.map((r) => JSON.parse(r.response.body) as unknown);
}

/** Structure of a JSON value: object keys and JSON types, recursively (arrays by their first item). */
type Shape = string | Shape[] | { [key: string]: Shape };
function shapeOf(value: unknown): Shape {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? [] : [shapeOf(value[0])];
  if (typeof value === "object") {
    const out: Record<string, Shape> = {};
    for (const key of Object.keys(value as object).sort()) out[key] = shapeOf((value as Record<string, unknown>)[key]);
    return out;
  }
  return typeof value;
}

const asArray = (v: unknown): Record<string, unknown>[] => {
  expect(Array.isArray(v)).toBe(true);
  return v as Record<string, unknown>[];
};

// Lenient formats: the spec's own examples use zone-less and space-separated date-times.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

beforeAll(async () => {
  const definition = YAML.parse(fs.readFileSync(path.join(SHARED, "openapi.yml"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true, // compile validators lazily: only the operations used here
    ajvOpts: { logger: false },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", DATE_TIME);
      ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
      ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      return ajv;
    },
  });
  await api.init();
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

afterAll(async () => {
  await sandbox?.close();
});

describe("the validator itself", () => {
  it("rejects bodies that break the spec (so passing checks mean something)", () => {
    expect(api.validateResponse([{ type: "PERSONAL", id: "41000011" }], "profileList", 200).valid).toBe(false);
    expect(api.validateResponse([{ id: 1, amount: { value: "10.00", currency: "GBP" } }], "balanceList", 200).valid).toBe(false);
    expect(api.validateResponse({ cursor: 5, activities: [] }, "activityList", 200).valid).toBe(false);
    expect(api.validateResponse([{ rate: 1.1, source: "EUR", target: "USD" }], "rateGet", 200).valid).toBe(false);
  });
});

describe("common response headers", () => {
  it("sends application/json, an x-trace-id and echoes X-External-Correlation-Id", async () => {
    const correlation = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    const res = await fetch(`${sandbox.url}/v2/profiles`, {
      headers: { authorization: `Bearer ${alice.token}`, "X-External-Correlation-Id": correlation },
    });
    await res.text();
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(res.headers.get("x-trace-id")).toMatch(/^[0-9a-f]{16}$/);
    expect(res.headers.get("x-external-correlation-id")).toBe(correlation);
  });
});

describe("profiles (v2)", () => {
  it("GET /v2/profiles matches profileList 200 for every user", async () => {
    for (const user of [alice, bob]) {
      const res = await get("/v2/profiles", user.token);
      expect(res.status).toBe(200);
      expectValid(res.body, "profileList", 200);
      const profiles = asArray(res.body);
      expect(profiles.map((p) => p.type).sort()).toEqual(["BUSINESS", "PERSONAL"]);
      // createdAt/updatedAt: "2023-01-15T10:30:00", no zone.
      expect(res.text).toMatch(/"createdAt":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}"/);
      expect(res.text).not.toMatch(/"(createdAt|updatedAt)":"[^"]*(Z|[+-]\d{2}:?\d{2})"/);
      // countryIso3Code is lowercase, countryIso2Code uppercase.
      for (const p of profiles) {
        const address = p.address as Record<string, unknown>;
        expect(address.countryIso3Code).toMatch(/^[a-z]{3}$/);
        expect(address.countryIso2Code).toMatch(/^[A-Z]{2}$/);
      }
    }
  });

  it("GET /v2/profiles/{id} matches profileGet 200 for PERSONAL and BUSINESS", async () => {
    for (const id of [alice.personalProfileId, alice.businessProfileId]) {
      const res = await get(`/v2/profiles/${id}`);
      expect(res.status).toBe(200);
      expectValid(res.body, "profileGet", 200);
      expect((res.body as { id: number }).id).toBe(id);
    }
  });

  it("agrees with the recorded v1 profile list where the versions overlap (ids, types)", async () => {
    const [recorded] = recordedBodies("profiles.yaml") as Record<string, unknown>[][];
    const ours = asArray((await get("/v2/profiles")).body);
    expect(recorded).toBeDefined();
    // v1 says "personal"/"business", v2 "PERSONAL"/"BUSINESS"; ids and address ids are numbers in both.
    expect(ours.map((p) => String(p.type).toLowerCase()).sort()).toEqual(recorded!.map((p) => p.type).sort());
    for (const [v1, v2] of [[recorded![0], ours[0]]] as const) {
      expect(typeof v2!.id).toBe(typeof v1!.id);
      const primaryAddress = (v1!.details as Record<string, unknown>).primaryAddress;
      expect(typeof (v2!.address as Record<string, unknown>).id).toBe(typeof primaryAddress);
    }
  });
});

describe("addresses (v1)", () => {
  it("GET /v1/addresses?profile= matches addressList 200 and includes the profile's main address", async () => {
    for (const user of [alice, bob]) {
      for (const profileId of [user.personalProfileId, user.businessProfileId]) {
        const res = await get(`/v1/addresses?profile=${profileId}`, user.token);
        expect(res.status).toBe(200);
        expectValid(res.body, "addressList", 200);
        const profile = (await get(`/v2/profiles/${profileId}`, user.token)).body as { address: { id: number } };
        const ids = asArray(res.body).map((a) => a.id);
        expect(ids).toContain(profile.address.id);
        for (const a of asArray(res.body)) expect(a.profile).toBe(profileId);
      }
    }
  });

  it("GET /v1/addresses/{id} matches addressGet 200", async () => {
    const profile = (await get(`/v2/profiles/${bob.businessProfileId}`, bob.token)).body as { address: { id: number } };
    const res = await get(`/v1/addresses/${profile.address.id}`, bob.token);
    expect(res.status).toBe(200);
    expectValid(res.body, "addressGet", 200);
    expect((res.body as { details: { state: string } }).details.state).toBe("CA");
  });
});

describe("balances (v4)", () => {
  const BALANCE_MICROS = /"(creationTime|modificationTime)":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z"/g;

  it("GET /v4/profiles/{id}/balances matches balanceList 200, with exact decimals and microsecond times", async () => {
    for (const user of [alice, bob]) {
      for (const profileId of [user.personalProfileId, user.businessProfileId]) {
        const res = await get(`/v4/profiles/${profileId}/balances?types=STANDARD,SAVINGS`, user.token);
        expect(res.status).toBe(200);
        expectValid(res.body, "balanceList", 200);
        const balances = asArray(res.body);
        expect(balances.some((b) => b.type === "SAVINGS")).toBe(true);
        expect(res.text.match(BALANCE_MICROS)?.length).toBe(balances.length * 2);
        // Every money value appears with its currency's scale: 2 decimals, none for JPY/HUF.
        for (const m of res.text.matchAll(/\{"value":(-?[\d.]+),"currency":"([A-Z]{3})"\}/g)) {
          const [, value, currency] = m;
          if (currency === "JPY" || currency === "HUF") expect(value).toMatch(/^-?\d+$/);
          else expect(value).toMatch(/^-?\d+\.\d{2}$/);
        }
      }
    }
  });

  it("has the same shape as Wise's recorded STANDARD balances", async () => {
    const recorded = recordedBodies("balances.yaml").flatMap((b) => b as Record<string, unknown>[]);
    const expected = shapeOf(recorded[0]);
    for (const r of recorded) expect(shapeOf(r)).toEqual(expected);
    const res = await get(`/v4/profiles/${alice.personalProfileId}/balances?types=STANDARD`);
    const ours = asArray(res.body);
    expect(ours.length).toBeGreaterThanOrEqual(3);
    for (const b of ours) expect(shapeOf(b)).toEqual(expected);
    // Recorded raw text shows 1000000.00 / 0.00: our raw text keeps two decimals the same way.
    expect(res.text).toMatch(/"reservedAmount":\{"value":\d+\.\d{2},"currency":"GBP"\}/);
  });

  it("GET /v4/profiles/{id}/balances/{balanceId} matches balanceGet 200", async () => {
    const list = asArray((await get(`/v4/profiles/${bob.personalProfileId}/balances?types=SAVINGS`, bob.token)).body);
    const jar = list[0] as { id: number; icon: { type: string } };
    const res = await get(`/v4/profiles/${bob.personalProfileId}/balances/${jar.id}`, bob.token);
    expect(res.status).toBe(200);
    expectValid(res.body, "balanceGet", 200);
    expect(jar.icon.type).toBe("EMOJI");
  });
});

describe("rates (v1)", () => {
  const RATE_TIME = /"time":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0000"/g;

  it.each([
    ["current rate of one pair", "/v1/rates?source=EUR&target=USD", 1],
    ["one historic point", "/v1/rates?source=GBP&target=JPY&time=2025-02-13T14:53:01", 1],
    ["a daily series", "/v1/rates?source=EUR&target=USD&from=2025-02-13T14:53:01&to=2025-03-13T14:53:01&group=day", 29],
    ["all pairs", "/v1/rates", 22 * 21],
  ])("%s matches rateGet 200", async (_label, url, count) => {
    const res = await get(url);
    expect(res.status).toBe(200);
    expectValid(res.body, "rateGet", 200);
    expect(asArray(res.body)).toHaveLength(count);
    expect(res.text.match(RATE_TIME)?.length).toBe(count);
    // Rates are emitted verbatim as exact decimals (no float noise such as 1.1000000000000001).
    for (const m of res.text.matchAll(/"rate":([^,]+),/g)) expect(m[1]).toMatch(/^\d+(\.\d{1,9})?$/);
  });

  it("answers bad parameters with 400 and a Spring-style body (rateGet 400)", async () => {
    for (const url of ["/v1/rates?source=XYZ&target=USD", "/v1/rates?source=EUR&target=USD&from=2025-01-01&to=2025-01-02&group=week"]) {
      const res = await get(url);
      expect(res.status).toBe(400);
      expectValid(res.body, "rateGet", 400); // the spec gives an example, no schema
      const body = res.body as Record<string, unknown>;
      expect(Object.keys(body).sort()).toEqual(["error", "message", "path", "status", "timestamp"]);
      expect(body).toMatchObject({ status: 400, error: "Bad Request" });
      expect(body.timestamp).toMatch(DATE_TIME);
    }
  });
});

describe("currencies (v1)", () => {
  it("GET /v1/currencies matches currenciesGet 200 and the recorded shape", async () => {
    const res = await get("/v1/currencies");
    expect(res.status).toBe(200);
    expectValid(res.body, "currenciesGet", 200);
    const ours = asArray(res.body);
    expect(ours.length).toBeGreaterThanOrEqual(30);
    const recorded = recordedBodies("currencies.yaml")[0] as Record<string, unknown>[];
    const recordedShape = shapeOf(recorded[0]);
    for (const c of ours) expect(shapeOf(c)).toEqual(recordedShape);
    // Where both lists have a currency, they agree on whether it has decimals.
    const recordedDecimals = new Map(recorded.map((c) => [c.code, c.supportsDecimals]));
    for (const c of ours) {
      if (recordedDecimals.has(c.code)) expect([c.code, c.supportsDecimals]).toEqual([c.code, recordedDecimals.get(c.code)]);
    }
    const byCode = new Map(ours.map((c) => [c.code, c]));
    expect(byCode.get("JPY")?.supportsDecimals).toBe(false);
    expect(byCode.get("KRW")?.supportsDecimals).toBe(false);
    expect(byCode.get("GBP")?.supportsDecimals).toBe(true);
  });
});

describe("activities (v1)", () => {
  it("GET /v1/profiles/{id}/activities matches activityList 200 on every page and filter", async () => {
    const urls = [
      `/v1/profiles/${alice.personalProfileId}/activities`,
      `/v1/profiles/${alice.businessProfileId}/activities?size=100`,
      `/v1/profiles/${alice.personalProfileId}/activities?status=UPCOMING`,
      `/v1/profiles/${alice.personalProfileId}/activities?monetaryResourceType=TRANSFER&size=5`,
      `/v1/profiles/${alice.personalProfileId}/activities?monetaryResourceType=INCIDENT_REFUND`,
    ];
    for (const url of urls) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expectValid(res.body, "activityList", 200);
      const body = res.body as { cursor: string | null; activities: Record<string, unknown>[] };
      for (const a of body.activities) {
        expect(typeof a.id).toBe("string");
        expect(Buffer.from(String(a.id), "base64").toString()).toMatch(/^MONETARY_ACTIVITY::\d+::[A-Z_]+::\d+$/);
        expect((a.resource as { id: unknown }).id).toMatch(/^\d+$/);
      }
      // createdOn/updatedOn: "2023-01-01T00:00:00.000Z".
      expect(res.text.match(/"(createdOn|updatedOn)":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"/g)?.length ?? 0).toBe(
        body.activities.length * 2,
      );
    }
  });

  it("uses Wise's display formats for amounts", async () => {
    const res = await get(`/v1/profiles/${alice.personalProfileId}/activities?size=100`);
    const { activities } = res.body as { activities: { primaryAmount: string; secondaryAmount: string; title: string }[] };
    const AMOUNT = /^(<(positive|negative|strikethrough)>)?([+-] )?\d{1,3}(,\d{3})*(\.\d{2})? [A-Z]{3}(<\/(positive|negative|strikethrough)>)?$/;
    for (const a of activities) {
      if (a.primaryAmount !== "") expect(a.primaryAmount).toMatch(AMOUNT);
      if (a.secondaryAmount !== "") expect(a.secondaryAmount).toMatch(AMOUNT);
    }
    expect(activities.some((a) => a.primaryAmount.startsWith("<positive>+ "))).toBe(true);
    expect(activities.every((a) => /<strong>.+<\/strong>/.test(a.title))).toBe(true);
  });
});

describe("error bodies", () => {
  it("401: Wise's OAuth body, echoing the token", async () => {
    const res = await get("/v2/profiles", "not-a-token");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "invalid_token", error_description: "not-a-token" });
  });

  it("404: {errors:[{code, message, path, arguments}]}", async () => {
    const res = await get("/v2/profiles/999999");
    expect(res.status).toBe(404);
    const { errors } = res.body as { errors: Record<string, unknown>[] };
    expect(errors).toHaveLength(1);
    expect(Object.keys(errors[0]!).sort()).toEqual(["arguments", "code", "message", "path"]);
  });

  it("400 on a non-numeric id: bad.request / should be a valid 'Long'", async () => {
    const res = await get("/v2/profiles/abc");
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ code: "bad.request", message: "'profileId' should be a valid 'Long'" }] });
  });

  it("403 on someone else's profile: Spring-style body", async () => {
    const res = await get(`/v1/addresses?profile=${bob.personalProfileId}`);
    expect(res.status).toBe(403);
    const body = res.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["error", "message", "path", "status", "timestamp"]);
    expect(body.status).toBe(403);
    expect(body.path).toBe("/v1/addresses");
  });
});

describe("seeded transfers (served by the next stage)", () => {
  it("render like Wise's recorded transfer and match transferGet 200", () => {
    const [recorded] = recordedBodies("transfer-get.yaml") as Record<string, unknown>[];
    const raw = fs.readFileSync(path.join(SHARED, "recordings", "transfer-get.yaml"), "utf8");
    expect(raw).toContain('"created":"2025-01-05');
    const transfers = [...sandbox.store.transfers.values()];
    expect(transfers.length).toBeGreaterThan(0);
    for (const t of transfers) {
      const text = toJson(transferView(t));
      const body = parse(text, null, (n: string) => Number(n));
      expectValid(body, "transferGet", 200);
      // sourceAccount and business are nullable (null on ours / on personal transfers,
      // numbers in the recording): compare everything else exactly.
      const { sourceAccount: _a, business: _b, ...ourShape } = shapeOf(body) as Record<string, Shape>;
      const { sourceAccount: _c, business: _d, ...theirShape } = shapeOf(recorded) as Record<string, Shape>;
      expect(ourShape).toEqual(theirShape);
      expect(t.business === null ? "null" : typeof t.business).toBe(
        sandbox.store.profiles.get(t.profileId)?.type === "BUSINESS" ? "number" : "null",
      );
      expect(text).toMatch(/"created":"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"/);
      expect(sandbox.store.recipients.get(t.targetAccount)?.profileId).toBe(t.profileId);
    }
  });
});
