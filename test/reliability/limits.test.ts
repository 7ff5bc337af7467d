import { describe, expect, it } from "@jest/globals";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import Upload from "graphql-upload/Upload.mjs";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { defaultLimits } from "../../src/server/limits.js";
import { armorProtection } from "../../src/server/plugins/armor.js";
import { estimateCost } from "../../src/server/plugins/cost-limit.js";
import { maxRootFieldsRule } from "../../src/server/validation/max-root-fields.rule.js";
import { oneMoneyMovePerOperation } from "../../src/server/validation/money-moves.rule.js";

/** Every operation the project itself sends (the same files codegen reads). */
function projectOperations(): Array<{ name: string; document: DocumentNode }> {
  const dir = path.resolve("test/operations");
  const text = readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => readFileSync(path.join(dir, file), "utf8"))
    .join("\n");
  const all = parse(text, { maxTokens: defaultLimits.maxTokens * 20 });
  const fragments = all.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return all.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({ name: operation.name!.value, document: { kind: Kind.DOCUMENT, definitions: [operation, ...fragments] } as DocumentNode }));
}

/** A worst-case value of a type: pages of 100, 20 ids, every required input field filled. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return Array.from({ length: 20 }, () => sample(type.ofType));
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  const scalars: Record<string, unknown> = {
    Int: 100,
    Boolean: true,
    CurrencyCode: "GBP",
    DateTime: "2025-01-01T00:00:00Z",
    Date: "1990-01-01",
    Decimal: "1.00",
    UUID: "7d3c8a51-2f0e-4c61-9a4b-0b8f2f5b9e11",
    SafeInt: 1,
    JSONObject: { answer: "x" },
    // A file part of a multipart request, as graphql-upload hands it to the Upload scalar.
    Upload: new Upload(),
  };
  return scalars[type.name] ?? "x";
}

function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType)]));
}

describe("the default limits fit the project's own operations", () => {
  it("every operation passes depth, alias, root-field, directive and money-move rules, and token and cost limits at first: 100", async () => {
    const schema = await createSubgraphSchema();
    const armor = armorProtection(defaultLimits, true);
    const rules = [...specifiedRules, ...armor.validationRules, oneMoneyMovePerOperation, maxRootFieldsRule(defaultLimits.maxRootFields)];
    const operations = projectOperations();
    expect(operations.length).toBeGreaterThan(20);
    for (const { name, document } of operations) {
      // Unused fragments are fine here: each operation carries all of them.
      const errors = validate(schema, document, rules).filter((e) => !/is never used/.test(e.message));
      expect([name, errors.map((e) => e.message)]).toEqual([name, []]);
      expect(() => parse(print(document), { maxTokens: defaultLimits.maxTokens })).not.toThrow();
      const operation = document.definitions[0] as OperationDefinitionNode;
      const cost = estimateCost(schema, document, worstCaseVariables(schema, operation));
      expect([name, cost <= defaultLimits.maxCost]).toEqual([name, true]);
    }
  });
});
