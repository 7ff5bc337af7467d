// Strong customer authentication through GraphQL, against the embedded sandbox: dana's funding
// is SCA-gated. The whole send-money flow (challenge, PIN, repeat with the cleared token, funded
// once), the other factors, isolation between users, and the query convention.

import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { generateKeyPairSync } from "node:crypto";
import { toGlobalId } from "graphql-relay";
import {
  ProfileBalancesDocument,
  QuoteCreateDocument,
  RecipientCreateDocument,
  ScaChallengeStatusDocument,
  ScaDeviceFingerprintCreateDocument,
  ScaDeviceFingerprintDeleteDocument,
  ScaDeviceFingerprintVerifyDocument,
  ScaFacemapCreateDocument,
  ScaFacemapDeleteDocument,
  ScaFacemapVerifyDocument,
  ScaGatedTransferDocument,
  ScaOtpTriggerDocument,
  ScaOtpVerifyDocument,
  ScaPinCreateDocument,
  ScaPinDeleteDocument,
  ScaPinVerifyDocument,
  ScaSessionAuthoriseDocument,
  ScaTransferFundDocument,
  ScaStatementDocument,
  TransferCreateDocument,
  JoseKeysDocument,
  WiseClientPublicKeyAddDocument,
} from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { newKey, newTransfer, VALID_ANSWERS } from "../helpers/money.js";
import type { DemoUser } from "../../src/sandbox/index.js";
import { createScaSigner } from "../../src/wise/sca/signer.js";
import { createJwsSigner } from "../../src/wise/sca/jws.js";

const PAYMENTS = "POST /v3/profiles/:profileId/transfers/:transferId/payments";

let h: Harness;
let dana: DemoUser;
beforeAll(async () => {
  h = await startHarness();
  dana = h.sandbox.scaUsers[0]!;
});
afterEach(() => h.sandbox.faults.clear());
afterAll(async () => {
  await h.close();
});

const danaProfile = () => toGlobalId("PersonalProfile", String(dana.personalProfileId));

async function eurBalance(): Promise<string> {
  const response = await h.request(ProfileBalancesDocument, { id: danaProfile(), types: ["STANDARD"] }, { token: dana.token });
  return response.body.data!.profile!.balances!.find((b) => b.currency === "EUR")!.amount.amount;
}

/** Quote (EUR to GBP, paid from the balance), recipient and transfer for dana, through GraphQL. */
async function danaTransfer(sourceAmount = "100.00") {
  const quote = (
    await h.request(
      QuoteCreateDocument,
      { input: { profileId: danaProfile(), sourceCurrency: "EUR", targetCurrency: "GBP", sourceAmount, preferredPayIn: "BALANCE" } },
      { token: dana.token },
    )
  ).body.data!.quoteCreate.quote!;
  const recipient = (
    await h.request(
      RecipientCreateDocument,
      { input: { profileId: danaProfile(), currency: "GBP", type: "sort_code", accountHolderName: "Grace Hopper", details: VALID_ANSWERS.sort_code } },
      { token: dana.token },
    )
  ).body.data!.recipientCreate.recipient!;
  const created = await h.request(
    TransferCreateDocument,
    { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey(), reference: "Rent" } },
    { token: dana.token },
  );
  return created.body.data!.transferCreate.transfer!;
}

const fund = (transferId: string, scaToken?: string, token = dana.token) => h.request(ScaTransferFundDocument, { input: { transferId, scaToken } }, { token });

const pinVerify = (oneTimeToken: string, pin: string, token = dana.token) => h.request(ScaPinVerifyDocument, { input: { profileId: danaProfile(), oneTimeToken, pin } }, { token });

