// The sandbox's additional-verification and KYC review routes over HTTP: their answers validated
// against Wise's spec (the committed extract), and the state they keep: an evidence or document
// received leaves the required list, a KYC review moves NEW -> WAITING_CUSTOMER_INPUT ->
// PROCESSING as its requirements are provided, and another user sees and changes nothing.

import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

// As in contract.test.ts: openapi-backend's ref parser is an ES module Jest cannot require; quick mode never uses it.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n");

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;

interface Answer {
  status: number;
  text: string;
  body: unknown;
}

async function call(method: string, pathAndQuery: string, options: { token?: string; json?: unknown; form?: FormData; contentType?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}` };
  if (options.json !== undefined) headers["content-type"] = options.contentType ?? "application/json";
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body: options.form ?? (options.json === undefined ? undefined : JSON.stringify(options.json)) });
  const text = await res.text();
  return { status: res.status, text, body: text === "" ? undefined : JSON.parse(text) };
}

function expectValid(answer: Answer, operationId: string): void {
  const result = api.validateResponse(answer.body, operationId, answer.status);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

function documentForm(documentType: string | null, files: Array<{ bytes: Buffer; type: string; name: string }>): FormData {
  const form = new FormData();
  for (const file of files) form.append("files", new Blob([file.bytes], { type: file.type }), file.name);
  if (documentType !== null) form.append("documentType", documentType);
  return form;
}

const requiredOf = async (profileId: number, token = alice.token) =>
  ((await call("GET", `/v3/profiles/${profileId}/verification-status/required-evidences`, { token })).body as { required_evidences: string[] }).required_evidences;

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve("test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/);
      ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
      ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      return ajv;
    },
  });
  await api.init();
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

beforeEach(() => sandbox.store.reset());

afterAll(async () => {
  await sandbox?.close();
});

describe("additional verification", () => {
  it("required evidences match verificationGetRequiredEvidences 200 and differ by profile type", async () => {
    const personal = await call("GET", `/v3/profiles/${alice.personalProfileId}/verification-status/required-evidences`);
    expect(personal.status).toBe(200);
    expectValid(personal, "verificationGetRequiredEvidences");
    expect(personal.body).toEqual({ required_evidences: ["ACCOUNT_PURPOSE", "ANNUAL_VOLUME", "INCOME", "USE_CASE_COUNTRIES", "SOURCE_OF_WEALTH", "ID_PROOF"] });
    expect(await requiredOf(alice.businessProfileId)).toEqual(["BUSINESS_USE_CASE", "BUSINESS_MONTHLY_VOLUME", "SOURCE_OF_FUNDING", "USE_CASE_COUNTRIES", "TRADING_ADDRESS_PROOF"]);
  });

  it("upload-evidences answers 207 (verificationUploadEvidences) and the answered evidences are no longer required", async () => {
    const answer = await call("POST", `/v5/profiles/${alice.personalProfileId}/additional-verification/upload-evidences`, {
      json: { accountPurpose: "MOVING_SAVINGS", intendedCountries: ["deu", "esp"], yearlyAnticipatedVolume: "0_2350", mainSourceOfIncome: "SALARY", annualIncome: "0_11500" },
    });
    expect(answer.status).toBe(207);
    expectValid(answer, "verificationUploadEvidences");
    expect(answer.body).toEqual({
      overallStatus: "SUCCESS",
      results: ["accountPurpose", "annualIncome", "intendedCountries", "mainSourceOfIncome", "yearlyAnticipatedVolume"].map((key) => ({
        evidenceRequirementKey: key,
        result: "SUCCESS",
        message: "SUCCESS",
      })),
    });
    expect(await requiredOf(alice.personalProfileId)).toEqual(["SOURCE_OF_WEALTH", "ID_PROOF"]);
    expect(sandbox.store.verifications.get(alice.personalProfileId)?.answers.intendedCountries).toEqual(["deu", "esp"]);
  });

  it.each([
    ["no evidence", {}],
    ["a misspelled field", { acountPurpose: "MOVING_SAVINGS" }],
    ["an unexpected value", { accountPurpose: "GAMBLING" }],
    ["income without its source", { annualIncome: "0_11500" }],
    ["a business field on a personal profile", { businessUseCase: ["DONATION"] }],
    ["a country that is not alpha-3", { intendedCountries: ["DE"] }],
  ])("upload-evidences refuses %s with 400 and changes nothing", async (_name, body) => {
    const answer = await call("POST", `/v5/profiles/${alice.personalProfileId}/additional-verification/upload-evidences`, { json: body });
    expect(answer.status).toBe(400);
    expect((answer.body as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    expect(await requiredOf(alice.personalProfileId)).toHaveLength(6);
  });

  it("upload-document takes multipart files, keeps their name, type and size, answers 204, then 409 for the same type", async () => {
    const form = documentForm("ID_PROOF", [
      { bytes: PNG, type: "image/png", name: "front.png" },
      { bytes: PDF, type: "application/pdf", name: "back.pdf" },
    ]);
    const answer = await call("POST", `/v3/profiles/${alice.personalProfileId}/verification-status/upload-document`, { form });
    expect(answer.status).toBe(204);
    expect(answer.text).toBe("");
    const received = sandbox.store.verifications.get(alice.personalProfileId)?.documents.get("ID_PROOF");
    expect(received?.files).toEqual([
      { name: "front.png", type: "image/png", size: PNG.length },
      { name: "back.pdf", type: "application/pdf", size: PDF.length },
    ]);
    expect(await requiredOf(alice.personalProfileId)).not.toContain("ID_PROOF");
    const again = await call("POST", `/v3/profiles/${alice.personalProfileId}/verification-status/upload-document`, {
      form: documentForm("ID_PROOF", [{ bytes: PNG, type: "image/png", name: "x.png" }]),
    });
    expect(again.status).toBe(409);
  });

  it("upload-document refuses a wrong format (400), a file over 10 MB (413), a JSON body (415) and a missing type (400)", async () => {
    const url = `/v3/profiles/${alice.personalProfileId}/verification-status/upload-document`;
    expect((await call("POST", url, { form: documentForm("ID_PROOF", [{ bytes: Buffer.from("hello"), type: "text/plain", name: "a.txt" }]) })).status).toBe(400);
    expect((await call("POST", url, { form: documentForm("ID_PROOF", [{ bytes: PNG, type: "application/pdf", name: "a.png" }]) })).status).toBe(400);
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 1);
    expect((await call("POST", url, { form: documentForm("ID_PROOF", [{ bytes: big, type: "image/png", name: "big.png" }]) })).status).toBe(413);
    expect((await call("POST", url, { json: { documentType: "ID_PROOF" } })).status).toBe(415);
    expect((await call("POST", url, { form: documentForm(null, [{ bytes: PNG, type: "image/png", name: "a.png" }]) })).status).toBe(400);
    expect(sandbox.store.verifications.get(alice.personalProfileId)?.documents.size ?? 0).toBe(0);
  });

  it("another user's profile: 403 on every route, nothing changed", async () => {
    const id = alice.personalProfileId;
    expect((await call("GET", `/v3/profiles/${id}/verification-status/required-evidences`, { token: bob.token })).status).toBe(403);
    expect((await call("POST", `/v5/profiles/${id}/additional-verification/upload-evidences`, { token: bob.token, json: { accountPurpose: "INVESTING" } })).status).toBe(403);
    const form = documentForm("ID_PROOF", [{ bytes: PNG, type: "image/png", name: "a.png" }]);
    expect((await call("POST", `/v3/profiles/${id}/verification-status/upload-document`, { token: bob.token, form })).status).toBe(403);
    expect(await requiredOf(id)).toHaveLength(6);
  });
});

describe("KYC reviews", () => {
  const reviews = (profileId: number) => `/v1/profiles/${profileId}/kyc-reviews`;

  async function quoteOf(profileId: number, token = alice.token): Promise<string> {
    const quote = await call("POST", `/v3/profiles/${profileId}/quotes`, { token, json: { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 100 } });
    return (quote.body as { id: string }).id;
  }

  function submission(kycReviewId: string, data: unknown, files: Array<{ bytes: Buffer; type: string; name: string }> = []): FormData {
    const form = new FormData();
    form.append("submissionData", JSON.stringify({ data, version: "V1", kycReviewId }));
    for (const file of files) form.append("files", new Blob([file.bytes], { type: file.type }), file.name);
    return form;
  }

  it("create answers 202 NEW (kycReviewCreate); the review then waits for the customer; list, get and PATCH match their operations", async () => {
    const quoteId = await quoteOf(alice.personalProfileId);
    const created = await call("POST", reviews(alice.personalProfileId), { json: { type: "QUOTE", triggerData: { id: quoteId } } });
    expect(created.status).toBe(202);
    expectValid(created, "kycReviewCreate");
    const review = created.body as { id: string; status: string; triggerReferences: unknown; redirectUrl: unknown };
    expect(review.status).toBe("NEW");
    expect(review.triggerReferences).toEqual([{ type: "QUOTE", triggerData: { id: quoteId } }]);
    expect(review.redirectUrl).toBeNull();
    expect(created.text).toMatch(/"createdAt":"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}"/);

    const list = await call("GET", `${reviews(alice.personalProfileId)}?pageNumber=1&pageSize=10`);
    expectValid(list, "kycReviewList");
    expect((list.body as Array<{ id: string; status: string; requirements?: unknown }>).map((r) => [r.id, r.status, r.requirements])).toEqual([
      [review.id, "WAITING_CUSTOMER_INPUT", undefined],
    ]);

    const one = await call("GET", `/v2/profiles/${alice.personalProfileId}/kyc-reviews/${review.id}`);
    expectValid(one, "kycReviewGet");
    expect((one.body as { requirements: unknown }).requirements).toEqual([
      [{ key: "ACCOUNT_PURPOSE", state: "NOT_PROVIDED", apiCollectionSupported: true, versions: [{ version: "v1", validUntil: null }] }],
      [{ key: "ID_DOCUMENT", state: "NOT_PROVIDED", apiCollectionSupported: true, versions: [{ version: "v1", validUntil: null }] }],
    ]);

    const patched = await call("PATCH", `${reviews(alice.personalProfileId)}/${review.id}`, { json: { redirectUrl: "https://example.com/back?x=1" } });
    expect(patched.status).toBe(200);
    expectValid(patched, "kycReviewRedirectUrlUpdate");
    const link = (patched.body as { link: { value: string; expiresAt: string }; redirectUrl: string }).link;
    expect(link.value).toMatch(/^https:\/\/wise-sandbox\.com\/embedded-flows\/verification\?token=[0-9a-f-]{36}&checkId=\d+$/);
    expect((patched.body as { redirectUrl: string }).redirectUrl).toBe("https://example.com/back?x=1");
    expect((await call("PATCH", `${reviews(alice.personalProfileId)}/${review.id}`, { json: { redirectUrl: "not a url" } })).status).toBe(400);
  });

  it("create refuses an unsupported type (400) and a quote that is not the profile's (404)", async () => {
    expect((await call("POST", reviews(alice.personalProfileId), { json: { type: "TRANSFER" } })).status).toBe(400);
    const bobsQuote = await quoteOf(bob.personalProfileId, bob.token);
    expect((await call("POST", reviews(alice.personalProfileId), { json: { type: "QUOTE", triggerData: { id: bobsQuote } } })).status).toBe(404);
    expect((await call("POST", reviews(alice.personalProfileId), { json: { type: "QUOTE", triggerData: { id: "5b0f3d3e-1111-4c7b-9a3e-000000000000" } } })).status).toBe(404);
    expect(sandbox.store.kycReviews.size).toBe(0);
  });

  it("requirements go IN_REVIEW as they are submitted (multipart) and the review goes PROCESSING when all groups are", async () => {
    const created = await call("POST", reviews(alice.personalProfileId), { json: { type: "PROACTIVE_SEND_MONEY" } });
    const id = (created.body as { id: string }).id;
    const submit = (key: string, form: FormData) => call("POST", `/v2/profiles/${alice.personalProfileId}/kyc-requirements/${key}`, { form });

    const wrong = await submit("ACCOUNT_PURPOSE", submission(id, { accountPurpose: "GAMBLING" }));
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ status: 400, title: "Validation Error", errors: [{ code: "invalid_value", ref: "accountPurpose" }] });
    expect((await submit("ID_DOCUMENT", submission(id, {}))).status).toBe(400);
    expect((await submit("TAX_RESIDENCY", submission(id, {}))).status).toBe(404);

    expect((await submit("ACCOUNT_PURPOSE", submission(id, { accountPurpose: "INVESTING" }))).status).toBe(202);
    let one = await call("GET", `/v2/profiles/${alice.personalProfileId}/kyc-reviews/${id}`);
    expect(one.body).toMatchObject({
      status: "WAITING_CUSTOMER_INPUT",
      requirements: [[{ key: "ACCOUNT_PURPOSE", state: "IN_REVIEW" }], [{ key: "ID_DOCUMENT", state: "NOT_PROVIDED" }]],
    });
    expect((await submit("ACCOUNT_PURPOSE", submission(id, { accountPurpose: "INVESTING" }))).status).toBe(400);

    expect((await submit("ID_DOCUMENT", submission(id, {}, [{ bytes: PNG, type: "image/png", name: "passport.png" }]))).status).toBe(202);
    one = await call("GET", `/v2/profiles/${alice.personalProfileId}/kyc-reviews/${id}`);
    expectValid(one, "kycReviewGet");
    expect(one.body).toMatchObject({ status: "PROCESSING", requirements: [[{ state: "IN_REVIEW" }], [{ state: "IN_REVIEW" }]] });
    const requirement = sandbox.store.kycReviews.get(id)?.requirements[1]?.[0];
    expect(requirement?.submission?.files).toEqual([{ name: "passport.png", type: "image/png", size: PNG.length }]);
    // A PROCESSING review takes no more submissions.
    expect((await submit("ACCOUNT_PURPOSE", submission(id, { accountPurpose: "INVESTING" }))).status).toBe(400);
  });

  it("a business review holds a requirement only the Hosted KYC flow can provide", async () => {
    const created = await call("POST", reviews(alice.businessProfileId), { json: { type: "CARD" } });
    const id = (created.body as { id: string }).id;
    const hosted = await call("POST", `/v2/profiles/${alice.businessProfileId}/kyc-requirements/BUSINESS_REGISTRATION_DOCS`, { form: submission(id, {}) });
    expect(hosted.status).toBe(400);
    const useCase = await call("POST", `/v2/profiles/${alice.businessProfileId}/kyc-requirements/BUSINESS_USE_CASE`, { form: submission(id, { useCases: [] }) });
    expect(useCase.body).toMatchObject({ errors: [{ code: "parameter_missing", ref: "useCases" }] });
  });

  it("another user gets 401 on every route and neither sees nor changes the review", async () => {
    const created = await call("POST", reviews(alice.personalProfileId), { json: { type: "PROACTIVE_SEND_MONEY" } });
    const id = (created.body as { id: string }).id;
    const asBob = { token: bob.token };
    expect((await call("GET", reviews(alice.personalProfileId), asBob)).status).toBe(401);
    expect((await call("GET", `/v2/profiles/${alice.personalProfileId}/kyc-reviews/${id}`, asBob)).status).toBe(401);
    expect((await call("PATCH", `${reviews(alice.personalProfileId)}/${id}`, { ...asBob, json: { redirectUrl: "https://evil.example" } })).status).toBe(401);
    expect((await call("POST", reviews(alice.personalProfileId), { ...asBob, json: { type: "PROACTIVE_SEND_MONEY" } })).status).toBe(401);
    expect(
      (await call("POST", `/v2/profiles/${alice.personalProfileId}/kyc-requirements/ACCOUNT_PURPOSE`, { ...asBob, form: submission(id, { accountPurpose: "INVESTING" }) })).status,
    ).toBe(401);
    // Through bob's own profile, alice's review id is unknown.
    expect((await call("GET", `/v2/profiles/${bob.personalProfileId}/kyc-reviews/${id}`, asBob)).status).toBe(404);
    expect(
      (await call("POST", `/v2/profiles/${bob.personalProfileId}/kyc-requirements/ACCOUNT_PURPOSE`, { ...asBob, form: submission(id, { accountPurpose: "INVESTING" }) })).status,
    ).toBe(404);
    expect(sandbox.store.kycReviews.get(id)).toMatchObject({ redirectUrl: null, requirements: [[{ state: "NOT_PROVIDED" }], [{ state: "NOT_PROVIDED" }]] });
    expect(sandbox.store.kycReviews.size).toBe(1);
  });
});
