// Contract tests of the sandbox's dispute routes: answers validated against Wise's spec (the
// committed extract, as in contract.test.ts), the Dynamic Flow from a reason to its form, evidence
// uploads (multipart) with their limits, submissions on the profile's own card transactions, the
// list with its filters and paging, withdrawal, and every refusal shown to change nothing.

import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { DISPUTE_FILE_LIFETIME_MS } from "../../src/sandbox/api/disputes/routes.js";
import { WiseClient } from "../../src/wise/client.js";
import { getDispute, getDisputeFlowStep, getDisputeReasons, listDisputes, submitDispute, uploadDisputeFile, withdrawDispute } from "../../src/wise/endpoints/disputes.js";
import { jsonNumber, stringifyWiseJson } from "../../src/wise/json.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";
import { addCardTransaction } from "../helpers/dispute-fixtures.js";

// See contract.test.ts: in quick mode openapi-backend never uses the ref parser Jest cannot load.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;

interface Raw {
  status: number;
  text: string;
  headers: Headers;
  body: any;
}

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", DATE_TIME);
      ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
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

beforeEach(() => {
  sandbox.store.reset();
});

async function call(method: string, pathAndQuery: string, options: { token?: string; body?: unknown; form?: FormData } = {}): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const body = options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

function expectValidRequest(method: string, requestPath: string, body: unknown, operationId: string, query: Record<string, string> = {}): void {
  const result = api.validateRequest({ method, path: requestPath, query, headers: { "content-type": "application/json" }, body: body as never }, operationId);
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

const pid = () => alice.personalProfileId;
const base = () => `/v3/spend/profiles/${pid()}`;

function upload(bytes: Buffer, name: string, type: string, part = "receipt"): FormData {
  const form = new FormData();
  form.append(part, new Blob([bytes], { type }), name);
  return form;
}

function wrongAmountBody(transactionId: number, files: Record<string, string> = {}) {
  return {
    transaction: { transactionId: String(transactionId), email: "support@partner.example" },
    form: { charged: { value: 50, currency: "GBP" }, expected: { value: 5, currency: "GBP" }, details: "Charged ten times the price" },
    disclaimer: { allAnswered: true, filesUploaded: true },
    files,
  };
}

const disputeCount = () => sandbox.store.disputes.disputes.size;

describe("reasons and the dynamic flow", () => {
  it("reasons match the spec, with UNAUTHORIZED's sub-options; another user's profile is refused", async () => {
    const res = await call("GET", `${base()}/dispute-form/reasons`);
    expect(res.status).toBe(200);
    expectValid(res.body, "disputeReasonsGet", 200);
    expect(res.body.map((r: { code: string }) => r.code)).toEqual([
      "ATM_DISPENSED_NO_FUNDS",
      "WRONG_AMOUNT",
      "TROUBLE_WITH_GOODS_SERVICES",
      "MERCHANT_CHARGED_AGAIN",
      "NO_REFUND",
      "UNAUTHORIZED",
    ]);
    expect(res.body[5].subOptions.map((r: { code: string }) => r.code)).toEqual(["UNEXPECTEDLY_CHARGED_AGAIN", "UNWANTED_SUBSCRIPTION", "CARD_POSSESSION", "CARD_NO_POSSESSION"]);
    expect((await call("GET", `${base()}/dispute-form/reasons`, { token: bob.token })).status).toBe(403);
  });

  it("a reason with choices answers a decision whose options lead to the choices' steps, and a leaf reason its form", async () => {
    const tx = addCardTransaction(sandbox.store, pid());
    expectValidRequest("POST", `${base()}/dispute-form/flows/step/VISA/TROUBLE_WITH_GOODS_SERVICES`, { email: "support@partner.example" }, "disputeDynamicFlowStep", {
      transactionId: String(tx.id),
    });
    const decision = await call("POST", `${base()}/dispute-form/flows/step/VISA/TROUBLE_WITH_GOODS_SERVICES?transactionId=${tx.id}`, {
      body: { email: "support@partner.example" },
    });
    expect(decision.status).toBe(200);
    expectValid(decision.body, "disputeDynamicFlowStep", 200);
    expect(decision.body).toMatchObject({ key: "TROUBLE_WITH_GOODS_SERVICES", type: "form", actions: [], schemas: [] });
    const options = decision.body.layout[0].options as { title: string; action: { url: string; method: string } }[];
    expect(options.map((o) => o.action.url)).toEqual(
      ["NEVER_ARRIVED", "NOT_AS_DESCRIBED", "SCAM"].map((code) => `/v3/spend/profiles/${pid()}/dispute-form/flows/step/VISA/${code}?transactionId=${tx.id}`),
    );
    expect(options.every((o) => o.action.method === "GET")).toBe(true);

    const form = await call("POST", `${base()}/dispute-form/flows/step/VISA/NEVER_ARRIVED?transactionId=${tx.id}`, { body: { email: "support@partner.example" } });
    expect(form.status).toBe(200);
    expect(form.body.actions).toEqual([{ title: "Submit", url: `/v3/spend/profiles/${pid()}/dispute-form/flows/VISA/NEVER_ARRIVED`, method: "POST", $id: "submit" }]);
    const schema = form.body.schemas[0].properties;
    expect(schema.transaction.default).toEqual({ transactionId: String(tx.id), email: "support@partner.example" });
    expect(schema.form.required).toEqual(["expectedDate", "contactedMerchant", "details"]);
    expect(schema.files.required).toEqual(["receipt"]);
    expect(schema.files.properties.receipt.persistAsync).toMatchObject({ method: "POST", url: `/v4/spend/profiles/${pid()}/dispute-form/file`, param: "receipt" });
  });

  it("the flow refuses an unknown reason, the wrong scheme, another profile's transaction and several transactions for a one-transaction reason", async () => {
    const tx = addCardTransaction(sandbox.store, pid());
    const second = addCardTransaction(sandbox.store, pid());
    const bobs = addCardTransaction(sandbox.store, bob.personalProfileId);
    const step = (scheme: string, reason: string, ids: string, token?: string) =>
      call("POST", `${base()}/dispute-form/flows/step/${scheme}/${reason}?transactionId=${ids}`, { body: {}, token });
    expect((await step("VISA", "NOT_A_REASON", String(tx.id))).status).toBe(400);
    expect((await step("AMEX", "WRONG_AMOUNT", String(tx.id))).status).toBe(400);
    expect((await step("MASTERCARD", "WRONG_AMOUNT", String(tx.id))).body.errors[0].path).toBe("scheme");
    const foreign = await step("VISA", "WRONG_AMOUNT", String(bobs.id));
    expect(foreign.status).toBe(404);
    expect(foreign.body.errors[0].message).toBe("Card transaction not found");
    expect((await step("VISA", "WRONG_AMOUNT", `${tx.id},${second.id}`)).status).toBe(400);
    expect((await step("VISA", "CARD_POSSESSION", `${tx.id},${second.id}`)).status).toBe(200);
    expect((await step("VISA", "WRONG_AMOUNT", String(tx.id), bob.token)).status).toBe(403);
    const declined = addCardTransaction(sandbox.store, pid(), { state: "DECLINED" });
    expect((await step("VISA", "WRONG_AMOUNT", String(declined.id))).status).toBe(422);
    expect(disputeCount()).toBe(0);
  });
});

describe("evidence files (disputeFileUpload)", () => {
  it("a PNG is taken and answered as { part name: file id }", async () => {
    const res = await call("POST", `/v4/spend/profiles/${pid()}/dispute-form/file`, { form: upload(PNG, "receipt.png", "image/png") });
    expect(res.status).toBe(200);
    expectValid(res.body, "disputeFileUpload", 200);
    expect(Object.keys(res.body)).toEqual(["receipt"]);
    expect(sandbox.store.disputes.files.get(res.body.receipt)).toMatchObject({ profileId: pid(), name: "receipt.png", type: "image/png", size: PNG.length });
  });

  it("refuses a wrong type, a name not matching its type, an empty file, no file, JSON, a file over 10 MiB and another user's profile, storing nothing", async () => {
    const post = (form: FormData, token?: string) => call("POST", `/v4/spend/profiles/${pid()}/dispute-form/file`, { form, token });
    expect((await post(upload(Buffer.from("MZ\x90\x00"), "tool.exe", "application/octet-stream"))).status).toBe(400);
    expect((await post(upload(PNG, "receipt.pdf", "image/png"))).status).toBe(400);
    expect((await post(upload(Buffer.alloc(0), "receipt.png", "image/png"))).status).toBe(400);
    const onlyText = new FormData();
    onlyText.append("note", "no file");
    expect((await post(onlyText)).status).toBe(400);
    expect((await call("POST", `/v4/spend/profiles/${pid()}/dispute-form/file`, { body: { receipt: "x" } })).status).toBe(415);
    expect((await post(upload(Buffer.alloc(10 * 1024 * 1024 + 1, 1), "big.pdf", "application/pdf"))).status).toBe(413);
    expect((await post(upload(PNG, "receipt.png", "image/png"), bob.token)).status).toBe(403);
    expect(sandbox.store.disputes.files.size).toBe(0);
  });
});

describe("submission (disputeSubmit)", () => {
  it("a WRONG_AMOUNT dispute with an uploaded receipt is made ACTIVE/SUBMITTED and answered with the final step", async () => {
    const tx = addCardTransaction(sandbox.store, pid());
    const file = (await call("POST", `/v4/spend/profiles/${pid()}/dispute-form/file`, { form: upload(PNG, "receipt.png", "image/png") })).body.receipt as string;
    const body = wrongAmountBody(tx.id, { receipt: file });
    expectValidRequest("POST", `${base()}/dispute-form/flows/VISA/WRONG_AMOUNT`, body, "disputeSubmit");
    const res = await call("POST", `${base()}/dispute-form/flows/VISA/WRONG_AMOUNT`, { body });
    expect(res.status).toBe(200);
    expectValid(res.body, "disputeSubmit", 200);
    expect(res.headers.get("x-df-exit")).toBe("true");
    expect(res.body).toMatchObject({ key: "final", type: "form", title: "Done!" });
    const [dispute] = [...sandbox.store.disputes.disputes.values()];
    expect(dispute).toMatchObject({ transactionId: tx.id, profileId: pid(), reason: "WRONG_AMOUNT", status: "ACTIVE", subStatus: "SUBMITTED", files: { receipt: file } });
    expect(sandbox.store.disputes.files.get(file)!.disputeId).toBe(dispute!.id);

    // One active dispute per transaction; a used file backs no other dispute.
    const again = await call("POST", `${base()}/dispute-form/flows/VISA/WRONG_AMOUNT`, { body });
    expect(again.status).toBe(409);
    const other = addCardTransaction(sandbox.store, pid());
    expect((await call("POST", `${base()}/dispute-form/flows/VISA/WRONG_AMOUNT`, { body: wrongAmountBody(other.id, { receipt: file }) })).status).toBe(400);
    expect(disputeCount()).toBe(1);
  });

  it("a fraud reason takes several transactions: one dispute each", async () => {
    const [a, b] = [addCardTransaction(sandbox.store, pid()), addCardTransaction(sandbox.store, pid())];
    const res = await call("POST", `${base()}/dispute-form/flows/VISA/CARD_POSSESSION`, {
      body: { transaction: { transactionId: `${a.id},${b.id}` }, form: { details: "Not me" }, disclaimer: { allAnswered: true, filesUploaded: true } },
    });
    expect(res.status).toBe(200);
    expect([...sandbox.store.disputes.disputes.values()].map((d) => d.transactionId).sort()).toEqual([a.id, b.id].sort());
  });

  it("refuses missing answers, an unacknowledged disclaimer, a missing required file, a top-level reason, an unknown, expired or foreign file and bob's transaction, making nothing", async () => {
    const tx = addCardTransaction(sandbox.store, pid());
    const submit = (reason: string, body: unknown, token?: string) => call("POST", `${base()}/dispute-form/flows/VISA/${reason}`, { body, token });
    const missingAnswers = await submit("WRONG_AMOUNT", { ...wrongAmountBody(tx.id), form: { charged: { value: 50, currency: "GBP" } } });
    expect(missingAnswers.status).toBe(400);
    expect(missingAnswers.body.errors.map((e: { path: string }) => e.path)).toEqual(["form.expected", "form.details"]);
    const badMoney = await submit("WRONG_AMOUNT", { ...wrongAmountBody(tx.id), form: { ...wrongAmountBody(tx.id).form, charged: { value: -1, currency: "gbp" } } });
    expect(badMoney.body.errors.map((e: { path: string }) => e.path)).toEqual(["form.charged"]);
    expect((await submit("WRONG_AMOUNT", { ...wrongAmountBody(tx.id), disclaimer: { allAnswered: true } })).body.errors[0].path).toBe("disclaimer.filesUploaded");
    const neverArrived = { ...wrongAmountBody(tx.id), form: { expectedDate: "2026-11-01", contactedMerchant: true, details: "Nothing came" } };
    expect((await submit("NEVER_ARRIVED", neverArrived)).body.errors[0].path).toBe("files.receipt");
    expect((await submit("UNAUTHORIZED", wrongAmountBody(tx.id))).status).toBe(400);
    expect((await submit("WRONG_AMOUNT", wrongAmountBody(tx.id, { receipt: "0000000000000000" }))).status).toBe(400);

    const expired = (await call("POST", `/v4/spend/profiles/${pid()}/dispute-form/file`, { form: upload(PNG, "old.png", "image/png") })).body.receipt as string;
    sandbox.store.disputes.files.get(expired)!.uploadedMs -= DISPUTE_FILE_LIFETIME_MS + 1000;
    expect((await submit("WRONG_AMOUNT", wrongAmountBody(tx.id, { receipt: expired }))).body.errors[0].code).toBe("file.expired");
    const bobsFile = (await call("POST", `/v4/spend/profiles/${bob.personalProfileId}/dispute-form/file`, { form: upload(PNG, "b.png", "image/png"), token: bob.token })).body
      .receipt as string;
    expect((await submit("WRONG_AMOUNT", wrongAmountBody(tx.id, { receipt: bobsFile }))).status).toBe(400);

    const bobsTx = addCardTransaction(sandbox.store, bob.personalProfileId);
    expect((await submit("WRONG_AMOUNT", wrongAmountBody(bobsTx.id))).status).toBe(404);
    expect((await call("POST", `${base()}/dispute-form/flows/MASTERCARD/WRONG_AMOUNT`, { body: wrongAmountBody(bobsTx.id) })).status).toBe(404);
    expect((await submit("WRONG_AMOUNT", wrongAmountBody(tx.id), bob.token)).status).toBe(403);
    expect(disputeCount()).toBe(0);
    expect([...sandbox.store.disputes.files.values()].every((f) => f.disputeId === null)).toBe(true);
  });
});

describe("list, get and withdraw", () => {
  async function submitted(count: number): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      const tx = addCardTransaction(sandbox.store, pid());
      expect((await call("POST", `${base()}/dispute-form/flows/VISA/WRONG_AMOUNT`, { body: wrongAmountBody(tx.id) })).status).toBe(200);
      ids.push(tx.id);
    }
    return ids;
  }

  it("lists match the spec, filter by status and transaction, page by pageNumber and pageSize (10 to 100)", async () => {
    const txIds = await submitted(12);
    const all = await call("GET", `${base()}/disputes`);
    expect(all.status).toBe(200);
    expectValid(all.body, "disputeList", 200);
    expect(all.body.totalCount).toBe(12);
    expect(all.body.disputes).toHaveLength(10);
    expect(all.body.disputes[0]).toMatchObject({
      transactionId: txIds[0],
      status: "ACTIVE",
      subStatus: "SUBMITTED",
      statusMessage: "Submitted",
      canWithdraw: true,
      createdBy: String(sandbox.store.profiles.get(pid())!.userId),
    });
    expect((await call("GET", `${base()}/disputes?pageNumber=2`)).body.disputes.map((d: { transactionId: number }) => d.transactionId)).toEqual(txIds.slice(10));
    expect((await call("GET", `${base()}/disputes?transactionId=${txIds[3]}`)).body.disputes.map((d: { transactionId: number }) => d.transactionId)).toEqual([txIds[3]]);
    expect((await call("GET", `${base()}/disputes?status=CLOSED`)).body).toEqual({ totalCount: 0, disputes: [] });
    expect((await call("GET", `${base()}/disputes?pageSize=5`)).status).toBe(400);
    expect((await call("GET", `${base()}/disputes?pageSize=101`)).status).toBe(400);
    expect((await call("GET", `${base()}/disputes?pageNumber=0`)).status).toBe(400);
    expect((await call("GET", `${base()}/disputes?status=OPEN`)).status).toBe(400);
    expect((await call("GET", `${base()}/disputes`, { token: bob.token })).status).toBe(403);
    // Bob's own list does not hold alice's disputes.
    expect((await call("GET", `/v3/spend/profiles/${bob.personalProfileId}/disputes`, { token: bob.token })).body.totalCount).toBe(0);
  });

  it("get and withdraw match the spec; withdrawn twice, another profile's or an unknown dispute is refused and changes nothing", async () => {
    await submitted(1);
    const [dispute] = [...sandbox.store.disputes.disputes.values()];
    const got = await call("GET", `${base()}/disputes/${dispute!.id}`);
    expect(got.status).toBe(200);
    expectValid(got.body, "disputeGet", 200);
    expect(got.body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

    expect((await call("GET", `/v3/spend/profiles/${alice.businessProfileId}/disputes/${dispute!.id}`)).status).toBe(404);
    expect((await call("GET", `${base()}/disputes/${dispute!.id}`, { token: bob.token })).status).toBe(403);
    expect((await call("PUT", `/v3/spend/profiles/${bob.personalProfileId}/disputes/${dispute!.id}/status`, { token: bob.token, body: { status: "CLOSED" } })).status).toBe(404);
    expect((await call("PUT", `${base()}/disputes/${dispute!.id}/status`, { body: { status: "ACTIVE" } })).status).toBe(400);
    expect(dispute!.status).toBe("ACTIVE");

    expectValidRequest("PUT", `${base()}/disputes/${dispute!.id}/status`, { status: "CLOSED" }, "disputeWithdraw");
    const withdrawn = await call("PUT", `${base()}/disputes/${dispute!.id}/status`, { body: { status: "CLOSED" } });
    expect(withdrawn.status).toBe(200);
    expectValid(withdrawn.body, "disputeWithdraw", 200);
    expect(withdrawn.body).toMatchObject({ status: "CLOSED", subStatus: "WITHDRAWN", statusMessage: "Withdrawn", canWithdraw: false });
    const lastUpdated = withdrawn.body.lastUpdatedAt as string;

    const again = await call("PUT", `${base()}/disputes/${dispute!.id}/status`, { body: { status: "CLOSED" } });
    expect(again.status).toBe(409);
    expect((await call("GET", `${base()}/disputes/${dispute!.id}`)).body.lastUpdatedAt).toBe(lastUpdated);
    expect((await call("GET", `${base()}/disputes/${crypto.randomUUID()}`)).status).toBe(404);

    // Once withdrawn, the transaction can be disputed again.
    expect((await call("POST", `${base()}/dispute-form/flows/VISA/WRONG_AMOUNT`, { body: wrongAmountBody(dispute!.transactionId) })).status).toBe(200);
  });

  it("submitting and withdrawing raise transaction-disputes#update", async () => {
    const seen: { eventType: string; data: unknown }[] = [];
    const emit = sandbox.store.webhooks.emit.bind(sandbox.store.webhooks);
    sandbox.store.webhooks.emit = (event, nowMs) => {
      seen.push({ eventType: event.eventType, data: typeof event.data === "function" ? event.data("2.0.0") : event.data });
      emit(event, nowMs);
    };
    try {
      await submitted(1);
      const [dispute] = [...sandbox.store.disputes.disputes.values()];
      await call("PUT", `${base()}/disputes/${dispute!.id}/status`, { body: { status: "CLOSED" } });
      expect(seen.map((e) => [e.eventType, (e.data as { sub_status: string }).sub_status])).toEqual([
        ["transaction-disputes#update", "SUBMITTED"],
        ["transaction-disputes#update", "WITHDRAWN"],
      ]);
      expect((seen[1]!.data as { resource: unknown }).resource).toEqual({
        id: dispute!.id,
        profile_id: pid(),
        transaction_id: dispute!.transactionId,
        type: "transaction-dispute",
      });
    } finally {
      sandbox.store.webhooks.emit = emit;
    }
  });
});

