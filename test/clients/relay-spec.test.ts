import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { getNamedType, getNullableType, isInterfaceType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLSchema } from "graphql";
import { toGlobalId } from "graphql-relay";
import { entityTypeNames } from "../../src/federation/entity-references.js";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { nodeTypeNamed } from "../../src/modules/node/node.registry.js";
import { startHarness, type Harness } from "../helpers/harness.js";

/** Every field of the schema that returns a type named *Connection. */
function connectionFields(schema: GraphQLSchema): Array<[string, GraphQLField<unknown, unknown>]> {
  const fields: Array<[string, GraphQLField<unknown, unknown>]> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (getNamedType(field.type).name.endsWith("Connection")) fields.push([`${type.name}.${field.name}`, field]);
    }
  }
  return fields;
}

describe("Relay Global Object Identification", () => {
  it("has interface Node { id: ID! } and Query.node(id: ID!): Node", async () => {
    const schema = await createSubgraphSchema();
    const node = schema.getType("Node");
    expect(isInterfaceType(node)).toBe(true);
    const fields = isInterfaceType(node) ? node.getFields() : {};
    expect(Object.keys(fields)).toEqual(["id"]);
    expect(String(fields.id.type)).toBe("ID!");
    const root = schema.getQueryType()!.getFields().node;
    expect(String(root.type)).toBe("Node");
    expect(root.args.map((arg) => `${arg.name}: ${String(arg.type)}`)).toEqual(["id: ID!"]);
  });

  it("can refetch, and resolve as a federation entity, every Node type", async () => {
    const schema = await createSubgraphSchema();
    const types = schema.getPossibleTypes(schema.getType("Node") as never).map((t) => t.name);
    expect(types.length).toBeGreaterThan(5);
    for (const type of types) {
      expect([type, nodeTypeNamed(type) !== undefined]).toEqual([type, true]);
      expect([type, entityTypeNames.includes(type)]).toEqual([type, true]);
    }
  });

  describe("node(id:) round trips over HTTP", () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness();
    });
    afterAll(async () => {
      await h.close();
    });

    it("gives back each object by the id it carries", async () => {
      const post = async (query: string, variables: Record<string, unknown>) =>
        (await (await fetch(h.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) })).json()) as {
          data: any;
          errors?: unknown;
        };
      const profile = (
        await post(`query ($id: ID!) { profile(id: $id) { id address { id } balances { id } recipients(first: 1) { nodes { id } } transfers(first: 1) { nodes { id } } } }`, {
          id: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)),
        })
      ).data.profile;
      const ids = [
        profile.id,
        toGlobalId("BusinessProfile", String(h.alice.businessProfileId)),
        profile.address.id,
        profile.balances[0].id,
        profile.recipients.nodes[0].id,
        profile.transfers.nodes[0].id,
      ];
      const response = await post(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
      expect(response.errors).toBeUndefined();
      expect(response.data.nodes.map((n: { id: string }) => n.id)).toEqual(ids);
      expect(response.data.nodes.map((n: { __typename: string }) => n.__typename)).toEqual(["PersonalProfile", "BusinessProfile", "Address", "Balance", "Recipient", "Transfer"]);
    });
  });
});

describe("Relay Cursor Connections", () => {
  it("gives every connection edges of { cursor: String!, node }, a non-null PageInfo, and first/after", async () => {
    const schema = await createSubgraphSchema();
    const fields = connectionFields(schema);
    expect(fields.map(([name]) => name)).toEqual(expect.arrayContaining(["Profile.activities", "Profile.transfers", "Profile.recipients"]));
    for (const [name, field] of fields) {
      const connection = getNamedType(field.type);
      expect(isObjectType(connection)).toBe(true);
      if (!isObjectType(connection)) continue;
      const { edges, pageInfo } = connection.getFields();
      expect([name, isListType(getNullableType(edges.type))]).toEqual([name, true]);
      expect([name, String(pageInfo.type)]).toEqual([name, "PageInfo!"]);
      const edge = getNamedType(edges.type);
      expect(isObjectType(edge) && edge.name.endsWith("Edge")).toBe(true);
      if (!isObjectType(edge)) continue;
      expect(String(edge.getFields().cursor.type)).toBe("String!");
      expect(isListType(getNullableType(edge.getFields().node.type))).toBe(false);
      const args = Object.fromEntries(field.args.map((arg) => [arg.name, getNamedType(arg.type).name]));
      expect([name, args.first, args.after]).toEqual([name, "Int", "String"]);
    }
  });

  it("has PageInfo exactly as the specification asks", async () => {
    const schema = await createSubgraphSchema();
    const pageInfo = schema.getType("PageInfo");
    if (!isObjectType(pageInfo)) throw new Error("PageInfo is not an object type");
    const fields = pageInfo.getFields();
    expect(String(fields.hasNextPage.type)).toBe("Boolean!");
    expect(String(fields.hasPreviousPage.type)).toBe("Boolean!");
    // Opaque strings, null only when the page is empty.
    expect(String(fields.startCursor.type)).toBe("String");
    expect(String(fields.endCursor.type)).toBe("String");
    expect(isNonNullType(fields.startCursor.type)).toBe(false);
  });
});
