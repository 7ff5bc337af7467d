// WISE_CLIENT_ID / WISE_CLIENT_SECRET: read in config, both or neither; and `npm start` on the
// embedded sandbox acting as the sandbox's demo partner client by itself, which it prints.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { ConfigError, loadConfig } from "../../src/config.js";
import { startServerProcess, type ServerProcess } from "../helpers/server-process.js";

describe("config: the partner's client credentials", () => {
  it("are null unless both are set; one alone stops the start", () => {
    expect(loadConfig({}).clientCredentials).toBeNull();
    expect(loadConfig({ WISE_CLIENT_ID: " my-client ", WISE_CLIENT_SECRET: "s3cret" }).clientCredentials).toEqual({ clientId: "my-client", clientSecret: "s3cret" });
    expect(() => loadConfig({ WISE_CLIENT_ID: "my-client" })).toThrow(ConfigError);
    expect(() => loadConfig({ WISE_CLIENT_SECRET: "s3cret" })).toThrow(/Set both WISE_CLIENT_ID and WISE_CLIENT_SECRET/);
  });

  it("never appear in a configuration error's message", () => {
    try {
      loadConfig({ WISE_CLIENT_SECRET: "do-not-print-me" });
      throw new Error("expected a ConfigError");
    } catch (error) {
      expect((error as Error).message).not.toContain("do-not-print-me");
    }
  });
});

describe("npm start on the embedded sandbox", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ NODE_ENV: "development", WISE_API_URL: "", WISE_API_TOKEN: "", WISE_CLIENT_ID: "", WISE_CLIENT_SECRET: "" });
  });
  afterAll(() => server?.kill());

  it("prints the demo partner client beside the demo tokens and uses it for partner operations", async () => {
    await server.waitForOutput(/Demo partner client/);
    expect(server.output().stdout).toContain("Demo partner client (POST /oauth/token): id sandbox-client, secret sandbox-secret");
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ userExists(email: "alice.martin@example.com") }' }),
    });
    expect(await response.json()).toEqual({ data: { userExists: true } });
  });
});
