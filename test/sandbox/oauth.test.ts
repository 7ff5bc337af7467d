// POST /oauth/token on the sandbox over HTTP: the four grants with Wise's answer shapes, token
// expiry and refresh, Wise's error bodies for bad clients and grants, and the scope rules (a
// user's token on a partner endpoint and a client-credentials token on a user endpoint are 403).

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

let sandbox: RunningSandbox;
let alice: DemoUser;
let now = Date.UTC(2026, 0, 5, 12, 0, 0);

beforeAll(async () => {
  sandbox = await startSandbox({ now: () => now, accessTokenTtlSeconds: 60 });
  alice = sandbox.users[0]!;
});
afterAll(async () => sandbox.close());
beforeEach(async () => {
  await fetch(`${sandbox.url}/__sandbox/reset`, { method: "POST" });
});

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

async function token(form: Record<string, string>, authorization: string | null = basic(sandbox.client.id, sandbox.client.secret)) {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (authorization !== null) headers.authorization = authorization;
  const res = await fetch(`${sandbox.url}/oauth/token`, { method: "POST", headers, body: new URLSearchParams(form).toString() });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function call(method: string, path: string, bearer: string, body?: unknown) {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? null : (JSON.parse(text) as Record<string, unknown>) };
}

async function authorizationCode(user = "alice"): Promise<string> {
  const res = await fetch(`${sandbox.url}/__sandbox/authorization-codes`, { method: "POST", body: JSON.stringify({ user }) });
  expect(res.status).toBe(201);
  return ((await res.json()) as { code: string }).code;
}

describe("client_credentials", () => {
  it("answers Wise's client-credentials token (no refresh token), good on partner endpoints only", async () => {
    const res = await token({ grant_type: "client_credentials" });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(["access_token", "expires_at", "expires_in", "scope", "token_type"]);
    expect(res.body).toMatchObject({ token_type: "bearer", scope: "transfers", expires_in: 59, expires_at: new Date(now + 60_000).toISOString() });
    const cc = res.body.access_token as string;
    expect((await call("POST", "/v1/users/exists", cc, { email: alice.name + ".martin@example.com" })).body).toEqual({ exists: true });
    // A client-credentials token on a user's endpoint, and a user's token on a partner endpoint: 403.
    expect(await call("GET", "/v2/profiles", cc)).toEqual({ status: 403, body: { error: "access_denied", error_description: "Access is denied" } });
    expect(await call("POST", "/v1/users/exists", alice.token, { email: "x@example.com" })).toEqual({
      status: 403,
      body: { error: "access_denied", error_description: "Access is denied" },
    });
  });

  it("expires: 401 invalid_token once its lifetime is over, and a new one works", async () => {
    const cc = (await token({ grant_type: "client_credentials" })).body.access_token as string;
    now += 60_000;
    const expired = await call("POST", "/v1/users/exists", cc, { email: "x@example.com" });
    expect(expired).toEqual({ status: 401, body: { error: "invalid_token", error_description: cc } });
    const fresh = (await token({ grant_type: "client_credentials" })).body.access_token as string;
    expect((await call("POST", "/v1/users/exists", fresh, { email: "x@example.com" })).status).toBe(200);
  });
});

describe("bad clients and bad requests", () => {
  it("answers Spring Security OAuth's bodies: no Basic auth, a wrong secret, no grant, an unknown grant", async () => {
    expect(await token({ grant_type: "client_credentials" }, null)).toEqual({
      status: 401,
      body: { error: "unauthorized", error_description: "Full authentication is required to access this resource" },
    });
    expect(await token({ grant_type: "client_credentials" }, basic(sandbox.client.id, "wrong"))).toEqual({
      status: 401,
      body: { error: "invalid_client", error_description: "Bad client credentials" },
    });
    expect(await token({})).toEqual({ status: 400, body: { error: "invalid_request", error_description: "Missing grant type" } });
    expect(await token({ grant_type: "password" })).toEqual({ status: 400, body: { error: "unsupported_grant_type", error_description: "Unsupported grant type: password" } });
    // A JSON body carries no form parameters: no grant.
    const res = await fetch(`${sandbox.url}/oauth/token`, {
      method: "POST",
      headers: { authorization: basic(sandbox.client.id, sandbox.client.secret), "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials" }),
    });
    expect(res.status).toBe(400);
  });
});

