import { describe, expect, it } from "@jest/globals";
import { createPublicKey, generateKeyPairSync } from "node:crypto";
import { loadConfig } from "../../src/config.js";
import { WISE_PRODUCTION_WEBHOOK_KEY, WISE_SANDBOX_WEBHOOK_KEY, wiseWebhookKeyFor } from "../../src/webhooks/wise-public-keys.js";

const rsaPem = () => generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey.export({ type: "spki", format: "pem" }).toString();

describe("Wise's published webhook keys", () => {
  it("are RSA 2048 public keys, and differ", () => {
    for (const pem of [WISE_PRODUCTION_WEBHOOK_KEY, WISE_SANDBOX_WEBHOOK_KEY]) {
      const key = createPublicKey(pem);
      expect(key.asymmetricKeyType).toBe("rsa");
      expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048);
    }
    expect(WISE_PRODUCTION_WEBHOOK_KEY).not.toBe(WISE_SANDBOX_WEBHOOK_KEY);
  });

  it("are chosen by the Wise host in use; no key is guessed for another host", () => {
    expect(wiseWebhookKeyFor("https://api.wise.com")).toBe(WISE_PRODUCTION_WEBHOOK_KEY);
    expect(wiseWebhookKeyFor("https://api.transferwise.com/")).toBe(WISE_PRODUCTION_WEBHOOK_KEY);
    expect(wiseWebhookKeyFor("https://api.sandbox.transferwise.tech")).toBe(WISE_SANDBOX_WEBHOOK_KEY);
    expect(wiseWebhookKeyFor("https://sandbox.transferwise.tech")).toBe(WISE_SANDBOX_WEBHOOK_KEY);
    expect(wiseWebhookKeyFor("https://api.wise-sandbox.com")).toBe(WISE_SANDBOX_WEBHOOK_KEY);
    expect(wiseWebhookKeyFor("http://127.0.0.1:8080")).toBeNull();
    expect(wiseWebhookKeyFor("https://api.wise.com.example.org")).toBeNull();
    expect(wiseWebhookKeyFor("not a url")).toBeNull();
  });
});

describe("config: webhooks", () => {
  it("defaults: no configured key, 256 KiB bodies, remembered 15 days", () => {
    expect(loadConfig({}).webhooks).toEqual({ publicKeys: null, maxBodyBytes: 262144, rememberMs: 15 * 24 * 3600 * 1000 });
  });

  it("WISE_WEBHOOK_PUBLIC_KEY takes one or more RSA public keys in PEM, with \\n for newlines", () => {
    const [one, two] = [rsaPem(), rsaPem()];
    expect(loadConfig({ WISE_WEBHOOK_PUBLIC_KEY: one }).webhooks.publicKeys).toEqual([one]);
    expect(loadConfig({ WISE_WEBHOOK_PUBLIC_KEY: one.replace(/\n/g, "\\n") }).webhooks.publicKeys).toEqual([one]);
    expect(loadConfig({ WISE_WEBHOOK_PUBLIC_KEY: `${one}${two}` }).webhooks.publicKeys).toEqual([one, two]);
  });

  it("refuses a value that is not an RSA public key", () => {
    expect(() => loadConfig({ WISE_WEBHOOK_PUBLIC_KEY: "/etc/wise.pem" })).toThrow(/WISE_WEBHOOK_PUBLIC_KEY must be an RSA public key in PEM format/);
    expect(() => loadConfig({ WISE_WEBHOOK_PUBLIC_KEY: "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----" })).toThrow(/WISE_WEBHOOK_PUBLIC_KEY/);
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(() => loadConfig({ WISE_WEBHOOK_PUBLIC_KEY: ec })).toThrow(/Wise signs with RSA/);
  });

  it("WEBHOOK_MAX_BODY_BYTES and WEBHOOK_DEDUPE_TTL_SECONDS are bounded integers", () => {
    expect(loadConfig({ WEBHOOK_MAX_BODY_BYTES: "4096", WEBHOOK_DEDUPE_TTL_SECONDS: "3600" }).webhooks).toMatchObject({ maxBodyBytes: 4096, rememberMs: 3_600_000 });
    expect(() => loadConfig({ WEBHOOK_MAX_BODY_BYTES: "10" })).toThrow(/WEBHOOK_MAX_BODY_BYTES must be an integer from 1024/);
    expect(() => loadConfig({ WEBHOOK_DEDUPE_TTL_SECONDS: "1.5" })).toThrow(/WEBHOOK_DEDUPE_TTL_SECONDS/);
  });
});

describe("config: Redis", () => {
  it("is off without REDIS_URL", () => {
    expect(loadConfig({}).redis).toBeNull();
  });

  it("takes redis:// and rediss:// URLs, with the wise-graphql: key prefix by default", () => {
    expect(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" }).redis).toEqual({ url: "redis://127.0.0.1:6379", keyPrefix: "wise-graphql:" });
    expect(loadConfig({ REDIS_URL: "rediss://user:pw@redis.internal:6380/2", REDIS_KEY_PREFIX: "staging:" }).redis).toEqual({
      url: "rediss://user:pw@redis.internal:6380/2",
      keyPrefix: "staging:",
    });
  });

  it("refuses another URL without echoing it (it may hold a password)", () => {
    for (const url of ["http://user:hunter2-secret@redis:6379", "hunter2-secret", "redis//x:hunter2-secret@host"]) {
      let message = "";
      try {
        loadConfig({ REDIS_URL: url });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/REDIS_URL must be a redis:\/\/ or rediss:\/\/ URL/);
      expect(message).not.toContain("hunter2");
    }
  });

  it("refuses a key prefix with spaces or other characters", () => {
    expect(() => loadConfig({ REDIS_URL: "redis://localhost", REDIS_KEY_PREFIX: "my app" })).toThrow(/REDIS_KEY_PREFIX/);
  });
});
