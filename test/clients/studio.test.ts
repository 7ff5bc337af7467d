import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { createServer as createHttpServer, type IncomingHttpHeaders } from "node:http";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import type { ApolloServer } from "@apollo/server";
import { CurrenciesDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";

/** Apollo Server's installed plugins, by internal id; `disabled` for the *Disabled variants. */
function installedPlugins(apollo: ApolloServer<any>): Record<string, "active" | "disabled"> {
  const plugins = (apollo as unknown as { internals: { plugins: Array<{ __internal_plugin_id__?: string; __is_disabled_plugin__?: boolean }> } }).internals.plugins;
  return Object.fromEntries(plugins.filter((p) => p.__internal_plugin_id__).map((p) => [p.__internal_plugin_id__!, p.__is_disabled_plugin__ ? "disabled" : "active"]));
}

/** A stand-in for Studio's usage-reporting ingress on loopback: it keeps what it receives. */
async function startFakeStudio() {
  const reports: Array<{ path: string; headers: IncomingHttpHeaders; body: string }> = [];
  const server = createHttpServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      const body = request.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
      // The report is protobuf; its strings (graph ref, operation signatures) are readable as is.
      reports.push({ path: request.url ?? "", headers: request.headers, body: body.toString("latin1") });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, reports, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("Apollo Studio reporting", () => {
  it("is off, and sends nothing anywhere, without APOLLO_KEY and APOLLO_GRAPH_REF", async () => {
    // Even with Apollo's variables in the process environment: our config decides, not Apollo's env lookup.
    const saved = { key: process.env.APOLLO_KEY, ref: process.env.APOLLO_GRAPH_REF, schema: process.env.APOLLO_SCHEMA_REPORTING };
    Object.assign(process.env, { APOLLO_KEY: "service:leaked:key", APOLLO_GRAPH_REF: "leaked@current", APOLLO_SCHEMA_REPORTING: "true" });
    // Every HTTP(S) request the process makes off loopback (calls to the local sandbox pass).
    const outbound: string[] = [];
    const record = (module: typeof http | typeof https) => {
      const original = module.request.bind(module) as (...args: unknown[]) => unknown;
      return jest.spyOn(module, "request").mockImplementation(((...args: unknown[]) => {
        const target = args[0] as string | URL | { hostname?: string; host?: string };
        const host = typeof target === "string" || target instanceof URL ? new URL(target).hostname : (target.hostname ?? target.host ?? "");
        if (host !== "127.0.0.1" && host !== "localhost") outbound.push(host);
        return original(...args);
      }) as never);
    };
    const originalFetch = globalThis.fetch;
    const fetchSpy = jest.spyOn(globalThis, "fetch").mockImplementation(((input: string | URL | Request, init?: RequestInit) => {
      const host = new URL(input instanceof Request ? input.url : input).hostname;
      if (host !== "127.0.0.1" && host !== "localhost") outbound.push(host);
      return originalFetch(input, init);
    }) as typeof fetch);
    const spies = [record(http), record(https), fetchSpy];
    let h: Harness | undefined;
    try {
      h = await startHarness();
      expect(installedPlugins(h.server.apollo)).toMatchObject({ UsageReporting: "disabled", SchemaReporting: "disabled" });
      const response = await h.request(CurrenciesDocument);
      expect(response.body.errors).toBeUndefined();
      // Stopping is when a reporting plugin would flush what it holds.
      await h.server.apollo.stop();
    } finally {
      await h?.close();
      for (const spy of spies) spy.mockRestore();
      for (const [name, value] of [
        ["APOLLO_KEY", saved.key],
        ["APOLLO_GRAPH_REF", saved.ref],
        ["APOLLO_SCHEMA_REPORTING", saved.schema],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    expect(outbound).toEqual([]);
  });

  describe("with a Studio graph", () => {
    let studio: Awaited<ReturnType<typeof startFakeStudio>>;
    let h: Harness;
    beforeAll(async () => {
      studio = await startFakeStudio();
      h = await startHarness({ server: { studio: { key: "service:wise:test-key", graphRef: "wise@test", usageReportingEndpoint: studio.url } } });
    });
    afterAll(async () => {
      await studio.close();
    });

    it("reports usage of operations clients send directly, not of those a router reports itself", async () => {
      expect(installedPlugins(h.server.apollo)).toMatchObject({ UsageReporting: "active", SchemaReporting: "disabled" });
      const send = (query: string, headers: Record<string, string> = {}) =>
        fetch(h.url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query }) });
      expect((await send("query DirectClient { currencies { code } }")).status).toBe(200);
      // A router asking for an inline trace reports this operation to Studio on its own.
      const routed = await send("query RouterFetch { currencies { code } }", { "apollo-federation-include-trace": "ftv1" });
      expect(((await routed.json()) as { extensions?: { ftv1?: string } }).extensions?.ftv1).toEqual(expect.any(String));
      // Stopping Apollo (which also closes Fastify through the drain plugin) flushes the pending report.
      await h.server.apollo.stop();
      await h.close();
      expect(studio.reports.length).toBeGreaterThan(0);
      const report = studio.reports.map((r) => r.body).join("\n");
      expect(studio.reports[0].path).toBe("/api/ingress/traces");
      expect(studio.reports[0].headers["x-api-key"]).toBe("service:wise:test-key");
      expect(report).toContain("wise@test");
      expect(report).toContain("DirectClient");
      expect(report).not.toContain("RouterFetch");
    });
  });
});

describe("landing page and introspection", () => {
  const INTROSPECTION = JSON.stringify({ query: "{ __schema { queryType { name } } }" });
  /** The script of an embedded Apollo Sandbox or Explorer (the CSP header names them either way). */
  const EMBED_SCRIPT = /<script[^>]+src="https:\/\/embeddable-(sandbox|explorer)\./;

  it("development: the embedded Apollo Sandbox, and introspection on", async () => {
    const h = await startHarness();
    try {
      const page = await fetch(h.url, { headers: { accept: "text/html" } });
      expect(await page.text()).toMatch(EMBED_SCRIPT);
      const introspection = await h.raw(INTROSPECTION);
      expect(introspection.status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it("production: the production landing page without an embedded explorer, and introspection off", async () => {
    const h = await startHarness({ production: true });
    try {
      const html = await (await fetch(h.url, { headers: { accept: "text/html" } })).text();
      expect(html).toContain("apollo-server-landing-page");
      expect(html).not.toMatch(EMBED_SCRIPT);
      const introspection = await h.raw(INTROSPECTION);
      expect(introspection.status).toBe(400);
      expect(JSON.parse(introspection.text).errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    } finally {
      await h.close();
    }
  });

  it("production with GRAPHQL_INTROSPECTION=true: introspection on", async () => {
    const h = await startHarness({ production: true, server: { introspection: true } });
    try {
      expect((await h.raw(INTROSPECTION)).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});
