// Operations only the partner's own backend may run (userCreate, userExists, the user-token
// grants, wiseClientPublicKeyAdd) use the server's client credentials, so holding them is not
// enough: a browser reaches the same /graphql. Outside the embedded sandbox's demo the request must
// carry PARTNER_SECRET in x-partner-secret; without it the operation is FORBIDDEN and nothing
// reaches Wise. Operations a user runs for themselves through the partner (phone numbers) and the
// user's own calls are unaffected.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { generateKeyPairSync } from "node:crypto";
import { ProfilesDocument, UserExistsDocument, UserTokenCreateDocument, WiseClientPublicKeyAddDocument } from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { newKey } from "../helpers/money.js";
import { ConfigError, loadConfig } from "../../src/config.js";

const SECRET = "partner-backend-secret-for-tests";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ server: { partnerBackend: { secret: SECRET } } });
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});

const keyInput = () => ({
  keyId: newKey(),
  scope: "PAYLOAD_SIGNING" as const,
  algorithm: "ES512",
  publicKey: generateKeyPairSync("ec", { namedCurve: "P-521" }).publicKey.export({ type: "spki", format: "der" }).toString("base64"),
  validFrom: "2026-01-01T00:00:00Z",
  validTill: "2027-01-01T00:00:00Z",
});

describe("partner-only operations with PARTNER_SECRET set", () => {
  it.each([
    ["no header", {}],
    ["a wrong secret", { "x-partner-secret": "not-the-partner-secret" }],
    ["an empty secret", { "x-partner-secret": "" }],
  ])("are FORBIDDEN with %s, and nothing reaches Wise", async (_case, headers) => {
    const exists = await h.request(UserExistsDocument, { email: "alice.martin@example.com" }, { headers });
    expect(errorCodes(exists)).toEqual(["FORBIDDEN"]);
    expect(exists.body.errors![0]!.message).toMatch(/x-partner-secret/);
    const grant = await h.request(UserTokenCreateDocument, { input: { registrationCode: { email: "x@example.com", registrationCode: "r".repeat(40) } } }, { headers });
    expect(errorCodes(grant)).toEqual(["FORBIDDEN"]);
    const key = await h.request(WiseClientPublicKeyAddDocument, { input: keyInput() }, { headers });
    expect(errorCodes(key)).toEqual(["FORBIDDEN"]);
    expect((await h.stats()).total).toBe(0);
    expect(h.sandbox.store.sca.clientKeys.size).toBe(0);
  });

  it("answer the backend that sends the secret", async () => {
    const headers = { "x-partner-secret": SECRET };
    expect((await h.request(UserExistsDocument, { email: "alice.martin@example.com" }, { headers })).body.data!.userExists).toBe(true);
    const added = await h.request(WiseClientPublicKeyAddDocument, { input: keyInput() }, { headers });
    expect(added.body.data!.wiseClientPublicKeyAdd.userErrors).toEqual([]);
    expect((await h.stats()).routes).toMatchObject({ "POST /v1/users/exists": 1, "POST /v1/auth/jose/request/public-keys": 1 });
  });

  it("leave the user's own operations alone", async () => {
    const res = await h.request(ProfilesDocument, {});
    expect(res.body.errors).toBeUndefined();
  });
});

describe("partner-only operations without PARTNER_SECRET, outside the sandbox's demo", () => {
  it("are FORBIDDEN for everyone, whatever header is sent", async () => {
    const closed = await startHarness({ server: { partnerBackend: null } });
    try {
      const exists = await closed.request(UserExistsDocument, { email: "alice.martin@example.com" }, { headers: { "x-partner-secret": SECRET } });
      expect(errorCodes(exists)).toEqual(["FORBIDDEN"]);
      expect((await closed.stats()).total).toBe(0);
    } finally {
      await closed.close();
    }
  });

  it("PARTNER_SECRET shorter than 16 characters is a start-up error", () => {
    expect(() => loadConfig({ PARTNER_SECRET: "short" })).toThrow(new ConfigError("PARTNER_SECRET must be at least 16 characters long."));
    expect(loadConfig({ PARTNER_SECRET: SECRET }).partnerSecret).toBe(SECRET);
    expect(loadConfig({}).partnerSecret).toBeNull();
  });
});
