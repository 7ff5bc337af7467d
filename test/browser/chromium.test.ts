import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { chromium, type Browser, type Page } from "playwright-core";
import { GRAPHIQL_PATH } from "../../src/server/graphiql.js";
import { startHarness, type Harness } from "../helpers/harness.js";

/** `CHROMIUM_PATH`, else Debian's `chromium` package; a browser is never downloaded. */
function findChromium(): string | null {
  const chosen = process.env.CHROMIUM_PATH?.trim();
  if (chosen) return existsSync(chosen) ? chosen : null;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
}

const executablePath = findChromium();
const SKIP_REASON = "SKIPPED: no Chromium installed (apt-get install -y chromium, or set CHROMIUM_PATH); the browser tests did not run";
if (!executablePath) {
  // Jest prints nothing for a suite whose tests are all skipped, console included: straight to stderr.
  process.stderr.write(`\n[test/browser/chromium.test.ts] ${SKIP_REASON}\n\n`);
}
const describeInBrowser = executablePath ? describe : describe.skip;

/** A page on its own loopback origin: the origin is what CORS is about, the page only runs fetch. */
async function startPageServer(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>Another origin</title><p>A page on another origin.</p>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Calls the GraphQL server from inside the page, as the page's own script would. */
function fetchFromPage(page: Page, url: string, token: string) {
  return page.evaluate(
    async ({ url, token }) => {
      try {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: "{ profiles { id fullName } }" }),
        });
        return { status: response.status, body: (await response.json()) as { data?: { profiles: Array<{ id: string; fullName: string }> } } };
      } catch (error) {
        return { failed: String(error) };
      }
    },
    { url, token },
  );
}

const profilesQuery = parse("{ profiles { id fullName } }") as TypedDocumentNode<{ profiles: Array<{ id: string; fullName: string }> }, Record<string, never>>;

const isLoopback = (url: string) => /^(data|blob):/.test(url) || ["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname);

describeInBrowser(executablePath ? "in Chromium" : `in Chromium (${SKIP_REASON})`, () => {
  let browser: Browser;
  let allowedPage: { origin: string; server: Server };
  let otherPage: { origin: string; server: Server };
  let harness: Harness;

  beforeAll(async () => {
    [allowedPage, otherPage] = await Promise.all([startPageServer(), startPageServer()]);
    harness = await startHarness({ server: { cors: { origins: [allowedPage.origin], credentials: false } } });
    browser = await chromium.launch({ executablePath: executablePath! });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    for (const page of [allowedPage, otherPage]) await new Promise((resolve) => page?.server.close(resolve));
  });

  it("a page on an origin in CORS_ORIGINS calls /graphql on another origin and reads the data", async () => {
    const page = await browser.newPage();
    await page.goto(`${allowedPage.origin}/`);
    const result = await fetchFromPage(page, harness.url, harness.bob.token);
    await page.close();
    // The preflight (JSON body, Authorization header) passed, and the answer is bob's, not the
    // default caller's: the token crossed origins.
    const bobs = await harness.request(profilesQuery, undefined, { token: harness.bob.token });
    const alices = await harness.request(profilesQuery, undefined, { token: harness.alice.token });
    expect(bobs.body.data!.profiles.length).toBeGreaterThan(0);
    expect(bobs.body.data).not.toEqual(alices.body.data);
    expect(result).toEqual({ status: 200, body: { data: bobs.body.data } });
  }, 60_000);

  it("a page on an origin not listed is blocked: its fetch rejects", async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    await page.goto(`${otherPage.origin}/`);
    const result = await fetchFromPage(page, harness.url, harness.bob.token);
    await page.close();
    expect(result).toEqual({ failed: expect.stringMatching(/Failed to fetch/) });
    expect(consoleErrors.join("\n")).toMatch(/blocked by CORS policy/);
  }, 60_000);

  it("GraphiQL loads at /graphiql with no request leaving loopback, runs a query and shows the result", async () => {
    const context = await browser.newContext();
    const requests: string[] = [];
    const problems: string[] = [];
    // Every request is recorded; one that would leave loopback is also stopped here.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      requests.push(url);
      return isLoopback(url) ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    const base = new URL(harness.url).origin;
    // GraphiQL opens on the operation given in its URL.
    const pageUrl = `${base}${GRAPHIQL_PATH}?query=${encodeURIComponent("query Currencies {\n  currencies {\n    code\n  }\n}")}`;
    await page.goto(pageUrl);
    await page.locator(".graphiql-execute-button").click();
    const response = page.locator(".graphiql-response");
    await response.getByText('"currencies"').waitFor({ timeout: 30_000 });
    expect(await response.innerText()).toMatch(/"code": "[A-Z]{3}"/);
    await context.close();

    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLoopback(url))).toEqual([]);
    // The page asked this server for itself, its two assets, and /graphql for the schema
    // (introspection) and the query.
    expect(requests[0]).toBe(pageUrl);
    expect(requests.filter((url) => url.startsWith(`${base}${GRAPHIQL_PATH}/assets/`))).toHaveLength(2);
    expect(requests.filter((url) => url === `${base}/graphql`).length).toBeGreaterThanOrEqual(2);
    expect(problems).toEqual([]);
  }, 90_000);
});
