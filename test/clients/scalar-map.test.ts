import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { buildSchema, isScalarType, isSpecifiedScalarType } from "graphql";
import { parse as parseYaml } from "yaml";
import { schemaFile } from "../../src/schema/printed-schema.js";

// Every custom scalar of schema/schema.graphql must be mapped wherever a client is told how to
// type it: an unmapped scalar becomes `any` (and `idempotencyKey: 12345` type-checks).
const schema = buildSchema(readFileSync(schemaFile, "utf8"));
const customScalars = Object.values(schema.getTypeMap())
  .filter((type) => isScalarType(type) && !isSpecifiedScalarType(type))
  .map((type) => type.name)
  .sort();
const codegenText = readFileSync("codegen.yml", "utf8");
const clientsDoc = readFileSync("docs/clients.md", "utf8");
const sorted = (map: Record<string, unknown>) => Object.keys(map).sort();

describe("the scalar map for typed clients", () => {
  it("the schema has the scalars this test expects to find mapped", () => {
    expect(customScalars).toEqual(expect.arrayContaining(["UUID", "JSONObject", "Decimal", "SafeInt"]));
  });

  it("codegen.yml maps every custom scalar in each target, with strictScalars", () => {
    const config = parseYaml(codegenText) as { generates: Record<string, { config: { scalars: Record<string, string>; strictScalars: boolean } }> };
    for (const target of Object.values(config.generates)) {
      expect(sorted(target.config.scalars)).toEqual(customScalars);
      expect(target.config.strictScalars).toBe(true);
      expect(target.config.scalars.UUID).toBe("string");
    }
  });

  it("the commented frontend configuration at the top of codegen.yml maps every custom scalar", () => {
    const lines = codegenText.split("\n");
    const start = lines.indexOf("#   schema: ../wise-graphql/schema/schema.graphql");
    expect(start).toBeGreaterThan(0);
    const block = lines.slice(start);
    const commented = block
      .slice(
        0,
        block.findIndex((line) => !line.startsWith("#   ")),
      )
      .map((line) => line.slice(1).replace(/\s+#.*$/, ""))
      .join("\n");
    const config = parseYaml(commented) as { generates: Record<string, { config: { scalars: Record<string, string> } }> };
    expect(sorted(Object.values(config.generates)[0].config.scalars)).toEqual(customScalars);
  });

  it("the scalar table and Relay configuration of docs/clients.md map every custom scalar", () => {
    const relay = /"customScalarTypes": (\{[^}]*\})/.exec(clientsDoc);
    expect(relay).not.toBeNull();
    expect(sorted(JSON.parse(relay![1]))).toEqual(customScalars);
    const table = [...clientsDoc.matchAll(/^\| `(\w+)` \| `[^`]+` \| .+ \|$/gm)].map((row) => row[1]);
    expect([...new Set(table.filter((name) => schema.getType(name)))].sort()).toEqual(customScalars);
  });
});
