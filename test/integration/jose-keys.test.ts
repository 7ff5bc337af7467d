// Wise's JOSE keys through GraphQL against the embedded sandbox. Wise serves its public keys and
// takes client keys only with a client-credentials token, so the server calls them as the partner
// (the sandbox's demo client here), keeps Wise's keys per process, and without client credentials
// refuses clearly instead of calling anything.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { generateKeyPairSync } from "node:crypto";
import { toGlobalId } from "graphql-relay";
import {
  JoseKeysDocument,
  ScaChallengeStatusDocument,
  ScaDeviceFingerprintCreateDocument,
  ScaPinVerifyDocument,
  ScaSessionAuthoriseDocument,
  ScaTransferFundDocument,
  WiseClientPublicKeyAddDocument,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { newKey, newTransfer } from "../helpers/money.js";
import type { DemoUser } from "../../src/sandbox/index.js";
import { WiseClient } from "../../src/wise/client.js";
import { ClientCredentialsToken } from "../../src/wise/client-token.js";
import { WiseOAuth } from "../../src/wise/oauth.js";
import { createPartnerSession } from "../../src/wise/partner-session.js";
import { createJwsSigner } from "../../src/wise/sca/jws.js";
import { WISE_ENCRYPTION_KEY, WiseKeyCache, WiseKeys } from "../../src/wise/sca/wise-keys.js";
import { getWisePublicKey } from "../../src/wise/endpoints/jose.js";

const KEY_ROUTE = "GET /v1/auth/jose/response/public-keys";
const PIN_VERIFY_ROUTE = "POST /v2/profiles/:profileId/pin/verify";

let h: Harness;
let dana: DemoUser;
beforeAll(async () => {
  h = await startHarness();
  dana = h.sandbox.scaUsers[0]!;
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  h.sandbox.faults.clear();
  await h.reset();
});

const danaProfile = () => toGlobalId("PersonalProfile", String(dana.personalProfileId));

/** A fresh one-time token of dana's whose PIN challenge is still to clear. */
async function danaToken(harness = h): Promise<string> {
  const started = await harness.request(ScaSessionAuthoriseDocument, { input: { profileId: danaProfile() } }, { token: dana.token });
  return started.body.data!.scaSessionAuthorise.scaChallenge!.oneTimeToken;
}

const pinVerify = (oneTimeToken: string, harness = h) =>
  harness.request(ScaPinVerifyDocument, { input: { profileId: danaProfile(), oneTimeToken, pin: dana.pin } }, { token: dana.token });

function signingKeyInput() {
  return {
    keyId: newKey(),
    scope: "PAYLOAD_SIGNING" as const,
    algorithm: "ES512",
    publicKey: generateKeyPairSync("ec", { namedCurve: "P-521" }).publicKey.export({ type: "spki", format: "der" }).toString("base64"),
    validFrom: "2026-01-01T00:00:00Z",
    validTill: "2027-01-01T00:00:00Z",
  };
}

/** A server without client credentials, on its own sandbox. */
async function withoutClientCredentials(test: (plain: Harness) => Promise<void>): Promise<void> {
  const plain = await startHarness({ server: { clientCredentials: null } });
  try {
    await test(plain);
  } finally {
    await plain.close();
  }
}

describe("wisePublicKey and wiseClientPublicKeyAdd: partner operations", () => {
  it("read Wise's keys and install a client key with the demo client's token (a user's token would be refused)", async () => {
    const signing = (await h.request(JoseKeysDocument, { scope: "PAYLOAD_SIGNING", algorithm: "ES512" })).body;
    expect(signing.errors).toBeUndefined();
    expect(signing.data!.wisePublicKey).toMatchObject({ version: 1, scope: "PAYLOAD_SIGNING", algorithm: "ES512", keyMaterial: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    const input = signingKeyInput();
    const added = (await h.request(WiseClientPublicKeyAddDocument, { input })).body.data!.wiseClientPublicKeyAdd;
    expect(added.userErrors).toEqual([]);
    expect(h.sandbox.store.sca.clientKeys.get(input.keyId)?.clientId).toBe(h.sandbox.client.id);
    const stats = await h.stats();
    expect(stats.routes[KEY_ROUTE]).toBe(1);
    // Both JOSE calls went with the demo client's token; alice's token made only the FaceTec call, a user's.
    expect(stats.byToken[`client:${h.sandbox.client.id}`]).toBe(2);
    expect(stats.byToken.alice).toBe(1);
  });

  it("are FORBIDDEN without client credentials, and call nothing", async () => {
    await withoutClientCredentials(async (plain) => {
      const keys = await plain.request(JoseKeysDocument, { scope: "PAYLOAD_ENCRYPTION", algorithm: "RSA_OAEP_256" });
      expect(errorCodes(keys)).toEqual(["FORBIDDEN"]);
      expect(keys.body.errors![0]!.path).toEqual(["wisePublicKey"]);
      expect(keys.body.errors![0]!.message).toMatch(/WISE_CLIENT_ID/);
      expect(errorCodes(await plain.request(WiseClientPublicKeyAddDocument, { input: signingKeyInput() }))).toEqual(["FORBIDDEN"]);
      expect(plain.sandbox.store.sca.clientKeys.size).toBe(0);
      const routes = (await plain.stats()).routes;
      expect(routes[KEY_ROUTE]).toBeUndefined();
      expect(routes["POST /v1/auth/jose/request/public-keys"]).toBeUndefined();
    });
  });
});

describe("the SCA calls that encrypt for Wise", () => {
  it("fetch Wise's key once for several PIN verifies (and a device enrolment): it is kept per process", async () => {
    const fresh = await startHarness();
    try {
      for (let i = 0; i < 3; i++) {
        const verified = (await pinVerify(await danaToken(fresh), fresh)).body.data!.scaPinVerify;
        expect(verified.userErrors).toEqual([]);
        expect(verified.scaChallenge!.challenges.find((c) => c.type === "PIN")!.passed).toBe(true);
      }
      const device = await fresh.request(ScaDeviceFingerprintCreateDocument, { input: { profileId: danaProfile(), deviceFingerprint: "device-dana-keys" } }, { token: dana.token });
      expect(device.body.data!.scaDeviceFingerprintCreate.userErrors).toEqual([]);
      const routes = (await fresh.stats()).routes;
      expect(routes[PIN_VERIFY_ROUTE]).toBe(3);
      expect(routes[KEY_ROUTE]).toBe(1);
    } finally {
      await fresh.close();
    }
  });

  it("keep no failed fetch: a key Wise did not serve fails that call clearly, and the next call fetches again", async () => {
    const fresh = await startHarness();
    try {
      fresh.sandbox.faults.add({ route: KEY_ROUTE, fault: { type: "status", status: 404 }, times: 1 });
      const token = await danaToken(fresh);
      const failed = await pinVerify(token, fresh);
      // Wise's fault, not the PIN's: no userError on the PIN, and the PIN was never sent.
      expect(errorCodes(failed)).toEqual(["UPSTREAM_UNAVAILABLE"]);
      expect((await fresh.stats()).routes[PIN_VERIFY_ROUTE]).toBeUndefined();
      const verified = (await pinVerify(token, fresh)).body.data!.scaPinVerify;
      expect(verified.scaChallenge!.cleared).toBe(true);
      expect((await fresh.stats()).routes[KEY_ROUTE]).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it("without client credentials fail with a clear FORBIDDEN, sending neither the PIN nor anything for the key", async () => {
    await withoutClientCredentials(async (plain) => {
      const token = await danaToken(plain);
      const refused = await pinVerify(token, plain);
      expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
      expect(refused.body.errors![0]!.message).toMatch(/JOSE public keys .* PIN and device-fingerprint bodies cannot be encrypted/);
      const status = await plain.request(ScaChallengeStatusDocument, { oneTimeToken: token }, { token: dana.token });
      expect(status.body.data!.scaChallenge!.cleared).toBe(false);
      const routes = (await plain.stats()).routes;
      expect(routes[PIN_VERIFY_ROUTE]).toBeUndefined();
      expect(routes[KEY_ROUTE]).toBeUndefined();
      expect(routes["POST /oauth/token"]).toBeUndefined();
    });
  });
});

describe("signed funding (WISE_JWS_PRIVATE_KEY) needs Wise's signing key first", () => {
  const signer = () => createJwsSigner(generateKeyPairSync("ec", { namedCurve: "P-521" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString(), newKey());

  it("a key Wise does not serve fails the call plainly (not an unknown outcome), and nothing is paid", async () => {
    const signed = await startHarness({ client: { jwsSigner: signer() } });
    try {
      const { transfer } = await newTransfer(signed, "7.00");
      signed.sandbox.faults.add({ route: KEY_ROUTE, fault: { type: "status", status: 404 }, times: 1 });
      const refused = await signed.request(ScaTransferFundDocument, { input: { transferId: transfer.id } });
      expect(errorCodes(refused)).toEqual(["UPSTREAM_UNAVAILABLE"]);
      expect((await signed.stats()).routes["POST /v3/profiles/:profileId/transfers/:transferId/payments"]).toBeUndefined();
    } finally {
      await signed.close();
    }
  });

  it("is FORBIDDEN without client credentials, before the payment is sent: an answer that could not be checked is never asked for", async () => {
    const plain = await startHarness({ server: { clientCredentials: null }, client: { jwsSigner: signer() } });
    try {
      const { transfer } = await newTransfer(plain, "7.00");
      const refused = await plain.request(ScaTransferFundDocument, { input: { transferId: transfer.id } });
      expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
      expect(refused.body.errors![0]!.message).toMatch(/signed answers checked/);
      const routes = (await plain.stats()).routes;
      expect(routes["POST /v3/profiles/:profileId/transfers/:transferId/payments"]).toBeUndefined();
      expect(routes[KEY_ROUTE]).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});

describe("WiseKeyCache", () => {
  const partnerKeys = (cache: WiseKeyCache) => {
    const client = new WiseClient({ baseUrl: h.sandbox.url });
    const clientToken = new ClientCredentialsToken(new WiseOAuth(h.sandbox.url, { clientId: h.sandbox.client.id, clientSecret: h.sandbox.client.secret }));
    const partner = createPartnerSession(client, clientToken);
    return { keys: new WiseKeys(cache, () => partner), partner, client };
  };

  it("keeps a key for its TTL, then fetches it again; concurrent misses share one fetch", async () => {
    let clock = 0;
    const cache = new WiseKeyCache(60_000, () => clock);
    const { keys, client } = partnerKeys(cache);
    try {
      const first = await Promise.all(Array.from({ length: 10 }, () => keys.publicKey(WISE_ENCRYPTION_KEY)));
      expect(new Set(first.map((k) => k.keyMaterial.keyMaterial)).size).toBe(1);
      expect((await h.stats()).routes[KEY_ROUTE]).toBe(1);
      clock += 59_999;
      await keys.encryptionKey();
      expect((await h.stats()).routes[KEY_ROUTE]).toBe(1);
      clock += 1;
      await keys.encryptionKey();
      expect((await h.stats()).routes[KEY_ROUTE]).toBe(2);
    } finally {
      client.shutdown();
    }
  });

  it("keeps each scope and algorithm apart, and lets a refused query be asked again", async () => {
    const cache = new WiseKeyCache();
    const { keys, partner, client } = partnerKeys(cache);
    try {
      const signing = await keys.publicKey({ scope: "PAYLOAD_SIGNING", algorithm: "ES512" });
      const encryption = await keys.publicKey(WISE_ENCRYPTION_KEY);
      expect(signing.keyMaterial.keyMaterial).not.toBe(encryption.keyMaterial.keyMaterial);
      const unknown = { scope: "PAYLOAD_SIGNING" as const, algorithm: "ES256" };
      let fetches = 0;
      const fetch = () => {
        fetches++;
        return getWisePublicKey(partner, unknown);
      };
      await expect(cache.get(unknown, fetch)).rejects.toMatchObject({ status: 400 });
      await expect(cache.get(unknown, fetch)).rejects.toMatchObject({ status: 400 });
      expect(fetches).toBe(2);
    } finally {
      client.shutdown();
    }
  });
});
