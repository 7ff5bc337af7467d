// The sandbox is as wide as Wise's recordings: recipient forms for every recorded currency
// (answered, and enforced by POST /v1/accounts), every recorded currency, and every recorded
// payment option per quote. The data is the committed src/sandbox/reference/generated/ (made by
// npm run reference:extract); the checks against the recordings themselves need ../shared/wise.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { buildReference, REFERENCE_DIR } from "../../scripts/extract-sandbox-reference.mjs";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { answersFor, fits, valueFor, type FormInput } from "../helpers/form-answers.js";

type Json = any;

const GENERATED = path.resolve(process.cwd(), REFERENCE_DIR);
const SHARED = path.resolve(process.cwd(), "../shared/wise");
const haveShared = fs.existsSync(path.join(SHARED, "recordings"));
const readGenerated = (file: string): Json => JSON.parse(fs.readFileSync(path.join(GENERATED, file), "utf8"));
const forms = readGenerated("recipient-forms.json") as { currencies: Record<string, { type: string; fields: { key: string }[] }[]> };
/** Currencies whose forms the sandbox writes itself (with its own checksums); the rest answer the recorded ones. */
const HAND_WRITTEN = new Set(["GBP", "EUR", "USD", "PLN", "INR", "JPY"]);
const recordedOnly = Object.keys(forms.currencies).filter((c) => !HAND_WRITTEN.has(c));

let sandbox: RunningSandbox;
let alice: DemoUser;

async function api(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${sandbox.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${alice.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? undefined : JSON.parse(text) };
}

const v11 = { "Accept-Minor-Version": "1" };
const inputsOf = (form: Json): FormInput[] => form.fields.flatMap((f: Json) => f.group);

/** Answers to a form's required inputs, and the holder's name (always sent) in the form's own characters. */
function answersOf(form: Json): Map<string, string> {
  const inputs = inputsOf(form);
  const answers = answersFor(inputs, form.type);
  const name = inputs.find((i) => i.key === "accountHolderName");
  return answers.set("accountHolderName", answers.get("accountHolderName") ?? (name === undefined ? undefined : valueFor(name)) ?? "John Smith");
}

/** A POST /v1/accounts body from form answers: name at top level, the rest under details (dotted keys nested). */
function recipientBody(currency: string, type: string, answers: Map<string, string>): Json {
  const details: Json = {};
  for (const [key, value] of answers) {
    if (key === "accountHolderName") continue;
    const [head, tail] = key.split(".", 2) as [string, string | undefined];
    if (tail === undefined) details[head] = value;
    else (details[head] ??= {})[tail] = value;
  }
  return { profile: alice.personalProfileId, currency, type, accountHolderName: answers.get("accountHolderName"), details };
}

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice] = sandbox.users as [DemoUser];
});
afterAll(async () => {
  await sandbox.close();
});

