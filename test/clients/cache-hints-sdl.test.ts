import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { Kind, parse, print, type ConstDirectiveNode, type DocumentNode } from "graphql";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { subgraphSchemaFile } from "../../src/federation/printed-subgraph-schema.js";
import { schemaFile } from "../../src/schema/printed-schema.js";

/** Every `@cacheControl` written in an SDL, as "Type" or "Type.field" -> the directive's text. */
function hintsOf(document: DocumentNode): Record<string, string> {
  const hints: Record<string, string> = {};
  for (const definition of document.definitions) {
    if (!("name" in definition) || !definition.name || !("directives" in definition)) continue;
    const name = definition.name.value;
    const hint = definition.directives?.find((d) => d.name.value === "cacheControl");
    if (hint) hints[name] = print(hint);
    if (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      for (const field of definition.fields ?? []) {
        const fieldHint = field.directives?.find((d) => d.name.value === "cacheControl");
        if (fieldHint) hints[`${name}.${field.name.value}`] = print(fieldHint);
      }
    }
  }
  return hints;
}

describe("the @cacheControl hints are printed where they apply", () => {
  it("schema/schema.graphql and schema/subgraph.graphql carry the very hints the server computes Cache-Control from", async () => {
    const served = await createSubgraphSchema();
    const fromServed: Record<string, string> = {};
    for (const type of Object.values(served.getTypeMap())) {
      const hint = type.astNode && "directives" in type.astNode ? type.astNode.directives?.find((d) => d.name.value === "cacheControl") : undefined;
      if (hint) fromServed[type.name] = print(hint);
      if ("getFields" in type) {
        for (const field of Object.values(type.getFields())) {
          const fieldHint = field.astNode?.directives?.find((d: ConstDirectiveNode) => d.name.value === "cacheControl");
          if (fieldHint) fromServed[`${type.name}.${field.name}`] = print(fieldHint);
        }
      }
    }
    const publicHints = hintsOf(parse(readFileSync(schemaFile, "utf8")));
    expect(publicHints).toEqual(fromServed);
    expect(hintsOf(parse(readFileSync(subgraphSchemaFile, "utf8")))).toEqual(fromServed);
    expect(publicHints).toMatchObject({
      Currency: "@cacheControl(maxAge: 3600, scope: PUBLIC)",
      Rate: "@cacheControl(maxAge: 60, scope: PUBLIC)",
      Node: "@cacheControl(scope: PRIVATE)",
      Transfer: "@cacheControl(scope: PRIVATE)",
    });
  });

  it("schema/schema.graphql declares every directive it applies, so clients and codegen can build it", () => {
    const document = parse(readFileSync(schemaFile, "utf8"));
    const declared = new Set(["deprecated", "specifiedBy", "include", "skip", "oneOf"]);
    for (const definition of document.definitions) if (definition.kind === Kind.DIRECTIVE_DEFINITION) declared.add(definition.name.value);
    const applied = new Set<string>();
    JSON.stringify(document, (key, value) => {
      if (value && typeof value === "object" && value.kind === Kind.DIRECTIVE) applied.add(value.name.value);
      return value;
    });
    expect([...applied].filter((name) => !declared.has(name))).toEqual([]);
    expect(applied).toContain("cacheControl");
  });
});
