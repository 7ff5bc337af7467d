// Numbers keep the form Wise writes them in (test/fixtures/wise/recordings.json): quote fees and
// computed amounts as floating-point values ("1.4", "0.0", never a bare "2"), the provided amount
// at its currency's scale ("110.00"), rates with a decimal point even when whole (a same-currency
// rate is "1.0"), whole-unit currencies (JPY) in whole units. Compared as text, never as floats.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { isLosslessNumber, parse } from "lossless-json";
import { doubleText } from "../../src/sandbox/format.js";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

const RECORDINGS = JSON.parse(fs.readFileSync(path.resolve("test/fixtures/wise/recordings.json"), "utf8")) as Record<string, { method: string; path: string; body: string }[]>;

let sandbox: RunningSandbox;
let alice: DemoUser;

/** Every number of a JSON text, by its path ("paymentOptions.0.fee.total"), as written. */
function numberTexts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const join = (at: string, key: string | number) => (at === "" ? String(key) : `${at}.${key}`);
  const walk = (value: unknown, at: string) => {
    if (isLosslessNumber(value)) out.set(at, value.value);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, join(at, i)));
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, join(at, k));
  };
  walk(parse(text), "");
  return out;
}

/** "decimal" when written with a decimal point, else "whole". */
const form = (text: string) => (text.includes(".") ? "decimal" : "whole");

async function call(method: string, url: string, body?: unknown): Promise<string> {
  const res = await fetch(`${sandbox.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${alice.token}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return res.text();
}

const quoteText = (body: unknown) => call("POST", `/v3/profiles/${alice.personalProfileId}/quotes`, body);

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice] = sandbox.users as [DemoUser];
});
afterAll(async () => {
  await sandbox.close();
});

describe("decimal scale as Wise writes it", () => {
  it("a quote's fees, amounts and rate have the recorded number forms, option by option", async () => {
    for (const [name, request] of [
      ["quote-create", { sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 110 }],
      ["iban-process", { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 1000 }],
    ] as const) {
      const recorded = numberTexts(RECORDINGS[name]!.find((r) => r.path.includes("/quotes") && r.method === "POST")!.body);
      const ours = numberTexts(await quoteText(request));
      let compared = 0;
      for (const [at, text] of ours) {
        // Ids and option positions differ; compare the fields both have at the same path.
        const theirs = recorded.get(at);
        if (theirs === undefined || /(^|\.)(id|user|profile|priceSetId|priceDecisionReferenceId)$/.test(at)) continue;
        expect({ at, form: form(text) }).toEqual({ at, form: form(theirs) });
        compared += 1;
      }
      expect(compared).toBeGreaterThan(100);
    }
  });

  it("a whole fee or amount keeps its decimal point (2.0), except in whole-unit currencies (88)", () => {
    expect(doubleText("2")).toBe("2.0");
    expect(doubleText("2.00")).toBe("2.0");
    expect(doubleText("1.40")).toBe("1.4");
    expect(doubleText("0")).toBe("0.0");
    expect(doubleText("88", true)).toBe("88");
    expect(doubleText("1200.44")).toBe("1200.44");
  });

  it("a same-currency rate is 1.0 in quotes, rates and transfers", async () => {
    const quote = numberTexts(await quoteText({ sourceCurrency: "GBP", targetCurrency: "GBP", sourceAmount: 100 }));
    expect(quote.get("rate")).toBe("1.0");
    for (const o of [...quote].filter(([at]) => /^paymentOptions\.\d+\.fee\.(transferwise|payIn|total|partner)$/.test(at))) expect(form(o[1])).toBe("decimal");
    expect(numberTexts(await call("GET", "/v1/rates?source=GBP&target=GBP")).get("0.rate")).toBe("1.0");
    const transfers = numberTexts(await call("GET", `/v1/transfers?profile=${alice.personalProfileId}&limit=100`));
    const rates = [...transfers].filter(([at]) => at.endsWith(".rate")).map(([, text]) => text);
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.filter((r) => form(r) === "whole")).toEqual([]);
  });

  it("JPY amounts stay in whole units, the provided amount at its currency's scale", async () => {
    const jpy = numberTexts(await quoteText({ sourceCurrency: "JPY", targetCurrency: "GBP", sourceAmount: 50000 }));
    expect(jpy.get("sourceAmount")).toBe("50000");
    expect(form(jpy.get("paymentOptions.0.fee.total")!)).toBe("whole");
    expect(jpy.get("paymentOptions.0.fee.partner")).toBe("0.0");
    const gbp = numberTexts(await quoteText({ sourceCurrency: "GBP", targetCurrency: "USD", targetAmount: 110 }));
    expect(gbp.get("targetAmount")).toBe("110.00");
  });
});
