// Regenerates the sandbox's reference data under src/sandbox/reference/generated/ from Wise's
// recordings in ../shared/wise/recordings (or the folder given as the first argument), so the
// sandbox is as wide as Wise without the recordings at run time:
//   recipient-forms.json   the recipient forms of every recorded currency: form types, field keys,
//                          input types, lengths, validation regexps, allowed values (value lists
//                          shared between fields are stored once, under `lists`)
//   currencies.json        every currency GET /v1/currencies answers (empty keyword lists get the code)
//   payment-options.json   the pay-in methods a quote offers, in Wise's order, with their product
//                          and pay-in fee as a fraction of the converted amount
// Only facts are kept: no usage notes, no asynchronous validator URLs (they point at Wise).
// Deterministic: the same recordings give byte-identical files.
// Usage: npm run reference:extract [-- /path/to/shared/wise]

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Big from "big.js";
import YAML from "yaml";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const REFERENCE_DIR = "src/sandbox/reference/generated";

const json = (data) => JSON.stringify(data) + "\n";

function recorded(shared, file) {
  const doc = YAML.parse(fs.readFileSync(path.join(shared, "recordings", file), "utf8"));
  return doc.responses.map(({ response: r }) => ({ method: r.method, url: new URL(r.url), status: r.status, body: r.body }));
}

/** One input of a form, as the sandbox's FieldDef (group: the name of a multi-input group). */
function inputOf(input, groupName, lists) {
  let values = null;
  if (Array.isArray(input.valuesAllowed)) {
    const list = input.valuesAllowed.map((v) => [v.key, v.name]);
    const text = JSON.stringify(list);
    let index = lists.index.get(text);
    if (index === undefined) {
      index = lists.all.length;
      lists.all.push(list);
      lists.index.set(text, index);
    }
    values = index;
  }
  return {
    key: input.key,
    name: input.name,
    ...(groupName === null ? {} : { group: groupName }),
    type: input.type,
    refreshRequirementsOnChange: input.refreshRequirementsOnChange === true,
    required: input.required === true,
    displayFormat: input.displayFormat ?? null,
    example: input.example ?? "",
    minLength: input.minLength ?? null,
    maxLength: input.maxLength ?? null,
    validationRegexp: input.validationRegexp ?? null,
    valuesAllowed: values,
  };
}

function recipientForms(shared) {
  const lists = { all: [], index: new Map() };
  const currencies = {};
  const responses = [...recorded(shared, "account-requirements-all-currencies.yaml")].filter((r) => r.status === 200);
  responses.sort((a, b) => (a.url.searchParams.get("target") < b.url.searchParams.get("target") ? -1 : 1));
  for (const r of responses) {
    const target = r.url.searchParams.get("target");
    const forms = JSON.parse(r.body);
    currencies[target] = forms.map((form) => ({
      type: form.type,
      title: form.title,
      fields: form.fields.flatMap((group) => group.group.map((input) => inputOf(input, group.group.length > 1 ? group.name : null, lists))),
    }));
  }
  return { currencies, lists: lists.all };
}

function currencies(shared) {
  const [answer] = recorded(shared, "currencies.yaml").filter((r) => r.url.pathname === "/v1/currencies" && r.status === 200);
  // Wise lists no keywords for a few (CNH, GGP...); the sandbox gives those their code, so every
  // currency can be found by it.
  return JSON.parse(answer.body).map((c) => [c.code, c.symbol, c.name, c.supportsDecimals, c.countryKeywords.length > 0 ? c.countryKeywords : [c.code]]);
}

/** The widest recorded quote's options: pay-in, product, pay-in fee / converted amount (4 decimals). */
function paymentOptions(shared) {
  const quotes = ["quote-create.yaml", "quote.yaml"]
    .flatMap((file) => recorded(shared, file))
    .filter((r) => r.status === 200 && r.body.startsWith("{"))
    .map((r) => JSON.parse(r.body))
    .filter((q) => Array.isArray(q.paymentOptions));
  quotes.sort((a, b) => b.paymentOptions.length - a.paymentOptions.length);
  const options = quotes[0].paymentOptions;
  const bank = options.find((o) => o.payIn === "BANK_TRANSFER");
  const converted = new Big(String(bank.sourceAmount)).minus(String(bank.fee.total));
  return options.map((o) => ({ payIn: o.payIn, product: o.payInProduct, payInFee: new Big(String(o.fee.payIn)).div(converted).round(4, Big.roundHalfUp).toFixed(4) }));
}

/** The generated reference files (name -> text) from Wise's reference folder `shared`. */
export function buildReference(shared) {
  if (!fs.existsSync(path.join(shared, "recordings"))) throw new Error(`no recordings at ${shared}/recordings: pass the folder holding recordings/`);
  return {
    "recipient-forms.json": json(recipientForms(shared)),
    "currencies.json": json(currencies(shared)),
    "payment-options.json": json(paymentOptions(shared)),
  };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const shared = path.resolve(ROOT, process.argv[2] ?? "../shared/wise");
  fs.mkdirSync(path.join(ROOT, REFERENCE_DIR), { recursive: true });
  for (const [file, text] of Object.entries(buildReference(shared))) {
    fs.writeFileSync(path.join(ROOT, REFERENCE_DIR, file), text);
    console.log(`wrote ${REFERENCE_DIR}/${file}`);
  }
}
