import { describe, expect, it } from "@jest/globals";
import { readFile } from "node:fs/promises";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isUnionType, type GraphQLSchema } from "graphql";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { createSchema } from "../../src/schema/build-schema.js";
import { printedSubgraphSchema, subgraphSchemaFile } from "../../src/federation/printed-subgraph-schema.js";
import { printedSchema, schemaFile } from "../../src/schema/printed-schema.js";

/** Every public type, field, argument and enum value, with its description (or undefined). */
function describedThings(schema: GraphQLSchema): Array<[string, string | null | undefined]> {
  const things: Array<[string, string | null | undefined]> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name)) continue;
    things.push([type.name, type.description]);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        things.push([`${type.name}.${field.name}`, field.description]);
        for (const arg of "args" in field ? field.args : []) things.push([`${type.name}.${field.name}(${arg.name})`, arg.description]);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) things.push([`${type.name}.${value.name}`, value.description]);
    if (isUnionType(type)) things.push([type.name, type.description]);
  }
  return things;
}

describe("schema", () => {
  it("matches the committed schema/schema.graphql (run `npm run schema:emit` after changing types)", async () => {
    const committed = await readFile(schemaFile, "utf8");
    expect(await printedSchema()).toBe(committed);
  });

  it("matches the committed schema/subgraph.graphql, the federation SDL (run `npm run schema:emit` after changing types)", async () => {
    const committed = await readFile(subgraphSchemaFile, "utf8");
    expect(await printedSubgraphSchema()).toBe(committed);
  });

  it("describes every type, field, argument and enum value of the served schema, federation's additions included", async () => {
    const missing = describedThings(await createSubgraphSchema())
      .filter(([, description]) => !description || description.trim().length < 3)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it("describes every argument of its own directives", async () => {
    const schema = await createSubgraphSchema();
    const cacheControl = schema.getDirective("cacheControl")!;
    expect(cacheControl.description).toBeTruthy();
    expect(cacheControl.args.filter((arg) => !arg.description).map((arg) => arg.name)).toEqual([]);
  });

  it("follows Relay: Node interface, node and nodes roots, wiseId never as id", async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!;
    expect(Object.keys(query.getFields())).toEqual(expect.arrayContaining(["node", "nodes", "profiles", "profile", "currencies", "rate", "rateHistory"]));
    const node = schema.getType("Node");
    expect(isInterfaceType(node)).toBe(true);
    for (const type of schema.getPossibleTypes(node as never)) {
      const fields = type.getFields();
      expect(String(fields.id.type)).toBe("ID!");
      expect(fields.wiseId).toBeDefined();
    }
  });
});
