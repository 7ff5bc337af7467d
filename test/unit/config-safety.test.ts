import { describe, expect, it } from "@jest/globals";
import { ConfigError, isWiseSandbox, loadConfig } from "../../src/config.js";
import { callerToken, isAnonymous } from "../../src/server/caller-token.js";
import { defaultHttpLimits } from "../../src/server/http-limits.js";

const wise = { WISE_API_URL: "https://api.wise.com", WISE_API_TOKEN: "a-real-token" };

describe("config: who a request without a token acts as", () => {
  it("is the first demo user only for the embedded sandbox in development; nobody otherwise", () => {
    expect(loadConfig({}).anonymous).toBe("allow");
    expect(loadConfig(wise).anonymous).toBe("deny");
    expect(loadConfig({ ...wise, NODE_ENV: "production" }).anonymous).toBe("deny");
    expect(loadConfig({ NODE_ENV: "production", WISE_SANDBOX: "true" }).anonymous).toBe("deny");
  });

  it("WISE_TOKEN_FOR_ANONYMOUS=allow|deny overrides it; anything else is refused", () => {
    expect(loadConfig({ ...wise, WISE_TOKEN_FOR_ANONYMOUS: "allow" }).anonymous).toBe("allow");
    expect(loadConfig({ WISE_TOKEN_FOR_ANONYMOUS: "deny" }).anonymous).toBe("deny");
    expect(() => loadConfig({ ...wise, WISE_TOKEN_FOR_ANONYMOUS: "yes" })).toThrow(/WISE_TOKEN_FOR_ANONYMOUS must be allow or deny/);
  });

  it("production needs Wise credentials, or WISE_SANDBOX=true for the fake sandbox", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production", WISE_SANDBOX: "false" })).toThrow(/WISE_SANDBOX=true/);
    expect(loadConfig({ NODE_ENV: "production", WISE_SANDBOX: "true" }).wise).toBeNull();
    expect(loadConfig({ ...wise, NODE_ENV: "production" }).wise).toEqual({ url: "https://api.wise.com", token: "a-real-token" });
    expect(() => loadConfig({ ...wise, WISE_SANDBOX: "true" })).toThrow(/WISE_SANDBOX=true runs the embedded sandbox/);
    expect(() => loadConfig({ WISE_SANDBOX: "1" })).toThrow(/WISE_SANDBOX must be true or false/);
    expect(() => loadConfig({ WISE_SANDBOX: "false" })).toThrow(/WISE_SANDBOX=false needs WISE_API_URL and WISE_API_TOKEN/);
    expect(loadConfig({ WISE_SANDBOX: "true" }).wise).toBeNull();
  });
});

describe("anonymous Authorization headers", () => {
  it("are missing, empty, blank, or Bearer with nothing after it", () => {
    for (const header of [undefined, "", "   ", "Bearer", "Bearer ", "bearer    ", " Bearer\t"]) {
      expect(isAnonymous(header)).toBe(true);
      expect(callerToken(header, null)).toBeNull();
      expect(callerToken(header, "configured")).toBe("configured");
    }
  });

  it("a present header that is not a Bearer token never falls back to the configured token", () => {
    for (const header of ["Basic YWxpY2U6c2VjcmV0", "Bearer a b", "Token abc", "Bearerabc"]) {
      expect(isAnonymous(header)).toBe(false);
      expect(callerToken(header, "configured")).toBeNull();
    }
    expect(callerToken("Bearer own-token", "configured")).toBe("own-token");
  });
});

describe("config: sandbox-only fields", () => {
  it("are served for the embedded sandbox, Wise's sandbox hosts and a loopback sandbox, not for real Wise", () => {
    expect(loadConfig({}).sandboxOnlyFields).toBe(true);
    expect(loadConfig({ WISE_API_URL: "https://api.wise-sandbox.com", WISE_API_TOKEN: "t" }).sandboxOnlyFields).toBe(true);
    expect(loadConfig({ WISE_API_URL: "http://127.0.0.1:4010", WISE_API_TOKEN: "t" }).sandboxOnlyFields).toBe(true);
    expect(loadConfig(wise).sandboxOnlyFields).toBe(false);
    expect(loadConfig({ WISE_API_URL: "https://api.transferwise.com", WISE_API_TOKEN: "t" }).sandboxOnlyFields).toBe(false);
    // A host that merely contains a sandbox name is not one.
    expect(isWiseSandbox("https://wise-sandbox.com.attacker.example")).toBe(false);
    expect(isWiseSandbox("https://api.sandbox.transferwise.tech")).toBe(true);
  });
});

describe("config: HTTP connection limits", () => {
  it("have defaults, read HTTP_MAX_CONNECTIONS, HTTP_HEADERS_TIMEOUT_MS and HTTP_KEEP_ALIVE_TIMEOUT_MS, and refuse bad values", () => {
    expect(loadConfig({}).http).toEqual(defaultHttpLimits);
    expect(loadConfig({ HTTP_MAX_CONNECTIONS: "50", HTTP_HEADERS_TIMEOUT_MS: "2000", HTTP_KEEP_ALIVE_TIMEOUT_MS: "3000" }).http).toEqual({
      maxConnections: 50,
      headersTimeoutMs: 2_000,
      keepAliveTimeoutMs: 3_000,
    });
    expect(() => loadConfig({ HTTP_MAX_CONNECTIONS: "0" })).toThrow(/HTTP_MAX_CONNECTIONS/);
    expect(() => loadConfig({ HTTP_HEADERS_TIMEOUT_MS: "ten" })).toThrow(/HTTP_HEADERS_TIMEOUT_MS/);
  });
});
