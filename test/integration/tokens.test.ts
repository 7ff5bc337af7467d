// Tokens through GraphQL over HTTP against the sandbox: the user-token grants as mutations
// (authorization code, registration code in users.test.ts, refresh), bad grants as userErrors,
// the server's own client-credentials token (cached, renewed once for a hundred concurrent
// requests across its expiry, renewed after Wise refuses it), wrong client credentials as a
// server error, and no token or secret in anything the process logged.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { UserExistsDocument, UserTokenCreateDocument, UserTokenRefreshDocument, ViewerIdDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { startSandbox } from "../../src/sandbox/index.js";
import { ClientCredentialsToken } from "../../src/wise/client-token.js";
import { WiseOAuth } from "../../src/wise/oauth.js";

/** Every token the sandbox issued during this file, and the secret: none may reach a log line. */
const secrets = new Set<string>(["sandbox-secret", "wrong-secret-0123456789"]);
const remember = (...tokens: Array<string | null | undefined>) => tokens.forEach((t) => t && secrets.add(t));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function authorizationCode(harness: Harness, user = "alice"): Promise<string> {
  const res = await fetch(`${harness.sandbox.url}/__sandbox/authorization-codes`, { method: "POST", body: JSON.stringify({ user }) });
  return ((await res.json()) as { code: string }).code;
}

/** The client-credentials tokens the sandbox has issued so far (read in-process). */
const issuedClientTokens = (harness: Harness): string[] => harness.sandbox.store.oauth.issued("client");