describe("the send-money flow of an SCA-gated user", () => {
  it("answers SCA_REQUIRED with a challenge, clears it with the PIN, and funds once on the repeat (and the repeat of the repeat)", async () => {
    const transfer = await danaTransfer("100.00");
    const before = await eurBalance();
    const paymentsBefore = (await h.stats()).routes[PAYMENTS] ?? 0;

    const refused = (await fund(transfer.id)).body.data!.transferFund;
    expect(refused.userErrors.map((e) => e.code)).toEqual(["SCA_REQUIRED"]);
    expect(refused.balanceTransactionId).toBeNull();
    const challenge = refused.scaChallenge!;
    expect(challenge.cleared).toBe(false);
    expect(challenge.actionType).toBe("TRANSFER__FUND");
    expect(challenge.expiresInSeconds).toBeGreaterThan(0);
    expect(challenge.challenges).toEqual([
      { type: "PIN", alternatives: [], required: true, passed: false },
      { type: "SMS", alternatives: ["WHATSAPP", "VOICE"], required: false, passed: false },
    ]);
    expect(await eurBalance()).toBe(before);

    // A wrong PIN is a userError on the PIN and clears nothing.
    const wrong = (await pinVerify(challenge.oneTimeToken, "9999")).body.data!.scaPinVerify;
    expect(wrong.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "pin"] })]);
    expect(wrong.scaChallenge).toBeNull();

    const verified = (await pinVerify(challenge.oneTimeToken, dana.pin)).body.data!.scaPinVerify;
    expect(verified.userErrors).toEqual([]);
    expect(verified.scaChallenge).toMatchObject({ oneTimeToken: challenge.oneTimeToken, cleared: true });
    expect(verified.scaChallenge!.challenges[0]).toMatchObject({ type: "PIN", passed: true });

    const status = (await h.request(ScaChallengeStatusDocument, { oneTimeToken: challenge.oneTimeToken }, { token: dana.token })).body.data!.scaChallenge!;
    expect(status.cleared).toBe(true);

    const paid = (await fund(transfer.id, challenge.oneTimeToken)).body.data!.transferFund;
    expect(paid.userErrors).toEqual([]);
    expect(paid.scaChallenge).toBeNull();
    expect(paid.balanceTransactionId).toEqual(expect.any(Number));
    expect(paid.transfer!.status).toBe("PROCESSING");
    const after = await eurBalance();
    expect(Number(after)).toBeLessThan(Number(before));

    // The repeat, with the now used token and without any: the transfer is already paid.
    for (const again of [await fund(transfer.id, challenge.oneTimeToken), await fund(transfer.id)]) {
      const payload = again.body.data!.transferFund;
      expect(payload.userErrors).toEqual([]);
      expect(payload.transfer!.status).toBe("PROCESSING");
    }
    expect(await eurBalance()).toBe(after);
    // Two payment calls in all: the refused one and the paid one.
    expect((await h.stats()).routes[PAYMENTS]).toBe(paymentsBefore + 2);
  });

  it("funds once when two repeats with the same cleared token race", async () => {
    const transfer = await danaTransfer("20.00");
    const token = (await fund(transfer.id)).body.data!.transferFund.scaChallenge!.oneTimeToken;
    expect((await pinVerify(token, dana.pin)).body.data!.scaPinVerify.scaChallenge!.cleared).toBe(true);
    const before = await eurBalance();
    const answers = await Promise.all([fund(transfer.id, token), fund(transfer.id, token)]);
    for (const answer of answers) {
      expect(answer.body.data!.transferFund.userErrors).toEqual([]);
      expect(answer.body.data!.transferFund.transfer!.status).toBe("PROCESSING");
    }
    expect(answers.filter((a) => a.body.data!.transferFund.balanceTransactionId !== null)).toHaveLength(1);
    expect(new Big(before).minus(await eurBalance()).toFixed(2)).toBe("20.00");
  });

  it("refuses an uncleared token, a token of another transfer, and a malformed one, moving nothing", async () => {
    const [first, second] = [await danaTransfer("10.00"), await danaTransfer("10.00")];
    const token = (await fund(first.id)).body.data!.transferFund.scaChallenge!.oneTimeToken;
    const before = await eurBalance();
    // Not cleared yet: a fresh challenge comes back.
    const uncleared = (await fund(first.id, token)).body.data!.transferFund;
    expect(uncleared.userErrors.map((e) => e.code)).toEqual(["SCA_REQUIRED"]);
    expect(uncleared.scaChallenge!.oneTimeToken).not.toBe(token);
    // Cleared for the first transfer only.
    await pinVerify(token, dana.pin);
    expect((await fund(second.id, token)).body.data!.transferFund.userErrors.map((e) => e.code)).toEqual(["SCA_REQUIRED"]);
    const malformed = (await fund(first.id, "x\r\nx-evil: 1")).body.data!.transferFund;
    expect(malformed.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "scaToken"] })]);
    expect(await eurBalance()).toBe(before);
  });

  it("leaves users without SCA as they were: alice funds without a challenge", async () => {
    const { transfer } = await newTransfer(h, "5.00");
    const payload = (await fund(transfer.id, undefined, h.alice.token)).body.data!.transferFund;
    expect(payload.userErrors).toEqual([]);
    expect(payload.scaChallenge).toBeNull();
  });
});

