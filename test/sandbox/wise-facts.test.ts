// The committed Wise facts (test/fixtures/wise/, made by npm run facts:extract) cover what
// the sandbox serves: every sandbox route has its operation in the spec extract the contract
// tests validate against, or is explained as absent from Wise's spec. The extract carries no prose.

import { describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { WISE_ROUTES } from "../../src/sandbox/index.js";
import { buildFacts, FACTS_DIR } from "../../scripts/extract-wise-facts.mjs";

const FACTS = path.resolve(process.cwd(), FACTS_DIR);
// Wise's reference folder, when the checkout has it beside it (a fresh clone need not).
const SHARED = path.resolve(process.cwd(), "../shared/wise");
const haveShared = fs.existsSync(path.join(SHARED, "openapi.yml"));
const readFact = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(FACTS, file), "utf8"));

interface IndexedOperation {
  method: string;
  path: string;
  operationId: string;
  tags: string[];
  deprecated: boolean;
}
const index = readFact("operations.json") as { operations: IndexedOperation[] };
const extract = readFact("openapi-extract.json") as { paths: Record<string, Record<string, { operationId: string }>> };
const outsideSpec = readFact("routes-outside-spec.json") as { route: string; why: string }[];

/** "/v2/profiles/{profileId}" and "/v2/profiles/:profileId" both become "/v2/profiles/{}". */
const pathShape = (p: string) => p.replace(/\{[^}/]+\}/g, "{}").replace(/:[^/]+/g, "{}");

const extracted = Object.entries(extract.paths).flatMap(([p, item]) =>
  Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path: p, operationId: op.operationId })),
);
const key = (o: { method: string; path: string; operationId: string }) => `${o.method} ${o.path} ${o.operationId}`;
const REGENERATE = "run `npm run facts:extract` with Wise's reference folder at ../shared/wise";

describe("the committed Wise facts", () => {
  it("hold, for every route the sandbox serves, its operation from the spec (or say why Wise's spec lacks it)", () => {
    const inExtract = new Set(extracted.map(key));
    const explained = new Set(outsideSpec.map((r) => r.route));
    const missing: string[] = [];
    const unexplained: string[] = [];
    for (const def of WISE_ROUTES) {
      const route = `${def.method} ${def.path}`;
      const operations = index.operations.filter((o) => o.method === def.method && pathShape(o.path) === pathShape(def.path));
      if (operations.length === 0 && !explained.has(route)) unexplained.push(route);
      for (const o of operations) if (!inExtract.has(key(o))) missing.push(`${route} (${o.operationId})`);
    }
    expect({ missing, unexplained, fix: REGENERATE }).toEqual({ missing: [], unexplained: [], fix: REGENERATE });
  });

  it("explain only routes the sandbox serves and the spec really lacks", () => {
    const served = new Set(WISE_ROUTES.map((d) => `${d.method} ${d.path}`));
    for (const { route, why } of outsideSpec) {
      const [method, routePath] = route.split(" ") as [string, string];
      expect({ route, served: served.has(route) }).toEqual({ route, served: true });
      expect(index.operations.filter((o) => o.method === method && pathShape(o.path) === pathShape(routePath))).toEqual([]);
      expect(why.length).toBeGreaterThan(20);
    }
  });

  it("extract only operations of the index, each with its responses", () => {
    const indexed = new Set(index.operations.map(key));
    for (const o of extracted) expect({ operation: key(o), indexed: indexed.has(key(o)) }).toEqual({ operation: key(o), indexed: true });
    for (const item of Object.values(extract.paths)) for (const op of Object.values(item)) expect(op).toHaveProperty("responses");
    expect(extracted.length).toBeGreaterThanOrEqual(WISE_ROUTES.length - outsideSpec.length);
  });

  (haveShared ? it : it.skip)("are what `npm run facts:extract` makes from ../shared/wise today", () => {
    for (const [file, text] of Object.entries(buildFacts(SHARED, WISE_ROUTES))) {
      if (fs.readFileSync(path.join(FACTS, file), "utf8") !== text) {
        throw new Error(`${FACTS_DIR}/${file} differs from what ../shared/wise gives: ${REGENERATE} and commit it.`);
      }
    }
  });

  it("index every operation once, with a method, a path and an operationId", () => {
    const ids = index.operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of index.operations) {
      expect(o.method).toMatch(/^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)$/);
      expect(o.path).toMatch(/^\//);
      expect(typeof o.deprecated).toBe("boolean");
    }
  });

  it("carry no prose: no descriptions, summaries, examples or documentation extensions", () => {
    // Property names may be "description" or "title"; keywords may not. Walk the keyword positions only.
    const NAME_MAPS = new Set([
      "properties",
      "patternProperties",
      "dependentSchemas",
      "$defs",
      "responses",
      "headers",
      "content",
      "encoding",
      "links",
      "callbacks",
      "mapping",
      "paths",
    ]);
    const LITERALS = new Set(["enum", "const", "default", "required"]);
    const found: string[] = [];
    const walk = (value: unknown, at: string, namesHere: boolean): void => {
      if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${at}/${i}`, false));
      if (value === null || typeof value !== "object") return;
      for (const [k, child] of Object.entries(value)) {
        if (!namesHere && (/^(description|summary|example|examples|externalDocs)$/.test(k) || k.startsWith("x-"))) found.push(`${at}/${k}`);
        if (!LITERALS.has(k)) walk(child, `${at}/${k}`, !namesHere && NAME_MAPS.has(k) && !Array.isArray(child));
      }
    };
    const { components, ...rest } = extract as { components?: Record<string, Record<string, unknown>> };
    walk(rest, "", false);
    for (const [kind, named] of Object.entries(components ?? {})) {
      for (const [name, value] of Object.entries(named)) walk(value, `/components/${kind}/${name}`, false);
    }
    walk(index, "", false);
    expect(found).toEqual([]);
  });
});
