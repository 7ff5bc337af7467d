import { describe, expect, it } from "@jest/globals";
import { runServerProcessToExit, startServerProcess } from "../helpers/server-process.js";

describe("graceful shutdown", () => {
  // NODE_ENV is set: under Jest's NODE_ENV=test, Apollo installs no signal handlers of its own,
  // which hid that they re-raised SIGTERM after the drain (exit by signal, 143).
  for (const NODE_ENV of ["development", "production"]) {
    it(`SIGTERM lets in-flight requests finish, then exits 0 (${NODE_ENV})`, async () => {
      // Every sandbox call takes 700 ms, so the request is surely in flight when SIGTERM arrives.
      const server = await startServerProcess({
        NODE_ENV,
        WISE_SANDBOX: "true",
        WISE_API_URL: "",
        WISE_API_TOKEN: "",
        WISE_TOKEN_FOR_ANONYMOUS: "allow",
        WISE_SANDBOX_LATENCY_MS: "700",
      });
      try {
        const inFlight = fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ currencies { code } }" }) });
        await new Promise((resolve) => setTimeout(resolve, 200));
        server.child.kill("SIGTERM");
        const response = await inFlight;
        expect(response.status).toBe(200);
        const body = (await response.json()) as { data?: { currencies: unknown[] }; errors?: unknown };
        expect(body.errors).toBeUndefined();
        expect(body.data?.currencies.length).toBeGreaterThan(0);
        expect(await server.exited).toEqual({ code: 0, signal: null });
      } finally {
        server.kill();
      }
    });
  }

  it("refuses to start on a bad configuration, with a clear message", async () => {
    const refused = await runServerProcessToExit({ WISE_API_URL: "https://api.wise-sandbox.com", WISE_API_TOKEN: "" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Set both WISE_API_URL and WISE_API_TOKEN/);
  });
});