describe("the other challenges", () => {
  const session = async () =>
    (await h.request(ScaSessionAuthoriseDocument, { input: { profileId: danaProfile() } }, { token: dana.token })).body.data!.scaSessionAuthorise.scaChallenge!;

  it("clears the phone challenge over each channel with the OTP, after a trigger", async () => {
    for (const channel of ["SMS", "WHATSAPP", "VOICE"] as const) {
      const { oneTimeToken, actionType } = await session();
      expect(actionType).toBeNull();
      const early = (await h.request(ScaOtpVerifyDocument, { input: { oneTimeToken, channel, otpCode: dana.otp } }, { token: dana.token })).body.data!.scaOtpVerify;
      expect(early.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
      const trigger = (await h.request(ScaOtpTriggerDocument, { input: { oneTimeToken, channel } }, { token: dana.token })).body.data!.scaOtpTrigger;
      expect(trigger).toEqual({ obfuscatedPhoneNumber: "**********5678", userErrors: [] });
      const wrong = (await h.request(ScaOtpVerifyDocument, { input: { oneTimeToken, channel, otpCode: "000000" } }, { token: dana.token })).body.data!.scaOtpVerify;
      expect(wrong.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "otpCode"] })]);
      const right = (await h.request(ScaOtpVerifyDocument, { input: { oneTimeToken, channel, otpCode: dana.otp } }, { token: dana.token })).body.data!.scaOtpVerify;
      expect(right.scaChallenge!.challenges.find((c) => c.type === "SMS")).toMatchObject({ passed: true });
    }
  });

  it("enrols, verifies and deletes a device fingerprint (sent encrypted) and a facemap", async () => {
    const device = (await h.request(ScaDeviceFingerprintCreateDocument, { input: { profileId: danaProfile(), deviceFingerprint: "device-dana-1" } }, { token: dana.token })).body
      .data!.scaDeviceFingerprintCreate;
    expect(device.userErrors).toEqual([]);
    const again = (await h.request(ScaDeviceFingerprintCreateDocument, { input: { profileId: danaProfile(), deviceFingerprint: "device-dana-1" } }, { token: dana.token })).body
      .data!.scaDeviceFingerprintCreate;
    expect(again.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    const faceMap = Buffer.from("dana's face, exported").toString("base64");
    expect((await h.request(ScaFacemapCreateDocument, { input: { profileId: danaProfile(), faceMap } }, { token: dana.token })).body.data!.scaFacemapCreate).toEqual({
      done: true,
      userErrors: [],
    });

    const { oneTimeToken, challenges } = await session();
    expect(challenges.map((c) => c.type)).toEqual(["PIN", "SMS", "PARTNER_DEVICE_FINGERPRINT", "FACE_MAP"]);
    const byDevice = (
      await h.request(ScaDeviceFingerprintVerifyDocument, { input: { profileId: danaProfile(), oneTimeToken, deviceFingerprint: "device-dana-1" } }, { token: dana.token })
    ).body.data!.scaDeviceFingerprintVerify;
    expect(byDevice.scaChallenge!.challenges.find((c) => c.type === "PARTNER_DEVICE_FINGERPRINT")!.passed).toBe(true);
    const byFace = (await h.request(ScaFacemapVerifyDocument, { input: { profileId: danaProfile(), oneTimeToken, faceMap } }, { token: dana.token })).body.data!.scaFacemapVerify;
    expect(byFace.scaChallenge!.challenges.find((c) => c.type === "FACE_MAP")!.passed).toBe(true);
    expect(byFace.scaChallenge!.cleared).toBe(false); // the PIN is still required

    const removed = await h.request(
      ScaDeviceFingerprintDeleteDocument,
      { input: { profileId: danaProfile(), deviceFingerprintId: device.deviceFingerprint!.id } },
      { token: dana.token },
    );
    expect(removed.body.data!.scaDeviceFingerprintDelete).toEqual({ done: true, userErrors: [] });
    expect((await h.request(ScaFacemapDeleteDocument, { input: { profileId: danaProfile() } }, { token: dana.token })).body.data!.scaFacemapDelete.done).toBe(true);
    expect(
      (await h.request(ScaFacemapDeleteDocument, { input: { profileId: danaProfile() } }, { token: dana.token })).body.data!.scaFacemapDelete.userErrors.map((e) => e.code),
    ).toEqual(["NOT_FOUND"]);
  });

  it("replaces the PIN: without one the phone becomes required; a new PIN (sent encrypted) clears again", async () => {
    expect((await h.request(ScaPinDeleteDocument, { input: { profileId: danaProfile() } }, { token: dana.token })).body.data!.scaPinDelete).toEqual({
      done: true,
      userErrors: [],
    });
    try {
      expect((await session()).challenges).toEqual([{ type: "SMS", alternatives: ["WHATSAPP", "VOICE"], required: true, passed: false }]);
      const badPin = (await h.request(ScaPinCreateDocument, { input: { profileId: danaProfile(), pin: "12a4" } }, { token: dana.token })).body.data!.scaPinCreate;
      expect(badPin.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
    } finally {
      const createdResponse = await h.request(ScaPinCreateDocument, { input: { profileId: danaProfile(), pin: dana.pin } }, { token: dana.token });
      const created = createdResponse.body.data!.scaPinCreate;
      expect(created).toEqual({ done: true, userErrors: [] });
    }
    const { oneTimeToken } = await session();
    expect((await pinVerify(oneTimeToken, dana.pin)).body.data!.scaPinVerify.scaChallenge!.cleared).toBe(true);
  });
});

