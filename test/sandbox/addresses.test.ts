// POST /v1/addresses, the first operation served by the generic resource store: the
// answer has the shape of the spec's `Address` schema (OAS addressCreate 200, written out
// below), the new address is readable and listed like the seeded ones, and bad bodies get
// the errors of Wise's errors guide without creating anything.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.store.reset());

interface Res {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

async function call(path: string, init: { method?: string; body?: unknown; token?: string; contentType?: string } = {}): Promise<Res> {
  const headers: Record<string, string> = { authorization: `Bearer ${init.token ?? alice.token}` };
  if (init.body !== undefined) headers["content-type"] = init.contentType ?? "application/json";
  const res = await fetch(`${sandbox.url}${path}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    body = text; // fault answers (Envoy text) are not JSON
  }
  return { status: res.status, headers: res.headers, text, body };
}

const create = (body: unknown, token?: string) => call("/v1/addresses", { method: "POST", body, token });

/**
 * The spec's `Address` schema: {id: int64, profile: int64, details: {country, firstLine,
 * postCode (max 30), city, state, occupations: [{code, format: FREE_FORM}]}}, all strings.
 */
function expectAddressShape(value: unknown): void {
  const address = value as Record<string, unknown>;
  expect(Object.keys(address).sort()).toEqual(["details", "id", "profile"]);
  expect(Number.isSafeInteger(address.id)).toBe(true);
  expect(Number.isSafeInteger(address.profile)).toBe(true);
  const details = address.details as Record<string, unknown>;
  const allowed = ["city", "country", "firstLine", "occupations", "postCode", "state"];
  for (const key of Object.keys(details)) expect(allowed).toContain(key);
  for (const key of ["country", "firstLine", "postCode", "city", "state"]) {
    if (key in details) expect(typeof details[key]).toBe("string");
  }
  expect((details.postCode as string).length).toBeLessThanOrEqual(30);
  for (const occupation of details.occupations as Record<string, unknown>[]) {
    expect(Object.keys(occupation).sort()).toEqual(["code", "format"]);
    expect(typeof occupation.code).toBe("string");
    expect(occupation.format).toBe("FREE_FORM");
  }
}

const US_ADDRESS = {
  country: "US",
  state: "AZ",
  city: "Phoenix",
  postCode: "10025",
  firstLine: "50 Sunflower Ave",
  occupations: [{ code: "Software Engineer", format: "FREE_FORM" }],
};

describe("POST /v1/addresses", () => {
  it("answers 200 with the spec's Address (the OAS example body), then GET and the list show it", async () => {
    const res = await create({ profile: alice.personalProfileId, details: US_ADDRESS });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/json");
    expectAddressShape(res.body);
    const created = res.body as { id: number; profile: number; details: unknown };
    expect(created.profile).toBe(alice.personalProfileId);
    expect(created.details).toEqual(US_ADDRESS);

    const read = await call(`/v1/addresses/${created.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
    const list = await call(`/v1/addresses?profile=${alice.personalProfileId}`);
    expect((list.body as { id: number }[]).at(-1)).toEqual(created);
    expect((await call(`/v1/addresses/${created.id}`, { token: bob.token })).status).toBe(403);
  });

  it("gives a new id after the seed's highest, and omits state where the country has none", async () => {
    const highest = Math.max(...sandbox.store.addresses.keys());
    const res = await create({ profile: alice.businessProfileId, details: { country: "gb", city: "Leeds", postCode: "LS1 4DY", firstLine: "1 Park Row" } });
    expect(res.status).toBe(200);
    expectAddressShape(res.body);
    const created = res.body as { id: number; details: Record<string, unknown> };
    expect(created.id).toBe(highest + 1);
    expect(created.details).toEqual({ country: "GB", city: "Leeds", postCode: "LS1 4DY", firstLine: "1 Park Row", occupations: [] });
  });

  it.each<[string, () => Record<string, unknown>]>([
    ["no profile", () => ({ details: US_ADDRESS })],
    ["a blank profile", () => ({ profile: "", details: US_ADDRESS })],
    ["someone else's profile", () => ({ profile: bob.personalProfileId, details: US_ADDRESS })],
  ])("403 Spring body for %s", async (_what, body) => {
    const res = await create(body());
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ status: 403, error: "unauthorized", message: "Unauthorized", path: "/v1/addresses" });
  });

  it("422 MISSING for every blank required field, with Wise's internal paths", async () => {
    const res = await create({ profile: alice.personalProfileId, details: { country: "", firstLine: " ", postCode: "1" } });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      errors: [
        { code: "MISSING", message: "Property [addressCountryCode] cannot be blank", path: "addressCountryCode", arguments: ["addressCountryCode"] },
        { code: "MISSING", message: "Please specify Address", path: "addressFirstLine", arguments: ["addressFirstLine"] },
        { code: "MISSING", message: "Property [addressCity] cannot be blank", path: "addressCity", arguments: ["addressCity"] },
      ],
    });
  });

  it.each([
    ["an unknown country", { ...US_ADDRESS, country: "XX" }, "addressCountryCode"],
    ["a US address without state", { ...US_ADDRESS, state: undefined }, "addressState"],
    ["a state that is not one of the country's", { ...US_ADDRESS, state: "ZZ" }, "addressState"],
    ["a post code over 30 characters", { ...US_ADDRESS, postCode: "1".repeat(31) }, "addressPostCode"],
    ["New Mexico without occupations", { ...US_ADDRESS, state: "NM", occupations: [] }, "occupations"],
    ["an occupation of another format", { ...US_ADDRESS, occupations: [{ code: "x", format: "CODE" }] }, "occupations"],
  ])("422 for %s", async (_what, details, path) => {
    const res = await create({ profile: alice.personalProfileId, details });
    expect(res.status).toBe(422);
    expect((res.body as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([path]);
  });

  it.each([
    ["no details", { profile: 0 }],
    ["no post code", { profile: 0, details: { ...US_ADDRESS, postCode: undefined } }],
  ])("500 UNEXPECTED_ERROR for %s, as the errors guide shows", async (_what, body) => {
    const res = await create({ ...body, profile: alice.personalProfileId });
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ errors: [{ code: "UNEXPECTED_ERROR", arguments: [] }] });
  });

  it("415 for another content type, 400 for malformed JSON or wrong JSON types", async () => {
    const textPlain = await call("/v1/addresses", { method: "POST", body: "{}", contentType: "text/plain" });
    expect(textPlain.status).toBe(415);
    expect((await create("{profile:")).status).toBe(400);
    expect((await create({ profile: alice.personalProfileId, details: { ...US_ADDRESS, city: 7 } })).status).toBe(400);
  });

  it("a refused body creates nothing", async () => {
    const before = (await call("/v1/addresses")).text;
    await create({ profile: alice.personalProfileId, details: { ...US_ADDRESS, country: "" } });
    await create({ profile: bob.personalProfileId, details: US_ADDRESS });
    await create({ profile: alice.personalProfileId });
    expect((await call("/v1/addresses")).text).toBe(before);
  });

  it("is a Wise route for stats and faults", async () => {
    sandbox.faults.add({ route: "POST /v1/addresses", fault: { type: "status", status: 503 }, times: 1 });
    expect((await create({ profile: alice.personalProfileId, details: US_ADDRESS })).status).toBe(503);
    expect((await create({ profile: alice.personalProfileId, details: US_ADDRESS })).status).toBe(200);
    sandbox.faults.clear();
  });
});

