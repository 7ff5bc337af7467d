// docs/wise-coverage.md is generated from the code (scripts/wise-coverage.mjs) and must match
// it; the facts it is derived from must hold: every endpoint function names real operations it
// really calls, and every endpoint function is reached by some GraphQL field.

import { beforeAll, describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";
import { analyse, COVERAGE_DOC, renderCoverage, routeFits, type EndpointFunction, type GraphqlField } from "../../scripts/wise-coverage.mjs";

const root = process.cwd();
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));
const index = readJson("test/fixtures/wise/operations.json") as { operations: { method: string; path: string; deprecated: boolean }[] };
const outsideSpec = readJson("test/fixtures/wise/routes-outside-spec.json") as { route: string }[];
const exclusions = readJson("scripts/wise-coverage-exclusions.json") as { operations: string[]; why: string }[];
const indexed = new Map(index.operations.map((o) => [`${o.method} ${o.path}`, o]));
const pathShape = (p: string) => p.replace(/\{[^}/]+\}/g, "{}").replace(/:[^/]+/g, "{}");
const outside = new Set(
  outsideSpec.map((r) => {
    const [m, p] = r.route.split(" ");
    return `${m} ${pathShape(p!)}`;
  }),
);

let endpoints: EndpointFunction[];
let fields: GraphqlField[];

beforeAll(() => {
  ({ endpoints, fields } = analyse(root));
}, 120_000);

describe("the Wise coverage document", () => {
  it("is what scripts/wise-coverage.mjs generates from the code today", () => {
    const committed = fs.readFileSync(path.join(root, COVERAGE_DOC), "utf8");
    if (renderCoverage(root, { endpoints, fields }) !== committed) {
      throw new Error(`${COVERAGE_DOC} is out of date: run \`npm run docs:coverage\` and commit it (git diff shows what changed).`);
    }
  });
});

describe("endpoint functions", () => {
  it("exist, one per Wise call in src/wise/endpoints", () => {
    expect(endpoints.length).toBeGreaterThanOrEqual(27);
  });

  it("each name, with @wiseOperation, operations of Wise's spec (or a route explained as missing from it)", () => {
    for (const e of endpoints) {
      expect({ fn: e.name, tagged: e.operations.length > 0 }).toEqual({ fn: e.name, tagged: true });
      for (const op of e.operations) {
        const [method, opPath] = op.split(" ");
        const known = indexed.has(op) || outside.has(`${method} ${pathShape(opPath ?? "")}`);
        expect({ fn: e.name, operation: op, known }).toEqual({ fn: e.name, operation: op, known: true });
      }
    }
  });

  it("each call the method and path their @wiseOperation tags name", () => {
    for (const e of endpoints) {
      for (const op of e.operations) {
        const [method, opPath] = op.split(" ") as [string, string];
        const fits = e.calls.methods.includes(method) && e.calls.routes.some((r) => routeFits(r, opPath));
        expect({ fn: e.name, operation: op, calls: e.calls, fits }).toEqual({ fn: e.name, operation: op, calls: e.calls, fits: true });
      }
    }
  });

  it("are each reached by at least one GraphQL field", () => {
    const unreached = endpoints.filter((e) => e.fields.length === 0).map((e) => `${e.name} (${e.file})`);
    expect(unreached).toEqual([]);
  });
});

describe("the field analysis", () => {
  it("names fields that exist in the emitted schema", () => {
    const sdl = fs.readFileSync(path.join(root, "schema/schema.graphql"), "utf8");
    const known = new Set<string>();
    for (const def of parse(sdl).definitions) {
      if ((def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION) && def.fields) {
        for (const f of def.fields) known.add(`${def.name.value}.${f.name.value}`);
      }
    }
    expect(fields.length).toBeGreaterThan(20);
    expect(fields.map((f) => f.field).filter((f) => !known.has(f))).toEqual([]);
  });

  it("follows helpers, loaders and the request context, and only what is really used", () => {
    const reach = (field: string) => fields.find((f) => f.field === field)?.endpoints;
    expect(reach("Query.currencies")).toEqual(["listCurrencies"]);
    // resolver -> ctx.loaders.recipientById -> the loader's batch function -> getRecipient
    expect(reach("Transfer.recipient")).toEqual(["getRecipient"]);
    // resolver -> paging helper -> listTransfers; the loader primes transfers by id
    expect(reach("Profile.transfers")).toContain("listTransfers");
    expect(reach("Mutation.transferCancel")).toEqual(expect.arrayContaining(["cancelTransfer"]));
    expect(reach("Mutation.transferCancel")).not.toContain("createTransfer");
  });
});

describe("deliberate exclusions", () => {
  it("name current operations of the spec that no field reaches, each with a reason", () => {
    const reached = new Set(endpoints.filter((e) => e.fields.length > 0).flatMap((e) => e.operations));
    for (const { operations, why } of exclusions) {
      expect(why.length).toBeGreaterThan(20);
      for (const op of operations) {
        expect({ op, current: indexed.get(op)?.deprecated === false, reached: reached.has(op) }).toEqual({ op, current: true, reached: false });
      }
    }
  });
});
