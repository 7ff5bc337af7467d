import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadTrustedDocuments, PERSISTED_QUERY_NOT_ALLOWED } from "../../src/server/plugins/trusted-documents.js";
import { CurrenciesDocument, ProfilesDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";

const MANIFEST = path.resolve(process.cwd(), "test/generated/persisted-documents.json");
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** The hash codegen gave an operation (`persistedDocuments: true`), without its `sha256:` prefix. */
const hashOf = (document: TypedDocumentNode<any, any>) => (document as unknown as { __meta__: { hash: string } }).__meta__.hash.replace(/^sha256:/, "");

interface Reply {
  status: number;
  headers: Headers;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/** Sends a GraphQL request by POST, or by GET with everything in the query string. */
async function send(h: Harness, method: "GET" | "POST", request: { query?: string; hash?: string; variables?: Record<string, unknown> }): Promise<Reply> {
  const extensions = request.hash ? { persistedQuery: { version: 1, sha256Hash: request.hash } } : undefined;
  let response: Response;
  if (method === "GET") {
    const search = new URLSearchParams();
    if (request.query) search.set("query", request.query);
    if (extensions) search.set("extensions", JSON.stringify(extensions));
    if (request.variables) search.set("variables", JSON.stringify(request.variables));
    // A header CSRF prevention accepts: browsers cannot send it cross-site without a preflight.
    response = await fetch(`${h.url}?${search}`, { headers: { "apollo-require-preflight": "true" } });
  } else {
    response = await fetch(h.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: request.query, variables: request.variables, extensions }),
    });
  }
  return { status: response.status, headers: response.headers, body: (await response.json()) as Reply["body"] };
}

const code = (reply: Reply) => reply.body.errors?.[0]?.extensions?.code;

describe("automatic persisted queries (default mode)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(["GET", "POST"] as const)("by %s: unknown hash, then register with the text, then run by hash alone", async (method) => {
    // A query text unique to this case, so that the hash is new to the server.
    const query = `query Apq${method} { currencies { code supportsDecimals } }`;
    const hash = sha256(query);

    const miss = await send(h, method, { hash });
    expect(miss.status).toBe(200);
    expect(code(miss)).toBe("PERSISTED_QUERY_NOT_FOUND");

    const register = await send(h, method, { query, hash });
    expect(register.body.errors).toBeUndefined();
    expect((register.body.data!.currencies as unknown[]).length).toBeGreaterThan(0);

    const hit = await send(h, method, { hash });
    expect(hit.body).toEqual(register.body);
    // Public reference data by GET and hash: a CDN may keep it.
    expect(hit.headers.get("cache-control")).toBe("max-age=3600, public");
  });

  it("refuses a hash that does not match the text", async () => {
    const reply = await send(h, "POST", { query: "{ currencies { code } }", hash: sha256("something else") });
    expect(reply.status).toBe(400);
  });

  it("works with Apollo Client's PersistedQueryLink", async () => {
    const requests: string[] = [];
    const client = new ApolloClient({
      link: ApolloLink.from([
        new PersistedQueryLink({ sha256, useGETForHashedQueries: true }),
        new HttpLink({
          uri: h.url,
          fetch: (url, init) => {
            const withText = String(url).includes("query=") || String(init?.body ?? "").includes('"query"');
            requests.push(`${init?.method ?? "GET"} ${withText ? "text" : "hash"}`);
            return fetch(url, init);
          },
        }),
      ]),
      cache: new InMemoryCache(),
    });
    const first = await client.query({ query: CurrenciesDocument, fetchPolicy: "network-only" });
    const second = await client.query({ query: CurrenciesDocument, fetchPolicy: "network-only" });
    expect(second.data).toEqual(first.data);
    // Miss by hash, register with the text, then the hash alone.
    expect(requests).toEqual(["GET hash", "POST text", "GET hash"]);
    client.stop();
  });
});

describe("trusted documents (TRUSTED_DOCUMENTS)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ server: { trustedDocuments: await loadTrustedDocuments(MANIFEST) } });
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(["GET", "POST"] as const)("runs a manifest operation by %s with its hash alone", async (method) => {
    const reply = await send(h, method, { hash: hashOf(CurrenciesDocument) });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect((reply.body.data!.currencies as unknown[]).length).toBeGreaterThan(0);
  });

  it("runs a manifest operation sent with its text too", async () => {
    const manifest = JSON.parse(await readFile(MANIFEST, "utf8")) as Record<string, string>;
    const reply = await send(h, "POST", { query: manifest[`sha256:${hashOf(ProfilesDocument)}`], hash: hashOf(ProfilesDocument) });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.profiles).toBeDefined();
  });

  it.each([
    ["an ad-hoc query", { query: "{ currencies { code } }" }],
    ["an unknown hash", { hash: sha256("{ currencies { code } }") }],
    ["an APQ registration of a new operation", { query: "{ profiles { id } }", hash: sha256("{ profiles { id } }") }],
    ["a hash that is not a sha256", { hash: "currencies" }],
  ])("refuses %s with 400 PERSISTED_QUERY_NOT_ALLOWED, calling nothing upstream", async (_name, request) => {
    await h.reset();
    for (const method of ["POST", "GET"] as const) {
      const reply = await send(h, method, request);
      expect(reply.status).toBe(400);
      expect(code(reply)).toBe(PERSISTED_QUERY_NOT_ALLOWED);
      expect(reply.body.data).toBeUndefined();
    }
    expect((await h.stats()).total).toBe(0);
  });

  it("cannot be widened by registering: a refused operation stays refused by hash", async () => {
    const query = "{ profiles { id fullName } }";
    expect(code(await send(h, "POST", { query, hash: sha256(query) }))).toBe(PERSISTED_QUERY_NOT_ALLOWED);
    expect(code(await send(h, "POST", { hash: sha256(query) }))).toBe(PERSISTED_QUERY_NOT_ALLOWED);
  });

  it("serves Apollo Client sending codegen's hashes", async () => {
    const client = new ApolloClient({
      link: ApolloLink.from([new PersistedQueryLink({ generateHash: (document) => hashOf(document as never) }), new HttpLink({ uri: h.url, fetch })]),
      cache: new InMemoryCache(),
    });
    const result = await client.query({ query: CurrenciesDocument });
    expect(result.data!.currencies!.length).toBeGreaterThan(0);
    client.stop();
  });

  it("refuses a manifest whose keys are not the hashes of their documents", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "manifest-"));
    const forged = path.join(dir, "forged.json");
    await writeFile(forged, JSON.stringify({ [`sha256:${sha256("{ currencies { code } }")}`]: "{ profiles { id } }" }));
    await expect(loadTrustedDocuments(forged)).rejects.toThrow(/not the sha256 of its text/);
    const list = path.join(dir, "list.json");
    await writeFile(list, JSON.stringify(["{ profiles { id } }"]));
    await expect(loadTrustedDocuments(list)).rejects.toThrow(/must be a JSON object/);
  });
});
