import { describe, expect, it } from "@jest/globals";
import { composeServices } from "@apollo/composition";
import { readFile } from "node:fs/promises";
import { isInterfaceType, isObjectType, parse } from "graphql";
import { subgraphSchemaFile } from "../../src/federation/printed-subgraph-schema.js";
import { loyaltyTypeDefs } from "./loyalty-subgraph.js";

const wise = async () => ({ name: "wise", url: "http://wise.internal/graphql", typeDefs: parse(await readFile(subgraphSchemaFile, "utf8")) });
const loyalty = { name: "loyalty", url: "http://loyalty.internal/graphql", typeDefs: loyaltyTypeDefs };

describe("composition", () => {
  it("composes schema/subgraph.graphql on its own", async () => {
    const result = composeServices([await wise()]);
    expect(result.errors).toBeUndefined();
  });

  it("composes with a second subgraph that extends Transfer and Profile by key", async () => {
    const result = composeServices([await wise(), loyalty]);
    expect(result.errors).toBeUndefined();
    const api = result.schema!.toAPISchema().toGraphQLJSSchema();
    // Fields of both subgraphs meet on the same types.
    const transfer = api.getType("Transfer");
    expect(isObjectType(transfer) && Object.keys(transfer.getFields())).toEqual(expect.arrayContaining(["id", "wiseId", "status", "profile", "internalNote"]));
    const profile = api.getType("Profile");
    expect(isInterfaceType(profile) && Object.keys(profile.getFields())).toEqual(expect.arrayContaining(["id", "fullName", "transfers", "loyaltyTier"]));
    for (const kind of ["PersonalProfile", "BusinessProfile"]) {
      const type = api.getType(kind);
      expect(isObjectType(type) && Object.keys(type.getFields())).toEqual(expect.arrayContaining(["fullName", "loyaltyTier"]));
    }
    // Federation's own machinery does not leak into the API schema clients see.
    expect(api.getQueryType()!.getFields()._entities).toBeUndefined();
    expect(api.getQueryType()!.getFields()._service).toBeUndefined();
  });

  it("fails to compose a subgraph that contradicts ours, so drift is caught here", async () => {
    const clash = parse(`#graphql
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Transfer @key(fields: "id") { id: ID! status: Int }
      type Query { clash: Transfer }
    `);
    const result = composeServices([await wise(), { name: "clash", url: "http://clash.internal/graphql", typeDefs: clash }]);
    expect(result.errors?.length).toBeGreaterThan(0);
  });
});
