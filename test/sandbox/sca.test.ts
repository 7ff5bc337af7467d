// The sandbox's SCA rules over HTTP: one-time tokens expire and are single use, PIN bodies are
// accepted only encrypted (JWE to the published key), the deprecated v1 verify paths still work,
// five wrong answers burn a token, a personal-token signature is checked against the
// configured public key, and the JOSE key calls take a client-credentials token only, the
// client's keys signing the calls of the users it manages.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { createPublicKey, generateKeyPairSync, randomUUID, sign, type KeyObject } from "node:crypto";
import { CompactEncrypt, CompactSign, compactVerify } from "jose";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
let sandbox: RunningSandbox;
let dana: DemoUser;
let alice: DemoUser;

beforeAll(async () => {
  sandbox = await startSandbox({ now: () => clock, scaPublicKey: keys.publicKey.export({ type: "spki", format: "pem" }).toString() });
  dana = sandbox.scaUsers[0]!;
  alice = sandbox.users[0]!;
});
afterAll(async () => {
  await sandbox.close();
});

async function call(method: string, path: string, token: string, options: { json?: unknown; raw?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...options.headers };
  let body: string | undefined;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.raw !== undefined) body = options.raw;
  const res = await fetch(`${sandbox.url}${path}`, { method, headers, body });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as any) : undefined };
}

