// Regenerates the committed Wise facts under test/fixtures/wise/ from the reference folder
// ../shared/wise/ (or the folder given as the first argument), so tests run on any clone:
//   operations.json       every operation of Wise's spec: method, path, operationId, tags, deprecated
//   openapi-extract.json  an OpenAPI document with only the operations the sandbox serves and the
//                         components they reference, every piece of prose removed
//   recordings.json       the recorded Wise responses the contract tests compare against
// Deterministic: the same inputs give byte-identical files. Needs a build (dist/sandbox).
// Usage: npm run facts:extract [-- /path/to/shared/wise]

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const FACTS_DIR = "test/fixtures/wise";

/** The recordings the contract tests read. */
const RECORDINGS = [
  "account-details.yaml",
  "balances.yaml",
  "currencies.yaml",
  "error.yaml",
  "iban-process.yaml",
  "profiles.yaml",
  "quote-create.yaml",
  "quote.yaml",
  "readme-transfer-and-simulation.yaml",
  "recipient-create-email.yaml",
  "recipient-get.yaml",
  "recipient-requirement.yaml",
  "recipients-list-all.yaml",
  "transfer-get.yaml",
];

const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Prose and documentation-only keys, dropped wherever they are keywords (not property names). */
const PROSE = new Set(["description", "summary", "example", "examples", "externalDocs", "title"]);
/** Operation keys the extract keeps; the rest (security, servers, ...) is not needed to validate. */
const OPERATION_KEYS = ["operationId", "tags", "deprecated", "parameters", "requestBody", "responses"];
/** Keys whose object value maps names to objects: the names are data, never stripped. */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "dependentSchemas",
  "$defs",
  "definitions",
  "responses",
  "headers",
  "content",
  "encoding",
  "links",
  "callbacks",
  "mapping",
]);
/** Keys whose values are literal data: copied as they are. */
const LITERALS = new Set(["enum", "const", "default", "required"]);

/** A copy of an OpenAPI/JSON Schema object without prose and x-* keys. */
function stripProse(value) {
  if (Array.isArray(value)) return value.map(stripProse);
  if (value === null || typeof value !== "object") return value;
  const copy = {};
  for (const [key, child] of Object.entries(value)) {
    if (PROSE.has(key) || key.startsWith("x-")) continue;
    if (LITERALS.has(key)) copy[key] = child;
    else if (NAME_MAPS.has(key) && child !== null && typeof child === "object" && !Array.isArray(child)) {
      copy[key] = Object.fromEntries(Object.entries(child).map(([name, v]) => [name, stripProse(v)]));
    } else copy[key] = stripProse(child);
  }
  return copy;
}

/** Every "#/components/<kind>/<name>" reference inside a value. */
function refsIn(value, found = new Set()) {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") found.add(child);
      else refsIn(child, found);
    }
  }
  return found;
}

/** "/v2/profiles/{profileId}" and "/v2/profiles/:profileId" both become "/v2/profiles/{}". */
const pathShape = (p) => p.replace(/\{[^}/]+\}/g, "{}").replace(/:[^/]+/g, "{}");

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const json = (data) => JSON.stringify(data, null, 2) + "\n";

/**
 * The generated fact files (name -> text) from Wise's reference folder `shared` and the sandbox's
 * routes ({method, path} with find-my-way patterns).
 */
export function buildFacts(shared, routes, root = ROOT) {
  const out = path.join(root, FACTS_DIR);
  const specFile = path.join(shared, "openapi.yml");
  if (!fs.existsSync(specFile)) throw new Error(`no Wise spec at ${specFile}: pass the folder holding openapi.yml and recordings/`);
  const spec = YAML.parse(fs.readFileSync(specFile, "utf8"));
  const outsideSpec = JSON.parse(fs.readFileSync(path.join(out, "routes-outside-spec.json"), "utf8"));
  const files = {};
  const knownOutside = new Set(outsideSpec.map((r) => r.route));

  // Index of every operation, in the spec's order.
  const operations = [];
  for (const [p, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      operations.push({ method: method.toUpperCase(), path: p, operationId: op.operationId, tags: op.tags ?? [], deprecated: op.deprecated === true });
    }
  }
  const tags = (spec.tags ?? []).map((t) => ({ name: t.name, displayName: t["x-displayName"] ?? t.name }));
  files["operations.json"] = json({ source: "openapi.yml", openapi: spec.openapi, tags, operations });

  // The operations the sandbox serves, matched by method and path shape.
  const served = new Set();
  const unmatched = [];
  for (const def of routes) {
    const hits = operations.filter((o) => o.method === def.method && pathShape(o.path) === pathShape(def.path));
    if (hits.length === 0) unmatched.push(`${def.method} ${def.path}`);
    hits.forEach((o) => served.add(o));
  }
  const unexplained = unmatched.filter((r) => !knownOutside.has(r));
  if (unexplained.length > 0) {
    throw new Error(`sandbox routes with no operation in the spec: ${unexplained.join(", ")}; fix the route or explain it in routes-outside-spec.json`);
  }

  const paths = {};
  for (const o of operations.filter((x) => served.has(x))) {
    const op = spec.paths[o.path][o.method.toLowerCase()];
    const kept = {};
    for (const key of OPERATION_KEYS) if (op[key] !== undefined) kept[key] = op[key];
    (paths[o.path] ??= {})[o.method.toLowerCase()] = stripProse(kept);
  }

  // Components referenced from those operations, transitively.
  const components = {};
  const pending = [...refsIn(paths)];
  const seen = new Set();
  while (pending.length > 0) {
    const ref = pending.pop();
    if (seen.has(ref)) continue;
    seen.add(ref);
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
    if (match === null) throw new Error(`unsupported reference ${ref}`);
    const [, kind, name] = match;
    const target = spec.components?.[kind]?.[name];
    if (target === undefined) throw new Error(`dangling reference ${ref}`);
    const stripped = stripProse(target);
    (components[kind] ??= {})[name] = stripped;
    pending.push(...refsIn(stripped));
  }
  const sortedComponents = Object.fromEntries(
    Object.keys(components)
      .sort(byName)
      .map((kind) => [
        kind,
        Object.fromEntries(
          Object.keys(components[kind])
            .sort(byName)
            .map((n) => [n, components[kind][n]]),
        ),
      ]),
  );
  files["openapi-extract.json"] = json({
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    paths,
    components: sortedComponents,
  });

  // Recorded responses: method, path and query, status, and the body exactly as Wise sent it.
  const recordings = {};
  for (const file of RECORDINGS) {
    const doc = YAML.parse(fs.readFileSync(path.join(shared, "recordings", file), "utf8"));
    recordings[file.replace(/\.yaml$/, "")] = doc.responses.map(({ response: r }) => {
      const url = new URL(r.url);
      return { method: r.method, path: url.pathname + url.search, status: r.status, body: r.body };
    });
  }
  files["recordings.json"] = json(recordings);
  return files;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const shared = path.resolve(ROOT, process.argv[2] ?? "../shared/wise");
  const { WISE_ROUTES } = await import(path.join(ROOT, "dist/sandbox/index.js"));
  for (const [file, text] of Object.entries(buildFacts(shared, WISE_ROUTES))) {
    fs.writeFileSync(path.join(ROOT, FACTS_DIR, file), text);
    console.log(`wrote ${FACTS_DIR}/${file}`);
  }
}