describe("an encrypted answer to a verify call", () => {
  it("is read back from the token's status: Wise encrypts it with the request's own key, which only the encrypting side holds", async () => {
    const transfer = await danaTransfer("5.00");
    const token = (await fund(transfer.id)).body.data!.transferFund.scaChallenge!.oneTimeToken;
    const jwe = "eyJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiZGlyIn0..gTnxA4uYrCTWVNp1.jQ3dDidM2Z8RuYkgQt1ydJ6x.mVY_uctEfEAleVVbHjcqdA";
    h.sandbox.faults.add({ route: "POST /v2/profiles/:profileId/pin/verify", fault: { type: "wrong-shape", body: jwe }, times: 1 });
    const statusBefore = (await h.stats()).routes["GET /v1/one-time-token/status"] ?? 0;
    const verified = (await pinVerify(token, dana.pin)).body.data!.scaPinVerify;
    expect(verified.userErrors).toEqual([]);
    expect(verified.scaChallenge).toMatchObject({ oneTimeToken: token, cleared: true });
    expect((await h.stats()).routes["GET /v1/one-time-token/status"]).toBe(statusBefore + 1);
    // An answer that is neither the token nor a JWE is Wise failing, not a verified PIN.
    const other = (await fund(transfer.id)).body.data!.transferFund.scaChallenge!.oneTimeToken;
    h.sandbox.faults.add({ route: "POST /v2/profiles/:profileId/pin/verify", fault: { type: "wrong-shape", body: "<html>oops" }, times: 1 });
    const broken = await pinVerify(other, dana.pin);
    expect(broken.body.errors![0]!.extensions!.code).toBe("UPSTREAM_UNAVAILABLE");
  });
});