/** A new client-credentials token of the demo partner client (Wise serves the JOSE key calls to these only). */
async function partnerToken(client = sandbox.client): Promise<string> {
  const res = await fetch(`${sandbox.url}/oauth/token`, {
    method: "POST",
    headers: { authorization: `Basic ${Buffer.from(`${client.id}:${client.secret}`).toString("base64")}`, "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

async function encrypted(payload: object): Promise<string> {
  const key = (await call("GET", "/v1/auth/jose/response/public-keys?scope=PAYLOAD_ENCRYPTION&algorithm=RSA_OAEP_256", await partnerToken())).body.keyMaterial
    .keyMaterial as string;
  const publicKey = createPublicKey({ key: Buffer.from(key, "base64"), format: "der", type: "spki" });
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM" }).encrypt(publicKey);
}

const JOSE = { "content-type": "application/jose+json", "x-tw-jose-method": "jwe", accept: "application/jose+json" };

/** A new transfer of dana's and its payment path. */
async function unpaidTransfer(): Promise<string> {
  const quote = (await call("POST", `/v3/profiles/${dana.personalProfileId}/quotes`, dana.token, { json: { sourceCurrency: "EUR", targetCurrency: "GBP", sourceAmount: 5 } })).body;
  const recipient = (
    await call("POST", "/v1/accounts", dana.token, {
      json: {
        currency: "GBP",
        type: "sort_code",
        profile: dana.personalProfileId,
        accountHolderName: "Ada Lovelace",
        details: { legalType: "PRIVATE", sortCode: "231470", accountNumber: "28821822" },
      },
    })
  ).body;
  const transfer = (
    await call("POST", "/v1/transfers", dana.token, { json: { targetAccount: recipient.id, quoteUuid: quote.id, customerTransactionId: randomUUID(), details: {} } })
  ).body;
  return `/v3/profiles/${dana.personalProfileId}/transfers/${transfer.id}/payments`;
}

const pay = (path: string, headers: Record<string, string> = {}) => call("POST", path, dana.token, { json: { type: "BALANCE" }, headers });

async function clearWithPin(ott: string) {
  return call("POST", `/v2/profiles/${dana.personalProfileId}/pin/verify`, dana.token, { raw: await encrypted({ pin: dana.pin }), headers: { ...JOSE, "One-Time-Token": ott } });
}

describe("one-time tokens", () => {
  it("are single use: the cleared token pays once, then a repeat is refused with a fresh token", async () => {
    const path = await unpaidTransfer();
    const ott = (await pay(path)).headers.get("x-2fa-approval")!;
    expect((await clearWithPin(ott)).status).toBe(200);
    const paid = await pay(path, { "x-2fa-approval": ott });
    expect(paid.status).toBe(201);
    expect(paid.headers.get("x-2fa-approval-result")).toBe("APPROVED");
    const again = await pay(path, { "x-2fa-approval": ott });
    expect(again.status).toBe(403);
    expect(again.headers.get("x-2fa-approval")).not.toBe(ott);
  });

  it("expire after their validity: status 404, and a cleared but expired token pays nothing", async () => {
    const path = await unpaidTransfer();
    const ott = (await pay(path)).headers.get("x-2fa-approval")!;
    expect((await clearWithPin(ott)).body.oneTimeTokenProperties.validity).toBe(3600);
    clock += 3601 * 1000;
    expect((await call("GET", "/v1/one-time-token/status", dana.token, { headers: { "One-Time-Token": ott } })).status).toBe(404);
    expect((await pay(path, { "x-2fa-approval": ott })).status).toBe(403);
  });

  it("burn after five wrong PINs", async () => {
    const path = await unpaidTransfer();
    const ott = (await pay(path)).headers.get("x-2fa-approval")!;
    for (let i = 0; i < 5; i++) {
      const wrong = await call("POST", `/v2/profiles/${dana.personalProfileId}/pin/verify`, dana.token, {
        raw: await encrypted({ pin: "0000" }),
        headers: { ...JOSE, "One-Time-Token": ott },
      });
      expect(wrong.body.errors[0].code).toBe("pin.invalid");
    }
    expect((await clearWithPin(ott)).body.errors[0].code).toBe("ott.invalid");
  });

  it("take PINs only encrypted to the published key", async () => {
    const ott = (await pay(await unpaidTransfer())).headers.get("x-2fa-approval")!;
    const plain = await call("POST", `/v2/profiles/${dana.personalProfileId}/pin/verify`, dana.token, { json: { pin: dana.pin }, headers: { "One-Time-Token": ott } });
    expect(plain.status).toBe(415);
    const foreignKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).publicKey;
    const toOther = await new CompactEncrypt(new TextEncoder().encode(JSON.stringify({ pin: dana.pin })))
      .setProtectedHeader({ alg: "RSA-OAEP-256", enc: "A256GCM" })
      .encrypt(foreignKey);
    const refused = await call("POST", `/v2/profiles/${dana.personalProfileId}/pin/verify`, dana.token, { raw: toOther, headers: { ...JOSE, "One-Time-Token": ott } });
    expect(refused.body.errors[0].code).toBe("jose.decryption.failed");
  });

  it("can be cleared through the deprecated v1 verify paths too", async () => {
    const ott = (await pay(await unpaidTransfer())).headers.get("x-2fa-approval")!;
    const cleared = await call("POST", "/v1/one-time-token/pin/verify", dana.token, { raw: await encrypted({ pin: dana.pin }), headers: { ...JOSE, "One-Time-Token": ott } });
    expect(cleared.body.oneTimeTokenProperties.challenges[0]).toMatchObject({ primaryChallenge: { type: "PIN" }, passed: true });
  });

  it("stay their owner's: another user's token is unknown to alice", async () => {
    const ott = (await pay(await unpaidTransfer())).headers.get("x-2fa-approval")!;
    expect((await call("GET", "/v1/one-time-token/status", alice.token, { headers: { "One-Time-Token": ott } })).status).toBe(404);
    expect((await call("POST", "/v1/one-time-token/sms/trigger", alice.token, { headers: { "One-Time-Token": ott } })).status).toBe(400);
  });
});

describe("the personal-token flow", () => {
  it("passes a token signed with the configured key (RSA, SHA-256), and refuses any other signature", async () => {
    const path = await unpaidTransfer();
    const ott = (await pay(path)).headers.get("x-2fa-approval")!;
    const other = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
    expect((await pay(path, { "x-2fa-approval": ott, "X-Signature": sign("sha256", Buffer.from(ott), other).toString("base64") })).status).toBe(403);
    const fresh = (await pay(path)).headers.get("x-2fa-approval")!;
    const signature = sign("sha256", Buffer.from(fresh), keys.privateKey).toString("base64");
    expect((await pay(path, { "x-2fa-approval": fresh, "X-Signature": signature })).status).toBe(201);
  });

  it("never asks alice or bob: their funding is not gated", async () => {
    expect(sandbox.users.map((u) => u.name)).toEqual(["alice", "bob"]);
    expect(sandbox.scaUsers.map((u) => ({ name: u.name, pin: u.pin, otp: u.otp }))).toEqual([{ name: "dana", pin: "1234", otp: "111111" }]);
  });
});

const ACCESS_DENIED = { error: "access_denied", error_description: "Access is denied" };

/** The body of POST /v1/auth/jose/request/public-keys for a new ES512 signing key. */
function signingKeyBody(publicKey: KeyObject, keyId = randomUUID()) {
  return {
    keyId,
    scope: "PAYLOAD_SIGNING",
    validFrom: "2020-01-01 00:00:00",
    validTill: "2099-01-01 00:00:00",
    publicKeyMaterial: { algorithm: "ES512", keyMaterial: publicKey.export({ type: "spki", format: "der" }).toString("base64") },
  };
}

describe("the JOSE key calls", () => {
  const KEY_PATH = "/v1/auth/jose/response/public-keys?scope=PAYLOAD_SIGNING&algorithm=ES512";

  it("take a client-credentials token; a user's token gets the partner routes' 403 and installs nothing", async () => {
    const body = signingKeyBody(generateKeyPairSync("ec", { namedCurve: "P-521" }).publicKey);
    for (const user of [dana, alice]) {
      expect(await call("GET", KEY_PATH, user.token)).toMatchObject({ status: 403, body: ACCESS_DENIED });
      expect(await call("POST", "/v1/auth/jose/request/public-keys", user.token, { json: body })).toMatchObject({ status: 403, body: ACCESS_DENIED });
    }
    expect(sandbox.store.sca.clientKeys.has(body.keyId)).toBe(false);
    const partner = await partnerToken();
    const key = await call("GET", KEY_PATH, partner);
    expect(key.status).toBe(200);
    expect(key.body).toMatchObject({ version: 1, scope: "PAYLOAD_SIGNING", keyMaterial: { algorithm: "ES512" } });
    const installed = await call("POST", "/v1/auth/jose/request/public-keys", partner, { json: body });
    expect(installed.status).toBe(201);
    expect(sandbox.store.sca.clientKeys.get(body.keyId)?.clientId).toBe(sandbox.client.id);
    // Without a token, 401 as on every route.
    expect((await fetch(`${sandbox.url}${KEY_PATH}`)).status).toBe(401);
  });

  it("leave the user routes to user tokens: a client-credentials token is refused on the FaceTec key and on funding", async () => {
    const partner = await partnerToken();
    expect(await call("GET", "/v1/facetec/public-key", partner)).toMatchObject({ status: 403, body: ACCESS_DENIED });
    expect(await call("POST", await unpaidTransfer(), partner, { json: { type: "BALANCE" } })).toMatchObject({ status: 403, body: ACCESS_DENIED });
  });
});

describe("signed funding (JWS)", () => {
  it("takes a body signed with the managing client's installed key for this path, and signs its answer with the published ES512 key", async () => {
    const key = generateKeyPairSync("ec", { namedCurve: "P-521" });
    const kid = randomUUID();
    const installed = await call("POST", "/v1/auth/jose/request/public-keys", await partnerToken(), { json: signingKeyBody(key.publicKey, kid) });
    expect(installed.status).toBe(201);
    const jws = (url: string) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify({ type: "BALANCE" }))).setProtectedHeader({ alg: "ES512", typ: "JWT", kid, url }).sign(key.privateKey);
    const path = await unpaidTransfer();
    const ott = (await pay(path)).headers.get("x-2fa-approval")!;
    await clearWithPin(ott);
    const headers = { "content-type": "application/jose+json", "x-tw-jose-method": "jws", "x-2fa-approval": ott };
    const elsewhere = await call("POST", path, dana.token, { raw: await jws("/v3/profiles/1/transfers/2/payments"), headers });
    expect(elsewhere.body.errors[0].code).toBe("jose.signature.invalid");
    const res = await fetch(`${sandbox.url}${path}`, { method: "POST", headers: { authorization: `Bearer ${dana.token}`, ...headers }, body: await jws(path) });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/jose+json");
    const published = (await call("GET", "/v1/auth/jose/response/public-keys?scope=PAYLOAD_SIGNING&algorithm=ES512", await partnerToken())).body.keyMaterial.keyMaterial as string;
    const { payload } = await compactVerify(await res.text(), createPublicKey({ key: Buffer.from(published, "base64"), format: "der", type: "spki" }));
    expect(JSON.parse(new TextDecoder().decode(payload))).toMatchObject({ type: "BALANCE", status: "COMPLETED" });
    // Another user cannot pay dana's transfer, signed or not.
    expect((await call("POST", path, alice.token, { raw: await jws(path), headers: { "content-type": "application/jose+json", "x-tw-jose-method": "jws" } })).status).not.toBe(201);
  });

  it("checks the kid among the keys of the client that manages the caller: another client's users cannot sign with it", async () => {
    const key = generateKeyPairSync("ec", { namedCurve: "P-521" });
    const demoKid = randomUUID();
    expect((await call("POST", "/v1/auth/jose/request/public-keys", await partnerToken(), { json: signingKeyBody(key.publicKey, demoKid) })).status).toBe(201);
    const signedPayment = async (user: DemoUser, kid: string) => {
      // A transfer id nobody has: the signature is checked first, so a good one ends in 404.
      const path = `/v3/profiles/${user.personalProfileId}/transfers/999999/payments`;
      const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify({ type: "BALANCE" }))).setProtectedHeader({ alg: "ES512", kid, url: path }).sign(key.privateKey);
      return call("POST", path, user.token, { raw: jws, headers: { "content-type": "application/jose+json", "x-tw-jose-method": "jws" } });
    };
    const bob = sandbox.users[1]!;
    // Alice and bob are managed by the demo client: its key signs their calls.
    expect((await signedPayment(alice, demoKid)).status).toBe(404);
    expect((await signedPayment(bob, demoKid)).status).toBe(404);
    // Bob, once managed by another client, is covered by that client's keys only.
    const other = { id: "other-client", secret: "other-secret", redirectUri: "http://localhost:4000/other" };
    sandbox.store.oauth.clients.set(other.id, other);
    const bobRecord = sandbox.store.users.get(bob.userId)!;
    bobRecord.registration = { clientId: other.id, code: "registration-code-of-the-other-client", language: "EN", createdMs: clock };
    try {
      const refused = await signedPayment(bob, demoKid);
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].code).toBe("jose.signature.invalid");
      const otherKid = randomUUID();
      expect((await call("POST", "/v1/auth/jose/request/public-keys", await partnerToken(other), { json: signingKeyBody(key.publicKey, otherKid) })).status).toBe(201);
      expect((await signedPayment(bob, otherKid)).status).toBe(404);
      expect((await signedPayment(alice, otherKid)).body.errors[0].code).toBe("jose.signature.invalid");
    } finally {
      delete bobRecord.registration;
      sandbox.store.oauth.clients.delete(other.id);
    }
  });
});

describe("statements, a low-risk call", () => {
  it("pass within the 5-minute SCA session that clearing a token opens, and ask again after it", async () => {
    const eur = [...sandbox.store.balances.values()].find((b) => b.profileId === dana.personalProfileId && b.currency === "EUR")!;
    const path = `/v1/profiles/${dana.personalProfileId}/balance-statements/${eur.id}/statement.json?currency=EUR&intervalStart=2025-01-01T00:00:00Z&intervalEnd=2025-12-31T00:00:00Z`;
    sandbox.store.sca.sessionUntil.clear();
    const refused = await call("GET", path, dana.token);
    expect(refused.status).toBe(403);
    const session = (await call("POST", `/v2/profiles/${dana.personalProfileId}/sca-sessions/authorise`, dana.token)).body.oneTimeTokenProperties.oneTimeToken as string;
    expect((await clearWithPin(session)).status).toBe(200);
    expect((await call("GET", path, dana.token)).status).toBe(200);
    clock += 5 * 60 * 1000 + 1;
    expect((await call("GET", path, dana.token)).status).toBe(403);
    expect((await call("GET", path, alice.token)).status).toBe(403); // not alice's profile either way
  });
});
