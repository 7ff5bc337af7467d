// The user, claim-account and user-security routes of the sandbox over HTTP, each answer
// validated against Wise's spec (the committed extract), and the request bodies the client's
// endpoint functions build validated against the spec's request schemas. Isolation: bob's token
// never reads or changes alice's user, and a partner only manages its own users.

import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
// As in contract.test.ts: openapi-backend's ref parser is an ES module Jest cannot load; quick mode never uses it.
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;
let partnerToken: string;

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve("test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
      ajv.addFormat("email", /^[^\s@]+@[^\s@]+$/);
      return ajv;
    },
  });
  await api.init();
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});
afterAll(async () => sandbox.close());
beforeEach(async () => {
  await fetch(`${sandbox.url}/__sandbox/reset`, { method: "POST" });
  const res = await fetch(`${sandbox.url}/oauth/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  partnerToken = ((await res.json()) as { access_token: string }).access_token;
});

async function call(method: string, urlPath: string, bearer: string, body?: unknown) {
  const res = await fetch(`${sandbox.url}${urlPath}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? null : (JSON.parse(text) as Record<string, unknown>) };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

function expectValidRequest(method: string, requestPath: string, body: unknown, operationId: string): void {
  const result = api.validateRequest({ method, path: requestPath, headers: { "content-type": "application/json" }, body: body as never }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

describe("the validator", () => {
  it("refuses bodies that break the spec (so passing checks mean something)", () => {
    expect(api.validateResponse({ id: "1", email: "a@b.c", active: true }, "userGetByToken", 200).valid).toBe(false);
    expect(api.validateResponse({ exists: "yes" }, "userCheckExists", 200).valid).toBe(false);
    expect(api.validateResponse({ id: 1, phoneNumber: 7, type: "PRIMARY", verified: true }, "userSecurityPhoneNumberCreate", 200).valid).toBe(false);
  });
});

describe("GET /v1/me and GET /v1/users/{userId}", () => {
  it("answer the token's own user, matching userGetByToken and userGetById", async () => {
    const me = await call("GET", "/v1/me", alice.token);
    expect(me.status).toBe(200);
    expectValid(me.body, "userGetByToken", 200);
    expect(me.body).toMatchObject({
      id: alice.userId,
      name: "Alice Martin",
      email: "alice.martin@example.com",
      active: true,
      details: { firstName: "Alice", dateOfBirth: "1990-04-21" },
    });
    const byId = await call("GET", `/v1/users/${alice.userId}`, alice.token);
    expectValid(byId.body, "userGetById", 200);
    expect(byId.body).toEqual(me.body);
  });

  it("refuse another user's id (403, known or not), a malformed id (400) and a partner token (403)", async () => {
    expect((await call("GET", `/v1/users/${alice.userId}`, bob.token)).status).toBe(403);
    expect((await call("GET", "/v1/users/6199999", bob.token)).status).toBe(403);
    expect((await call("GET", "/v1/users/abc", bob.token)).status).toBe(400);
    expect((await call("GET", "/v1/me", partnerToken)).status).toBe(403);
  });
});

describe("contact email", () => {
  it("is null until set; PUT sets it (userContactEmailSet 200) and GET reads it (userContactEmailGet 200), for the owner only", async () => {
    const before = await call("GET", `/v1/users/${alice.userId}/contact-email`, alice.token);
    expect(before).toEqual({ status: 200, body: { email: null } });
    expectValidRequest("PUT", `/v1/users/${alice.userId}/contact-email`, { email: "alice.notify@example.com" }, "userContactEmailSet");
    const set = await call("PUT", `/v1/users/${alice.userId}/contact-email`, alice.token, { email: "alice.notify@example.com" });
    expect(set).toEqual({ status: 200, body: { email: "alice.notify@example.com" } });
    expectValid(set.body, "userContactEmailSet", 200);
    const after = await call("GET", `/v1/users/${alice.userId}/contact-email`, alice.token);
    expectValid(after.body, "userContactEmailGet", 200);
    expect(after.body).toEqual({ email: "alice.notify@example.com" });
    // bob can neither read nor change it; a malformed address changes nothing.
    expect((await call("GET", `/v1/users/${alice.userId}/contact-email`, bob.token)).status).toBe(403);
    expect((await call("PUT", `/v1/users/${alice.userId}/contact-email`, bob.token, { email: "bob@example.com" })).status).toBe(403);
    expect((await call("PUT", `/v1/users/${alice.userId}/contact-email`, alice.token, { email: "not-an-email" })).body).toMatchObject({
      errors: [{ code: "NOT_VALID", path: "email" }],
    });
    expect((await call("GET", `/v1/users/${alice.userId}/contact-email`, alice.token)).body).toEqual({ email: "alice.notify@example.com" });
  });
});

describe("signup, exists and claim account", () => {
  const registrationCode = "a]#Et6(yLW@mq4Ky_+EAjXxpHGq7*&lr-0001";

  it("creates a user once (userCreate 200), then 409 NOT_UNIQUE as documented; exists says so (userCheckExists 200)", async () => {
    const body = { email: "new.person@example.com", registrationCode, language: "EN" };
    expectValidRequest("POST", "/v1/user/signup/registration_code", body, "userCreate");
    expect((await call("POST", "/v1/users/exists", partnerToken, { email: "new.person@example.com" })).body).toEqual({ exists: false });
    const created = await call("POST", "/v1/user/signup/registration_code", partnerToken, body);
    expect(created.status).toBe(200);
    expectValid(created.body, "userCreate", 200);
    expect(created.body).toMatchObject({ name: null, email: "new.person@example.com", active: true, details: null });
    const again = await call("POST", "/v1/user/signup/registration_code", partnerToken, body);
    expect(again.status).toBe(409);
    expectValid(again.body, "userCreate", 409);
    expect(again.body).toEqual({
      errors: [
        {
          code: "NOT_UNIQUE",
          message: "You’re already a member. Please login",
          path: "email",
          arguments: ["email", "class com.transferwise.fx.api.ApiRegisterCommand", "new.person@example.com"],
        },
      ],
    });
    const exists = await call("POST", "/v1/users/exists", partnerToken, { email: "NEW.person@example.com" });
    expectValid(exists.body, "userCheckExists", 200);
    expect(exists.body).toEqual({ exists: true });
  });

  it("refuses a short registration code, a malformed email and an unknown language, all listed, creating nothing; a user token is 403", async () => {
    const usersBefore = sandbox.store.users.size;
    const bad = await call("POST", "/v1/user/signup/registration_code", partnerToken, { email: "nope", registrationCode: "short", language: "XX" });
    expect(bad.status).toBe(422);
    expect((bad.body!.errors as { path: string }[]).map((e) => e.path)).toEqual(["email", "registrationCode", "language"]);
    expect((await call("POST", "/v1/users/exists", partnerToken, { email: "nope" })).status).toBe(422);
    expect((await call("POST", "/v1/user/signup/registration_code", alice.token, { email: "x@example.com", registrationCode })).status).toBe(403);
    expect(sandbox.store.users.size).toBe(usersBefore);
  });

  it("claim account: the user's own registration code gives a code (claimAccountCreate 200); another code is 422", async () => {
    await call("POST", "/v1/user/signup/registration_code", partnerToken, { email: "claimer@example.com", registrationCode });
    const grant = await fetch(`${sandbox.url}/oauth/token`, {
      method: "POST",
      headers: { authorization: `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "registration_code", client_id: sandbox.client.id, email: "claimer@example.com", registration_code: registrationCode }).toString(),
    });
    const userToken = ((await grant.json()) as { access_token: string }).access_token;
    expectValidRequest("POST", "/v1/user/claim-account", { registrationCode }, "claimAccountCreate");
    const claimed = await call("POST", "/v1/user/claim-account", userToken, { registrationCode });
    expect(claimed.status).toBe(200);
    expectValid(claimed.body, "claimAccountCreate", 200);
    expect(typeof claimed.body!.claimAccountCode).toBe("string");
    expect((await call("POST", "/v1/user/claim-account", userToken, { registrationCode: "x".repeat(40) })).status).toBe(422);
    expect((await call("POST", "/v1/user/claim-account", alice.token, { registrationCode })).status).toBe(422);
  });
});

describe("phone numbers (user security)", () => {
  it("the partner adds one (userSecurityPhoneNumberCreate 200) and deletes it (204); a repeat is 422 phone.number.repeated", async () => {
    const urlPath = `/v1/application/users/${alice.userId}/phone-numbers`;
    expectValidRequest("POST", urlPath, { phoneNumber: "+447700900555" }, "userSecurityPhoneNumberCreate");
    const created = await call("POST", urlPath, partnerToken, { phoneNumber: "+447700900555" });
    expect(created.status).toBe(200);
    expectValid(created.body, "userSecurityPhoneNumberCreate", 200);
    expect(created.body).toMatchObject({ phoneNumber: "+447700900555", type: "PRIMARY", verified: true, clientId: sandbox.client.id });
    const repeated = await call("POST", `/v1/application/users/${bob.userId}/phone-numbers`, partnerToken, { phoneNumber: "+447700900555" });
    expect(repeated).toEqual({ status: 422, body: { errors: [{ code: "phone.number.repeated", message: "It's linked to an account with the email ****@example.com" }] } });
    // Only the partner: a user token (even alice's own) is 403.
    expect((await call("DELETE", `${urlPath}/${created.body!.id}`, alice.token)).status).toBe(403);
    // Under another user's id the number is not found.
    expect((await call("DELETE", `/v1/application/users/${bob.userId}/phone-numbers/${created.body!.id}`, partnerToken)).status).toBe(404);
    expect(await call("DELETE", `${urlPath}/${created.body!.id}`, partnerToken)).toEqual({ status: 204, body: null });
    expect((await call("DELETE", `${urlPath}/${created.body!.id}`, partnerToken)).status).toBe(404);
  });

  it("refuses a malformed number (422) and an unknown user (404)", async () => {
    expect((await call("POST", `/v1/application/users/${alice.userId}/phone-numbers`, partnerToken, { phoneNumber: "12345" })).body).toMatchObject({
      errors: [{ code: "NOT_VALID", path: "phoneNumber" }],
    });
    expect((await call("POST", "/v1/application/users/6199999/phone-numbers", partnerToken, { phoneNumber: "+447700900556" })).status).toBe(404);
    expect(sandbox.store.phoneNumbers.size).toBe(0);
  });
});