describe("isolation", () => {
  it("bob never sees, clears or spends dana's one-time token", async () => {
    const transfer = await danaTransfer("10.00");
    const token = (await fund(transfer.id)).body.data!.transferFund.scaChallenge!.oneTimeToken;
    const seen = await h.request(ScaChallengeStatusDocument, { oneTimeToken: token }, { token: h.bob.token });
    expect(seen.body.data!.scaChallenge).toBeNull();
    expect(seen.body.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const bobProfile = toGlobalId("PersonalProfile", String(h.bob.personalProfileId));
    const cleared = (await h.request(ScaPinVerifyDocument, { input: { profileId: bobProfile, oneTimeToken: token, pin: h.bob.pin } }, { token: h.bob.token })).body.data!
      .scaPinVerify;
    expect(cleared.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
    expect(cleared.scaChallenge).toBeNull();
    const triggered = (await h.request(ScaOtpTriggerDocument, { input: { oneTimeToken: token, channel: "SMS" } }, { token: h.bob.token })).body.data!.scaOtpTrigger;
    expect(triggered.obfuscatedPhoneNumber).toBeNull();
    // Dana's token is untouched by bob's attempts.
    const status = (await h.request(ScaChallengeStatusDocument, { oneTimeToken: token }, { token: dana.token })).body.data!.scaChallenge!;
    expect(status.challenges.every((c) => !c.passed)).toBe(true);
  });
});

describe("a query refused for SCA", () => {
  it("answers null with SCA_REQUIRED and the challenge in extensions", async () => {
    const { transfer } = await newTransfer(h, "5.00");
    const alicePersonal = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
    const started = (await h.request(ScaSessionAuthoriseDocument, { input: { profileId: alicePersonal } })).body.data!.scaSessionAuthorise.scaChallenge!;
    h.sandbox.faults.add({
      route: "GET /v1/transfers/:transferId",
      fault: { type: "status", status: 403, headers: { "x-2fa-approval-result": "REJECTED", "x-2fa-approval": started.oneTimeToken } },
    });
    const response = await h.request(ScaGatedTransferDocument, { id: transfer.id });
    expect(response.body.data!.node).toBeNull();
    const error = response.body.errors![0]!;
    expect(error.extensions!.code).toBe("SCA_REQUIRED");
    expect(error.extensions!.scaChallenge).toMatchObject({
      oneTimeToken: started.oneTimeToken,
      cleared: false,
      challenges: [expect.objectContaining({ type: "PIN", required: true, passed: false }), expect.objectContaining({ type: "SMS" })],
    });
  });
});

describe("with WISE_SCA_PRIVATE_KEY (the personal-token flow)", () => {
  const pair = () => generateKeyPairSync("rsa", { modulusLength: 2048 });
  const pem = (key: ReturnType<typeof pair>) => ({
    privateKey: key.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey: key.publicKey.export({ type: "spki", format: "pem" }).toString(),
  });

  it("funds dana's transfer with no challenge: the server signs the one-time token and repeats the call once", async () => {
    const keys = pem(pair());
    const signed = await startHarness({ client: { scaSigner: createScaSigner(keys.privateKey) }, sandbox: { scaPublicKey: keys.publicKey } });
    const previous = h;
    h = signed;
    try {
      const transfer = await danaTransfer("30.00");
      const before = await eurBalance();
      const payload = (await fund(transfer.id)).body.data!.transferFund;
      expect(payload.userErrors).toEqual([]);
      expect(payload.scaChallenge).toBeNull();
      expect(payload.transfer!.status).toBe("PROCESSING");
      expect(new Big(before).minus(await eurBalance()).toFixed(2)).toBe("30.00");
      // The refused call and its signed repeat: nothing else, and no challenge was read.
      const routes = (await h.stats()).routes;
      expect(routes[PAYMENTS]).toBe(2);
      expect(routes["GET /v1/one-time-token/status"]).toBeUndefined();
    } finally {
      h = previous;
      await signed.close();
    }
  });

  it("a signature by another key is refused: the caller gets the challenge, nothing is paid", async () => {
    const wrong = await startHarness({ client: { scaSigner: createScaSigner(pem(pair()).privateKey) }, sandbox: { scaPublicKey: pem(pair()).publicKey } });
    const previous = h;
    h = wrong;
    try {
      const transfer = await danaTransfer("30.00");
      const before = await eurBalance();
      const payload = (await fund(transfer.id)).body.data!.transferFund;
      expect(payload.userErrors.map((e) => e.code)).toEqual(["SCA_REQUIRED"]);
      expect(payload.scaChallenge!.challenges.length).toBeGreaterThan(0);
      expect(await eurBalance()).toBe(before);
    } finally {
      h = previous;
      await wrong.close();
    }
  });
});

describe("JOSE and FaceTec keys", () => {
  it("reads Wise's public keys and installs a client key", async () => {
    const keys = (await h.request(JoseKeysDocument, { scope: "PAYLOAD_ENCRYPTION", algorithm: "RSA_OAEP_256" })).body.data!;
    expect(keys.wisePublicKey).toMatchObject({ version: 1, scope: "PAYLOAD_ENCRYPTION", algorithm: "RSA_OAEP_256" });
    expect(keys.facetecPublicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const signing = generateKeyPairSync("ec", { namedCurve: "P-521" }).publicKey.export({ type: "spki", format: "der" }).toString("base64");
    const input = {
      keyId: newKey(),
      scope: "PAYLOAD_SIGNING" as const,
      algorithm: "ES512",
      publicKey: signing,
      validFrom: "2026-01-01T00:00:00Z",
      validTill: "2027-01-01T00:00:00Z",
    };
    const added = (await h.request(WiseClientPublicKeyAddDocument, { input })).body.data!.wiseClientPublicKeyAdd;
    expect(added).toEqual({
      key: { keyId: input.keyId, scope: "PAYLOAD_SIGNING", algorithm: "ES512", validFrom: "2026-01-01 00:00:00", validTill: "2027-01-01 00:00:00" },
      userErrors: [],
    });
    const broken = (await h.request(WiseClientPublicKeyAddDocument, { input: { ...input, keyId: newKey(), publicKey: "bm90IGEga2V5" } })).body.data!.wiseClientPublicKeyAdd;
    expect(broken.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "publicKey"] })]);
  });
});

