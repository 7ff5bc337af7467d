import { describe, expect, it } from "@jest/globals";
import { ConfigError, loadConfig, loadLoggingConfig, loadSandboxConfig } from "../../src/config.js";
import { defaultLimits } from "../../src/server/limits.js";

// Every setting is read and checked in src/config.ts; these are the ones that moved there from
// the request limits, the logger and the stand-alone sandbox.
describe("request limits", () => {
  it("default, and are overridden one by one", () => {
    expect(loadConfig({}).limits).toEqual(defaultLimits);
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: "12", GRAPHQL_REQUEST_DEADLINE_MS: "5000" }).limits).toEqual({ ...defaultLimits, maxDepth: 12, requestDeadlineMs: 5000 });
  });

  it("refuse anything but a positive integer, naming the variable", () => {
    for (const bad of ["0", "-1", "1.5", "lots"]) {
      expect(() => loadConfig({ GRAPHQL_MAX_COST: bad })).toThrow(new ConfigError(`GRAPHQL_MAX_COST must be a positive integer; got "${bad}".`));
    }
  });
});

describe("logging", () => {
  it("is info by default, silent under NODE_ENV=test, to stdout unless LOG_DIR is set", () => {
    expect(loadLoggingConfig({})).toEqual({ level: "info", dir: null });
    expect(loadLoggingConfig({ NODE_ENV: "test" })).toEqual({ level: "silent", dir: null });
    expect(loadLoggingConfig({ NODE_ENV: "test", LOG_LEVEL: "debug", LOG_DIR: "/tmp/logs" })).toEqual({ level: "debug", dir: "/tmp/logs" });
  });

  it("refuses a level pino does not know", () => {
    expect(() => loadLoggingConfig({ LOG_LEVEL: "loud" })).toThrow(ConfigError);
    expect(() => loadLoggingConfig({ LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; got "loud"/);
  });
});

describe("the stand-alone sandbox (npm run sandbox)", () => {
  it("listens on a free loopback port without delay by default", () => {
    expect(loadSandboxConfig({})).toEqual({ port: 0, host: "127.0.0.1", latencyMs: 0 });
    expect(loadSandboxConfig({ WISE_SANDBOX_PORT: "8080", WISE_SANDBOX_HOST: "::1", WISE_SANDBOX_LATENCY_MS: "20" })).toEqual({ port: 8080, host: "::1", latencyMs: 20 });
  });

  it("refuses a port or latency that is not an integer in range", () => {
    expect(() => loadSandboxConfig({ WISE_SANDBOX_PORT: "x" })).toThrow(/WISE_SANDBOX_PORT must be an integer from 0 to 65535/);
    expect(() => loadSandboxConfig({ WISE_SANDBOX_LATENCY_MS: "-5" })).toThrow(ConfigError);
  });
});