describe("recipient forms for every recorded currency", () => {
  it("answer the recorded form types, in order, for GET and POST, v1.0 and v1.1", async () => {
    expect(recordedOnly.length).toBeGreaterThan(140);
    for (const currency of recordedOnly) {
      const expected = forms.currencies[currency]!.map((f) => f.type);
      const get = await api("GET", `/v1/account-requirements?source=${currency}&target=${currency}&sourceAmount=100`, undefined, v11);
      expect({ currency, types: get.body.map((f: Json) => f.type) }).toEqual({ currency, types: expected });
      const post = await api("POST", `/v1/account-requirements?source=${currency}&target=${currency}`, { details: {} }, v11);
      expect({ currency, types: post.body.map((f: Json) => f.type) }).toEqual({ currency, types: expected });
      // v1.0 leaves the holder's name out of every form.
      const v10 = await api("GET", `/v1/account-requirements?source=${currency}&target=${currency}`);
      for (const form of v10.body) expect(inputsOf(form).map((i) => i.key)).not.toContain("accountHolderName");
    }
  });

  it("accept a recipient built from each form's own examples and allowed values, in every currency", async () => {
    let created = 0;
    for (const currency of Object.keys(forms.currencies)) {
      const answered = await api("GET", `/v1/account-requirements?source=${currency}&target=${currency}`, undefined, v11);
      for (const form of answered.body as Json[]) {
        const body = recipientBody(currency, form.type, answersOf(form));
        const res = await api("POST", "/v1/accounts", body);
        expect({ currency, type: form.type, status: res.status, body: res.status === 200 ? null : res.body }).toEqual({ currency, type: form.type, status: 200, body: null });
        expect(res.body).toMatchObject({ currency, type: form.type, active: true });
        created += 1;
      }
    }
    expect(created).toBeGreaterThan(200);
  });

  it("refuse, in every recorded currency, a recipient missing a required input or breaking a pattern, naming the input", async () => {
    for (const currency of recordedOnly) {
      const answered = await api("GET", `/v1/account-requirements?source=${currency}&target=${currency}`, undefined, v11);
      for (const form of answered.body as Json[]) {
        const inputs = inputsOf(form).filter((i) => i.key !== "accountHolderName" && i.key !== "legalType");
        const answers = answersOf(form);
        const required = inputs.find((i) => i.required);
        if (required !== undefined) {
          const missing = new Map(answers);
          missing.delete(required.key);
          const res = await api("POST", "/v1/accounts", recipientBody(currency, form.type, missing));
          expect({ currency, type: form.type, status: res.status }).toEqual({ currency, type: form.type, status: 422 });
          expect(res.body.errors.map((e: Json) => e.path)).toContain(required.key);
        }
        const patterned = inputs.find((i) => i.required && i.validationRegexp !== null && !fits(i, "#"));
        if (patterned !== undefined) {
          const broken = new Map(answers).set(patterned.key, "#");
          const res = await api("POST", "/v1/accounts", recipientBody(currency, form.type, broken));
          expect({ currency, type: form.type, status: res.status }).toEqual({ currency, type: form.type, status: 422 });
          expect(res.body.errors).toContainEqual(expect.objectContaining({ code: "NOT_VALID", path: patterned.key }));
        }
      }
    }
  });

  it("refuse a value outside a select's allowed values", async () => {
    const res = await api("POST", "/v1/accounts", {
      profile: alice.personalProfileId,
      currency: "AUD",
      type: "australian",
      accountHolderName: "John Smith",
      details: { legalType: "SOMEONE", bsbCode: "123456", accountNumber: "12345678" },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ code: "NOT_VALID", path: "legalType" }));
  });

  it("keep a recorded multi-input group together (CZK's account number parts)", async () => {
    const res = await api("GET", "/v1/account-requirements?source=CZK&target=CZK", undefined, v11);
    const czech = (res.body as Json[]).find((f) => f.type === "czech");
    expect(czech.fields.some((f: Json) => f.group.length > 1)).toBe(true);
  });

  it("add the address inputs a route needs (addressRequired) and reveal the state of a US address", async () => {
    const plain = await api("GET", "/v1/account-requirements?source=AUD&target=NZD", undefined, v11);
    const keys = (form: Json) => inputsOf(form).map((i) => i.key);
    expect(keys(plain.body[0])).toContain("address.country"); // source AUD needs the address
    const us = await api("POST", "/v1/account-requirements?source=AUD&target=NZD", { type: plain.body[0].type, details: { address: { country: "US" } } }, v11);
    const withState = keys(us.body[0]);
    expect(withState.indexOf("address.state")).toBe(withState.indexOf("address.country") + 1);
  });

  (haveShared ? it : it.skip)("are what `npm run reference:extract` makes from ../shared/wise today", () => {
    for (const [file, text] of Object.entries(buildReference(SHARED))) {
      if (fs.readFileSync(path.join(GENERATED, file), "utf8") !== text) {
        throw new Error(`${REFERENCE_DIR}/${file} differs from what ../shared/wise gives: run \`npm run reference:extract\` and commit it.`);
      }
    }
  });

  (haveShared ? it : it.skip)("are, for every recorded currency, Wise's recorded answer (without its validator URLs)", async () => {
    const doc = YAML.parse(fs.readFileSync(path.join(SHARED, "recordings/account-requirements-all-currencies.yaml"), "utf8"));
    for (const { response } of doc.responses) {
      const url = new URL(response.url);
      const currency = url.searchParams.get("target")!;
      if (HAND_WRITTEN.has(currency)) continue;
      const ours = await api("GET", url.pathname + url.search, undefined, v11);
      const recorded = JSON.parse(response.body) as Json[];
      for (const form of recorded) for (const group of form.fields) for (const input of group.group) input.validationAsync = null;
      expect({ currency, body: ours.body }).toEqual({ currency, body: recorded });
    }
  });
});

describe("currencies and payment options as wide as Wise", () => {
  it("lists every recorded currency", async () => {
    const res = await api("GET", "/v1/currencies");
    const recorded = readGenerated("currencies.json") as [string][];
    expect(res.body.map((c: Json) => c.code)).toEqual(recorded.map((c) => c[0]));
    expect(res.body.length).toBeGreaterThanOrEqual(163);
  });

  it("offers every recorded payment option per quote, BALANCE last", async () => {
    const res = await api("POST", `/v3/profiles/${alice.personalProfileId}/quotes`, { sourceCurrency: "GBP", targetCurrency: "USD", sourceAmount: 100 });
    expect(res.status).toBe(200);
    const recorded = (readGenerated("payment-options.json") as { payIn: string }[]).map((o) => o.payIn);
    expect(res.body.paymentOptions.map((o: Json) => o.payIn)).toEqual(recorded);
    expect(recorded.length).toBeGreaterThanOrEqual(20);
  });
});
