// Contract tests: real responses from a running sandbox are validated against Wise's
// OpenAPI spec (openapi-backend's validator), compared in shape (keys and JSON types)
// with real Wise sandbox recordings, and checked for raw-text facts (decimal scale,
// per-endpoint date formats) that a parsed body cannot show. Requests are checked too where
// the client builds them (the address operations). The spec and the recordings
// come from the committed facts in test/fixtures/wise/ (npm run facts:extract).

import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { toJson } from "../../src/sandbox/http.js";
import { transferView } from "../../src/sandbox/views/transfers.js";
import type { RecipientRecord } from "../../src/sandbox/model.js";
import { WiseClient } from "../../src/wise/client.js";
import { createAddress, getAddressRequirements } from "../../src/wise/endpoints/addresses.js";
import {
  closeProfileUpdateWindow,
  createBusinessProfile,
  createPersonalProfile,
  createRepresentedBusinessProfile,
  getBankTransferVerification,
  getBusinessRepresentative,
  openProfileUpdateWindow,
  updateBusinessProfile,
  updateBusinessRepresentative,
  updatePersonalProfile,
} from "../../src/wise/endpoints/profile-writes.js";
import {
  createBatchGroup,
  createBatchGroupTransfer,
  createPaymentInitiation,
  fundBatchGroup,
  getPaymentInitiation,
  updateBatchGroupStatus,
} from "../../src/wise/endpoints/batch-groups.js";
import { createSettlementJournal } from "../../src/wise/endpoints/bulk-settlements.js";
import { stringifyWiseJson } from "../../src/wise/json.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";
import { ClientCredentialsToken } from "../../src/wise/client-token.js";
import { WiseOAuth } from "../../src/wise/oauth.js";
import { createPartnerSession } from "../../src/wise/partner-session.js";
import { WiseKeyCache, WiseKeys } from "../../src/wise/sca/wise-keys.js";
import { getTransferRequirements } from "../../src/wise/endpoints/transfer-requirements.js";
import { getTransferPayoutInfo } from "../../src/wise/endpoints/transfer-payouts.js";
import { acceptRecipientConfirmations } from "../../src/wise/endpoints/recipients.js";
import { createThirdPartyTransfer, getThirdPartyTransfer } from "../../src/wise/endpoints/third-party-transfers.js";
import { createContact } from "../../src/wise/endpoints/contacts.js";

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

const FACTS = path.resolve(process.cwd(), "test/fixtures/wise");
const readFact = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(FACTS, file), "utf8"));

interface Recorded {
  method: string;
  path: string;
  status: number;
  /** The body exactly as Wise sent it. */
  body: string;
}
const RECORDINGS = readFact("recordings.json") as Record<string, Recorded[]>;

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

/** The recorded responses of one recording, as Wise sent them. */
function recording(name: string): Recorded[] {
  const responses = RECORDINGS[name];
  if (responses === undefined) throw new Error(`no recording "${name}" in test/fixtures/wise/recordings.json: add it to scripts/extract-wise-facts.mjs`);
  return responses;
}