describe("authorization_code and refresh_token", () => {
  it("exchanges a code once for the user's tokens, which act as that user; the refresh token renews the access token", async () => {
    const code = await authorizationCode();
    const grant = { grant_type: "authorization_code", client_id: sandbox.client.id, code, redirect_uri: sandbox.client.redirectUri };
    const res = await token(grant);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual([
      "access_token",
      "created_at",
      "expires_at",
      "expires_in",
      "refresh_token",
      "refresh_token_expires_at",
      "refresh_token_expires_in",
      "scope",
      "token_type",
    ]);
    const access = res.body.access_token as string;
    expect((await call("GET", "/v1/me", access)).body).toMatchObject({ id: alice.userId, email: "alice.martin@example.com" });
    // Single use.
    expect(await token(grant)).toEqual({ status: 400, body: { error: "invalid_grant", error_description: `Invalid authorization code: ${code}` } });

    now += 61_000;
    expect((await call("GET", "/v1/me", access)).status).toBe(401);
    const renewed = await token({ grant_type: "refresh_token", refresh_token: res.body.refresh_token as string });
    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_token).toBe(res.body.refresh_token);
    expect(renewed.body.access_token).not.toBe(access);
    expect((await call("GET", "/v1/me", renewed.body.access_token as string)).body).toMatchObject({ id: alice.userId });
    // A user's issued token on a partner endpoint is refused like a demo token.
    expect((await call("POST", "/v1/users/exists", renewed.body.access_token as string, { email: "x@example.com" })).status).toBe(403);
  });

  it("refuses a code sent with another redirect URL, an expired code, and an unknown refresh token", async () => {
    const wrongRedirect = await token({ grant_type: "authorization_code", code: await authorizationCode(), redirect_uri: "https://evil.example.com/cb" });
    expect(wrongRedirect).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    const code = await authorizationCode();
    now += 11 * 60_000;
    expect(await token({ grant_type: "authorization_code", code, redirect_uri: sandbox.client.redirectUri })).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    expect(await token({ grant_type: "refresh_token", refresh_token: "00000000-0000-0000-0000-000000000000" })).toMatchObject({ status: 400, body: { error: "invalid_grant" } });
    expect(await token({ grant_type: "authorization_code", redirect_uri: sandbox.client.redirectUri })).toEqual({
      status: 400,
      body: { error: "invalid_request", error_description: "Missing code" },
    });
  });
});

describe("registration_code", () => {
  it("gives the tokens of a user the partner created; a wrong code is Wise's documented 401", async () => {
    const cc = (await token({ grant_type: "client_credentials" })).body.access_token as string;
    const registrationCode = "r".repeat(40);
    const created = await call("POST", "/v1/user/signup/registration_code", cc, { email: "new.user@example.com", registrationCode, language: "EN" });
    expect(created.status).toBe(200);
    const userId = created.body!.id;
    expect(await token({ grant_type: "registration_code", client_id: sandbox.client.id, email: "new.user@example.com", registration_code: "x".repeat(40) })).toEqual({
      status: 401,
      body: { error: "invalid_grant", error_description: "Invalid user credentials." },
    });
    const res = await token({ grant_type: "registration_code", client_id: sandbox.client.id, email: "new.user@example.com", registration_code: registrationCode });
    expect(res.status).toBe(200);
    expect((await call("GET", "/v1/me", res.body.access_token as string)).body).toEqual({ id: userId, name: null, email: "new.user@example.com", active: true, details: null });
    // A demo user was not created with a registration code.
    expect((await token({ grant_type: "registration_code", email: "alice.martin@example.com", registration_code: registrationCode })).status).toBe(401);
  });
});

describe("demo tokens", () => {
  it("keep working unchanged and never expire", async () => {
    now += 365 * 86_400_000;
    expect((await call("GET", "/v2/profiles", alice.token)).status).toBe(200);
    expect((await call("GET", "/v1/me", alice.token)).body).toMatchObject({ id: alice.userId });
  });

  it("an unknown token is still Wise's 401 echoing it", async () => {
    expect(await call("GET", "/v1/me", "not-a-real-token-123456")).toEqual({ status: 401, body: { error: "invalid_token", error_description: "not-a-real-token-123456" } });
  });
});
