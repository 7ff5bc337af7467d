// The sandbox's directors, UBO and verification-documents routes over HTTP: answers validated
// against Wise's spec (the committed extract), the requests the client's endpoint functions build
// validated against the spec's request schemas, and the state they keep per profile: POST appends,
// PUT replaces with new ids, a refused body changes nothing, a personal profile has no directors or
// owners (and a business profile no identification documents), another user sees and changes nothing.

import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { WiseClient } from "../../src/wise/client.js";
import { addDirectors, addUbos, listDirectors, listUbos, replaceDirectors, replaceUbos } from "../../src/wise/endpoints/business-people.js";
import { createIdentityDocument, updateIdentityDocument } from "../../src/wise/endpoints/identity-documents.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";

// As in contract.test.ts: openapi-backend's ref parser is an ES module Jest cannot require; quick mode never uses it.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;

interface Answer {
  status: number;
  text: string;
  body: unknown;
}

async function call(method: string, pathAndQuery: string, options: { token?: string; json?: unknown; raw?: string; contentType?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}` };
  const body = options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json));
  if (body !== undefined) headers["content-type"] = options.contentType ?? "application/json";
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, text, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
}

function expectValid(answer: Answer, operationId: string): void {
  const result = api.validateResponse(answer.body, operationId, answer.status);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

function expectValidRequest(method: string, requestPath: string, body: unknown, operationId: string): void {
  const result = api.validateRequest({ method, path: requestPath, headers: { "content-type": "application/json" }, body: body as never }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

const JOHN = { firstName: "John", lastName: "Doe", dateOfBirth: "1982-05-20", countryOfResidenceIso3Code: "usa" };
const JANE = { firstName: "Jane", lastName: "Doe", dateOfBirth: "1981-12-07", countryOfResidenceIso3Code: "USA" };
const owner = (name: string, ownershipPercentage: number | null) => ({
  name,
  dateOfBirth: "1982-05-20",
  countryOfResidenceIso3Code: "usa",
  addressFirstLine: "123 Fake St",
  postCode: "FK 12345",
  ownershipPercentage,
});

const directors = (profileId = alice.businessProfileId) => `/v1/profiles/${profileId}/directors`;
const ubos = (profileId = alice.businessProfileId) => `/v1/profiles/${profileId}/ubos`;
const documents = (profileId = alice.personalProfileId) => `/v1/profiles/${profileId}/verification-documents`;
const list = async (route: string) => (await call("GET", route)).body as Array<Record<string, unknown>>;

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve("test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({ definition, quick: true, ajvOpts: { logger: false, allErrors: true } });
  await api.init();
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

beforeEach(() => sandbox.store.reset());

afterAll(async () => {
  await sandbox?.close();
});

describe("directors", () => {
  it("GET matches profileDirectorList 200: the seeded directors", async () => {
    const answer = await call("GET", directors());
    expect(answer.status).toBe(200);
    expectValid(answer, "profileDirectorList");
    expect(answer.body).toEqual([{ id: 87000001, firstName: "Alice", lastName: "Martin", dateOfBirth: "1990-04-21", countryOfResidenceIso3Code: "gbr" }]);
  });

  it("POST matches profileDirectorCreate 200 and appends (countries lower-cased); GET then lists the same", async () => {
    expectValidRequest("POST", directors(), [JOHN, JANE], "profileDirectorCreate");
    const answer = await call("POST", directors(), { json: [JOHN, JANE] });
    expect(answer.status).toBe(200);
    expectValid(answer, "profileDirectorCreate");
    const all = answer.body as Array<Record<string, unknown>>;
    expect(all.map((d) => [d.firstName, d.countryOfResidenceIso3Code])).toEqual([
      ["Alice", "gbr"],
      ["John", "usa"],
      ["Jane", "usa"],
    ]);
    expect(new Set(all.map((d) => d.id)).size).toBe(3);
    expect(await list(directors())).toEqual(all);
  });

  it("PUT matches profileDirectorUpdate 200 and replaces the list with new ids", async () => {
    const [seeded] = await list(directors());
    const answer = await call("PUT", directors(), { json: [JOHN] });
    expect(answer.status).toBe(200);
    expectValid(answer, "profileDirectorUpdate");
    expect(answer.body).toEqual([{ id: expect.any(Number), ...JOHN }]);
    expect((answer.body as Array<{ id: number }>)[0]!.id).not.toBe(seeded!.id);
    expect(await list(directors())).toEqual(answer.body);
    expect((await call("PUT", directors(), { json: [] })).body).toEqual([]);
  });

  it.each<[string, unknown]>([
    ["a blank name", [JOHN, { ...JANE, lastName: " " }]],
    ["a missing date of birth", [{ ...JOHN, dateOfBirth: undefined }]],
    ["a date that is not a calendar date", [{ ...JOHN, dateOfBirth: "1982-02-30" }]],
    ["a date of birth in the future", [{ ...JOHN, dateOfBirth: "2999-01-01" }]],
    ["an unknown country", [{ ...JOHN, countryOfResidenceIso3Code: "xyz" }]],
  ])("%s: 400 BAD_REQUEST without a path, and nothing changes", async (_what, body) => {
    const before = await list(directors());
    const answer = await call("POST", directors(), { json: body });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ code: "BAD_REQUEST", message: expect.any(String), arguments: [] }] });
    expect(await list(directors())).toEqual(before);
  });

  it("wrong JSON types and bodies that are not arrays are 400 bad.request; another content type 415", async () => {
    for (const body of [{ ...JOHN }, [1], [{ ...JOHN, firstName: 7 }]]) {
      const answer = await call("PUT", directors(), { json: body });
      expect(answer.status).toBe(400);
      expect((answer.body as { errors: Array<{ code: string }> }).errors[0]!.code).toBe("bad.request");
    }
    expect((await call("POST", directors(), { raw: "[", contentType: "application/json" })).status).toBe(400);
    expect((await call("POST", directors(), { raw: JSON.stringify([JOHN]), contentType: "text/plain" })).status).toBe(415);
    expect(await list(directors())).toHaveLength(1);
  });
});

describe("ultimate beneficial owners", () => {
  it("GET matches profileUboList 200: the seeded owners", async () => {
    const answer = await call("GET", ubos(bob.businessProfileId), { token: bob.token });
    expect(answer.status).toBe(200);
    expectValid(answer, "profileUboList");
    expect((answer.body as Array<{ ownershipPercentage: number }>).map((o) => o.ownershipPercentage)).toEqual([50, 50]);
  });

  it("POST matches profileUboCreate 200 and appends, a null percentage allowed; ids are 32 hex digits", async () => {
    const body = [owner("John Doe", 25), owner("Jane Doe", null)];
    expectValidRequest("POST", ubos(), body, "profileUboCreate");
    const answer = await call("POST", ubos(), { json: body });
    expect(answer.status).toBe(200);
    expectValid(answer, "profileUboCreate");
    const all = answer.body as Array<{ id: string; name: string; ownershipPercentage: number | null }>;
    expect(all.map((o) => [o.name, o.ownershipPercentage])).toEqual([
      ["Alice Martin", 75],
      ["John Doe", 25],
      ["Jane Doe", null],
    ]);
    for (const o of all) expect(o.id).toMatch(/^[0-9a-f]{32}$/);
    expect(await list(ubos())).toEqual(all);
  });

  it("PUT matches profileUboUpdate 200 and replaces the owners with new ids", async () => {
    const answer = await call("PUT", ubos(), { json: [owner("John Doe", 30), owner("Jane Doe", 70)] });
    expect(answer.status).toBe(200);
    expectValid(answer, "profileUboUpdate");
    const all = answer.body as Array<{ id: string }>;
    expect(all.map((o) => o.id)).not.toContain("4f1c9a2e7b3d4c58a0e6b1d2c3f4a5b6");
    expect(await list(ubos())).toEqual(all);
  });

  it.each<[string, string, unknown[]]>([
    ["an add taking the owners over 100%", "POST", [owner("John Doe", 26)]],
    ["owners holding 110% together", "PUT", [owner("John Doe", 60), owner("Jane Doe", 50)]],
    ["a percentage of 0", "PUT", [owner("John Doe", 0)]],
    ["a percentage over 100", "PUT", [owner("John Doe", 101)]],
    ["a blank owner (the errors guide's case)", "POST", [{}]],
    ["a missing post code", "PUT", [{ ...owner("John Doe", 10), postCode: undefined }]],
  ])("%s: 400 BAD_REQUEST as the errors guide shows it, and nothing changes", async (_what, method, body) => {
    const before = await list(ubos());
    const answer = await call(method, ubos(), { json: body });
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: unknown[] }).errors).toContainEqual({ code: "BAD_REQUEST", message: expect.any(String), arguments: [] });
    expect(await list(ubos())).toEqual(before);
  });

  it("a fractional or string percentage is 400 bad.request", async () => {
    for (const ownershipPercentage of [30.5, "30"]) {
      const answer = await call("POST", ubos(), { json: [{ ...owner("John Doe", null), ownershipPercentage }] });
      expect(answer.status).toBe(400);
      expect((answer.body as { errors: Array<{ code: string }> }).errors[0]!.code).toBe("bad.request");
    }
  });
});

describe("who may read and change the people", () => {
  it.each([
    ["GET", "directors"],
    ["PUT", "directors"],
    ["GET", "ubos"],
    ["POST", "ubos"],
  ])("%s %s of a personal profile: 400 naming profileId", async (method, what) => {
    const answer = await call(method, `/v1/profiles/${alice.personalProfileId}/${what}`, method === "GET" ? {} : { json: [] });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ code: "BAD_REQUEST", message: expect.stringContaining("not a business profile"), path: "profileId", arguments: [] }] });
  });

  it("another user's business profile: 403, and its people stay as they were; an unknown one 404", async () => {
    const before = await call("GET", directors(bob.businessProfileId), { token: bob.token });
    expect((await call("GET", directors(bob.businessProfileId))).status).toBe(403);
    expect((await call("PUT", directors(bob.businessProfileId), { json: [JOHN] })).status).toBe(403);
    expect((await call("PUT", ubos(bob.businessProfileId), { json: [] })).status).toBe(403);
    expect(await call("GET", directors(bob.businessProfileId), { token: bob.token })).toEqual(before);
    expect((await call("GET", directors(99999999))).status).toBe(404);
  });

  it("each business profile keeps its own people, and a reset restores the seeded ones", async () => {
    await call("PUT", directors(), { json: [JOHN] });
    expect((await list(directors())).map((d) => d.firstName)).toEqual(["John"]);
    expect((await call("GET", directors(bob.businessProfileId), { token: bob.token })).body).toHaveLength(2);
    sandbox.store.reset();
    expect((await list(directors())).map((d) => d.firstName)).toEqual(["Alice"]);
  });
});

describe("verification documents", () => {
  const PASSPORT = {
    firstName: "Oliver",
    lastName: "Wilson",
    type: "IDENTITY_CARD",
    uniqueIdentifier: "AA299822313",
    issueDate: "2017-12-31",
    issuerCountry: "EE",
    issuerState: "",
    expiryDate: "2027-12-31",
  };
  const held = () => sandbox.store.identityDocuments.get(alice.personalProfileId);

  it("POST matches profileVerificationDocumentCreate 200 for the spec's examples; the document is kept by type", async () => {
    for (const body of [
      PASSPORT,
      { type: "CPF_CNPJ", uniqueIdentifier: "938.936.652-69" },
      { type: "FINANCIAL_CAPACITY_BR", uniqueIdentifier: "150000.00" },
      { type: "SSN", uniqueIdentifier: "123456789" },
    ]) {
      expectValidRequest("POST", documents(), body, "profileVerificationDocumentCreate");
      const answer = await call("POST", documents(), { json: body });
      expect(answer.status).toBe(200);
      expectValid(answer, "profileVerificationDocumentCreate");
      expect(answer.body).toEqual({ errorMessage: null, success: true });
    }
    expect([...held()!.keys()]).toEqual(["IDENTITY_CARD", "CPF_CNPJ", "FINANCIAL_CAPACITY_BR", "SSN"]);
  });

  it("PUT matches profileVerificationDocumentUpdate 200 with the demo client's id and replaces the document in full", async () => {
    await call("POST", documents(), { json: PASSPORT });
    const body = { clientId: "sandbox-client", type: "IDENTITY_CARD", uniqueIdentifier: "DL12345", sex: "MALE" };
    expectValidRequest("PUT", documents(), body, "profileVerificationDocumentUpdate");
    const answer = await call("PUT", documents(), { json: body });
    expect(answer.status).toBe(200);
    expectValid(answer, "profileVerificationDocumentUpdate");
    expect(held()!.get("IDENTITY_CARD")).toMatchObject({ uniqueIdentifier: "DL12345", sex: "MALE", firstName: null, issueDate: null });
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ["no clientId", { type: "IDENTITY_CARD" }, "NotNull", "clientId"],
    ["another client's id", { clientId: "mercury", type: "IDENTITY_CARD" }, "not.allowed.for.clientId", "clientId"],
    ["no type", { clientId: "sandbox-client" }, "NotNull", "type"],
    [
      "a number over 30 characters",
      { clientId: "sandbox-client", type: "IDENTITY_CARD", uniqueIdentifier: "1".repeat(31) },
      "not.allowed.for.uniqueIdentifier",
      "uniqueIdentifier",
    ],
  ])("PUT with %s: the documented 400 (matching the spec), nothing changes", async (_what, body, code, field) => {
    await call("POST", documents(), { json: PASSPORT });
    const answer = await call("PUT", documents(), { json: body });
    expect(answer.status).toBe(400);
    expectValid(answer, "profileVerificationDocumentUpdate");
    expect((answer.body as { errors: unknown[] }).errors).toContainEqual({ code, message: expect.any(String), field });
    expect(held()!.get("IDENTITY_CARD")).toMatchObject({ uniqueIdentifier: "AA299822313" });
  });

  it("PUT of a type the profile does not hold is 404 NOT_FOUND on type", async () => {
    const answer = await call("PUT", documents(), { json: { clientId: "sandbox-client", type: "PASSPORT", uniqueIdentifier: "X1" } });
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ errors: [{ code: "NOT_FOUND", message: expect.any(String), field: "type" }] });
    expect(held()?.size ?? 0).toBe(0);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["no uniqueIdentifier", { type: "PASSPORT" }, "uniqueIdentifier"],
    ["an unknown type", { type: "LIBRARY_CARD", uniqueIdentifier: "1" }, "type"],
    ["an SSN with dashes", { type: "SSN", uniqueIdentifier: "123-45-6789" }, "uniqueIdentifier"],
    ["an issuer country of three letters", { ...PASSPORT, issuerCountry: "EST" }, "issuerCountry"],
    ["an issue date that is no date", { ...PASSPORT, issueDate: "2017-13-01" }, "issueDate"],
    ["an employer on an identity card", { ...PASSPORT, employerName: "Acme" }, "employerName"],
  ])("POST with %s: 400 naming the field, no document kept", async (_what, body, field) => {
    const answer = await call("POST", documents(), { json: body });
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(field);
    expect(held()?.size ?? 0).toBe(0);
  });

  it("a business profile has no identification documents (400); another user's profile is 403", async () => {
    const business = await call("POST", documents(alice.businessProfileId), { json: PASSPORT });
    expect(business.status).toBe(400);
    expect(business.body).toEqual({ errors: [{ code: "not.allowed.for.profileType", message: expect.any(String), field: "profileId" }] });
    expect((await call("POST", documents(bob.personalProfileId), { json: PASSPORT })).status).toBe(403);
    expect(sandbox.store.identityDocuments.size).toBe(0);
  });
});

describe("the client's endpoint functions", () => {
  it("send requests the spec accepts and decode what the sandbox answers", async () => {
    const sent: { method: string; path: string; json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, alice.token);
    const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
    const id = alice.businessProfileId;
    try {
      expect((await listDirectors(recording, id)).map((d) => d.id)).toEqual([87000001]);
      expect(await addDirectors(recording, id, [JOHN])).toHaveLength(2);
      expect((await replaceDirectors(recording, id, [JANE]))[0]).toMatchObject({ firstName: "Jane", countryOfResidenceIso3Code: "usa" });
      expect((await listUbos(recording, id))[0]!.ownershipPercentage).toBe(75);
      expect((await addUbos(recording, id, [owner("Jane Doe", null)]))[1]!.ownershipPercentage).toBeNull();
      expect((await replaceUbos(recording, id, [owner("John Doe", 100)]))[0]!.ownershipPercentage).toBe(100);
      expect(await createIdentityDocument(recording, alice.personalProfileId, { type: "PASSPORT", uniqueIdentifier: "P1" })).toEqual({ errorMessage: null, success: true });
      expect(await updateIdentityDocument(recording, alice.personalProfileId, "sandbox-client", { type: "PASSPORT", uniqueIdentifier: "P2" })).toEqual({
        errorMessage: null,
        success: true,
      });
    } finally {
      client.shutdown();
    }
    const operations = ["profileDirectorList", "profileDirectorCreate", "profileDirectorUpdate", "profileUboList", "profileUboCreate", "profileUboUpdate"];
    operations.push("profileVerificationDocumentCreate", "profileVerificationDocumentUpdate");
    expect(sent.map((c) => c.method)).toEqual(["GET", "POST", "PUT", "GET", "POST", "PUT", "POST", "PUT"]);
    sent.forEach((c, index) => {
      if (c.method !== "GET") expectValidRequest(c.method, c.path, c.json, operations[index]!);
    });
  });

  it("the request validator itself refuses bodies that break the spec", () => {
    const headers = { "content-type": "application/json" };
    expect(api.validateRequest({ method: "POST", path: directors(), headers, body: { firstName: "John" } as never }, "profileDirectorCreate").valid).toBe(false);
    expect(api.validateRequest({ method: "POST", path: ubos(), headers, body: [{ ownershipPercentage: "30" }] as never }, "profileUboCreate").valid).toBe(false);
    expect(api.validateRequest({ method: "PUT", path: documents(), headers, body: { type: "PASSPORT" } as never }, "profileVerificationDocumentUpdate").valid).toBe(false);
  });
});
