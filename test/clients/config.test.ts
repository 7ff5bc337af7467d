import { describe, expect, it } from "@jest/globals";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("config: explorers, Studio, trusted documents, subgraph secret", () => {
  it("defaults: introspection in development only, no Studio, no trusted documents, no secret", () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, studio: null, trustedDocuments: null, subgraphSecret: null });
    expect(loadConfig({ NODE_ENV: "production", WISE_SANDBOX: "true" })).toMatchObject({ production: true, introspection: false });
  });

  it("GRAPHQL_INTROSPECTION overrides the default either way", () => {
    expect(loadConfig({ NODE_ENV: "production", WISE_SANDBOX: "true", GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: "false" }).introspection).toBe(false);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: "yes" })).toThrow(ConfigError);
  });

  it("reports to Studio only with both APOLLO_KEY and APOLLO_GRAPH_REF", () => {
    expect(loadConfig({ APOLLO_KEY: "service:wise:abc", APOLLO_GRAPH_REF: "wise@current" }).studio).toEqual({ key: "service:wise:abc", graphRef: "wise@current" });
    expect(() => loadConfig({ APOLLO_KEY: "service:wise:abc" })).toThrow(/APOLLO_KEY and APOLLO_GRAPH_REF/);
    expect(() => loadConfig({ APOLLO_GRAPH_REF: "wise@current" })).toThrow(/APOLLO_KEY and APOLLO_GRAPH_REF/);
    expect(() => loadConfig({ APOLLO_KEY: "k", APOLLO_GRAPH_REF: "no variant" })).toThrow(/APOLLO_GRAPH_REF/);
  });

  it("reads TRUSTED_DOCUMENTS and SUBGRAPH_SECRET, which exclude each other", () => {
    expect(loadConfig({ TRUSTED_DOCUMENTS: "manifest.json" }).trustedDocuments).toBe("manifest.json");
    expect(loadConfig({ SUBGRAPH_SECRET: "0123456789abcdef" }).subgraphSecret).toBe("0123456789abcdef");
    expect(() => loadConfig({ SUBGRAPH_SECRET: "short" })).toThrow(/at least 16/);
    expect(() => loadConfig({ SUBGRAPH_SECRET: "0123456789abcdef", TRUSTED_DOCUMENTS: "manifest.json" })).toThrow(/exclude each other/);
  });
});