describe("the client's endpoint functions", () => {
  it("send requests the spec accepts, and decode what the sandbox answers", async () => {
    const tx = addCardTransaction(sandbox.store, pid());
    const sent: { method: string; path: string; json: unknown }[] = [];
    const client = new WiseClient({ baseUrl: sandbox.url });
    const real = createSession(client, alice.token);
    const recording: WiseSession = { ...real, call: (c) => (sent.push({ method: c.method, path: c.route.path, json: c.json }), real.call(c)) };
    try {
      const reasons = await getDisputeReasons(recording, pid());
      expect(reasons[5]!.subOptions!.map((r) => r.code)).toContain("CARD_POSSESSION");
      const step = await getDisputeFlowStep(recording, pid(), "VISA", "WRONG_AMOUNT", [tx.id], "support@partner.example");
      // Dynamic Flow numbers are plain numbers (form settings), the rest as Wise wrote it.
      expect(
        (step.schemas as { properties: { form: { properties: { charged: { properties: { value: { minimum: unknown } } } } } } }[])[0]!.properties.form.properties.charged.properties
          .value.minimum,
      ).toBe(0);
      const fileId = await uploadDisputeFile(recording, pid(), { name: "receipt.png", type: "image/png", bytes: new Uint8Array(PNG) });
      const final = await submitDispute(recording, pid(), "VISA", "WRONG_AMOUNT", {
        transaction: { transactionId: String(tx.id), email: "support@partner.example" },
        form: { charged: { value: jsonNumber("50.10"), currency: "GBP" }, expected: { value: jsonNumber("5"), currency: "GBP" }, details: "Wrong" },
        disclaimer: { allAnswered: true, filesUploaded: true },
        files: { receipt: fileId },
      });
      expect(final.key).toBe("final");
      const page = await listDisputes(recording, pid(), { status: "ACTIVE", transactionId: tx.id }, 1);
      expect(page.totalCount).toBe(1);
      const dispute = page.disputes[0]!;
      expect(await getDispute(recording, pid(), dispute.id)).toEqual(dispute);
      expect(await withdrawDispute(recording, pid(), dispute.id)).toMatchObject({ status: "CLOSED", subStatus: "WITHDRAWN", canWithdraw: false });
    } finally {
      client.shutdown();
    }
    expect(sent.map((c) => `${c.method} ${c.path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{5,}/g, "{}")}`)).toEqual([
      "GET /v3/spend/profiles/{}/dispute-form/reasons",
      "POST /v3/spend/profiles/{}/dispute-form/flows/step/VISA/WRONG_AMOUNT",
      "POST /v4/spend/profiles/{}/dispute-form/file",
      "POST /v3/spend/profiles/{}/dispute-form/flows/VISA/WRONG_AMOUNT",
      "GET /v3/spend/profiles/{}/disputes",
      "GET /v3/spend/profiles/{}/disputes/{}",
      "PUT /v3/spend/profiles/{}/disputes/{}/status",
    ]);
    // The bodies as they go on the wire (amounts as exact JSON numbers), checked against the spec.
    const wire = (json: unknown) => JSON.parse(stringifyWiseJson(json)) as unknown;
    expect(stringifyWiseJson(sent[3]!.json)).toContain('"value":50.10');
    expectValidRequest("POST", sent[1]!.path, wire(sent[1]!.json), "disputeDynamicFlowStep", { transactionId: String(tx.id) });
    expectValidRequest("POST", sent[3]!.path, wire(sent[3]!.json), "disputeSubmit");
    expectValidRequest("PUT", sent[6]!.path, wire(sent[6]!.json), "disputeWithdraw");
    expect(api.validateRequest({ method: "PUT", path: sent[6]!.path, headers: { "content-type": "application/json" }, body: { status: "ACTIVE" } }, "disputeWithdraw").valid).toBe(
      false,
    );
  });
});
