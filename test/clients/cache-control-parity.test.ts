import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControl } from "@apollo/server/plugin/cacheControl";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import { createContext, type Context } from "../../src/context/context.js";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { staticCacheControlPlugin } from "../../src/server/plugins/cache-control.js";
import { WiseClient } from "../../src/wise/client.js";

// Our Cache-Control plugin works the header out once per document; Apollo's own plugin collects
// a hint per resolved field. On real answers from the sandbox both must give the same header
// (ours may only ever be stricter, and on these documents it is not).
let sandbox: RunningSandbox;
let client: WiseClient;
let schema: GraphQLSchema;
let apollos: ApolloServer<Context>;
let ours: ApolloServer<Context>;

const gid = (type: string, key: string | number) => Buffer.from(`${type}:${key}`).toString("base64");
const personal = gid("PersonalProfile", 41000011);

// [name, document, the header both must give]
const documents: Array<[string, string, string]> = [
  ["profiles", "{ profiles { id fullName } }", "no-store"],
  ["currencies", "{ currencies { code name } }", "max-age=3600, public"],
  [
    "a rate and its history",
    '{ rate(source: "GBP", target: "EUR") { rate } rateHistory(source: "GBP", target: "EUR", from: "2025-01-01T00:00:00Z", to: "2025-01-03T00:00:00Z") { rate } }',
    "max-age=60, public",
  ],
  ["currencies beside a profile", `{ currencies { code } profile(id: "${personal}") { id } }`, "no-store"],
  [
    "a page of transfers with links",
    `{ profile(id: "${personal}") { id transfers(first: 3) { nodes { id status recipient { holderName } profile { id } } pageInfo { hasNextPage } } } }`,
    "no-store",
  ],
  ["activities with their resources", `{ profile(id: "${personal}") { activities(first: 5) { nodes { wiseId titleText resource { type node { id } } } } } }`, "no-store"],
  [
    "balances through a fragment",
    `query Q { ...P } fragment P on Query { profile(id: "${personal}") { ... on PersonalProfile { balances { currency amount { amount } } } } }`,
    "no-store",
  ],
  ["node refetch", `{ nodes(ids: ["${personal}", "${gid("Transfer", 58000230)}", "${gid("Recipient", 710000001)}"]) { id } }`, "no-store"],
  ["only __typename", "{ __typename }", "no-store"],
];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  client = new WiseClient({ baseUrl: sandbox.url });
  schema = await createSubgraphSchema();
  // (Inline tracing off, as our server has it without a Studio graph: only the cache plugins differ.)
  const server = (plugins: ApolloServerPlugin<Context>[]) => new ApolloServer<Context>({ schema, plugins: [ApolloServerPluginInlineTraceDisabled(), ...plugins] });
  apollos = server([ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: true })]);
  ours = server([ApolloServerPluginCacheControlDisabled(), staticCacheControlPlugin(schema) as ApolloServerPlugin<Context>]);
  await apollos.start();
  await ours.start();
});

afterAll(async () => {
  await apollos?.stop();
  await ours?.stop();
  client?.breakers.shutdown();
  await sandbox?.close();
});

async function header(server: ApolloServer<Context>, query: string): Promise<{ cacheControl: string | undefined; errors: unknown }> {
  const response = await server.executeOperation({ query }, { contextValue: createContext(client, sandbox.users[0].token, 20_000) });
  const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
  return { cacheControl: response.http.headers.get("cache-control"), errors };
}

describe("Cache-Control worked out per document matches Apollo's per-field plugin", () => {
  it.each(documents)("%s", async (_name, query, both) => {
    const expected = await header(apollos, query);
    const actual = await header(ours, query);
    expect(actual.errors).toBeUndefined();
    expect(expected.errors).toBeUndefined();
    expect(expected.cacheControl).toBe(both);
    expect(actual.cacheControl).toBe(both);
  });
});