/**
 * The spec's `AddressRequirementsResponse`: [{type: "address", fields: [{name, group: [{key,
 * type (text|select), refreshRequirementsOnChange, required, displayFormat, example,
 * minLength, maxLength, validationRegexp, validationAsync, valuesAllowed}]}]}].
 */
function formKeys(value: unknown): string[] {
  const forms = value as { type: string; fields: { name: string; group: Record<string, unknown>[] }[] }[];
  expect(forms).toHaveLength(1);
  expect(forms[0]!.type).toBe("address");
  return forms[0]!.fields.map((f) => {
    expect(typeof f.name).toBe("string");
    expect(f.group).toHaveLength(1);
    const input = f.group[0]!;
    expect(typeof input.key).toBe("string");
    expect(["text", "select"]).toContain(input.type);
    expect(typeof input.refreshRequirementsOnChange).toBe("boolean");
    expect(typeof input.required).toBe("boolean");
    expect(typeof input.example).toBe("string");
    for (const key of ["displayFormat", "validationRegexp", "validationAsync"]) expect([null, "string"]).toContain(input[key] === null ? null : typeof input[key]);
    for (const key of ["minLength", "maxLength"]) expect(input[key] === null || Number.isInteger(input[key])).toBe(true);
    if (input.type === "select") {
      for (const v of input.valuesAllowed as Record<string, unknown>[]) expect([typeof v.key, typeof v.name]).toEqual(["string", "string"]);
    }
    return input.key as string;
  });
}

