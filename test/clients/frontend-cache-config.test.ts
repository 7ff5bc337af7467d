import { describe, expect, it } from "@jest/globals";
import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, isAbstractType, isInterfaceType, isObjectType, isUnionType, type GraphQLNamedType } from "graphql";
import { possibleTypes, typePolicies, valueTypes } from "../../examples/frontend/src/client.js";
import { schemaFile } from "../../src/schema/printed-schema.js";

// The example frontend's cache settings (copied into the README) are written by hand, as a
// frontend writes them; these checks keep them in step with schema/schema.graphql.
const schema = buildSchema(readFileSync(schemaFile, "utf8"));

/** Every object type without an `id` field that a query can reach from a Node type. */
function objectTypesWithoutIdUnderNodes(): string[] {
  const seen = new Set<string>();
  const found = new Set<string>();
  const queue: GraphQLNamedType[] = [schema.getType("Node")!];
  while (queue.length > 0) {
    const type = queue.pop()!;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    if (isAbstractType(type)) queue.push(...schema.getPossibleTypes(type));
    if (isUnionType(type)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      if (isObjectType(type) && !type.getFields().id) found.add(type.name);
      for (const field of Object.values(type.getFields())) queue.push(getNamedType(field.type));
    }
  }
  return [...found].sort();
}

describe("the example frontend's Apollo cache settings", () => {
  it("merge every object type without an id that hangs off a Node, and only those", () => {
    const expected = objectTypesWithoutIdUnderNodes();
    expect(expected).toContain("Money");
    expect([...valueTypes].sort()).toEqual(expected);
    for (const type of expected) expect(typePolicies[type]).toMatchObject({ merge: true });
  });

  it("list every interface with exactly its object types (possibleTypes)", () => {
    const fromSchema = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter((type) => isAbstractType(type) && !type.name.startsWith("__"))
        .map((type) => [
          type.name,
          schema
            .getPossibleTypes(type as never)
            .map((t) => t.name)
            .sort(),
        ]),
    );
    expect(Object.fromEntries(Object.entries(possibleTypes).map(([name, types]) => [name, [...types].sort()]))).toEqual(fromSchema);
  });
});
