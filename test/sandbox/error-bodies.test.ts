// Every error shape the sandbox answers, over real HTTP, is read by the server's own decoding
// (src/wise/answer.ts parseErrorBody, then readWiseErrorBody): the code a client acts on comes
// through, a path where Wise names one, and never a token. Plus the single coded shape
// (`{code, message}`, RFC 7807 with `code`) that Wise's spec shows on some endpoints.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parseErrorBody } from "../../src/wise/answer.js";
import { readScaRejection, readWiseErrorBody } from "../../src/wise/errors.js";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;

interface Answer {
  status: number;
  text: string;
  headers: Headers;
}

async function call(method: string, url: string, options: { token?: string | null; body?: string; contentType?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  const token = options.token === undefined ? alice.token : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  if (options.contentType !== undefined) headers["content-type"] = options.contentType;
  const res = await fetch(`${sandbox.url}${url}`, { method, headers, body: options.body });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

const decoded = (answer: Answer) => readWiseErrorBody(parseErrorBody(answer.text));

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});
afterAll(async () => {
  await sandbox.close();
});

describe("the sandbox's error bodies, as the server decodes them", () => {
  it("401 without a token and with a bad one: the OAuth code, never the token", async () => {
    const missing = await call("GET", "/v1/profiles", { token: null });
    expect(missing.status).toBe(401);
    expect(decoded(missing)).toEqual([{ code: "unauthorized", message: null, path: null, arguments: null }]);
    const bad = await call("GET", "/v2/profiles", { token: "not-a-real-token-123" });
    expect(bad.status).toBe(401);
    expect(decoded(bad)).toEqual([{ code: "invalid_token", message: null, path: null, arguments: null }]);
    expect(JSON.stringify(decoded(bad))).not.toContain("not-a-real-token-123");
  });

  it("403 for someone else's profile (v1 and v2) and for a client token on a user's endpoint", async () => {
    for (const url of [`/v1/profiles/${bob.personalProfileId}`, `/v2/profiles/${bob.personalProfileId}`, `/v4/profiles/${bob.personalProfileId}/balances?types=STANDARD`]) {
      const answer = await call("GET", url);
      expect({ url, status: answer.status }).toEqual({ url, status: 403 });
      expect(decoded(answer)[0]).toMatchObject({ code: "unauthorized", message: "Unauthorized" });
      expect(readScaRejection(answer.status, Object.fromEntries(answer.headers))).toBeNull();
    }
    const form = new URLSearchParams({ grant_type: "client_credentials" }).toString();
    const basic = Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64");
    const tokenRes = await fetch(`${sandbox.url}/oauth/token`, {
      method: "POST",
      headers: { authorization: `Basic ${basic}`, "content-type": "application/x-www-form-urlencoded" },
      body: form,
    });
    const clientToken = ((await tokenRes.json()) as { access_token: string }).access_token;
    const denied = await call("GET", "/v1/profiles", { token: clientToken });
    expect(denied.status).toBe(403);
    expect(decoded(denied)).toEqual([{ code: "access_denied", message: null, path: null, arguments: null }]);
  });

  it("404 and 400 as Wise's errors array, with the path", async () => {
    const unknown = await call("GET", "/v1/profiles/999999999");
    expect(unknown.status).toBe(404);
    expect(decoded(unknown)[0]).toMatchObject({ code: "NOT_FOUND", path: "profileId" });
    const malformed = await call("GET", "/v1/profiles/abc");
    expect(malformed.status).toBe(400);
    expect(decoded(malformed)[0]?.code).toBe("bad.request");
  });

  it("422 validation: every invalid input of a recipient, each with its form key", async () => {
    const body = JSON.stringify({
      profile: alice.personalProfileId,
      currency: "AUD",
      type: "australian",
      accountHolderName: "John Smith",
      details: { legalType: "PRIVATE", bsbCode: "12", accountNumber: "x" },
    });
    const answer = await call("POST", "/v1/accounts", { body, contentType: "application/json" });
    expect(answer.status).toBe(422);
    const details = decoded(answer);
    expect(details.map((d) => [d.code, d.path])).toEqual(
      expect.arrayContaining([
        ["NOT_VALID", "bsbCode"],
        ["NOT_VALID", "accountNumber"],
      ]),
    );
    for (const d of details) expect(d.message).toEqual(expect.any(String));
  });

  it("415 as RFC 7807: the title", async () => {
    const answer = await call("POST", "/v1/accounts", { body: "{}", contentType: "text/plain" });
    expect(answer.status).toBe(415);
    expect(decoded(answer)[0]).toMatchObject({ code: "Unsupported Media Type" });
  });

  it("a single coded error at top level, plain or RFC 7807, gives its code and message", () => {
    expect(readWiseErrorBody({ code: "access.denied", message: "No access to this profile" })).toEqual([
      { code: "access.denied", message: "No access to this profile", path: null, arguments: null },
    ]);
    expect(readWiseErrorBody({ type: "/errors/types/access", title: "Forbidden", status: 403, detail: "Not this profile's", code: "forbidden" })[0]).toMatchObject({
      code: "forbidden",
      message: "Not this profile's",
    });
    expect(readWiseErrorBody({ code: "review.not_found", category: "CLIENT", description: "No such review", details: null })[0]).toMatchObject({
      code: "review.not_found",
      message: "No such review",
    });
  });
});
