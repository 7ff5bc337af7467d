import { describe, expect, it } from "@jest/globals";
import { generateKeyPairSync, verify } from "node:crypto";
import { ConfigError, loadConfig, loadSandboxConfig } from "../../src/config.js";
import { fromWiseError } from "../../src/common/errors.js";
import { runMutation } from "../../src/common/run-mutation.js";
import { readScaRejection, WiseApiError } from "../../src/wise/errors.js";
import { createScaSigner } from "../../src/wise/sca/signer.js";
import { createJwsSigner } from "../../src/wise/sca/jws.js";

const OTT = "7fa8c832-b8b5-4757-9c24-e952119999f2";
const scaRefusal = () => new WiseApiError("SCA_REQUIRED", 403, [], null, "POST /v3/profiles/{}/transfers/{}/payments", "sca", null, OTT);

describe("Wise's SCA refusal", () => {
  it("is a 403 with x-2fa-approval-result REJECTED and the token in x-2fa-approval; nothing else", () => {
    expect(readScaRejection(403, { "x-2fa-approval-result": "REJECTED", "x-2fa-approval": OTT })).toBe(OTT);
    expect(readScaRejection(403, { "x-2fa-approval-result": ["rejected"], "x-2fa-approval": [` ${OTT} `] })).toBe(OTT);
    expect(readScaRejection(403, { "x-2fa-approval-result": "APPROVED", "x-2fa-approval": OTT })).toBeNull();
    expect(readScaRejection(403, { "x-2fa-approval-result": "REJECTED" })).toBeNull();
    expect(readScaRejection(401, { "x-2fa-approval-result": "REJECTED", "x-2fa-approval": OTT })).toBeNull();
    expect(readScaRejection(403, {})).toBeNull();
  });

  it("is its own error kind: Wise did nothing (never OUTCOME_UNKNOWN), it is no Wise fault, and it keeps the token", () => {
    const error = scaRefusal();
    expect(error.outcomeUnknown).toBe(false);
    expect(error.isWiseFault).toBe(false);
    expect(error.oneTimeToken).toBe(OTT);
  });

  it("becomes SCA_REQUIRED with the challenge: in extensions for a query, as userError and scaChallenge for a mutation", async () => {
    const graphql = fromWiseError(scaRefusal());
    expect(graphql.extensions).toEqual({ code: "SCA_REQUIRED", scaChallenge: expect.objectContaining({ oneTimeToken: OTT, cleared: false, challenges: [] }) });
    let calls = 0;
    const outcome = await runMutation(
      async () => {
        calls++;
        throw scaRefusal();
      },
      { unknownOutcome: { what: "payment", idempotencyKey: "k" } },
    );
    expect(calls).toBe(1); // never sent again, even with an idempotency key
    expect(outcome).toEqual({ userErrors: [expect.objectContaining({ code: "SCA_REQUIRED" })], scaChallenge: expect.objectContaining({ oneTimeToken: OTT }) });
  });
});

describe("WISE_SCA_PRIVATE_KEY", () => {
  const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const privatePem = rsa.privateKey.export({ type: "pkcs8", format: "pem" }).toString();

  it("is read as a PEM (also with \\n for newlines) and signs the token as Wise's personal-token flow checks it", () => {
    expect(loadConfig({}).scaPrivateKey).toBeNull();
    expect(loadConfig({ WISE_SCA_PRIVATE_KEY: privatePem }).scaPrivateKey).toBe(privatePem.trim());
    expect(loadConfig({ WISE_SCA_PRIVATE_KEY: privatePem.trim().replace(/\n/g, "\\n") }).scaPrivateKey).toBe(privatePem.trim());
    const signature = createScaSigner(privatePem)(OTT);
    expect(verify("sha256", Buffer.from(OTT, "ascii"), rsa.publicKey, Buffer.from(signature, "base64"))).toBe(true);
  });

  it("refuses what is not an RSA private key, naming the variable", () => {
    expect(() => loadConfig({ WISE_SCA_PRIVATE_KEY: "not a key" })).toThrow(ConfigError);
    expect(() => loadConfig({ WISE_SCA_PRIVATE_KEY: "not a key" })).toThrow(/WISE_SCA_PRIVATE_KEY/);
    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(() => loadConfig({ WISE_SCA_PRIVATE_KEY: ec })).toThrow(/RSA private key; got a ec key/);
    expect(() => loadSandboxConfig({ WISE_SANDBOX_SCA_PUBLIC_KEY: "nope" })).toThrow(/WISE_SANDBOX_SCA_PUBLIC_KEY/);
    expect(loadSandboxConfig({ WISE_SANDBOX_SCA_PUBLIC_KEY: rsa.publicKey.export({ type: "spki", format: "pem" }).toString() }).scaPublicKey).toMatch(/BEGIN PUBLIC KEY/);
  });
});

describe("WISE_JWS_PRIVATE_KEY and WISE_JWS_KEY_ID", () => {
  const ec = generateKeyPairSync("ec", { namedCurve: "P-521" }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  const keyId = "e87da464-8e5e-4380-8f2d-4e4e04052672";

  it("are read together, and pick the algorithm from the key", () => {
    expect(loadConfig({}).jws).toBeNull();
    expect(loadConfig({ WISE_JWS_PRIVATE_KEY: ec, WISE_JWS_KEY_ID: keyId }).jws).toEqual({ privateKey: ec.trim(), keyId });
    expect(createJwsSigner(ec, keyId).algorithm).toBe("ES512");
    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    expect(createJwsSigner(rsa, keyId).algorithm).toBe("PS256");
  });

  it("refuses one without the other, a key id that is not a UUID, and what is not a private key", () => {
    expect(() => loadConfig({ WISE_JWS_PRIVATE_KEY: ec })).toThrow(/both WISE_JWS_PRIVATE_KEY and WISE_JWS_KEY_ID/);
    expect(() => loadConfig({ WISE_JWS_KEY_ID: keyId })).toThrow(/both WISE_JWS_PRIVATE_KEY and WISE_JWS_KEY_ID/);
    expect(() => loadConfig({ WISE_JWS_PRIVATE_KEY: ec, WISE_JWS_KEY_ID: "key-1" })).toThrow(/WISE_JWS_KEY_ID must be the key's UUID/);
    expect(() => loadConfig({ WISE_JWS_PRIVATE_KEY: "nope", WISE_JWS_KEY_ID: keyId })).toThrow(/WISE_JWS_PRIVATE_KEY must be a private key/);
  });
});
