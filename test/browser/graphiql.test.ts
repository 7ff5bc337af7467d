import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { ConfigError, loadConfig } from "../../src/config.js";
import { GRAPHIQL_PATH } from "../../src/server/graphiql.js";
import { startHarness, type Harness } from "../helpers/harness.js";

/**
 * The only absolute URLs allowed in the served page, script and stylesheet. None is ever
 * requested: each is a namespace name or text. Anything new (a CDN, a telemetry endpoint) fails.
 */
const KNOWN_URLS: Record<string, string> = {
  "http://www.w3.org/2000/svg": "SVG namespace name, for document.createElementNS",
  "http://www.w3.org/1999/xhtml": "XHTML namespace name",
  "http://www.w3.org/1999/xlink": "XLink namespace name",
  "http://www.w3.org/XML/1998/namespace": "XML namespace name",
  "http://www.w3.org/1998/Math/MathML": "MathML namespace name",
  "https://reactjs.org/docs/error-decoder.html?invariant=": "text of React's production error messages",
  "https://yarnpkg.com/en/docs/selective-version-resolutions": "text of graphql-js's duplicate-module error message",
  "https://en.wikipedia.org/wiki/IEEE_floating_point": "description of graphql-js's built-in Float scalar",
  "https://commonmark.org/": "description of graphql-js's built-in @deprecated directive",
  "https://github.com/graphql/graphiql": "GraphiQL's logo link, opened only when clicked",
  "https://codemirror.net/5/doc/manual.html#keymaps": "link in GraphiQL's keyboard-shortcuts dialog, opened only when clicked",
  "http://${}": "markdown-it's linkify completing a scheme-less link in a schema description",
};

/** Absolute URLs in a text; a template's placeholders (minified names) read as `${}`. */
const absoluteUrls = (text: string) => [
  ...new Set((text.match(/\b(?:https?|wss?):\/\/[^\s"'()<>\\,]+/g) ?? []).map((url) => url.replace(/\$\{[^}]*\}/g, "${}").replace(/`.*$/, ""))),
];

describe("GraphiQL at /graphiql (development default)", () => {
  let harness: Harness;
  let base: string;
  beforeAll(async () => {
    harness = await startHarness();
    base = new URL(harness.url).origin;
  });
  afterAll(async () => {
    await harness.close();
  });

  async function served(path: string) {
    const response = await fetch(`${base}${path}`);
    return { response, text: await response.text() };
  }

  it("serves the page, its script and stylesheet from this server, and they reference no other server", async () => {
    const { response, text: html } = await served(GRAPHIQL_PATH);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-cache");
    // The browser itself refuses anything from, or any connection to, another origin.
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'.*script-src 'self'.*connect-src 'self'/);

    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]).filter((ref) => !ref.startsWith("data:"));
    expect(assets).toHaveLength(2);
    for (const asset of assets) expect(asset).toMatch(new RegExp(`^${GRAPHIQL_PATH}/assets/graphiql-[A-Z0-9]+\\.(js|css)$`));
    expect(absoluteUrls(html)).toEqual([]);

    const unknown: string[] = [];
    for (const asset of assets) {
      const { response: assetResponse, text } = await served(asset);
      expect(assetResponse.status).toBe(200);
      expect(assetResponse.headers.get("content-type")).toMatch(asset.endsWith(".js") ? /^text\/javascript/ : /^text\/css/);
      expect(assetResponse.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      unknown.push(...absoluteUrls(text).filter((url) => !(url in KNOWN_URLS)));
      if (asset.endsWith(".css")) {
        // Fonts and images are inlined as data URLs; no url() or @import points anywhere else.
        const references = [...text.matchAll(/url\(\s*["']?([^"')]+)/g)].map((match) => match[1]);
        expect(references.filter((ref) => !ref.startsWith("data:"))).toEqual([]);
        expect(text).not.toMatch(/@import/);
      }
    }
    expect(unknown).toEqual([]);
  });

  it("also answers at /graphiql/, and serves only the files of the build", async () => {
    expect((await served(`${GRAPHIQL_PATH}/`)).response.status).toBe(200);
    for (const path of [
      `${GRAPHIQL_PATH}/assets/index.html`,
      `${GRAPHIQL_PATH}/assets/..%2F..%2Fpackage.json`,
      `${GRAPHIQL_PATH}/assets/nothing.js`,
      `${GRAPHIQL_PATH}/../package.json`,
    ]) {
      expect((await served(path)).response.status).toBe(404);
    }
  });
});

describe("GraphiQL in production", () => {
  it("is not served by default", async () => {
    const harness = await startHarness({ production: true });
    try {
      expect((await fetch(`${new URL(harness.url).origin}${GRAPHIQL_PATH}`)).status).toBe(404);
    } finally {
      await harness.close();
    }
  });

  it("is served when enabled (GRAPHIQL=true)", async () => {
    const harness = await startHarness({ production: true, server: { graphiql: true, introspection: true } });
    try {
      expect((await fetch(`${new URL(harness.url).origin}${GRAPHIQL_PATH}`)).status).toBe(200);
    } finally {
      await harness.close();
    }
  });
});

describe("config: GRAPHIQL", () => {
  it("is on in development and off in production unless GRAPHIQL=true", () => {
    expect(loadConfig({}).graphiql).toBe(true);
    // Production needs Wise credentials (or the sandbox asked for explicitly) to load at all.
    const wise = { WISE_API_URL: "https://api.wise.com", WISE_API_TOKEN: "t" };
    expect(loadConfig({ NODE_ENV: "production", ...wise }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHIQL: "true", ...wise }).graphiql).toBe(true);
    expect(loadConfig({ GRAPHIQL: "false" }).graphiql).toBe(false);
    expect(() => loadConfig({ GRAPHIQL: "1" })).toThrow(ConfigError);
  });
});