describe("JWS-signed funding (WISE_JWS_PRIVATE_KEY, WISE_JWS_KEY_ID)", () => {
  const ecKey = () => generateKeyPairSync("ec", { namedCurve: "P-521" });
  const day = 86_400_000;

  async function install(harness: Harness, publicKey: string, keyId: string) {
    const input = {
      keyId,
      scope: "PAYLOAD_SIGNING" as const,
      algorithm: "ES512",
      publicKey,
      validFrom: new Date(Date.now() - day).toISOString(),
      validTill: new Date(Date.now() + 365 * day).toISOString(),
    };
    const added = (await harness.request(WiseClientPublicKeyAddDocument, { input })).body.data!.wiseClientPublicKeyAdd;
    expect(added.userErrors).toEqual([]);
  }

  it("sends the payment body signed with the installed key and checks Wise's signed answer", async () => {
    const key = ecKey();
    const keyId = newKey();
    const pem = key.privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    const signed = await startHarness({ client: { jwsSigner: createJwsSigner(pem, keyId) } });
    try {
      await install(signed, key.publicKey.export({ type: "spki", format: "der" }).toString("base64"), keyId);
      const { transfer } = await newTransfer(signed, "7.00");
      const payload = (await signed.request(ScaTransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
      expect(payload.userErrors).toEqual([]);
      expect(payload.balanceTransactionId).toEqual(expect.any(Number));
      expect(payload.transfer!.status).toBe("PROCESSING");
    } finally {
      await signed.close();
    }
  });

  it("a body signed with a key Wise does not hold is refused and pays nothing", async () => {
    const keyId = newKey();
    const unknown = await startHarness({ client: { jwsSigner: createJwsSigner(ecKey().privateKey.export({ type: "pkcs8", format: "pem" }).toString(), keyId) } });
    try {
      // Installed under this kid, but a different key: the signature does not verify.
      await install(unknown, ecKey().publicKey.export({ type: "spki", format: "der" }).toString("base64"), keyId);
      const { transfer } = await newTransfer(unknown, "7.00");
      const payload = (await unknown.request(ScaTransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
      expect(payload.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
      expect(payload.transfer!.status).toBe("INCOMING_PAYMENT_WAITING");
    } finally {
      await unknown.close();
    }
  });
});

describe("a balance statement (SCA-gated for dana, low risk)", () => {
  const year = { intervalStart: "2025-01-01T00:00:00.000Z", intervalEnd: "2025-12-31T23:59:59.999Z" };
  const balanceOf = async (token: string, profileId: number, currency: string) => {
    const balances = (await h.request(ProfileBalancesDocument, { id: toGlobalId("PersonalProfile", String(profileId)), types: ["STANDARD"] }, { token })).body.data!.profile!
      .balances!;
    return balances.find((b) => b.currency === currency)!.id;
  };

  it("is alice's without a challenge: lines with running balances, and the balance at the end", async () => {
    const id = await balanceOf(h.alice.token, h.alice.personalProfileId, "GBP");
    const node = (await h.request(ScaStatementDocument, { id, ...year }, { token: h.alice.token })).body.data!.node as { statement: { transactions: any[]; endBalance: any } };
    expect(node.statement.transactions.length).toBeGreaterThan(0);
    const [newest] = node.statement.transactions;
    expect(newest).toMatchObject({ direction: expect.stringMatching(/^(DEBIT|CREDIT)$/), amount: { currency: "GBP" }, runningBalance: { currency: "GBP" } });
    expect(node.statement.endBalance.currency).toBe("GBP");
  });

  it("is null with SCA_REQUIRED for dana until she clears it; then the cleared token (and the 5-minute session it opens) reads it", async () => {
    await h.reset(); // no SCA session open from earlier tests
    const id = await balanceOf(dana.token, dana.personalProfileId, "EUR");
    const refused = await h.request(ScaStatementDocument, { id, ...year }, { token: dana.token });
    expect((refused.body.data!.node as { statement: unknown }).statement).toBeNull();
    const error = refused.body.errors![0]!;
    expect(error.path).toEqual(["node", "statement"]);
    expect(error.extensions!.code).toBe("SCA_REQUIRED");
    const challenge = error.extensions!.scaChallenge as { oneTimeToken: string; actionType: string; cleared: boolean };
    expect(challenge).toMatchObject({ actionType: "BALANCE__GET_STATEMENT", cleared: false });

    expect((await pinVerify(challenge.oneTimeToken, dana.pin)).body.data!.scaPinVerify.scaChallenge!.cleared).toBe(true);
    const read = await h.request(ScaStatementDocument, { id, ...year, scaToken: challenge.oneTimeToken }, { token: dana.token });
    expect(read.body.errors).toBeUndefined();
    expect((read.body.data!.node as { statement: { endBalance: unknown } }).statement.endBalance).toEqual({ amount: "5000.00", currency: "EUR" });
    // The token is used up, and the session lets the next read through without one.
    const status = await h.request(ScaChallengeStatusDocument, { oneTimeToken: challenge.oneTimeToken }, { token: dana.token });
    expect(status.body.errors![0]!.extensions!.code).toBe("NOT_FOUND");
    const again = await h.request(ScaStatementDocument, { id, ...year }, { token: dana.token });
    expect(again.body.errors).toBeUndefined();
  });

  it("refuses a malformed scaToken and an interval over 469 days before any Wise call", async () => {
    const id = await balanceOf(h.alice.token, h.alice.personalProfileId, "GBP");
    const before = (await h.stats()).routes["GET /v1/profiles/:profileId/balance-statements/:balanceId/statement.json"] ?? 0;
    const bad = await h.request(ScaStatementDocument, { id, ...year, scaToken: "x\r\ny" }, { token: h.alice.token });
    expect(bad.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const long = await h.request(ScaStatementDocument, { id, intervalStart: "2024-01-01T00:00:00Z", intervalEnd: "2025-06-01T00:00:00Z" }, { token: h.alice.token });
    expect(long.body.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect((await h.stats()).routes["GET /v1/profiles/:profileId/balance-statements/:balanceId/statement.json"] ?? 0).toBe(before);
  });
});