/** The response bodies recorded from Wise's sandbox in one recording, parsed. */
function recordedBodies(name: string): unknown[] {
  return recording(name).map((r) => JSON.parse(r.body) as unknown);
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
  const definition = readFact("openapi-extract.json") as never;
  api = new OpenAPIBackend({
    definition,
    quick: true, // compile validators lazily: only the operations used here
    ajvOpts: { logger: false, allErrors: true }, // every violation, so recorded deviations can be matched one by one
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
    const [recorded] = recordedBodies("profiles") as Record<string, unknown>[][];
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

describe("address creation and the address form (v1)", () => {
  const US = { country: "US", state: "NM", city: "Albuquerque", postCode: "87101", firstLine: "1 Central Ave", occupations: [{ code: "Engineer", format: "FREE_FORM" as const }] };
  const GB = { country: "GB", city: "Leeds", postCode: "LS1 4DY", firstLine: "1 Park Row" };
  // Wise's own example answer in its address reference sends `valuesAllowed: null` on text
  // fields, where the spec says array: the one deviation allowed (the text fields of that example).
  const textField = (key: string) => ({
    key,
    type: "text",
    refreshRequirementsOnChange: false,
    required: true,
    displayFormat: null,
    example: "London",
    minLength: null,
    maxLength: null,
    validationRegexp: null,
    validationAsync: null,
    valuesAllowed: null,
  });
  const documented = [
    [
      {
        type: "address",
        fields: [
          { name: "City", group: [textField("city")] },
          { name: "Postal code", group: [textField("postCode")] },
        ],
      },
    ],
  ];

  it("POST /v1/addresses matches addressCreate 200, for an address with state and occupations and one without", async () => {
    for (const details of [US, GB]) {
      const body = { profile: alice.personalProfileId, details };
      expectValidRequest("POST", "/v1/addresses", body, "addressCreate");
      const res = await call("POST", "/v1/addresses", { body });
      expect(res.status).toBe(200);
      expectValid(res.body, "addressCreate", 200);
      expectValid((await get(`/v1/addresses/${(res.body as { id: number }).id}`)).body, "addressGet", 200);
    }
  });

  it("GET /v1/address-requirements matches addressRequirementsGet 200; POST, with or without answers, addressRequirementsPost 200", async () => {
    const first = await get("/v1/address-requirements");
    expect(first.status).toBe(200);
    expectValidLike(first.body, "addressRequirementsGet", 200, documented);
    for (const details of [{ country: "GB" }, { country: "US" }, { country: "US", state: "NM" }, { country: "BR" }]) {
      expectValidRequest("POST", "/v1/address-requirements", { details }, "addressRequirementsPost");
      const res = await call("POST", "/v1/address-requirements", { body: { details } });
      expect(res.status).toBe(200);
      expectValidLike(res.body, "addressRequirementsPost", 200, documented);
    }
    const bodiless = await call("POST", "/v1/address-requirements");
    expectValidLike(bodiless.body, "addressRequirementsPost", 200, documented);
    // Only that deviation: the select fields (country, state) carry their values.
    expect([...new Set(violations(first.body, "addressRequirementsGet", 200))]).toEqual(["type /{*}/fields/{*}/group/{*}/valuesAllowed"]);
  });

  it("the client's endpoint functions send requests the spec accepts, and decode what the sandbox answers", async () => {
    const sent: { method: string; path: string; json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, alice.token);
    const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
    try {
      const created = await createAddress(recording, { profile: alice.personalProfileId, details: US });
      expect(created.details).toMatchObject({ country: "US", state: "NM" });
      expect((await getAddressRequirements(recording)).map((f) => f.type)).toEqual(["address"]);
      const us = await getAddressRequirements(recording, { country: "US", state: "NM" });
      expect(us[0]!.fields.map((f) => f.group[0]!.key)).toContain("occupations");
    } finally {
      client.shutdown();
    }
    expect(sent.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /v1/addresses", "GET /v1/address-requirements", "POST /v1/address-requirements"]);
    expectValidRequest("POST", "/v1/addresses", sent[0]!.json, "addressCreate");
    expect(sent[1]!.json).toBeUndefined();
    expectValidRequest("POST", "/v1/address-requirements", sent[2]!.json, "addressRequirementsPost");
  });

  it("the request validator itself refuses bodies that break the spec", () => {
    expect(api.validateRequest({ method: "POST", path: "/v1/addresses", headers: JSON_HEADERS, body: { details: GB } }, "addressCreate").valid).toBe(false);
    expect(api.validateRequest({ method: "POST", path: "/v1/addresses", headers: JSON_HEADERS, body: { profile: 1, details: { country: "GB" } } }, "addressCreate").valid).toBe(
      false,
    );
    expect(api.validateRequest({ method: "POST", path: "/v1/address-requirements", headers: JSON_HEADERS, body: { country: "US" } }, "addressRequirementsPost").valid).toBe(false);
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
    const recorded = recordedBodies("balances").flatMap((b) => b as Record<string, unknown>[]);
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
    const recorded = recordedBodies("currencies")[0] as Record<string, unknown>[];
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
      expect(res.text.match(/"(createdOn|updatedOn)":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z"/g)?.length ?? 0).toBe(body.activities.length * 2);
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
    const [recorded] = recordedBodies("transfer-get") as Record<string, unknown>[];
    const raw = recording("transfer-get")[0]!.body;
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
      expect(t.business === null ? "null" : typeof t.business).toBe(sandbox.store.profiles.get(t.profileId)?.type === "BUSINESS" ? "number" : "null");
      expect(text).toMatch(/"created":"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"/);
      expect(sandbox.store.recipients.get(t.targetAccount)?.profileId).toBe(t.profileId);
    }
  });
});

// ---------------------------------------------------------------------------------------
// Money movement: quotes, requirements, recipients, transfers, funding, simulation,
// balance create/delete and movements.

interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  contentType?: string | null;
  token?: string;
}

async function call(method: string, pathAndQuery: string, options: CallOptions = {}): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}`, ...options.headers };
  let body: Uint8Array | undefined;
  if (options.body !== undefined) {
    body = new TextEncoder().encode(typeof options.body === "string" ? options.body : JSON.stringify(options.body));
    const contentType = options.contentType === undefined ? "application/json" : options.contentType;
    if (contentType !== null) headers["content-type"] = contentType;
  }
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
}

const JSON_HEADERS = { "content-type": "application/json" };

/** A request body the spec's operation accepts. */
function expectValidRequest(method: string, requestPath: string, body: unknown, operationId: string): void {
  const result = api.validateRequest({ method, path: requestPath, headers: JSON_HEADERS, body: body as never }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

/** One spec violation per entry, "keyword path", array indices folded to "*" (e.g. "type /0/usageInfo" -> "type /{*}/usageInfo"). */
function violations(body: unknown, operationId: string, status: number): string[] {
  const result = api.validateResponse(body, operationId, status);
  return (result.errors ?? []).map((e) => `${e.keyword} ${String(e.instancePath).replace(/\/\d+(?=\/|$)/g, "/{*}")}`);
}

/**
 * Valid against the spec except where Wise's own recorded bodies break it the same way
 * (recordings beat the spec: e.g. usageInfo and displayFormat are null in real forms).
 */
function expectValidLike(body: unknown, operationId: string, status: number, recorded: unknown[]): void {
  const allowed = new Set(recorded.flatMap((r) => violations(r, operationId, status)));
  const extra = violations(body, operationId, status).filter((v) => !allowed.has(v));
  expect({ operationId, status, extra }).toEqual({ operationId, status, extra: [] });
}

/** Wise's {"errors":[{code, message, path?, arguments}]} body. */
function expectWiseErrors(res: Raw, status: number): { code: string; path?: string }[] {
  expect(res.status).toBe(status);
  const { errors } = res.body as { errors: Record<string, unknown>[] };
  expect(Array.isArray(errors)).toBe(true);
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(typeof e.code).toBe("string");
    expect(typeof e.message).toBe("string");
    // `arguments` may be an array, null, or absent (bad.request bodies, FACTS 2.6).
    if (e.arguments !== undefined && e.arguments !== null) expect(Array.isArray(e.arguments)).toBe(true);
    for (const key of Object.keys(e)) expect(["code", "message", "path", "arguments"]).toContain(key);
  }
  return errors as { code: string; path?: string }[];
}

const keysOf = (v: unknown) => Object.keys(v as object).sort();

function seededRecipient(currency: string, type: string): RecipientRecord {
  const r = [...sandbox.store.recipients.values()].find((x) => x.profileId === alice.personalProfileId && x.currency === currency && x.type === type && x.active);
  if (r === undefined) throw new Error(`no ${currency} ${type} recipient`);
  return r;
}

async function newQuote(body: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await call("POST", `/v3/profiles/${alice.personalProfileId}/quotes`, { body });
  expect(res.status).toBe(200);
  return res.body as Record<string, any>;
}

async function newTransfer(amount = 100): Promise<Record<string, any>> {
  const q = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: amount });
  const res = await call("POST", "/v1/transfers", {
    body: { targetAccount: seededRecipient("EUR", "iban").id, quoteUuid: q.id, customerTransactionId: crypto.randomUUID(), details: { reference: "Geschenk" } },
  });
  expect(res.status).toBe(200);
  return res.body as Record<string, any>;
}

const QUOTE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe("quotes (v3)", () => {
  it("POST matches quoteCreate 200 and has exactly the recorded top-level keys (TARGET and SOURCE quotes)", async () => {
    const [recordedTarget] = recordedBodies("quote-create") as Record<string, any>[];
    const target = await newQuote({ sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 110, preferredPayIn: "BANK_TRANSFER" });
    expectValidLike(target, "quoteCreate", 200, [recordedTarget]);
    expect(keysOf(target)).toEqual(keysOf(recordedTarget));
    // Every option has the recorded option's shape (disabledReason only on disabled ones).
    const recordedOption = shapeOf(recordedTarget!.paymentOptions[0]);
    for (const o of target.paymentOptions as Record<string, unknown>[]) {
      const { disabledReason: _r, ...rest } = o;
      expect(shapeOf(rest)).toEqual(recordedOption);
    }
    const [recordedSource] = recordedBodies("iban-process") as Record<string, unknown>[];
    const source = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 1000 });
    expectValidLike(source, "quoteCreate", 200, [recordedSource]);
    expect(keysOf(source)).toEqual(keysOf(recordedSource));
    for (const t of ["createdTime", "expirationTime", "rateExpirationTime", "rateTimestamp"]) expect(source[t]).toMatch(QUOTE_TIME);
    const raw = (await call("GET", `/v3/profiles/${alice.personalProfileId}/quotes/${source.id}`)).text;
    expect(raw).toMatch(/^\{"sourceAmount":1000\.00,/);
    expect(raw).toMatch(/"feePercentage":0\.\d{4},/);
    expect(raw).toMatch(/"fee":\{"transferwise":[\d.]+,"payIn":0\.0,"discount":0,"total":[\d.]+,"priceSetId":384,"partner":0\.0\}/);
  });

  it("GET matches quoteGet 200; PATCH (merge patch) matches quoteUpdate 200 with the recorded keys", async () => {
    const recorded = recordedBodies("iban-process") as Record<string, unknown>[];
    const q = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 1000 });
    const got = await call("GET", `/v3/profiles/${alice.personalProfileId}/quotes/${q.id}`);
    expectValidLike(got.body, "quoteGet", 200, [recorded[5]]);
    const patched = await call("PATCH", `/v3/profiles/${alice.personalProfileId}/quotes/${q.id}`, {
      body: { targetAccount: seededRecipient("EUR", "iban").id },
      contentType: "application/merge-patch+json",
    });
    expect(patched.status).toBe(200);
    expectValidLike(patched.body, "quoteUpdate", 200, [recorded[4]]);
    expect(keysOf(patched.body)).toEqual(keysOf(recorded[4]));
  });

  it("answers 415 with the recorded RFC 7807 body", async () => {
    const [recorded] = recordedBodies("error") as Record<string, unknown>[];
    const res = await call("POST", `/v3/profiles/${alice.personalProfileId}/quotes`, { body: "{}", contentType: null });
    expect(res.status).toBe(415);
    expect(shapeOf(res.body)).toEqual(shapeOf(recorded));
    expect(res.body).toMatchObject({ type: "about:blank", title: "Unsupported Media Type", status: 415, detail: recorded!.detail });
  });

  it("validation errors use Wise's errors body", async () => {
    const errors = expectWiseErrors(
      await call("POST", `/v3/profiles/${alice.personalProfileId}/quotes`, { body: { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 1, targetAmount: 1 } }),
      400,
    );
    expect(errors[0]).toMatchObject({ code: "error.quote.amount.onlySingle", path: "sourceAmount" });
  });
});

describe("recipient requirements (v1)", () => {
  const recorded = () => [...recordedBodies("recipient-requirement"), recordedBodies("iban-process")[1]] as Record<string, any>[][];
  const typeKeys = (forms: Record<string, any>[]) => new Map(forms.map((f) => [f.type, f.fields.map((x: any) => x.group[0].key)]));

  it("GET matches recipientAccountRequirementsGet 200 and the recorded forms, field for field", async () => {
    const [usd, eur] = recorded();
    const q = await newQuote({ sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 110 });
    const ours = await call("GET", `/v1/quotes/${q.id}/account-requirements`, { headers: { "Accept-Minor-Version": "1" } });
    expect(ours.status).toBe(200);
    expectValidLike(ours.body, "recipientAccountRequirementsGet", 200, recorded());
    // Same inputs, in the same order, for every type both offer (Wise also offers fedwire_local).
    const recordedTypes = typeKeys(usd!);
    for (const [type, keys] of typeKeys(ours.body as Record<string, unknown>[])) expect([type, keys]).toEqual([type, recordedTypes.get(type)]);
    const form = shapeOf((ours.body as unknown[])[0]) as Record<string, Shape>;
    expect(Object.keys(form)).toEqual(Object.keys(shapeOf(usd![0]) as object));
    const eurQuote = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 1000 });
    const eurForms = await call("GET", `/v1/quotes/${eurQuote.id}/account-requirements`, { headers: { "Accept-Minor-Version": "1" } });
    const recordedEur = typeKeys(eur!);
    for (const [type, keys] of typeKeys(eurForms.body as Record<string, unknown>[])) {
      if (recordedEur.has(type)) expect([type, keys]).toEqual([type, recordedEur.get(type)]);
    }
    // Each input has exactly the recorded input's keys.
    const recordedInput = keysOf(usd![0].fields[0].group[0]);
    for (const f of (ours.body as Record<string, any>[]).flatMap((x) => x.fields)) expect(keysOf(f.group[0])).toEqual(recordedInput);
  });

  it("POST (route and quote variants) match recipientAccountRequirementsPost 200", async () => {
    const q = await newQuote({ sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 110 });
    for (const path of [`/v1/quotes/${q.id}/account-requirements`, "/v1/account-requirements?source=GBP&target=USD&sourceAmount=100"]) {
      const res = await call("POST", path, { body: { type: "aba", details: { address: { country: "US" } } }, headers: { "Accept-Minor-Version": "1" } });
      expect(res.status).toBe(200);
      expectValidLike(res.body, "recipientAccountRequirementsPost", 200, recorded());
    }
  });
});

describe("recipients (v1 create, v2 read)", () => {
  it("POST /v1/accounts answers the recorded v1 shape (iban and email) and matches the spec where Wise does", async () => {
    const recordedIban = recordedBodies("iban-process")[2] as Record<string, unknown>;
    const recordedEmail = recordedBodies("recipient-create-email")[0] as Record<string, unknown>;
    const iban = await call("POST", "/v1/accounts", {
      body: { currency: "EUR", type: "iban", profile: alice.businessProfileId, accountHolderName: "Max Mustermann", details: { legalType: "PRIVATE", IBAN: "BE19967722383012" } },
    });
    expect(iban.status).toBe(200);
    expect(shapeOf(iban.body)).toEqual(shapeOf(recordedIban));
    expect(Object.keys((iban.body as { details: object }).details)).toEqual(Object.keys(recordedIban.details as object));
    expectValidLike(iban.body, "recipientCreate", 200, [recordedIban, recordedEmail]);
    expectValidLike(iban.body, "recipientGetV1", 200, [recordedIban, recordedEmail]);
    const email = await call("POST", "/v1/accounts", {
      body: { currency: "EUR", type: "email", profile: alice.personalProfileId, accountHolderName: "John Doe", details: { email: "john@doe.com" } },
    });
    expect(shapeOf(email.body)).toEqual(shapeOf(recordedEmail));
    expectValidLike(email.body, "recipientGetV1", 200, [recordedIban, recordedEmail]);

    const v2Recorded = recordedBodies("iban-process")[3] as Record<string, unknown>;
    const v2 = await call("GET", `/v2/accounts/${(iban.body as { id: number }).id}`);
    expectValidLike(v2.body, "recipientGet", 200, [v2Recorded]);
    expect(shapeOf(v2.body)).toEqual(shapeOf(v2Recorded));
    const emailV2 = await call("GET", `/v2/accounts/${(email.body as { id: number }).id}`);
    expect(shapeOf(emailV2.body)).toEqual(shapeOf(recordedBodies("recipient-get")[0]));
    const v1 = await call("GET", `/v1/accounts/${(iban.body as { id: number }).id}`);
    expectValidLike(v1.body, "recipientGetV1", 200, [recordedIban, recordedEmail]);
    const list = await call("GET", `/v1/accounts?profileId=${alice.personalProfileId}&currency=EUR`);
    expectValidLike(list.body, "recipientListV1", 200, [[recordedIban, recordedEmail]]);
  });

  it("validation failures match recipientCreate's 400 error schema (Wise answers 422)", async () => {
    const res = await call("POST", "/v1/accounts", { body: { currency: "GBP", type: "sort_code", accountHolderName: "X", details: { legalType: "PRIVATE", sortCode: "1" } } });
    expectWiseErrors(res, 422);
    expectValid(res.body, "recipientCreate", 400);
  });

  it("GET /v2/accounts pages match recipientList 200 and the recorded page shapes", async () => {
    const recorded = recordedBodies("recipients-list-all") as Record<string, any>[];
    const first = await call("GET", `/v2/accounts?profileId=${alice.personalProfileId}&size=2&sort=id,asc`);
    expectValidLike(first.body, "recipientList", 200, recorded);
    expect(keysOf(first.body)).toEqual(keysOf(recorded[0]));
    const next = (first.body as { seekPositionForNext: number }).seekPositionForNext;
    const second = await call("GET", `/v2/accounts?profileId=${alice.personalProfileId}&size=2&sort=id,asc&seekPosition=${next}`);
    expect(keysOf(second.body)).toEqual(keysOf(recorded[1]));
    const recordedIban = recorded[0]!.content.find((r: { type: string }) => r.type === "Iban");
    const ourIban = (await call("GET", `/v2/accounts?profileId=${alice.personalProfileId}&type=iban&size=20`)).body as { content: Record<string, unknown>[] };
    const plainIban = ourIban.content.find((r) => !("email" in r) && !("bic" in (r.details as object)));
    expect(shapeOf(plainIban)).toEqual(shapeOf(recordedIban));
  });

  it("DELETE /v2/accounts/{id} matches recipientDeactivate 200", async () => {
    const created = await call("POST", "/v1/accounts", {
      body: { currency: "GBP", type: "sort_code", accountHolderName: "Temp Recipient", details: { legalType: "PRIVATE", sortCode: "403020", accountNumber: "12345678" } },
    });
    const res = await call("DELETE", `/v2/accounts/${(created.body as { id: number }).id}`);
    expect(res.status).toBe(200);
    expectValidLike(res.body, "recipientDeactivate", 200, [recordedBodies("iban-process")[3]]);
  });
});

describe("transfers (v1)", () => {
  const [recordedCreate, , recordedFund, recordedWrongStatus] = recordedBodies("readme-transfer-and-simulation") as Record<string, unknown>[];
  // sourceAccount and business are nullable: null on a personal, unfunded transfer.
  const comparable = (t: unknown) => {
    const { sourceAccount: _a, business: _b, ...rest } = shapeOf(t) as Record<string, Shape>;
    return rest;
  };

  it("POST /v1/transfers matches transferCreate 200 and the recorded transfer", async () => {
    const t = await newTransfer();
    expectValid(t, "transferCreate", 200);
    expect(comparable(t)).toEqual(comparable(recordedCreate));
    expect(t.status).toBe("incoming_payment_waiting");
  });

  it("GET list, GET one, PUT cancel and transfer requirements match their operations", async () => {
    const list = await call("GET", `/v1/transfers?profile=${alice.personalProfileId}&limit=50&status=outgoing_payment_sent,processing`);
    expect(list.status).toBe(200);
    expectValid(list.body, "transferList", 200);
    expect(asArray(list.body)).toHaveLength(50);
    const t = await newTransfer();
    expectValid((await call("GET", `/v1/transfers/${t.id}`)).body, "transferGet", 200);
    const cancelled = await call("PUT", `/v1/transfers/${t.id}/cancel`);
    expectValid(cancelled.body, "transferCancel", 200);
    const refused = await call("PUT", `/v1/transfers/${t.id}/cancel`);
    expect(expectWiseErrors(refused, 409)[0]!.code).toBe("transfer.cancellation.not.allowed");
    const q = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10 });
    const req = await call("POST", "/v1/transfer-requirements", { body: { targetAccount: seededRecipient("EUR", "iban").id, quoteUuid: q.id, details: { reference: "x" } } });
    expect(req.status).toBe(200);
    expectValid(req.body, "transferRequirementsValidate", 200);
    expect(expectWiseErrors(await call("GET", "/v1/transfers?createdDateStart=2025-01-01T00:00:00%2B00:00"), 422)[0]!.path).toBe("createdDateStart");
    expect(expectWiseErrors(await call("GET", "/v1/transfers/1"), 404)[0]!.code).toBe("NOT_FOUND");
  });

  it("funding answers the recorded 201 body (and REJECTED the same way), valid against transferFund's schema", async () => {
    const t = await newTransfer(20);
    const paid = await call("POST", `/v3/profiles/${alice.personalProfileId}/transfers/${t.id}/payments`, { body: { type: "BALANCE" } });
    expect(paid.status).toBe(201);
    expect(shapeOf(paid.body)).toEqual(shapeOf(recordedFund));
    // The spec documents this answer under 200; Wise sent 201.
    expectValid(paid.body, "transferFund", 200);
    const again = await call("POST", `/v3/profiles/${alice.personalProfileId}/transfers/${t.id}/payments`, { body: { type: "BALANCE" } });
    expect(again.status).toBe(422);
    expectValid(again.body, "transferFund", 200);
    expect(keysOf(again.body)).toEqual(["errorCode", "errorMessage", "status", "type"]);
  });

  it("simulation answers the transfer, or HTTP 200 with the recorded wrong_status body", async () => {
    const t = await newTransfer(15);
    const wrong = await call("GET", `/v1/simulation/transfers/${t.id}/processing`);
    expect(wrong.status).toBe(200);
    expect(shapeOf(wrong.body)).toEqual(shapeOf(recordedWrongStatus));
    expectValid(wrong.body, "simulationTransferStateChange", 200);
    await call("POST", `/v3/profiles/${alice.personalProfileId}/transfers/${t.id}/payments`, { body: { type: "BALANCE" } });
    const moved = await call("GET", `/v1/simulation/transfers/${t.id}/processing`);
    expectValid(moved.body, "simulationTransferStateChange", 200);
    expectValid(moved.body, "transferGet", 200);
    const balance = asArray((await call("GET", `/v4/profiles/${alice.personalProfileId}/balances?types=STANDARD`)).body)[0]!;
    const topup = await call("POST", "/v1/simulation/balance/topup", {
      body: { profileId: alice.personalProfileId, balanceId: balance.id, currency: balance.currency, amount: 100 },
    });
    expect(topup.status).toBe(200);
    expectValid(topup.body, "simulationBalanceTopup", 200);
    expect(topup.text).toMatch(/"balancesAfter":\[\{"id":\d+,"value":\d+\.\d{2},"currency":"[A-Z]{3}"\}\]/);
  });
});

describe("balance create, delete and movements", () => {
  it("POST /v4/.../balances matches balanceCreate 201 and the recorded balance shape; DELETE is 204", async () => {
    const recorded = recordedBodies("balances").flatMap((b) => b as Record<string, unknown>[]);
    const created = await call("POST", `/v4/profiles/${alice.businessProfileId}/balances`, {
      body: { currency: "JPY", type: "STANDARD" },
      headers: { "X-idempotence-uuid": crypto.randomUUID() },
    });
    expect(created.status).toBe(201);
    expectValid(created.body, "balanceCreate", 201);
    expect(shapeOf(created.body)).toEqual(shapeOf(recorded[0]));
    expect(created.text).toMatch(/"amount":\{"value":0,"currency":"JPY"\}/);
    const deleted = await call("DELETE", `/v4/profiles/${alice.businessProfileId}/balances/${(created.body as { id: number }).id}`);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe("");
    expect(expectWiseErrors(await call("POST", `/v4/profiles/${alice.businessProfileId}/balances`, { body: { currency: "JPY", type: "STANDARD" } }), 400)[0]!.code).toBe(
      "bad.request",
    );
  });

  it("POST /v2/.../balance-movements matches balanceMovement 201 (conversion and jar move)", async () => {
    const q = await newQuote({ sourceCurrency: "GBP", targetCurrency: "USD", sourceAmount: 25, payOut: "BALANCE" });
    const conversion = await call("POST", `/v2/profiles/${alice.personalProfileId}/balance-movements`, {
      body: { quoteId: q.id },
      headers: { "X-idempotence-uuid": crypto.randomUUID() },
    });
    expect(conversion.status).toBe(201);
    expectValid(conversion.body, "balanceMovement", 201);
    expect(conversion.text).toMatch(/"sourceAmount":\{"value":25\.00,"currency":"GBP"\}/);
    const balances = asArray((await call("GET", `/v4/profiles/${alice.personalProfileId}/balances?types=STANDARD,SAVINGS`)).body);
    const jar = balances.find((b) => b.type === "SAVINGS")!;
    const standard = balances.find((b) => b.type === "STANDARD" && b.currency === jar.currency)!;
    const move = await call("POST", `/v2/profiles/${alice.personalProfileId}/balance-movements`, {
      body: { sourceBalanceId: standard.id, targetBalanceId: jar.id, amount: { value: 1, currency: jar.currency } },
      headers: { "X-idempotence-uuid": crypto.randomUUID() },
    });
    expect(move.status).toBe(201);
    expectValid(move.body, "balanceMovement", 201);
  });
});

describe("strong customer authentication", () => {
  const dana = () => sandbox.scaUsers[0]!;
  const danaSession = (): WiseSession => createSession(new WiseClient({ baseUrl: sandbox.url }), dana().token);
  /** Wise's JOSE keys as the server gets them: with the demo partner client's client-credentials token. */
  const partnerKeys = (): WiseKeys => {
    const clientToken = new ClientCredentialsToken(new WiseOAuth(sandbox.url, { clientId: sandbox.client.id, clientSecret: sandbox.client.secret }));
    const partner = createPartnerSession(new WiseClient({ baseUrl: sandbox.url }), clientToken);
    return new WiseKeys(new WiseKeyCache(), () => partner);
  };

  async function refusedFunding(): Promise<string> {
    const quote = (
      await call("POST", `/v3/profiles/${dana().personalProfileId}/quotes`, { token: dana().token, body: { sourceCurrency: "EUR", targetCurrency: "GBP", sourceAmount: 10 } })
    ).body as { id: string };
    const recipient = await call("POST", "/v1/accounts", {
      token: dana().token,
      body: {
        currency: "GBP",
        type: "sort_code",
        profile: dana().personalProfileId,
        accountHolderName: "Ada Lovelace",
        details: { legalType: "PRIVATE", sortCode: "231470", accountNumber: "28821822" },
      },
    });
    const transfer = await call("POST", "/v1/transfers", {
      token: dana().token,
      body: { targetAccount: (recipient.body as { id: number }).id, quoteUuid: quote.id, customerTransactionId: crypto.randomUUID(), details: { reference: "x" } },
    });
    const refused = await call("POST", `/v3/profiles/${dana().personalProfileId}/transfers/${(transfer.body as { id: number }).id}/payments`, {
      token: dana().token,
      body: { type: "BALANCE" },
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("x-2fa-approval-result")).toBe("REJECTED");
    return refused.headers.get("x-2fa-approval")!;
  }

  it("GET /v1/one-time-token/status (and its deprecated path) matches ottStatusGet 200; POST sca-sessions/authorise matches scaSessionCreate 200", async () => {
    const ott = await refusedFunding();
    // The One-Time-Token header is required.
    expect((await get("/v1/one-time-token/status", dana().token)).status).toBe(400);
    const withHeader = await call("GET", "/v1/one-time-token/status", { token: dana().token, headers: { "One-Time-Token": ott } });
    expect(withHeader.status).toBe(200);
    expectValid(withHeader.body, "ottStatusGet", 200);
    const old = await call("GET", "/v1/identity/one-time-token/status", { token: dana().token, headers: { "One-Time-Token": ott } });
    expect(old.body).toEqual(withHeader.body);
    const started = await call("POST", `/v2/profiles/${dana().personalProfileId}/sca-sessions/authorise`, { token: dana().token });
    expectValid(started.body, "scaSessionCreate", 200);
  });

  it("the client's SCA calls send what the spec accepts and decode what the sandbox answers", async () => {
    const wise = danaSession();
    const { getOneTimeTokenStatus, triggerOtp, verifyPin, createFacemap, verifyFacemap, deleteFacemap } = await import("../../src/wise/endpoints/sca.js");
    const ott = await refusedFunding();
    expect((await verifyPin(wise, partnerKeys(), dana().personalProfileId, ott, dana().pin)).challenges[0]).toMatchObject({ primaryChallenge: { type: "PIN" }, passed: true });
    expect(await triggerOtp(wise, "sms", ott)).toMatch(/^\*+\d{4}$/);
    const request = { method: "POST", path: "/v1/one-time-token/sms/verify", headers: { ...JSON_HEADERS, "one-time-token": ott }, body: { otpCode: dana().otp } as never };
    expect(api.validateRequest(request, "ottSmsVerify").errors ?? []).toEqual([]);
    const verified = await call("POST", "/v1/one-time-token/sms/verify", { token: dana().token, headers: { "One-Time-Token": ott }, body: { otpCode: dana().otp } });
    expectValid(verified.body, "ottSmsVerify", 200);
    expect((await getOneTimeTokenStatus(wise, ott)).challenges.every((c) => c.passed)).toBe(true);
    const faceMap = Buffer.from("a face").toString("base64");
    expectValidRequest("POST", `/v2/profiles/${dana().personalProfileId}/facemaps`, { faceMap }, "scaFacemapCreate");
    await createFacemap(wise, dana().personalProfileId, faceMap);
    const session = await call("POST", `/v2/profiles/${dana().personalProfileId}/sca-sessions/authorise`, { token: dana().token });
    const sessionToken = (session.body as { oneTimeTokenProperties: { oneTimeToken: string } }).oneTimeTokenProperties.oneTimeToken;
    expect((await verifyFacemap(wise, dana().personalProfileId, sessionToken, faceMap)).challenges.find((c) => c.primaryChallenge.type === "FACE_MAP")?.passed).toBe(true);
    await deleteFacemap(wise, dana().personalProfileId);
  });

  it("GET /v1/auth/jose/response/public-keys matches joseResponsePublicKeysGet 200; POST request/public-keys takes the spec's body and matches 201", async () => {
    // Both take a client-credentials token only, as Wise documents.
    const form = {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    };
    const partnerToken = ((await (await fetch(`${sandbox.url}/oauth/token`, { ...form, body: "grant_type=client_credentials" })).json()) as { access_token: string }).access_token;
    const key = await get("/v1/auth/jose/response/public-keys?scope=PAYLOAD_ENCRYPTION&algorithm=RSA_OAEP_256", partnerToken);
    expectValid(key.body, "joseResponsePublicKeysGet", 200);
    const body = {
      keyId: crypto.randomUUID(),
      scope: "PAYLOAD_ENCRYPTION",
      validFrom: "2026-01-01 00:00:00",
      validTill: "2027-01-01 00:00:00",
      publicKeyMaterial: { algorithm: "RSA_OAEP_256", keyMaterial: (key.body as { keyMaterial: { keyMaterial: string } }).keyMaterial.keyMaterial },
    };
    expectValidRequest("POST", "/v1/auth/jose/request/public-keys", body, "joseRequestPublicKeysCreate");
    const added = await call("POST", "/v1/auth/jose/request/public-keys", { body, token: partnerToken });
    expect(added.status).toBe(201);
    expectValid(added.body, "joseRequestPublicKeysCreate", 201);
    const pem = await fetch(`${sandbox.url}/v1/facetec/public-key`, { headers: { authorization: `Bearer ${alice.token}` } });
    expect(pem.headers.get("content-type")).toBe("text/plain");
    expect(await pem.text()).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/);
  });
});

describe("balance statements (v1)", () => {
  it("GET …/statement.json matches balanceStatementGet 200, with exact decimals", async () => {
    const balance = [...sandbox.store.balances.values()].find((b) => b.profileId === alice.personalProfileId && b.type === "STANDARD" && b.currency === "GBP")!;
    const res = await get(
      `/v1/profiles/${alice.personalProfileId}/balance-statements/${balance.id}/statement.json?currency=GBP&intervalStart=2025-01-01T00:00:00.000Z&intervalEnd=2025-06-30T23:59:59.999Z&type=COMPACT`,
    );
    expect(res.status).toBe(200);
    expectValid(res.body, "balanceStatementGet", 200);
    expect((res.body as { transactions: unknown[] }).transactions.length).toBeGreaterThan(0);
    expect(res.text).toMatch(/"runningBalance":\{"value":-?\d+\.\d{2},"currency":"GBP"\}/);
    const bad = await get(
      `/v1/profiles/${alice.personalProfileId}/balance-statements/${balance.id}/statement.json?currency=EUR&intervalStart=2025-01-01T00:00:00Z&intervalEnd=2025-02-01T00:00:00Z`,
    );
    expect(bad.status).toBe(400);
  });
});

describe("delivery estimates (v1)", () => {
  async function transferIdOf(user: DemoUser): Promise<number> {
    const list = asArray((await get(`/v1/transfers?profile=${user.personalProfileId}&limit=5`, user.token)).body);
    return (list[0] as { id: number }).id;
  }

  it("GET /v1/delivery-estimates/{transferId} matches deliveryEstimateGet 200, times written as in the spec's example", async () => {
    const id = await transferIdOf(alice);
    for (const query of ["", "?timezone=Asia/Singapore"]) {
      const res = await get(`/v1/delivery-estimates/${id}${query}`);
      expect(res.status).toBe(200);
      expectValid(res.body, "deliveryEstimateGet", 200);
      expect(Object.keys(res.body as object)).toEqual(["estimatedDeliveryDate", "formattedEstimatedDeliveryDate"]);
      expect(res.text).toMatch(/"estimatedDeliveryDate":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000"/);
    }
  });

  it("refuses another user's transfer as the transfer routes do, and an unknown one or a bad time zone", async () => {
    const bobs = await transferIdOf(bob);
    const other = await get(`/v1/delivery-estimates/${bobs}`);
    expect(other.status).toBe((await get(`/v1/transfers/${bobs}`)).status);
    expect(other.status).toBe(403);
    expect((await get("/v1/delivery-estimates/999999999")).status).toBe(404);
    expect((await get(`/v1/delivery-estimates/${await transferIdOf(alice)}?timezone=Mars/Olympus`)).status).toBe(400);
  });
});

describe("example quotes without a token (v3)", () => {
  async function publicQuote(body: unknown, headers: Record<string, string> = { "content-type": "application/json" }): Promise<Raw> {
    const res = await fetch(`${sandbox.url}/v3/quotes`, { method: "POST", headers, body: JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
  }

  it("POST /v3/quotes with no token matches quoteCreateUnauthenticated 200 and the recorded keys, naming no profile", async () => {
    const [recorded] = recordedBodies("quote") as Record<string, any>[];
    const res = await publicQuote({ sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 110 });
    expect(res.status).toBe(200);
    const quote = res.body as Record<string, any>;
    expectValidLike(quote, "quoteCreateUnauthenticated", 200, [recorded]);
    // The recording was made with a personal token, so it names its user; a visitor's names nobody.
    expect(keysOf(quote)).toEqual(keysOf(recorded).filter((k) => k !== "user"));
    expect(quote).not.toHaveProperty("profile");
    expect(res.text).toMatch(/^\{"targetAmount":110\.00,/);
    const balance = (quote.paymentOptions as Record<string, any>[]).find((o) => o.payIn === "BALANCE");
    expect(balance).toMatchObject({ disabled: true, disabledReason: { code: "error.payInmethod.disabled" } });
  });

  it("prices exactly as an authenticated quote of the same route and amount, and keeps nothing a transfer could use", async () => {
    const body = { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 1234.56 };
    const anonymous = (await publicQuote(body)).body as Record<string, any>;
    const signedIn = await newQuote(body);
    if (anonymous.rate === signedIn.rate) {
      const priced = (q: Record<string, any>) =>
        (q.paymentOptions as Record<string, any>[]).filter((o) => o.payIn !== "BALANCE").map((o) => [o.payIn, o.sourceAmount, o.targetAmount, o.fee.total]);
      expect(priced(anonymous)).toEqual(priced(signedIn));
    }
    const res = await call("POST", "/v1/transfers", {
      body: { targetAccount: seededRecipient("EUR", "iban").id, quoteUuid: anonymous.id, customerTransactionId: crypto.randomUUID(), details: { reference: "x" } },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it("refuses bad bodies as the authenticated quote does, and a body without a JSON content type with 415", async () => {
    const bad = await publicQuote({ sourceCurrency: "XXX", targetCurrency: "EUR", sourceAmount: 10 });
    expect(expectWiseErrors(bad, 400).map((e) => e.path)).toEqual(["sourceCurrency"]);
    const both = await publicQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10, targetAmount: 10 });
    expect(expectWiseErrors(both, 400).map((e) => e.code)).toEqual(["error.quote.amount.onlySingle"]);
    expect((await publicQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10 }, {})).status).toBe(415);
  });
});

describe("comparisons (v4)", () => {
  it("GET /v4/comparisons with no token matches comparisonGet 200, Wise first", async () => {
    for (const query of ["sendAmount=10000", "recipientGetsAmount=500", "sendAmount=1234.56"]) {
      const res = await get(`/v4/comparisons?sourceCurrency=GBP&targetCurrency=EUR&${query}`, null);
      expect(res.status).toBe(200);
      expectValid(res.body, "comparisonGet", 200);
      const body = res.body as { providers: Array<{ alias: string; quotes: Array<Record<string, unknown>> }> };
      expect(body.providers[0]!.alias).toBe("wise");
      expect(body.providers.length).toBeGreaterThan(1);
    }
  });

  it("gives for Wise what an example quote of the same route and amount costs, by bank transfer", async () => {
    const res = await get("/v4/comparisons?sourceCurrency=GBP&targetCurrency=EUR&sendAmount=1234.56", null);
    const quoteRes = await fetch(`${sandbox.url}/v3/quotes`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 1234.56 }),
    });
    const quote = parse(await quoteRes.text(), null, (n: string) => n) as { rate: string; paymentOptions: Array<{ payIn: string; targetAmount: string; fee: { total: string } }> };
    const wise = parse(res.text, null, (n: string) => n) as { providers: Array<{ quotes: Array<{ rate: string; fee: string; receivedAmount: string }> }> };
    const row = wise.providers[0]!.quotes[0]!;
    if (row.rate === quote.rate) {
      const option = quote.paymentOptions.find((o) => o.payIn === "BANK_TRANSFER")!;
      // The same value; each endpoint keeps its own number form (a quote writes a whole amount as 1353.0).
      const value = (text: string) => (text.includes(".") ? text.replace(/\.?0+$/, "") : text);
      expect({ fee: value(row.fee), received: value(row.receivedAmount) }).toEqual({ fee: value(option.fee.total), received: value(option.targetAmount) });
    }
    // The same request twice gives the same providers and numbers within a minute.
    const again = parse((await get("/v4/comparisons?sourceCurrency=GBP&targetCurrency=EUR&sendAmount=1234.56", null)).text, null, (n: string) => n) as typeof wise;
    if (again.providers[0]!.quotes[0]!.rate === row.rate)
      expect(again.providers.map((p) => p.quotes[0]!.receivedAmount)).toEqual(wise.providers.map((p) => p.quotes[0]!.receivedAmount));
  });

  it("refuses a missing currency, no amount or both amounts with 400", async () => {
    for (const query of [
      "targetCurrency=EUR&sendAmount=10",
      "sourceCurrency=GBP&targetCurrency=EUR",
      "sourceCurrency=GBP&targetCurrency=EUR&sendAmount=10&recipientGetsAmount=10",
      "sourceCurrency=GBP&targetCurrency=EUR&sendAmount=-1",
    ]) {
      expect((await get(`/v4/comparisons?${query}`, null)).status).toBe(400);
    }
  });
});

describe("transfer payments and recipient compatibility", () => {
  async function quote(sourceCurrency: string, targetCurrency: string, token = alice.token, profileId = alice.personalProfileId): Promise<string> {
    const res = await call("POST", `/v3/profiles/${profileId}/quotes`, { token, body: { sourceCurrency, targetCurrency, sourceAmount: 10, preferredPayIn: "BALANCE" } });
    expect(res.status).toBe(200);
    return (res.body as { id: string }).id;
  }
  async function recipient(currency: "EUR" | "GBP", token = alice.token, profile = alice.personalProfileId): Promise<number> {
    const details = currency === "EUR" ? { legalType: "PRIVATE", IBAN: "DE89370400440532013000" } : { legalType: "PRIVATE", sortCode: "231470", accountNumber: "28821822" };
    const res = await call("POST", "/v1/accounts", {
      token,
      body: { currency, type: currency === "EUR" ? "iban" : "sort_code", profile, accountHolderName: "Ada Lovelace", details },
    });
    expect(res.status).toBe(200);
    return (res.body as { id: number }).id;
  }
  async function transfer(): Promise<number> {
    const res = await call("POST", "/v1/transfers", {
      body: { targetAccount: await recipient("EUR"), quoteUuid: await quote("GBP", "EUR"), customerTransactionId: crypto.randomUUID(), details: { reference: "x" } },
    });
    expect(res.status).toBe(200);
    return (res.body as { id: number }).id;
  }

  it("GET /v1/transfers/{transferId}/payments matches transferPaymentsList 200: empty until funded, then the exact debit", async () => {
    const id = await transfer();
    const before = await get(`/v1/transfers/${id}/payments`);
    expect(before.status).toBe(200);
    expectValid(before.body, "transferPaymentsList", 200);
    expect(before.body).toEqual([]);
    const funded = await call("POST", `/v3/profiles/${alice.personalProfileId}/transfers/${id}/payments`, { body: { type: "BALANCE" } });
    expect(funded.status).toBe(201);
    const after = await get(`/v1/transfers/${id}/payments`);
    expect(after.status).toBe(200);
    expectValid(after.body, "transferPaymentsList", 200);
    const [payment] = after.body as Array<Record<string, unknown>>;
    expect(Object.keys(payment)).toEqual(["id", "method", "pricingVariant", "amount", "currency", "timeCreated", "timeUpdated"]);
    expect(payment).toMatchObject({ method: "BALANCE", currency: "GBP" });
    // The amount keeps GBP's scale on the wire and is what the balance was debited.
    expect(after.text).toMatch(/"amount":\d+\.\d{2},/);
    expect(String(sandbox.store.transfers.get(id)!.funding!.amount)).toBe(/"amount":(\d+\.\d{2}),/.exec(after.text)![1]);
    // The seed's funded history lists its payment too.
    const seededFunded = [...sandbox.store.transfers.values()].find((t) => t.profileId === alice.personalProfileId && t.funding !== null && t.id !== id)!;
    expect(asArray((await get(`/v1/transfers/${seededFunded.id}/payments`)).body)).toHaveLength(1);
  });

  it("refuses another user's transfer's payments as the transfer routes do, and an unknown one", async () => {
    const bobs = [...sandbox.store.transfers.values()].find((t) => t.profileId === bob.personalProfileId)!.id;
    const other = await get(`/v1/transfers/${bobs}/payments`);
    expect(other.status).toBe((await get(`/v1/transfers/${bobs}`)).status);
    expect(other.status).toBe(403);
    expect((await get("/v1/transfers/999999999/payments")).status).toBe(404);
  });

  it("POST /v2/accounts/{accountId}/quotes/{quoteId}/compatibility matches recipientCompatibilityCheck 200 for a recipient in the quote's target currency", async () => {
    const [quoteId, accountId] = await Promise.all([quote("GBP", "EUR"), recipient("EUR")]);
    const res = await call("POST", `/v2/accounts/${accountId}/quotes/${quoteId}/compatibility`);
    expect(res.status).toBe(200);
    expectValid(res.body, "recipientCompatibilityCheck", 200);
    expect(res.body).toEqual({ accountId, quoteId });
  });

  it("answers 422 with the reason for a recipient in another currency, and changes nothing", async () => {
    const [quoteId, accountId] = await Promise.all([quote("GBP", "EUR"), recipient("GBP")]);
    const version = sandbox.store.version;
    const res = await call("POST", `/v2/accounts/${accountId}/quotes/${quoteId}/compatibility`);
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      errors: [
        { code: "NOT_VALID", message: "The recipient account is in GBP, the quote's target currency is EUR.", path: "accountId", arguments: ["accountId", String(accountId)] },
      ],
    });
    expect(sandbox.store.version).toBe(version);
  });

  it("refuses another user's recipient as GET /v2/accounts/{id} does; an unknown or malformed quote is 404 / 400", async () => {
    const [quoteId, bobs] = await Promise.all([quote("GBP", "EUR"), recipient("EUR", bob.token, bob.personalProfileId)]);
    const other = await call("POST", `/v2/accounts/${bobs}/quotes/${quoteId}/compatibility`);
    expect(other.status).toBe((await get(`/v2/accounts/${bobs}`)).status);
    expect(other.status).toBe(403);
    const mine = await recipient("EUR");
    expect((await call("POST", `/v2/accounts/${mine}/quotes/${crypto.randomUUID()}/compatibility`)).status).toBe(404);
    expect((await call("POST", `/v2/accounts/${mine}/quotes/not-a-uuid/compatibility`)).status).toBe(400);
    // Bob's quote is not alice's to check against.
    const bobsQuote = await quote("GBP", "EUR", bob.token, bob.personalProfileId);
    expect((await call("POST", `/v2/accounts/${mine}/quotes/${bobsQuote}/compatibility`)).status).toBe(404);
  });
});

describe("profile writes (v2 create and update, v3 business and representative, update window, verification status)", () => {
  // These change alice's profiles: later tests start from the seed again.
  afterAll(() => sandbox.store.reset());
  const basic = () => `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`;
  const PERSONAL = {
    firstName: "Oliver",
    lastName: "Wilson",
    address: { addressFirstLine: "50 Sunflower Ave", city: "Phoenix", countryIso3Code: "usa", postCode: "85001", stateCode: "AZ" },
    nationality: "usa",
    dateOfBirth: "1977-07-01",
    contactDetails: { email: "o.wilson@example.com", phoneNumber: "+14085550123" },
    occupations: [{ code: "Software Engineer", format: "FREE_FORM" as const }],
  };
  const BUSINESS = {
    businessName: "ABC Logistics Ltd",
    registrationNumber: "12144939",
    companyType: "LIMITED",
    companyRole: "OWNER",
    address: { addressFirstLine: "1 A road", city: "London", countryIso2Code: "gb", countryIso3Code: "gbr", postCode: "E1 6AN" },
    firstLevelCategory: "CONSULTING_IT_BUSINESS_SERVICES",
    secondLevelCategory: "DESIGN",
    webpage: "https://abc-logistics.example.com",
  };
  const REPRESENTATIVE = {
    firstName: "Grace",
    lastName: "Hopper",
    address: { addressFirstLine: "1 Navy Way", city: "New York", countryIso3Code: "usa", postCode: "10001", stateCode: "NY" },
    dateOfBirth: "1966-12-09",
    contactDetails: { email: "grace@example.com", phoneNumber: "+12125550100" },
  };

  /** A user the partner signed up, with no profile yet: their token. */
  async function newUserToken(email: string): Promise<string> {
    const form = (body: string) =>
      fetch(`${sandbox.url}/oauth/token`, { method: "POST", headers: { authorization: basic(), "content-type": "application/x-www-form-urlencoded" }, body });
    const partnerToken = ((await (await form("grant_type=client_credentials")).json()) as { access_token: string }).access_token;
    const registrationCode = "p".repeat(40);
    expect((await call("POST", "/v1/user/signup/registration_code", { body: { email, registrationCode }, token: partnerToken })).status).toBe(200);
    const params = new URLSearchParams({ grant_type: "registration_code", client_id: sandbox.client.id, email, registration_code: registrationCode });
    return ((await (await form(params.toString())).json()) as { access_token: string }).access_token;
  }

  it("POST personal-profile, business-profile (v2) and business-profile (v3) match their operations", async () => {
    const token = await newUserToken("contract.profiles@example.com");
    expectValidRequest("POST", "/v2/profiles/personal-profile", PERSONAL, "profilePersonalCreate");
    const personal = await call("POST", "/v2/profiles/personal-profile", { body: PERSONAL, token, headers: { "x-idempotence-uuid": crypto.randomUUID() } });
    expect(personal.status).toBe(200);
    expectValid(personal.body, "profilePersonalCreate", 200);
    const personalId = (personal.body as { id: number }).id;
    expectValid((await get(`/v2/profiles/${personalId}`, token)).body, "profileGet", 200);

    expectValidRequest("POST", "/v2/profiles/business-profile", BUSINESS, "profileBusinessCreate");
    const v2 = await call("POST", "/v2/profiles/business-profile", { body: BUSINESS, token });
    expect(v2.status).toBe(200);
    expectValid(v2.body, "profileBusinessCreate", 200);

    const v3Body = { ...BUSINESS, registrationNumber: "77777777", businessRepresentative: REPRESENTATIVE };
    expectValidRequest("POST", "/v3/profiles/business-profile", v3Body, "profileBusinessCreateV3");
    const v3 = await call("POST", "/v3/profiles/business-profile", { body: v3Body, token });
    expect(v3.status).toBe(200);
    expectValid(v3.body, "profileBusinessCreateV3", 200);
    expectValid((await get("/v2/profiles", token)).body, "profileList", 200);
    expect(((await get("/v2/profiles", token)).body as unknown[]).length).toBe(3);

    const refused = await call("POST", "/v2/profiles/personal-profile", { body: { ...PERSONAL, firstName: "" }, token });
    expect(expectWiseErrors(refused, 422).map((e) => e.path)).toEqual(["firstName"]);
  });

  it("PUT personal and business, the update window, the representative and the verification status match their operations", async () => {
    const personal = alice.personalProfileId;
    const business = alice.businessProfileId;
    const windowOpen = await call("POST", `/v1/profiles/${personal}/update-window`);
    expect(windowOpen.status).toBe(200);
    expect(windowOpen.text).toBe("");
    expectValid(windowOpen.body, "profileUpdateWindowOpen", 200);
    expectValidRequest("PUT", `/v2/profiles/${personal}/personal-profile`, PERSONAL, "profilePersonalUpdate");
    const updated = await call("PUT", `/v2/profiles/${personal}/personal-profile`, { body: PERSONAL });
    expect(updated.status).toBe(200);
    expectValid(updated.body, "profilePersonalUpdate", 200);
    expectValid(updated.body, "profileGet", 200);
    const windowClose = await call("DELETE", `/v1/profiles/${personal}/update-window`);
    expect(windowClose.status).toBe(200);
    expectValid(windowClose.body, "profileUpdateWindowClose", 200);

    await call("POST", `/v1/profiles/${business}/update-window`);
    const businessBody = { id: business, businessName: "Martin & Co Design Ltd" };
    expectValidRequest("PUT", `/v2/profiles/${business}/business-profile`, businessBody, "profileBusinessUpdate");
    const businessUpdated = await call("PUT", `/v2/profiles/${business}/business-profile`, { body: businessBody });
    expect(businessUpdated.status).toBe(200);
    expectValid(businessUpdated.body, "profileBusinessUpdate", 200);
    expectValid(businessUpdated.body, "profileGet", 200);
    await call("DELETE", `/v1/profiles/${business}/update-window`);

    const representativePath = `/v3/profiles/${business}/business-profile/business-representative`;
    expectValid((await get(representativePath)).body, "profileBusinessRepresentativeGet", 200);
    const change = { updateContext: "UPDATE_DETAILS", contactDetails: { email: "a.martin@example.com", phoneNumber: "+447700900999" } };
    expectValidRequest("PUT", representativePath, change, "profileBusinessRepresentativeUpdate");
    const changed = await call("PUT", representativePath, { body: change });
    expect(changed.status).toBe(200);
    expectValid(changed.body, "profileBusinessRepresentativeUpdate", 200);

    const status = await call("POST", `/v3/profiles/${personal}/verification-status/bank-transfer?source_currencies=GBP,USD,EUR`);
    expect(status.status).toBe(200);
    expectValid(status.body, "profileVerificationStatusCheck", 200);
    expect(status.text).toContain('"maximum_entitled_amount":1000000');
    expect(expectWiseErrors(await call("PUT", `/v2/profiles/${personal}/personal-profile`, { body: PERSONAL }), 409).map((e) => e.code)).toEqual(["UPDATE_WINDOW_CLOSED"]);
  });

  it("the client's endpoint functions send requests the spec accepts, and decode what the sandbox answers", async () => {
    const token = await newUserToken("contract.client@example.com");
    const sent: { method: string; path: string; json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, token);
    const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
    try {
      const personal = await createPersonalProfile(recording, PERSONAL, crypto.randomUUID());
      const business = await createBusinessProfile(recording, BUSINESS, crypto.randomUUID());
      const represented = await createRepresentedBusinessProfile(
        recording,
        { ...BUSINESS, registrationNumber: "88888888", businessRepresentative: REPRESENTATIVE },
        crypto.randomUUID(),
      );
      await updatePersonalProfile(recording, personal.id, { ...PERSONAL, lastName: "Wilde" });
      await openProfileUpdateWindow(recording, business.id);
      await updateBusinessProfile(recording, business.id, { id: business.id, webpage: "https://abc.example.com" });
      await closeProfileUpdateWindow(recording, business.id);
      expect((await getBusinessRepresentative(recording, represented.id)).firstName).toBe("Grace");
      const change = await updateBusinessRepresentative(recording, represented.id, { updateContext: "UPDATE_DETAILS", preferredName: "Amazing Grace" });
      expect(change.preferredName).toBe("Amazing Grace");
      const status = await getBankTransferVerification(recording, personal.id, ["GBP", "EUR"]);
      expect(status.routes.map((r) => [r.source_currency, r.current_status, r.maximum_entitled_amount])).toEqual([
        ["GBP", "not_verified", "0"],
        ["EUR", "not_verified", "0"],
      ]);
    } finally {
      client.shutdown();
    }
    const operations: Record<string, string> = {
      "POST /v2/profiles/personal-profile": "profilePersonalCreate",
      "POST /v2/profiles/business-profile": "profileBusinessCreate",
      "POST /v3/profiles/business-profile": "profileBusinessCreateV3",
      "PUT personal-profile": "profilePersonalUpdate",
      "PUT business-profile": "profileBusinessUpdate",
      "PUT business-representative": "profileBusinessRepresentativeUpdate",
    };
    for (const c of sent.filter((x) => x.json !== undefined)) {
      const operationId = operations[`${c.method} ${c.path}`] ?? operations[`${c.method} ${c.path.split("/").pop()}`];
      expect(operationId).toBeDefined();
      expectValidRequest(c.method, c.path, c.json, operationId!);
    }
    expect(sent.filter((x) => x.json !== undefined)).toHaveLength(6);
  });
});

describe("batch groups and settlement journals", () => {
  const profileId = () => alice.personalProfileId;
  /** A session that keeps what the endpoint functions send, so their bodies can be checked against the spec. */
  function recordingSession(token: string): { wise: WiseSession; sent: { method: string; path: string; json: unknown }[]; close: () => void } {
    const sent: { method: string; path: string; json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, token);
    return { wise: { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) }, sent, close: () => client.shutdown() };
  }
  /** A request body as it goes on the wire (exact numbers included), parsed as the validator wants it. */
  const wire = (json: unknown): unknown => JSON.parse(stringifyWiseJson(json));

  it("every batch group operation answers what the spec describes, and the client's requests are what it accepts", async () => {
    const { wise, sent, close } = recordingSession(alice.token);
    try {
      const created = await createBatchGroup(wise, profileId(), { sourceCurrency: "GBP", name: "Contract" });
      expect(created).toMatchObject({ status: "NEW", version: 0, transferIds: [] });
      const raw = await get(`/v3/profiles/${profileId()}/batch-groups/${created.id}`);
      expectValid(raw.body, "batchGroupGet", 200);
      const quote = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 25, preferredPayIn: "BALANCE" });
      const transfer = await createBatchGroupTransfer(wise, profileId(), created.id, {
        targetAccount: seededRecipient("EUR", "iban").id,
        quoteUuid: quote.id,
        customerTransactionId: crypto.randomUUID(),
        details: { reference: "Batch" },
      });
      expect(transfer.status).toBe("incoming_payment_waiting");
      const completed = await updateBatchGroupStatus(wise, profileId(), created.id, "COMPLETED", 1);
      expect(completed.payInDetails?.[0]).toMatchObject({ type: "bank_transfer", amount: "25.00", currency: "GBP" });
      const completedRaw = await get(`/v3/profiles/${profileId()}/batch-groups/${created.id}`);
      expectValid(completedRaw.body, "batchGroupGet", 200);
      expect(completedRaw.text).toMatch(/"amount":25\.00,/);
      const paid = await fundBatchGroup(wise, profileId(), created.id);
      expect(paid).toMatchObject({ id: created.id, status: "COMPLETED", transferIds: [transfer.id] });

      const cancelled = await createBatchGroup(wise, profileId(), { sourceCurrency: "CAD", name: "To cancel" });
      const marked = await updateBatchGroupStatus(wise, profileId(), cancelled.id, "CANCELLED", 0);
      expect(marked.status).toBe("MARKED_FOR_CANCELLATION");

      const cad = await createBatchGroup(wise, profileId(), { sourceCurrency: "CAD", name: "Direct debit" });
      const cadQuote = await newQuote({ sourceCurrency: "CAD", targetCurrency: "EUR", sourceAmount: 30 });
      await createBatchGroupTransfer(wise, profileId(), cad.id, {
        targetAccount: seededRecipient("EUR", "iban").id,
        quoteUuid: cadQuote.id,
        customerTransactionId: crypto.randomUUID(),
        details: {},
      });
      await updateBatchGroupStatus(wise, profileId(), cad.id, "COMPLETED", 1);
      const initiation = await createPaymentInitiation(wise, profileId(), cad.id, { accountId: 12, reference: "DD1" });
      expect(initiation).toMatchObject({ batchGroupId: cad.id, status: "NEW", accountId: 12, reference: "DD1", type: "DIRECT_DEBIT" });
      expect(await getPaymentInitiation(wise, profileId(), cad.id, initiation.id)).toEqual(initiation);
      const initiationRaw = await get(`/v1/profiles/${profileId()}/batch-groups/${cad.id}/payment-initiations/${initiation.id}`);
      expectValid(initiationRaw.body, "batchGroupPaymentInitiationGet", 200);
    } finally {
      close();
    }
    const operations: Record<string, string> = {
      "POST /v3/profiles/{}/batch-groups": "batchGroupCreate",
      "PATCH /v3/profiles/{}/batch-groups/{}": "batchGroupUpdate",
      "POST /v3/profiles/{}/batch-groups/{}/transfers": "batchGroupTransferCreate",
      "POST /v3/profiles/{}/batch-payments/{}/payments": "batchGroupFund",
      "POST /v1/profiles/{}/batch-groups/{}/payment-initiations": "batchGroupPaymentInitiationCreate",
    };
    const checked = new Set<string>();
    for (const call of sent) {
      const template = `${call.method} ${call.path.replace(/\/(\d+|[0-9a-f-]{36})(?=\/|$)/g, "/{}")}`;
      const operationId = operations[template];
      if (operationId === undefined) continue;
      expectValidRequest(call.method, call.path, wire(call.json), operationId);
      checked.add(operationId);
    }
    expect([...checked].sort()).toEqual(Object.values(operations).sort());
  });

  it("the answers of create, update, transfers, funding and payment initiation match their operations", async () => {
    const create = await call("POST", `/v3/profiles/${profileId()}/batch-groups`, { body: { sourceCurrency: "GBP", name: "Raw" } });
    expect(create.status).toBe(201);
    expectValid(create.body, "batchGroupCreate", 201);
    const id = (create.body as { id: string }).id;
    const quote = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 12 });
    const transfer = await call("POST", `/v3/profiles/${profileId()}/batch-groups/${id}/transfers`, {
      body: { targetAccount: seededRecipient("EUR", "iban").id, quoteUuid: quote.id, customerTransactionId: crypto.randomUUID() },
    });
    expect(transfer.status).toBe(200);
    expectValid(transfer.body, "batchGroupTransferCreate", 200);
    expectValid(transfer.body, "transferGet", 200);
    const completed = await call("PATCH", `/v3/profiles/${profileId()}/batch-groups/${id}`, { body: { status: "COMPLETED", version: 1 } });
    expectValid(completed.body, "batchGroupUpdate", 200);
    const funded = await call("POST", `/v3/profiles/${profileId()}/batch-payments/${id}/payments`, { body: { type: "BALANCE" } });
    expect(funded.status).toBe(200);
    expectValid(funded.body, "batchGroupFund", 200);
    expect(keysOf(funded.body)).toEqual(["alreadyPaid", "fileName", "groupType", "id", "name", "profileId", "shortId", "sourceCurrency", "status", "transferIds", "userId"]);
    expect(expectWiseErrors(await call("POST", `/v3/profiles/${profileId()}/batch-payments/${id}/payments`, { body: { type: "BALANCE" } }), 409)[0]!.code).toBe(
      "batch_group.already_funded",
    );
  });

  it("POST /v1/settlements takes the spec's example journals, with a client-credentials token only, and answers 200 with an empty body", async () => {
    const clientToken = new ClientCredentialsToken(new WiseOAuth(sandbox.url, { clientId: sandbox.client.id, clientSecret: sandbox.client.secret }));
    const partner = createPartnerSession(new WiseClient({ baseUrl: sandbox.url }), clientToken);
    const t = await newTransfer(44);
    const journal = {
      settlementReference: "TPFB190322",
      settlementDate: "2019-03-22T23:59:59-05:00",
      transfers: [
        {
          id: t.id as number,
          date: "2019-03-22T10:00:12-05:00",
          sourceAmount: "44.00",
          sourceCurrency: "GBP",
          customerName: "Joe Bloggs",
          partnerReference: "11111",
          comment: "Extra Data",
        },
      ],
      balanceTransfer: "0",
    };
    const body = { type: "TRUSTED_BULK_SETTLEMENT", ...journal, transfers: journal.transfers.map((line) => ({ ...line, sourceAmount: 44 })), balanceTransfer: 0 };
    expectValidRequest("POST", "/v1/settlements", body, "bulkSettlementJournalCreate");
    const asUser = await call("POST", "/v1/settlements", { body });
    expect(asUser.status).toBe(403);
    await expect(createSettlementJournal(partner, journal)).resolves.toBeUndefined();
    const token = await clientToken.token();
    const repeat = await call("POST", "/v1/settlements", { body, token });
    expect(expectWiseErrors(repeat, 422).map((e) => e.path)).toEqual(["transfers[0].id"]);
    const t2 = await newTransfer(45);
    const fresh = await call("POST", "/v1/settlements", { body: { ...body, transfers: [{ ...body.transfers[0], id: t2.id, sourceAmount: 45 }] }, token });
    expect(fresh.status).toBe(200);
    expect(fresh.text).toBe("");
    expect(
      api.validateRequest({ method: "POST", path: "/v1/settlements", headers: JSON_HEADERS, body: { ...body, settlementReference: "ABC" } }, "bulkSettlementJournalCreate").valid,
    ).toBe(false);
  });
});

describe("transfer requirements, payout information, recipient confirmations", () => {
  /** Runs endpoint functions against the sandbox as alice, recording the requests they send. */
  async function withSession<T>(run: (wise: WiseSession) => Promise<T>): Promise<{ value: T; sent: { method: string; path: string; json: unknown }[] }> {
    const sent: { method: string; path: string; json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, alice.token);
    const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
    try {
      return { value: await run(recording), sent };
    } finally {
      client.shutdown();
    }
  }

  it("getTransferRequirements sends a body transferRequirementsValidate accepts and decodes the form", async () => {
    const q = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 10 });
    const { value, sent } = await withSession((wise) =>
      getTransferRequirements(wise, { targetAccount: seededRecipient("EUR", "iban").id, quoteUuid: q.id as string, details: { reference: "Rent" } }),
    );
    expect(value.map((f) => f.type)).toEqual(["transfer"]);
    expectValidRequest("POST", "/v1/transfer-requirements", sent[0]!.json, "transferRequirementsValidate");
  });

  it("GET /v2/transfers/{id}/invoices/bankingpartner is 404 until the money is sent, then matches transferPayoutInfoGet 200", async () => {
    const t = await newTransfer(30);
    const waiting = await get(`/v2/transfers/${t.id}/invoices/bankingpartner`);
    expect(expectWiseErrors(waiting, 404)[0]!.code).toBe("NOT_FOUND");
    expect((await call("POST", `/v3/profiles/${alice.personalProfileId}/transfers/${t.id}/payments`, { body: { type: "BALANCE" } })).status).toBe(201);
    for (const status of ["funds_converted", "outgoing_payment_sent"]) expect((await get(`/v1/simulation/transfers/${t.id}/${status}`)).status).toBe(200);
    const sent = await get(`/v2/transfers/${t.id}/invoices/bankingpartner`);
    expect(sent.status).toBe(200);
    expectValid(sent.body, "transferPayoutInfoGet", 200);
    const { value } = await withSession((wise) => getTransferPayoutInfo(wise, t.id as number));
    expect(value).toEqual(sent.body);
    // Another user's transfer is refused as GET /v1/transfers/{id} refuses it; an unknown one is 404.
    const other = await get(`/v2/transfers/${t.id}/invoices/bankingpartner`, bob.token);
    expect(other.status).toBe((await get(`/v1/transfers/${t.id}`, bob.token)).status);
    expect((await get("/v2/transfers/999999999/invoices/bankingpartner")).status).toBe(404);
  });

  it("PATCH /v2/accounts/{id}/confirmations matches recipientConfirmationsAccept 200; the checked recipient still matches recipientGet 200", async () => {
    const created = await call("POST", "/v1/accounts", {
      body: {
        profile: alice.personalProfileId,
        currency: "INR",
        type: "indian",
        accountHolderName: "ravi KUMAR",
        details: {
          legalType: "PRIVATE",
          ifscCode: "YESB0236041",
          accountNumber: "678911234567891",
          address: { country: "IN", city: "Pune", postCode: "411001", firstLine: "2 MG Road" },
        },
      },
    });
    expect(created.status).toBe(200);
    const id = (created.body as { id: number }).id;
    expect((created.body as { confirmations: { outcomes: unknown[] } }).confirmations.outcomes).toHaveLength(1);
    const fetched = await get(`/v2/accounts/${id}`);
    expectValid(fetched.body, "recipientGet", 200);
    expect((await call("PATCH", `/v2/accounts/${id}/confirmations`, { body: {} })).status).toBe(400);
    expect((await call("PATCH", `/v2/accounts/${id}/confirmations?quoteId=nope`, { body: { acceptedOutcomes: true } })).status).toBe(400);
    expect(expectWiseErrors(await call("PATCH", `/v2/accounts/${id}/confirmations`, { body: { acceptedOutcomes: false } }), 422)[0]!.path).toBe("acceptedOutcomes");
    const version = sandbox.store.version;
    expect((await call("PATCH", `/v2/accounts/${id}/confirmations`, { body: { acceptedOutcomes: true }, token: bob.token })).status).toBe(403);
    expect(sandbox.store.version).toBe(version);
    const sent: { json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, alice.token);
    try {
      const accepted = await acceptRecipientConfirmations({ ...real, call: (c) => (sent.push({ json: c.json }), real.call(c)) }, id);
      expect(accepted.confirmations?.acceptedOutcomes).toBe(true);
    } finally {
      client.shutdown();
    }
    expectValidRequest("PATCH", `/v2/accounts/${id}/confirmations`, sent[0]!.json, "recipientConfirmationsAccept");
    const raw = await call("PATCH", `/v2/accounts/${id}/confirmations`, { body: { acceptedOutcomes: true } });
    expect(raw.status).toBe(200);
    expectValid(raw.body, "recipientConfirmationsAccept", 200);
    // A recipient without a check has nothing to accept.
    expect(expectWiseErrors(await call("PATCH", `/v2/accounts/${seededRecipient("EUR", "iban").id}/confirmations`, { body: { acceptedOutcomes: true } }), 422)[0]!.path).toBe(
      "accountId",
    );
  });

  it("third-party transfers: the client's body matches transferThirdPartyCreate; answers match transferThirdPartyCreate and transferThirdPartyGet 200", async () => {
    const q = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 40 });
    const body = {
      targetAccount: seededRecipient("EUR", "iban").id,
      quote: q.id as string,
      originalTransferId: crypto.randomUUID(),
      details: { reference: "Order 9" },
      originator: {
        legalEntityType: "PRIVATE" as const,
        reference: "c-1",
        name: { givenName: "Jana", familyName: "Novak" },
        dateOfBirth: "1988-04-12",
        address: { firstLine: "Vinohradska 12", city: "Praha", countryCode: "CZ" },
        accountDetails: "CZ6508000000192000145399",
      },
    };
    const { value, sent } = await withSession(async (wise) => {
      const made = await createThirdPartyTransfer(wise, alice.personalProfileId, body);
      const read = await getThirdPartyTransfer(wise, alice.personalProfileId, made.id);
      return { made, read };
    });
    expect(value.read).toEqual(value.made);
    expectValidRequest("POST", `/v2/profiles/${alice.personalProfileId}/third-party-transfers`, sent[0]!.json, "transferThirdPartyCreate");
    const raw = await get(`/v2/profiles/${alice.personalProfileId}/third-party-transfers/${value.made.id}`);
    expectValid(raw.body, "transferThirdPartyGet", 200);
    const again = await call("POST", `/v2/profiles/${alice.personalProfileId}/third-party-transfers`, { body });
    expect(again.status).toBe(200);
    expectValid(again.body, "transferThirdPartyCreate", 200);
    expect((again.body as { id: number }).id).toBe(value.made.id);
    // The same originalTransferId for another quote: 409, nothing new.
    const other = await newQuote({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 41 });
    const version = sandbox.store.version;
    expect(expectWiseErrors(await call("POST", `/v2/profiles/${alice.personalProfileId}/third-party-transfers`, { body: { ...body, quote: other.id } }), 409)[0]!.code).toBe(
      "NOT_UNIQUE",
    );
    const missing = await call("POST", `/v2/profiles/${alice.personalProfileId}/third-party-transfers`, {
      body: { ...body, originalTransferId: "x-2", originator: { ...body.originator, name: {} } },
    });
    expect(expectWiseErrors(missing, 422).map((e) => e.path)).toEqual(["originator.name.givenName", "originator.name.familyName"]);
    expect((await call("POST", `/v2/profiles/${alice.personalProfileId}/third-party-transfers`, { body: { ...body, originalTransferId: "x-3" }, token: bob.token })).status).toBe(
      403,
    );
    expect(sandbox.store.version).toBe(version);
    // A transfer not made as a third-party transfer is not one.
    const own = await newTransfer(12);
    expect((await get(`/v2/profiles/${alice.personalProfileId}/third-party-transfers/${own.id}`)).status).toBe(404);
  });

  it("POST /v2/profiles/{id}/contacts: the client's body matches contactCreate, the answer contactCreate 200; client-credentials tokens only", async () => {
    const client = new WiseClient({ baseUrl: sandbox.url });
    const clientToken = new ClientCredentialsToken(new WiseOAuth(sandbox.url, { clientId: sandbox.client.id, clientSecret: sandbox.client.secret }));
    const real = createPartnerSession(client, clientToken);
    const sent: { json: unknown; query: unknown }[] = [];
    try {
      const found = await createContact({ call: (c) => (sent.push({ json: c.json, query: c.searchParams }), real.call(c)) }, alice.personalProfileId, {
        identifier: "Bob.Nakamura@example.com",
        targetCurrency: "USD",
      });
      expect(found.name).toBe("Robert Nakamura");
      const token = await clientToken.token();
      const raw = await call("POST", `/v2/profiles/${alice.personalProfileId}/contacts?isDirectIdentifierCreation=true`, { body: { identifier: "@RobertN" }, token });
      expect(raw.status).toBe(200);
      expectValid(raw.body, "contactCreate", 200);
      expect(raw.body).toEqual({ contactId: found.contactId, name: found.name });
      expect((await call("POST", `/v2/profiles/${alice.personalProfileId}/contacts`, { body: { identifier: "@RobertN" }, token })).status).toBe(400);
      expect((await call("POST", `/v2/profiles/${alice.personalProfileId}/contacts?isDirectIdentifierCreation=true`, { body: { identifier: "@Nobody" }, token })).status).toBe(404);
      expect((await call("POST", `/v2/profiles/999999999/contacts?isDirectIdentifierCreation=true`, { body: { identifier: "@RobertN" }, token })).status).toBe(404);
    } finally {
      client.shutdown();
    }
    expectValidRequest("POST", `/v2/profiles/${alice.personalProfileId}/contacts?isDirectIdentifierCreation=true`, sent[0]!.json, "contactCreate");
    expect(sent[0]!.query).toEqual({ isDirectIdentifierCreation: "true" });
    // A user's token is not a client's.
    expect((await call("POST", `/v2/profiles/${alice.personalProfileId}/contacts?isDirectIdentifierCreation=true`, { body: { identifier: "@RobertN" } })).status).toBe(403);
  });
});
