import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { fromGlobalId } from "graphql-relay";
import { createSubgraphSchema, subgraphSdl } from "../../src/federation/subgraph-schema.js";
import type { NodeType, SampleApi } from "../../src/modules/module.js";
import { entityTypes, nodeTypes } from "../../src/modules/node/node.registry.js";
import { startHarness, type Harness } from "../helpers/harness.js";

/**
 * Checks every Node type of the registry the same way, over HTTP against the sandbox: a new
 * Node type is covered as soon as it is in the module list, and fails here until it works.
 */

interface Body {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ defaultToken: null });
});
afterAll(async () => {
  await h.close();
});

async function post(token: string, query: string, variables: Record<string, unknown> = {}): Promise<Body> {
  const response = await h.raw(JSON.stringify({ query, variables }), { token });
  return JSON.parse(response.text) as Body;
}

/** Runs a sample's operations as `token`'s user; any error fails the sample. */
const sampleApi = (token: () => string): SampleApi => ({
  async request<T>(document: string, variables?: Record<string, unknown>): Promise<T> {
    const body = await post(token(), document, variables);
    if (body.errors?.length || !body.data) throw new Error(`Sample operation failed: ${JSON.stringify(body.errors)}`);
    // The sample states the shape of the data its own document asks for.
    return body.data as T;
  },
});

const NODE = "query ($id: ID!) { node(id: $id) { __typename id } }";
const ENTITIES = "query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Node { id } } }";
const codes = (body: Body) => (body.errors ?? []).map((error) => error.extensions?.code);

const registered = nodeTypes();

it('registers every Node type of the schema, each a Federation entity with @key(fields: "id")', async () => {
  const schema = await createSubgraphSchema();
  const inSchema = schema.getPossibleTypes(schema.getType("Node") as never).map((type) => type.name);
  expect(registered.map((nodeType) => nodeType.name).sort()).toEqual([...inSchema].sort());
  const sdl = await subgraphSdl();
  for (const name of Object.keys(entityTypes())) {
    expect([name, new RegExp(`(type|interface) ${name} implements [^{]*@key\\(fields: "id"\\)`).test(sdl)]).toEqual([name, true]);
  }
});

describe.each(registered.map((nodeType): [string, NodeType] => [nodeType.name, nodeType]))("Node type %s", (name, nodeType) => {
  let id: string;
  beforeAll(async () => {
    id = await nodeType.sample(sampleApi(() => h.alice.token));
  });

  it("has a sample: the global id of one of the owner's objects of this type", () => {
    expect(fromGlobalId(id).type).toBe(name);
  });

  it("round-trips through node(id:) and nodes(ids:)", async () => {
    const node = await post(h.alice.token, NODE, { id });
    expect(node).toEqual({ data: { node: { __typename: name, id } } });
    const nodes = await post(h.alice.token, "query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }", { ids: [id] });
    expect(nodes).toEqual({ data: { nodes: [{ __typename: name, id }] } });
  });

  it("resolves as a Federation entity, under its own name and every entity interface that names it", async () => {
    const typenames = Object.entries(entityTypes())
      .filter(([, names]) => (names as readonly string[]).includes(name))
      .map(([entity]) => entity);
    expect(typenames).toContain(name);
    const body = await post(h.alice.token, ENTITIES, { representations: typenames.map((typename) => ({ __typename: typename, id })) });
    expect(body).toEqual({ data: { _entities: typenames.map(() => ({ __typename: name, id })) } });
  });

  it("is refused to another user, through node(id:) and _entities, without leaking it", async () => {
    const node = await post(h.bob.token, NODE, { id });
    expect(node.data?.node).toBeNull();
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(codes(node)[0]);
    const entity = await post(h.bob.token, ENTITIES, { representations: [{ __typename: name, id }] });
    expect(entity.data?._entities).toEqual([null]);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(codes(entity)[0]);
    expect(JSON.stringify([node, entity])).not.toContain(fromGlobalId(id).id);
  });
});
