// The sandbox's simulations (verification, KYC reviews, balance top-up, bank-transaction import,
// Swift in) over HTTP: answers and request bodies validated against Wise's spec (the committed
// extract, as in contract.test.ts), the state each one changes read back through the ordinary
// routes (required evidences, the v2 KYC review, balances, statements), refusals changing nothing,
// and the webhooks they raise delivered, signed, to a local receiver.

import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { verify } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Big from "big.js";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { startWebhookReceiver } from "../helpers/webhook-receiver.js";
import { WiseClient } from "../../src/wise/client.js";
import { stringifyWiseJson } from "../../src/wise/json.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";
import {
  listKycReviewSimulationRequirements,
  simulateBalanceTopUp,
  simulateBankTransactionImport,
  simulateKycRequirementAdd,
  simulateKycRequirementSubmit,
  simulateKycReviewVerify,
  simulateProfileVerification,
  simulateSwiftIn,
  simulateVerifyAllProfiles,
} from "../../src/wise/endpoints/simulations.js";

// See contract.test.ts: in quick mode openapi-backend never uses the ref parser Jest cannot load.
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

interface Raw {
  status: number;
  text: string;
  body: any;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const JSON_HEADERS = { "content-type": "application/json" };

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
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

afterEach(() => {
  sandbox.store.reset();
});

async function call(method: string, pathAndQuery: string, options: { token?: string; body?: unknown } = {}): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  return { status: res.status, text, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

function expectValidRequest(requestPath: string, body: unknown, operationId: string): void {
  // The client sends amounts as exact JSON numbers: validate what goes on the wire.
  const wire = body === undefined ? undefined : JSON.parse(stringifyWiseJson(body));
  const result = api.validateRequest({ method: "POST", path: requestPath, headers: JSON_HEADERS, body: wire }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

const balanceOf = (profileId: number, currency: string) =>
  [...sandbox.store.balances.values()].find((b) => b.profileId === profileId && b.currency === currency && b.type === "STANDARD")!;

/** What a refused call must leave alone: balances, statement lines, activities, payments. */
function ledgerSnapshot() {
  return {
    balances: [...sandbox.store.balances.values()].map((b) => `${b.id}:${b.amount}:${b.cashAmount}`),
    transactions: sandbox.store.balanceTransactions.size,
    payments: sandbox.store.accountDetailsPayments.size,
    activities: sandbox.store.activitiesOf(alice.personalProfileId).length,
  };
}

/** The closing balance of a statement ending now, which must be what the balance holds. */
async function statementClosing(profileId: number, balanceId: number, currency: string): Promise<{ closing: string; lines: any[] }> {
  const end = new Date(Date.now() + 60_000).toISOString();
  const start = new Date(Date.now() - 86_400_000).toISOString();
  const res = await call("GET", `/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.json?currency=${currency}&intervalStart=${start}&intervalEnd=${end}`);
  expect(res.status).toBe(200);
  return { closing: String(res.body.endOfStatementBalance.value), lines: res.body.transactions };
}

/** A local receiver of the sandbox's webhooks, with a subscription placed straight in the hub. */
async function webhookReceiver(eventType: string, profileId: number | null) {
  const receiver = await startWebhookReceiver();
  sandbox.store.webhooks.add({
    id: crypto.randomUUID(),
    name: `test ${eventType}`,
    triggerOn: eventType,
    delivery: { version: eventType === "swift-in#credit" ? "3.0.0" : "2.0.0", url: receiver.url },
    scope: profileId === null ? { domain: "application", id: sandbox.client.id } : { domain: "profile", id: String(profileId) },
    createdBy: { type: "user", id: String(alice.userId) },
    createdAt: new Date().toISOString(),
  });
  return {
    received: receiver.received,
    /** Waits until `count` deliveries arrived (or fails the test after 5 s); exactly `count` then. */
    async waitFor(count: number) {
      await receiver.waitFor(count);
      expect(receiver.received).toHaveLength(count);
      return receiver.received.map((r) => JSON.parse(r.body) as { data: any; event_type: string; schema_version: string; subscription_id: string });
    },
    close: () => receiver.close(),
  };
}

/** Runs endpoint functions through a session that records what they send. */
async function withRecordingSession(token: string, run: (wise: WiseSession) => Promise<void>) {
  const sent: { method: string; path: string; json: unknown }[] = [];
  const client = new WiseClient({ baseUrl: sandbox.url });
  const real = createSession(client, token);
  const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
  try {
    await run(recording);
  } finally {
    client.shutdown();
  }
  return sent;
}

describe("verification simulations", () => {
  it("verify one profile: 200 with no body, nothing left to provide, and the event once", async () => {
    const receiver = await webhookReceiver("profiles#verification-state-change", null);
    try {
      const id = alice.personalProfileId;
      const before = await call("GET", `/v3/profiles/${id}/verification-status/required-evidences`);
      expect(before.body.required_evidences.length).toBeGreaterThan(0);
      const res = await call("POST", `/v1/simulation/profiles/${id}/verifications`);
      expect(res.status).toBe(200);
      expect(res.text).toBe("");
      expect((await call("GET", `/v3/profiles/${id}/verification-status/required-evidences`)).body).toEqual({ required_evidences: [] });
      // A repeat changes nothing and tells nobody again.
      expect((await call("POST", `/v1/simulation/profiles/${id}/verifications`)).status).toBe(200);
      const [event] = await receiver.waitFor(1);
      expect(event).toMatchObject({ event_type: "profiles#verification-state-change", data: { resource: { type: "profile", id }, current_state: "verified" } });
      expect(event!.data.occurred_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(receiver.received).toHaveLength(1);
    } finally {
      await receiver.close();
    }
  });

  it("someone else's profile is refused and stays unverified; verify-profile verifies every profile of the caller only", async () => {
    const refused = await call("POST", `/v1/simulation/profiles/${bob.personalProfileId}/verifications`);
    expect(refused.status).toBe(403);
    expect(
      (await call("GET", `/v3/profiles/${bob.personalProfileId}/verification-status/required-evidences`, { token: bob.token })).body.required_evidences.length,
    ).toBeGreaterThan(0);
    const all = await call("POST", "/v1/simulation/verify-profile");
    expect(all.status).toBe(200);
    expect(all.text).toBe("");
    for (const id of [alice.personalProfileId, alice.businessProfileId]) {
      expect((await call("GET", `/v3/profiles/${id}/verification-status/required-evidences`)).body).toEqual({ required_evidences: [] });
    }
    expect(
      (await call("GET", `/v3/profiles/${bob.businessProfileId}/verification-status/required-evidences`, { token: bob.token })).body.required_evidences.length,
    ).toBeGreaterThan(0);
    expect((await call("POST", "/v1/simulation/verify-profile", { token: "nope" })).status).toBe(401);
  });
});

/** A new user through the partner's registration-code signup, with a personal profile created through the API (unverified). */
async function newUserWithProfile(email: string): Promise<{ token: string; profileId: number }> {
  const basic = `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`;
  const form = (body: Record<string, string>) => ({
    method: "POST",
    headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(body).toString(),
  });
  const partner = ((await (await fetch(`${sandbox.url}/oauth/token`, form({ grant_type: "client_credentials" }))).json()) as { access_token: string }).access_token;
  const registrationCode = "r".repeat(40);
  expect((await call("POST", "/v1/user/signup/registration_code", { token: partner, body: { email, registrationCode } })).status).toBe(200);
  const grant = await fetch(`${sandbox.url}/oauth/token`, form({ grant_type: "registration_code", client_id: sandbox.client.id, email, registration_code: registrationCode }));
  const token = ((await grant.json()) as { access_token: string }).access_token;
  const profile = await call("POST", "/v2/profiles/personal-profile", {
    token,
    body: {
      firstName: "Oliver",
      lastName: "Wilson",
      address: { addressFirstLine: "50 Sunflower Ave", city: "Phoenix", countryIso3Code: "usa", postCode: "85001", stateCode: "AZ" },
      nationality: "usa",
      dateOfBirth: "1977-07-01",
      contactDetails: { email, phoneNumber: "+14085550123" },
      occupations: [{ code: "Software Engineer", format: "FREE_FORM" }],
    },
  });
  expect(profile.status).toBe(200);
  return { token, profileId: profile.body.id as number };
}

describe("verification of a profile created through the API", () => {
  it("moves it from not_verified to verified for bank transfers, and a verified profile then changes only inside its update window", async () => {
    const { token, profileId } = await newUserWithProfile("fresh.simulation@example.com");
    const status = async () => (await call("POST", `/v3/profiles/${profileId}/verification-status/bank-transfer?source_currencies=GBP`, { token })).body.routes[0];
    expect(await status()).toMatchObject({ current_status: "not_verified", maximum_entitled_amount: 0 });
    expect((await call("POST", `/v1/simulation/profiles/${profileId}/verifications`, { token })).status).toBe(200);
    expect((await status()).current_status).toBe("verified");
    const update = await call("PUT", `/v2/profiles/${profileId}/personal-profile`, {
      token,
      body: { ...(await call("GET", `/v2/profiles/${profileId}`, { token })).body, lastName: "Wilde" },
    });
    expect(update.status).toBe(409);
  });
});

describe("KYC review simulations", () => {
  async function newReview(profileId: number): Promise<string> {
    const res = await call("POST", `/v1/profiles/${profileId}/kyc-reviews`, { body: { type: "PROACTIVE_SEND_MONEY" } });
    expect(res.status).toBe(202);
    return res.body.id as string;
  }
  const base = (profileId: number, reviewId: string) => `/v2/simulation/profiles/${profileId}/kyc-reviews/${reviewId}`;
  const review = async (profileId: number, reviewId: string) => (await call("GET", `/v2/profiles/${profileId}/kyc-reviews/${reviewId}`)).body;

  it("submit and verify move the requirements and the review: WAITING_CUSTOMER_INPUT, PROCESSING, back on REJECT, PASSED on APPROVE", async () => {
    const receiver = await webhookReceiver("kyc-reviews#state-change", null);
    try {
      const id = alice.personalProfileId;
      const reviewId = await newReview(id);
      const listed = await call("GET", `${base(id, reviewId)}/requirements`);
      expect(listed.status).toBe(200);
      expectValid(listed.body, "simulationKycReviewRequirementsList", 200);
      expect(listed.body).toEqual({
        requirements: [
          { key: "ACCOUNT_PURPOSE", state: "NOT_PROVIDED", description: null },
          { key: "ID_DOCUMENT", state: "NOT_PROVIDED", description: null },
        ],
      });
      const submitted = await call("POST", `${base(id, reviewId)}/requirements/submit`, { body: { requirement: "ACCOUNT_PURPOSE" } });
      expect(submitted.status).toBe(202);
      expect(submitted.text).toBe("");
      expect((await review(id, reviewId)).status).toBe("WAITING_CUSTOMER_INPUT");
      expect((await call("POST", `${base(id, reviewId)}/requirements/submit`, { body: { requirement: "ID_DOCUMENT" } })).status).toBe(202);
      expect((await review(id, reviewId)).status).toBe("PROCESSING");

      const rejected = await call("POST", `${base(id, reviewId)}/verify`, { body: { requestedAction: "REJECT", requirements: ["ID_DOCUMENT"] } });
      expect(rejected.status).toBe(202);
      expect((await call("GET", `${base(id, reviewId)}/requirements`)).body.requirements.map((r: any) => r.state)).toEqual(["IN_REVIEW", "REJECTED"]);
      const afterReject = await review(id, reviewId);
      expect(afterReject.status).toBe("WAITING_CUSTOMER_INPUT");
      // The public review stays in Wise's vocabulary: a rejected requirement is to provide again.
      expect(afterReject.requirements.flat().map((r: any) => `${r.key}:${r.state}`)).toEqual(["ACCOUNT_PURPOSE:IN_REVIEW", "ID_DOCUMENT:NOT_PROVIDED"]);

      expect((await call("POST", `${base(id, reviewId)}/verify`, { body: { requestedAction: "APPROVE" } })).status).toBe(202);
      expect((await call("GET", `${base(id, reviewId)}/requirements`)).body.requirements.map((r: any) => r.state)).toEqual(["VERIFIED", "VERIFIED"]);
      const passed = await review(id, reviewId);
      expect(passed.status).toBe("PASSED");
      expect(passed.requirements).toEqual([]);
      expectValid(passed, "kycReviewGet", 200);

      // The first is the review's assessment after creation.
      const events = await receiver.waitFor(4);
      expect(events.map((e) => e.data.resource.state)).toEqual(["WAITING_CUSTOMER_INPUT", "PROCESSING", "WAITING_CUSTOMER_INPUT", "PASSED"]);
      expect(events[3]!.data.resource).toMatchObject({ id: reviewId, profileId: id, triggerReferences: [{ type: "PROACTIVE_SEND_MONEY" }] });
    } finally {
      await receiver.close();
    }
  });

  it("a rejected requirement is provided again through the ordinary submit route", async () => {
    const id = alice.personalProfileId;
    const reviewId = await newReview(id);
    for (const requirement of ["ACCOUNT_PURPOSE", "ID_DOCUMENT"])
      expect((await call("POST", `${base(id, reviewId)}/requirements/submit`, { body: { requirement } })).status).toBe(202);
    expect((await call("POST", `${base(id, reviewId)}/verify`, { body: { requestedAction: "REJECT", requirements: ["ID_DOCUMENT"] } })).status).toBe(202);
    const form = new FormData();
    form.append("submissionData", JSON.stringify({ data: {}, version: "V1", kycReviewId: reviewId }));
    form.append("files", new Blob([Buffer.from("%PDF-1.4 passport")], { type: "application/pdf" }), "passport.pdf");
    const resubmitted = await fetch(`${sandbox.url}/v2/profiles/${id}/kyc-requirements/ID_DOCUMENT`, {
      method: "POST",
      headers: { authorization: `Bearer ${alice.token}` },
      body: form,
    });
    expect(resubmitted.status).toBe(202);
    expect((await review(id, reviewId)).status).toBe("PROCESSING");
    expect((await call("GET", `${base(id, reviewId)}/requirements`)).body.requirements.map((r: any) => r.state)).toEqual(["IN_REVIEW", "IN_REVIEW"]);
  });

  it("refuses with Wise's bodies and changes nothing: unknown review, requirement not on it, bad action, a personal profile's add", async () => {
    const id = alice.personalProfileId;
    const reviewId = await newReview(id);
    const unknown = await call("GET", `${base(id, crypto.randomUUID())}/requirements`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ code: "kyc_review.not_found", category: "CLIENT", description: "KycReview not found", details: null });
    const missing = await call("POST", `${base(id, reviewId)}/requirements/submit`, { body: { requirement: "SOURCE_OF_FUNDS" } });
    expect(missing.status).toBe(400);
    expect(missing.body).toEqual({
      code: "invalid-request",
      category: "CLIENT",
      description: "Invalid request. KycRequirement {SOURCE_OF_FUNDS} was not found for KycReview",
      details: null,
    });
    const action = await call("POST", `${base(id, reviewId)}/verify`, { body: { requestedAction: "APPROVED" } });
    expect(action.status).toBe(400);
    expect(action.body).toEqual({
      code: "kyc_review.state_update_not_allowed",
      category: "CLIENT",
      description: "Invalid action passed in request, action: APPROVED",
      details: null,
    });
    const notListed = await call("POST", `${base(id, reviewId)}/verify`, { body: { requestedAction: "APPROVE", requirements: ["ACCOUNT_PURPOSE", "NOPE"] } });
    expect(notListed.status).toBe(400);
    const personalAdd = await call("POST", `${base(id, reviewId)}/requirements/add`, { body: { requestedAction: "APPROVE", requirement: "BUSINESS_USE_CASE" } });
    expect(personalAdd.status).toBe(400);
    expect(personalAdd.body).toEqual({
      code: "invalid-request",
      category: "CLIENT",
      description: `Profile ${id}L is a personal type, not permitted to simulate evidence request`,
      details: null,
    });
    expect((await call("GET", `${base(id, reviewId)}/requirements`)).body.requirements.map((r: any) => r.state)).toEqual(["NOT_PROVIDED", "NOT_PROVIDED"]);
    expect((await review(id, reviewId)).status).toBe("WAITING_CUSTOMER_INPUT");
    // Another user's profile: 401, as the KYC review group answers.
    expect((await call("GET", `${base(id, reviewId)}/requirements`, { token: bob.token })).status).toBe(401);
  });

  it("add asks a passed business review for BUSINESS_USE_CASE again; the client's endpoint functions send what the spec takes", async () => {
    const id = alice.businessProfileId;
    const reviewId = await newReview(id);
    const sent = await withRecordingSession(alice.token, async (wise) => {
      await simulateKycReviewVerify(wise, id, reviewId, "APPROVE", null);
      expect((await review(id, reviewId)).status).toBe("PASSED");
      await simulateKycRequirementAdd(wise, id, reviewId);
      const requirements = await listKycReviewSimulationRequirements(wise, id, reviewId);
      expect(requirements.map((r) => `${r.key}:${r.state}`)).toEqual([
        "BUSINESS_SOURCE_OF_WEALTH:VERIFIED",
        "BUSINESS_REGISTRATION_DOCS:VERIFIED",
        "BUSINESS_USE_CASE:NOT_PROVIDED",
      ]);
      expect((await review(id, reviewId)).status).toBe("WAITING_CUSTOMER_INPUT");
      // Asked again while it is still open: nothing changes.
      await simulateKycRequirementAdd(wise, id, reviewId);
      expect((await listKycReviewSimulationRequirements(wise, id, reviewId)).filter((r) => r.key === "BUSINESS_USE_CASE")).toHaveLength(1);
      await simulateKycRequirementSubmit(wise, id, reviewId, "BUSINESS_USE_CASE");
      expect((await review(id, reviewId)).status).toBe("PROCESSING");
      await simulateKycReviewVerify(wise, id, reviewId, "APPROVE", ["BUSINESS_USE_CASE"]);
      expect((await review(id, reviewId)).status).toBe("PASSED");
    });
    const requestPath = (suffix: string) => `/v2/simulation/profiles/${id}/kyc-reviews/${reviewId}${suffix}`;
    expect(sent.map((c) => c.path)).toEqual([
      requestPath("/verify"),
      requestPath("/requirements/add"),
      requestPath("/requirements"),
      requestPath("/requirements/add"),
      requestPath("/requirements"),
      requestPath("/requirements/submit"),
      requestPath("/verify"),
    ]);
    expectValidRequest(requestPath("/verify"), sent[0]!.json, "simulationKycReviewVerify");
    expectValidRequest(requestPath("/requirements/add"), sent[1]!.json, "simulationKycReviewRequirementsAdd");
    expectValidRequest(requestPath("/requirements/submit"), sent[5]!.json, "simulationKycReviewRequirementsSubmit");
    expectValidRequest(requestPath("/verify"), sent[6]!.json, "simulationKycReviewVerify");
  });
});

describe("money-moving simulations", () => {
  it("bank-transaction import credits the balance behind the account details exactly, as a statement line and a returnable payment; each call credits again", async () => {
    const balance = balanceOf(alice.personalProfileId, "GBP");
    const before = balance.amount;
    const res = await call("POST", `/v1/simulation/profiles/${alice.personalProfileId}/bank-transactions/import`, { body: { currency: "GBP", amount: 2000.1 } });
    expect(res.status).toBe(201);
    expect(res.text).toBe("");
    expect(balance.amount).toBe(new Big(before).plus("2000.10").toFixed(2));
    expect((await call("POST", `/v1/simulation/profiles/${alice.personalProfileId}/bank-transactions/import`, { body: { currency: "gbp", amount: "0.05" } })).status).toBe(201);
    expect(balance.amount).toBe(new Big(before).plus("2000.15").toFixed(2));
    const payments = [...sandbox.store.accountDetailsPayments.values()];
    expect(payments.map((p) => `${p.currency} ${p.amount} ${p.channel}`)).toEqual(["GBP 2000.10 LOCAL", "GBP 0.05 LOCAL"]);
    const { closing, lines } = await statementClosing(alice.personalProfileId, balance.id, "GBP");
    expect(closing).toBe(new Big(balance.amount).toFixed());
    expect(lines.slice(0, 2).map((line: any) => [line.type, String(line.amount.value)])).toEqual([
      ["CREDIT", "0.05"],
      ["CREDIT", "2000.1"],
    ]);
    const activities = sandbox.store.activitiesOf(alice.personalProfileId).filter((a) => a.type === "BALANCE_DEPOSIT");
    expect(activities.slice(0, 2).map((a) => a.primaryAmount)).toEqual(expect.arrayContaining([expect.stringContaining("2,000.10"), expect.stringContaining("0.05")]));
  });

  it("bank-transaction import refusals: the spec's body, nothing credited", async () => {
    const snapshot = ledgerSnapshot();
    const post = (body: unknown, token = alice.token, profileId = alice.personalProfileId) =>
      call("POST", `/v1/simulation/profiles/${profileId}/bank-transactions/import`, { body, token });
    const noDetails = await post({ currency: "USD", amount: 10 });
    expect(noDetails.status).toBe(400);
    expect(noDetails.body).toEqual({ code: "not.valid", message: "No account details found for profile currency pair" });
    for (const body of [
      { currency: "JPY", amount: 10 },
      { currency: "GBP", amount: 0 },
      { currency: "GBP", amount: -1 },
      { currency: "GBP", amount: 1.001 },
      { amount: 1 },
      { currency: "GBP" },
    ]) {
      const refused = await post(body);
      expect({ body, status: refused.status, code: refused.body.code }).toEqual({ body, status: 400, code: "not.valid" });
    }
    expect((await post({ currency: "USD", amount: 10 }, alice.token, bob.personalProfileId)).status).toBe(403);
    expect(ledgerSnapshot()).toEqual(snapshot);
  });

  it("swift-in answers the Swift message, credits the amount that reached Wise and tells swift-in#credit subscribers, signed", async () => {
    const receiver = await webhookReceiver("swift-in#credit", alice.personalProfileId);
    try {
      const balance = balanceOf(alice.personalProfileId, "EUR");
      const before = balance.amount;
      const request = {
        currencyCode: "EUR",
        amount: 100.5,
        beneficiaryName: "Alice Example",
        beneficiaryAccount: "8599680548",
        beneficiaryAddress: { addressLine: "1 Main St", city: "Springfield", postalCode: "62704", country: "US" },
        senderName: "Jane Doe",
        senderBic: "DEUTDEDBFRA",
        senderAccount: "DE89370400440532013000",
        charges: [{ currency: "EUR", amount: 1, agent: "DEUTDEDBFRA" }],
        previousInstructingAgents: ["COBADEFFXXX"],
        paymentReference: "Test123",
      };
      expectValidRequest(`/v1/simulation/profiles/${alice.personalProfileId}/swift-in`, request, "simulationSwiftIn");
      const res = await call("POST", `/v1/simulation/profiles/${alice.personalProfileId}/swift-in`, { body: request });
      expect(res.status).toBe(200);
      expectValid(res.body, "simulationSwiftIn", 200);
      expect(res.body).toMatchObject({ state: "RECEIVED", direction: "INCOMING", messageType: "pacs.008.001.08", currency: "EUR", amount: 100.5, source: "SWIFT_CLOUD" });
      expect(res.text).toContain('"amount":100.50,');
      expect(res.body.uetr).toMatch(/^[0-9a-f-]{36}$/);
      expect(balance.amount).toBe(new Big(before).plus("100.50").toFixed(2));
      const { closing } = await statementClosing(alice.personalProfileId, balance.id, "EUR");
      expect(closing).toBe(new Big(balance.amount).toFixed());
      const payment = [...sandbox.store.accountDetailsPayments.values()].at(-1)!;
      expect(payment).toMatchObject({ channel: "SWIFT", amount: "100.50", senderName: "Jane Doe", balanceId: balance.id });

      const [event] = await receiver.waitFor(1);
      const delivery = receiver.received[0]!;
      expect(verify("sha256", Buffer.from(delivery.body), sandbox.webhookPublicKey, Buffer.from(String(delivery.headers["x-signature-sha256"]), "base64"))).toBe(true);
      expect(event).toMatchObject({ event_type: "swift-in#credit", schema_version: "3.0.0" });
      expect(event!.data).toEqual({
        action: { type: "credit", id: payment.id, profile_id: alice.personalProfileId, account_id: balance.id },
        resource: {
          id: String(res.body.id),
          uetr: res.body.uetr,
          reference: "Test123",
          recipient: { name: "Alice Example", address: "1 Main St, Springfield, 62704, US", account: "8599680548" },
          sender: { name: "Jane Doe", account: "DE89370400440532013000", bank_code: { value: "DEUTDEDBFRA", type: "BIC" } },
          exchange_rate: 1,
          instructed_amount: { value: 101.5, currency: "EUR" },
          settled_amount: { value: 100.5, currency: "EUR" },
          fee: { wise: [], correspondent: [{ value: 1, currency: "EUR" }] },
          transaction_time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
        },
        occurred_at: event!.data.resource.transaction_time,
      });
    } finally {
      await receiver.close();
    }
  });

  it("swift-in refusals: every problem in Wise's errors body, nothing credited, no event", async () => {
    const receiver = await webhookReceiver("swift-in#credit", null);
    try {
      const snapshot = ledgerSnapshot();
      const post = (body: unknown) => call("POST", `/v1/simulation/profiles/${alice.personalProfileId}/swift-in`, { body });
      const negative = await post({ currencyCode: "EUR", amount: -1 });
      expect(negative.status).toBe(400);
      expect(negative.body).toEqual({ errors: [{ arguments: [], code: "not.valid", message: "must be greater than or equal to 0", path: "amount" }] });
      const many = await post({ currencyCode: "EURO", charges: [{ amount: 1 }], previousInstructingAgents: ["A", "B", "C", "D"] });
      expect(many.body.errors.map((e: any) => e.path)).toEqual(["currencyCode", "amount", "charges[0].currency", "charges[0].agent", "previousInstructingAgents"]);
      const noDetails = await post({ currencyCode: "USD", amount: 5 });
      expect(noDetails.status).toBe(400);
      expect(noDetails.body.errors[0]).toMatchObject({ code: "not.valid", path: "currencyCode", message: "No account details found for profile currency pair" });
      expect((await post({ currencyCode: "EUR", amount: 0 })).status).toBe(400);
      expect((await post({ currencyCode: "EUR", amount: 1.001 })).status).toBe(400);
      expect(ledgerSnapshot()).toEqual(snapshot);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(receiver.received).toHaveLength(0);
    } finally {
      await receiver.close();
    }
  });

  it("the client's endpoint functions send bodies the spec accepts and decode the answers (top-up, import, Swift in, verifications)", async () => {
    const gbp = balanceOf(alice.personalProfileId, "GBP");
    const before = gbp.amount;
    const sent = await withRecordingSession(alice.token, async (wise) => {
      const topUp = await simulateBalanceTopUp(wise, { profileId: alice.personalProfileId, balanceId: gbp.id, currency: "GBP", amount: "12.34", channel: "TRANSFER" });
      expect(topUp).toEqual({
        transactionId: expect.any(Number),
        state: "COMPLETED",
        balancesAfter: [{ id: gbp.id, value: new Big(before).plus("12.34").toFixed(2), currency: "GBP" }],
      });
      await simulateBankTransactionImport(wise, alice.personalProfileId, { currency: "GBP", amount: "0.66" });
      const swift = await simulateSwiftIn(wise, alice.personalProfileId, {
        currencyCode: "GBP",
        amount: "1.00",
        charges: [{ amount: "0.25", currency: "GBP", agent: "BARCGB22" }],
      });
      expect(swift).toMatchObject({ state: "RECEIVED", amount: "1.00", currency: "GBP" });
      await simulateProfileVerification(wise, alice.personalProfileId);
      await simulateVerifyAllProfiles(wise);
    });
    expect(gbp.amount).toBe(new Big(before).plus("14.00").toFixed(2));
    expectValidRequest("/v1/simulation/balance/topup", sent[0]!.json, "simulationBalanceTopup");
    expectValidRequest(sent[1]!.path, sent[1]!.json, "simulationBankTransactionImport");
    expectValidRequest(sent[2]!.path, sent[2]!.json, "simulationSwiftIn");
    expect(sent.slice(3).map((c) => [c.path, c.json])).toEqual([
      [`/v1/simulation/profiles/${alice.personalProfileId}/verifications`, undefined],
      ["/v1/simulation/verify-profile", undefined],
    ]);
    // Exact digits on the wire, never a float.
    expect(stringifyWiseJson(sent[2]!.json)).toContain('"amount":1.00,');
  });
});