describe("GET/POST /v1/address-requirements", () => {
  const post = (body?: unknown) => call("/v1/address-requirements", { method: "POST", body });

  it("GET lists the four base fields, country asking for a refresh", async () => {
    const res = await call("/v1/address-requirements");
    expect(res.status).toBe(200);
    expect(formKeys(res.body)).toEqual(["country", "city", "postCode", "firstLine"]);
    const country = (res.body as { fields: { group: { refreshRequirementsOnChange: boolean; valuesAllowed: { key: string }[] }[] }[] }[])[0]!.fields[0]!.group[0]!;
    expect(country.refreshRequirementsOnChange).toBe(true);
    expect(country.valuesAllowed.map((v) => v.key)).toEqual(expect.arrayContaining(["US", "GB", "DE"]));
  });

  it("POST reveals state for US (itself refreshing) but not for GB, and occupations for US-NM", async () => {
    expect(formKeys((await post({ details: { country: "GB" } })).body)).toEqual(["country", "city", "postCode", "firstLine"]);
    const us = await post({ details: { country: "US" } });
    expect(formKeys(us.body)).toEqual(["country", "state", "city", "postCode", "firstLine"]);
    const state = (us.body as { fields: { group: { refreshRequirementsOnChange: boolean }[] }[] }[])[0]!.fields[1]!.group[0]!;
    expect(state.refreshRequirementsOnChange).toBe(true);
    expect(formKeys((await post({ details: { country: "US", state: "AL" } })).body)).not.toContain("occupations");
    expect(formKeys((await post({ details: { country: "US", state: "NM" } })).body)).toContain("occupations");
  });

  it("POST without a body is the GET form; another Content-Type is 415", async () => {
    expect(formKeys((await post()).body)).toEqual(["country", "city", "postCode", "firstLine"]);
    expect((await call("/v1/address-requirements", { method: "POST", body: "{}", contentType: "text/plain" })).status).toBe(415);
  });

  it("every address the form asks for is one POST /v1/addresses accepts", async () => {
    for (const [country, state] of [
      ["US", "NM"],
      ["CA", "QC"],
      ["JP", null],
      ["DE", null],
    ] as const) {
      const keys = formKeys((await post({ details: { country, state } })).body);
      const details: Record<string, unknown> = { country, city: "City", postCode: "12345", firstLine: "1 Main Street" };
      if (keys.includes("state")) details.state = state;
      if (keys.includes("occupations")) details.occupations = [{ code: "Engineer", format: "FREE_FORM" }];
      expect((await create({ profile: alice.personalProfileId, details })).status).toBe(200);
    }
  });
});
