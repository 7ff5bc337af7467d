import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import http from "node:http";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { runServerProcessToExit, startServerProcess, type ServerProcess } from "../helpers/server-process.js";

interface Answer {
  status: number;
  body: { data?: { profiles?: Array<{ id: string }> } | null; errors?: Array<{ extensions?: { code?: string } }> };
}

const QUERY = "{ profiles { id } }";

/** One request with exactly these headers (node:http sends an empty or blank value as it is). */
function send(url: string, options: { method?: "GET" | "POST"; search?: string; headers?: Record<string, string> }): Promise<Answer> {
  const target = new URL(url);
  const method = options.method ?? "POST";
  const search = method === "GET" ? `?query=${encodeURIComponent(QUERY)}${options.search ?? ""}` : (options.search ?? "");
  const body = method === "POST" ? JSON.stringify({ query: QUERY }) : undefined;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${search}`,
        method,
        // GET needs a header that only a non-simple request carries (Apollo's CSRF prevention).
        headers: { ...(body ? { "content-type": "application/json" } : { "apollo-require-preflight": "true" }), ...options.headers },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk: Buffer) => (text += chunk.toString()));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as Answer["body"] }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
  await sandbox.close();
});

async function wiseCalls(): Promise<{ total: number; byToken: Record<string, number> }> {
  return (await (await fetch(`${sandbox.url}/__sandbox/stats`)).json()) as { total: number; byToken: Record<string, number> };
}

/** Every way a request can come without a token, the configured token sitting in the query string in two of them. */
function anonymousRequests(): Array<{ name: string; method?: "GET" | "POST"; search?: string; headers?: Record<string, string> }> {
  const token = sandbox.users[0].token;
  return [
    { name: "no Authorization header" },
    { name: "an empty Authorization header", headers: { authorization: "" } },
    { name: "Bearer and a space", headers: { authorization: "Bearer " } },
    { name: "Bearer and blanks", headers: { authorization: "Bearer    " } },
    { name: "a token in the query string of a GET", method: "GET", search: `&access_token=${token}&token=${token}` },
    { name: "a token in the query string of a POST", search: `?access_token=${token}&token=${token}` },
  ];
}

async function withServer(env: Record<string, string>, test: (server: ServerProcess) => Promise<void>): Promise<void> {
  const server = await startServerProcess(env);
  try {
    await test(server);
  } finally {
    server.kill();
  }
}

describe("requests without a token, with Wise credentials configured", () => {
  const credentials = () => ({ WISE_API_URL: sandbox.url, WISE_API_TOKEN: sandbox.users[0].token });

  for (const NODE_ENV of ["development", "production"]) {
    it(`are UNAUTHENTICATED and call Wise not at all (${NODE_ENV})`, async () => {
      await withServer({ ...credentials(), NODE_ENV }, async (server) => {
        await fetch(`${sandbox.url}/__sandbox/reset`, { method: "POST" });
        for (const request of anonymousRequests()) {
          const answer = await send(server.url, request);
          expect({ request: request.name, data: answer.body.data?.profiles ?? null, codes: answer.body.errors?.map((e) => e.extensions?.code) }).toEqual({
            request: request.name,
            data: null,
            codes: ["UNAUTHENTICATED"],
          });
        }
        expect((await wiseCalls()).total).toBe(0);
        // The caller's own token still works.
        const own = await send(server.url, { headers: { authorization: `Bearer ${sandbox.users[1].token}` } });
        expect(own.body.data?.profiles?.length).toBeGreaterThan(0);
        expect(server.output().stdout).toContain("Requests without an Authorization header are refused");
      });
    });
  }

  it("act as the configured token only with WISE_TOKEN_FOR_ANONYMOUS=allow, which warns at start", async () => {
    await withServer({ ...credentials(), NODE_ENV: "production", WISE_TOKEN_FOR_ANONYMOUS: "allow" }, async (server) => {
      await server.waitForOutput(/WARNING: WISE_TOKEN_FOR_ANONYMOUS=allow/);
      expect(server.output().stderr).toMatch(/WARNING: WISE_TOKEN_FOR_ANONYMOUS=allow/);
      await fetch(`${sandbox.url}/__sandbox/reset`, { method: "POST" });
      for (const request of anonymousRequests()) {
        const answer = await send(server.url, request);
        expect({ request: request.name, errors: answer.body.errors }).toEqual({ request: request.name, errors: undefined });
        expect(answer.body.data?.profiles?.length).toBeGreaterThan(0);
      }
      const calls = await wiseCalls();
      expect(Object.keys(calls.byToken)).toEqual([sandbox.users[0].name]);
      // A header that is present but not a Bearer token never falls back to the configured one.
      const malformed = await send(server.url, { headers: { authorization: "Basic YWxpY2U6c2VjcmV0" } });
      expect(malformed.body.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    });
  });
});

describe("the embedded sandbox", () => {
  it("in development, still lets a request without a token act as the first demo user", async () => {
    await withServer({ NODE_ENV: "development", WISE_API_URL: "", WISE_API_TOKEN: "" }, async (server) => {
      const answer = await send(server.url, {});
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.profiles?.length).toBeGreaterThan(0);
      expect(server.output().stdout).toMatch(/Requests without an Authorization header act as alice/);
    });
  });

  it("in production, refuses to start without Wise credentials unless WISE_SANDBOX=true asks for it", async () => {
    const refused = await runServerProcessToExit({ NODE_ENV: "production", WISE_API_URL: "", WISE_API_TOKEN: "" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/NODE_ENV=production needs WISE_API_URL and WISE_API_TOKEN.*WISE_SANDBOX=true/);
    expect(refused.stdout).not.toContain("GraphQL server ready");

    await withServer({ NODE_ENV: "production", WISE_API_URL: "", WISE_API_TOKEN: "", WISE_SANDBOX: "true" }, async (server) => {
      await server.waitForOutput(/WARNING: WISE_SANDBOX=true/);
      expect(server.output().stderr).toMatch(/WARNING: WISE_SANDBOX=true/);
      // Production rules still hold on the sandbox: no token, no data.
      const answer = await send(server.url, {});
      expect(answer.body.errors?.map((e) => e.extensions?.code)).toEqual(["UNAUTHENTICATED"]);
    });
  });
});
