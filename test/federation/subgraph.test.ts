import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { readFile } from "node:fs/promises";
import { parse } from "graphql";
import { toGlobalId } from "graphql-relay";
import { subgraphSchemaFile } from "../../src/federation/printed-subgraph-schema.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { startGateway } from "./gateway.js";
import { loyaltyTypeDefs, startLoyaltySubgraph } from "./loyalty-subgraph.js";

interface Body {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

async function post(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Body };
}

const ENTITIES = `#graphql
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Node { id }
      ... on Profile { fullName }
      ... on Transfer { wiseId }
    }
  }
`;

describe("the Wise subgraph", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("answers _service { sdl } with the committed schema/subgraph.graphql, @link included", async () => {
    const response = await post(h.url, "{ _service { sdl } }");
    const sdl = response.body.data!._service.sdl as string;
    expect(`${sdl}\n`).toBe(await readFile(subgraphSchemaFile, "utf8"));
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    for (const type of ["PersonalProfile", "BusinessProfile", "Address", "Balance", "Quote", "Recipient", "Transfer"]) {
      expect(sdl).toMatch(new RegExp(`type ${type} implements [^{]*@key\\(fields: "id"\\)`));
    }
    expect(sdl).toMatch(/interface Profile implements Node[^{]*@key\(fields: "id"\)/);
  });

  it("resolves a representation of every entity type through the same loaders as node(id:)", async () => {
    const personal = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
    const ids = await post(
      h.url,
      `#graphql
      query ($id: ID!) { profile(id: $id) { address { id } balances { id } recipients(first: 1) { nodes { id } } transfers(first: 1) { nodes { id wiseId } } } }`,
      { id: personal },
    );
    const profile = ids.body.data!.profile;
    const representations = [
      { __typename: "PersonalProfile", id: personal },
      { __typename: "BusinessProfile", id: toGlobalId("BusinessProfile", String(h.alice.businessProfileId)) },
      { __typename: "Profile", id: personal },
      { __typename: "Address", id: profile.address.id },
      { __typename: "Balance", id: profile.balances[0].id },
      { __typename: "Recipient", id: profile.recipients.nodes[0].id },
      { __typename: "Transfer", id: profile.transfers.nodes[0].id },
    ];
    await h.reset();
    const response = await post(h.url, ENTITIES, { representations });
    expect(response.body.errors).toBeUndefined();
    const entities = response.body.data!._entities as Array<{ __typename: string; id: string }>;
    // The Profile interface's reference comes back as its concrete type.
    expect(entities.map((e) => e.__typename)).toEqual(["PersonalProfile", "BusinessProfile", "PersonalProfile", "Address", "Balance", "Recipient", "Transfer"]);
    expect(entities.map((e) => e.id)).toEqual(representations.map((r) => r.id));
    // Three profile representations, one list call.
    expect((await h.stats()).routes["GET /v2/profiles"]).toBe(1);
    // Entities are the caller's data: never cacheable.
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers a bad representation with an error in its own slot, resolving the others", async () => {
    const personal = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
    const response = await post(h.url, ENTITIES, {
      representations: [
        { __typename: "PersonalProfile", id: personal },
        { __typename: "Address", id: toGlobalId("Transfer", "1") },
        { __typename: "Transfer", id: "not-an-id" },
        { __typename: "PersonalProfile", id: toGlobalId("PersonalProfile", String(h.alice.businessProfileId)) },
        { __typename: "PersonalProfile", id: toGlobalId("PersonalProfile", String(h.bob.personalProfileId)) },
      ],
    });
    const entities = response.body.data!._entities as Array<unknown>;
    expect(entities[0]).toMatchObject({ __typename: "PersonalProfile", id: personal });
    expect(entities.slice(1)).toEqual([null, null, null, null]);
    const codes = Object.fromEntries((response.body.errors ?? []).map((e) => [e.path?.[1], e.extensions?.code]));
    expect(codes).toEqual({ 1: "BAD_USER_INPUT", 2: "BAD_USER_INPUT", 3: "NOT_FOUND", 4: "FORBIDDEN" });
  });

  it("in production without SUBGRAPH_SECRET, has no _service or _entities at all", async () => {
    const production = await startHarness({ production: true });
    try {
      await production.reset();
      const introspection = await post(production.url, "{ __schema { queryType { name } } }");
      expect(introspection.status).toBe(400);
      // With introspection off, `_service` would hand out the whole schema and `_entities` read
      // by id around the router: in production they need the router's secret to exist.
      const service = await post(production.url, "{ _service { sdl } }");
      const representations = [{ __typename: "PersonalProfile", id: toGlobalId("PersonalProfile", String(production.alice.personalProfileId)) }];
      const entities = await post(production.url, ENTITIES, { representations }, { authorization: `Bearer ${production.alice.token}` });
      for (const refused of [service, entities]) {
        expect(refused.status).toBe(400);
        expect(refused.body.data).toBeUndefined();
        expect(refused.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      }
      expect((await production.stats()).total).toBe(0);
      // The public API is unchanged.
      const profiles = await post(production.url, "{ profiles { id } }", {}, { authorization: `Bearer ${production.alice.token}` });
      expect(profiles.body.data!.profiles.length).toBeGreaterThan(0);
    } finally {
      await production.close();
    }
  });
});

describe("SUBGRAPH_SECRET", () => {
  const secret = "s3cret-shared-with-the-router-only";
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ server: { subgraphSecret: secret } });
  });
  afterAll(async () => {
    await h.close();
  });

  it("refuses /graphql requests without the router's secret, before anything runs", async () => {
    await h.reset();
    const attempts: Array<Record<string, string>> = [{}, { "x-subgraph-secret": "wrong" }, { "x-subgraph-secret": `${secret}x` }];
    for (const headers of attempts) {
      const response = await post(h.url, "{ profiles { id } _service { sdl } }", {}, headers);
      expect(response.status).toBe(401);
      expect(response.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      expect(response.body.data).toBeUndefined();
    }
    const landing = await fetch(h.url, { headers: { accept: "text/html" } });
    expect(landing.status).toBe(401);
    expect((await h.stats()).total).toBe(0);
  });

  it("refuses _service and _entities on their own without the secret, and answers them with it", async () => {
    await h.reset();
    const representations = [{ __typename: "PersonalProfile", id: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)) }];
    const auth = { authorization: `Bearer ${h.alice.token}` };
    for (const headers of [{}, { "x-subgraph-secret": "wrong" }] as Array<Record<string, string>>) {
      const service = await post(h.url, "{ _service { sdl } }", {}, { ...auth, ...headers });
      const entities = await post(h.url, ENTITIES, { representations }, { ...auth, ...headers });
      for (const refused of [service, entities]) {
        expect(refused.status).toBe(401);
        expect(refused.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
        expect(refused.body.data).toBeUndefined();
      }
    }
    expect((await h.stats()).total).toBe(0);
    const service = await post(h.url, "{ _service { sdl } }", {}, { "x-subgraph-secret": secret });
    expect(service.body.data!._service.sdl).toContain("type Transfer");
    const entities = await post(h.url, ENTITIES, { representations }, { ...auth, "x-subgraph-secret": secret });
    expect(entities.body.data!._entities[0]).toMatchObject({ __typename: "PersonalProfile" });
  });

  it("in production, serves _service and _entities to the router that presents it", async () => {
    const production = await startHarness({ production: true, server: { subgraphSecret: secret } });
    try {
      const representations = [{ __typename: "PersonalProfile", id: toGlobalId("PersonalProfile", String(production.alice.personalProfileId)) }];
      const auth = { authorization: `Bearer ${production.alice.token}` };
      expect((await post(production.url, "{ _service { sdl } }", {}, auth)).status).toBe(401);
      expect((await post(production.url, ENTITIES, { representations }, auth)).status).toBe(401);
      const service = await post(production.url, "{ _service { sdl } }", {}, { "x-subgraph-secret": secret });
      expect(service.body.data!._service.sdl).toContain("type Transfer");
      const entities = await post(production.url, ENTITIES, { representations }, { ...auth, "x-subgraph-secret": secret });
      expect(entities.body.errors).toBeUndefined();
      expect(entities.body.data!._entities[0]).toMatchObject({ __typename: "PersonalProfile" });
    } finally {
      await production.close();
    }
  });

  it("answers requests that carry it, and leaves /health open", async () => {
    const response = await post(h.url, "{ profiles { id } }", {}, { "x-subgraph-secret": secret });
    expect(response.status).toBe(200);
    expect(response.body.data!.profiles.length).toBeGreaterThan(0);
    expect((await fetch(h.url.replace("/graphql", "/health"))).status).toBe(200);
  });

  it("works behind a gateway that adds the secret to its subgraph requests", async () => {
    const loyalty = await startLoyaltySubgraph();
    const sdl = await post(h.url, "{ _service { sdl } }", {}, { "x-subgraph-secret": secret });
    const subgraphs = [
      { name: "wise", url: h.url, typeDefs: parse(sdl.body.data!._service.sdl) },
      { name: "loyalty", url: loyalty.url, typeDefs: loyaltyTypeDefs },
    ];
    const withSecret = await startGateway(subgraphs, { "x-subgraph-secret": secret });
    const without = await startGateway(subgraphs);
    try {
      const ok = await withSecret.query<{ profiles: Array<{ loyaltyTier: string }> }>("{ profiles { id loyaltyTier } }", { token: h.alice.token });
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.profiles[0].loyaltyTier).toBe("BRONZE");
      const refused = await without.query("{ profiles { id } }", { token: h.alice.token });
      expect(refused.errors?.length).toBeGreaterThan(0);
    } finally {
      await withSecret.close();
      await without.close();
      await loyalty.close();
    }
  });
});