describe("userTokenCreate by authorization code, and userTokenRefresh", () => {
  it("gives alice's tokens once; they act as her; the refresh token renews the access token", async () => {
    const code = await authorizationCode(h);
    const input = { authorizationCode: { code, redirectUri: h.sandbox.client.redirectUri } };
    const res = await h.request(UserTokenCreateDocument, { input });
    expect(res.body.errors).toBeUndefined();
    const token = res.body.data!.userTokenCreate.token!;
    remember(token.accessToken, token.refreshToken);
    expect(token).toMatchObject({ tokenType: "bearer", expiresIn: 43199, scope: "transfers" });
    expect(Date.parse(token.expiresAt) - Date.now()).toBeGreaterThan(43_000_000);
    expect(Date.parse(token.refreshTokenExpiresAt!) - Date.now()).toBeGreaterThan(19 * 365 * 86_400_000);
    expect((await h.request(ViewerIdDocument, {}, { token: token.accessToken })).body.data!.viewer!.wiseId).toBe(h.alice.userId);

    // The code is single use: a second exchange is a userError on the code, no token.
    const again = await h.request(UserTokenCreateDocument, { input });
    expect(again.body.data!.userTokenCreate).toEqual({
      token: null,
      userErrors: [
        { field: ["input", "authorizationCode", "code"], message: "Wise did not accept the authorization code: it is wrong, expired or already used.", code: "INVALID" },
      ],
    });

    const renewed = await h.request(UserTokenRefreshDocument, { input: { refreshToken: token.refreshToken } });
    const fresh = renewed.body.data!.userTokenRefresh.token!;
    remember(fresh.accessToken);
    expect(fresh.refreshToken).toBe(token.refreshToken);
    expect(fresh.accessToken).not.toBe(token.accessToken);
    expect((await h.request(ViewerIdDocument, {}, { token: fresh.accessToken })).body.data!.viewer!.wiseId).toBe(h.alice.userId);
  });

  it("refuses a wrong redirect, an unknown refresh token, and no or two grants, as userErrors", async () => {
    const wrongRedirect = await h.request(UserTokenCreateDocument, {
      input: { authorizationCode: { code: await authorizationCode(h), redirectUri: "https://elsewhere.example.com/cb" } },
    });
    expect(wrongRedirect.body.data!.userTokenCreate.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID", ["input", "authorizationCode", "code"]]]);
    const badRefresh = await h.request(UserTokenRefreshDocument, { input: { refreshToken: "00000000-0000-0000-0000-000000000000" } });
    expect(badRefresh.body.data!.userTokenRefresh.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID", ["input", "refreshToken"]]]);
    const neither = await h.request(UserTokenCreateDocument, { input: {} });
    expect(neither.body.data!.userTokenCreate.userErrors).toEqual([{ field: ["input"], message: "Give exactly one of authorizationCode and registrationCode.", code: "REQUIRED" }]);
    const before = (await h.stats()).routes["POST /oauth/token"];
    const both = await h.request(UserTokenCreateDocument, {
      input: { authorizationCode: { code: "abc", redirectUri: h.sandbox.client.redirectUri }, registrationCode: { email: "a@example.com", registrationCode: "x".repeat(32) } },
    });
    expect(both.body.data!.userTokenCreate.userErrors.map((e) => e.code)).toEqual(["REQUIRED"]);
    expect((await h.stats()).routes["POST /oauth/token"]).toBe(before);
  });

  it("without client credentials the grants are FORBIDDEN and reach nothing", async () => {
    const plain = await startHarness({ server: { clientCredentials: null } });
    try {
      const res = await plain.request(UserTokenRefreshDocument, { input: { refreshToken: "00000000-0000-0000-0000-000000000000" } });
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
      expect((await plain.stats()).total).toBe(0);
    } finally {
      await plain.close();
    }
  });
});

describe("the server's client-credentials token", () => {
  it("is renewed by exactly one /oauth/token call for a hundred concurrent requests across its expiry", async () => {
    const short = await startHarness({ sandbox: { accessTokenTtlSeconds: 2 } });
    try {
      const warm = await short.request(UserExistsDocument, { email: "alice.martin@example.com" });
      expect(warm.body.data!.userExists).toBe(true);
      expect((await short.stats()).routes["POST /oauth/token"]).toBe(1);
      // Past the token's expiry: every request below needs a new one. The new one lives an hour,
      // so however long the burst takes on a busy machine, it cannot outlive it.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      short.sandbox.store.oauth.accessTokenTtlSeconds = 3_600;
      const before = (await short.stats()).routes;
      const answers = await Promise.all(Array.from({ length: 100 }, () => short.request(UserExistsDocument, { email: "bob.nakamura@example.com" })));
      expect(answers.map((a) => a.body.data?.userExists)).toEqual(Array(100).fill(true));
      const after = (await short.stats()).routes;
      expect(after["POST /oauth/token"]! - before["POST /oauth/token"]!).toBe(1);
      // Each request made its one call, with the new token: none was refused as expired.
      expect(after["POST /v1/users/exists"]! - before["POST /v1/users/exists"]!).toBe(100);
      remember(...issuedClientTokens(short));
    } finally {
      await short.close();
    }
  });

  it("is obtained again when Wise refuses the cached one (here: the sandbox forgot it), the call sent once more", async () => {
    expect((await h.request(UserExistsDocument, { email: "alice.martin@example.com" })).body.data!.userExists).toBe(true);
    remember(...issuedClientTokens(h));
    await h.reset();
    expect((await h.request(UserExistsDocument, { email: "alice.martin@example.com" })).body.data!.userExists).toBe(true);
    remember(...issuedClientTokens(h));
    expect((await h.stats()).routes).toEqual({ "POST /v1/users/exists": 2, "POST /oauth/token": 1 });
  });

  it("wrong client credentials: partner operations and grants are a server error, never UNAUTHENTICATED, never echoing the secret", async () => {
    const wrong = await startHarness({ server: { clientCredentials: { clientId: "sandbox-client", clientSecret: "wrong-secret-0123456789" } } });
    try {
      const exists = await wrong.request(UserExistsDocument, { email: "alice.martin@example.com" });
      expect(errorCodes(exists)).toEqual(["INTERNAL_SERVER_ERROR"]);
      const grant = await wrong.request(UserTokenCreateDocument, {
        input: { authorizationCode: { code: await authorizationCode(wrong), redirectUri: wrong.sandbox.client.redirectUri } },
      });
      expect(errorCodes(grant)).toEqual(["INTERNAL_SERVER_ERROR"]);
      for (const text of [exists.text, grant.text]) expect(text).not.toMatch(/wrong-secret|sandbox-secret|Basic /);
      // The caller's own token still works for everything else.
      expect((await wrong.request(ViewerIdDocument, {})).body.data!.viewer!.wiseId).toBe(wrong.alice.userId);
    } finally {
      await wrong.close();
    }
  });
});

describe("ClientCredentialsToken on its own", () => {
  it("keeps the token until shortly before it expires (a tenth of a short lifetime), then renews it before Wise would refuse it", async () => {
    const sandbox = await startSandbox({ accessTokenTtlSeconds: 21 });
    try {
      let clock = Date.now();
      const provider = new ClientCredentialsToken(new WiseOAuth(sandbox.url, { clientId: sandbox.client.id, clientSecret: sandbox.client.secret }), () => clock);
      const tokenCalls = async () => ((await (await fetch(`${sandbox.url}/__sandbox/stats`)).json()) as { routes: Record<string, number> }).routes["POST /oauth/token"];
      const first = await provider.token();
      remember(first);
      // Wise says 20 seconds left: renewed 2 seconds before, at 18.
      clock += 17_900;
      expect(await provider.token()).toBe(first);
      expect(await tokenCalls()).toBe(1);
      clock += 200;
      const second = await provider.token();
      remember(second);
      expect(second).not.toBe(first);
      expect(await tokenCalls()).toBe(2);
      // discard() drops only the token it names.
      provider.discard(first);
      expect(await provider.token()).toBe(second);
      provider.discard(second);
      remember(await provider.token());
      expect(await tokenCalls()).toBe(3);
    } finally {
      await sandbox.close();
    }
  });
});

describe("logs", () => {
  it("hold no token the sandbox issued, no client secret and no Basic credentials", () => {
    const dir = process.env.LOG_DIR;
    expect(dir).toBeTruthy();
    const file = path.join(dir!, `${process.pid}.log`);
    const lines = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    const basic = Buffer.from("sandbox-client:").toString("base64").slice(0, 16);
    expect(secrets.size).toBeGreaterThan(5);
    const leaks = lines.filter((line) => [...secrets, basic, "Basic "].some((secret) => line.includes(secret)));
    expect(leaks).toEqual([]);
  });
});
