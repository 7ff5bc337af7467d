// The sandbox's card data host (twcard), wallet tokens and 3D Secure challenges over HTTP, through
// the client's endpoint functions: answers validated against Wise's spec (the committed extract),
// the sensitive details and PIN sealed for the client's own AES key (opened here as a client
// would), card status and ownership rules, SCA for dana tied to one card, preset PINs, push
// provisioning payloads only the wallet provider opens, and 3DS results where the first one wins.

import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { compactDecrypt } from "jose";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { walletProviderKey } from "../../src/sandbox/api/card-secure/keys.js";
import { WiseClient } from "../../src/wise/client.js";
import { WiseApiError } from "../../src/wise/errors.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";
import { stringifyWiseJson } from "../../src/wise/json.js";
import { getCardEncryptionKey, getCardPin, getCardSensitiveDetails, presetCardOrderPin } from "../../src/wise/endpoints/card-sensitive-details.js";
import { activatePaymentToken, getApplePayPayload, getGooglePayPayload, listPaymentTokens } from "../../src/wise/endpoints/card-wallets.js";
import { postThreeDsChallengeResult, simulateThreeDsChallenge } from "../../src/wise/endpoints/card-3ds.js";
import type { CardOrderRecord, CardRecord } from "../../src/sandbox/api/card/model.js";
import { openAnswer, sealRequest } from "../helpers/card-jwe.js";
import { startWebhookReceiver } from "../helpers/webhook-receiver.js";

// See contract.test.ts: in quick mode openapi-backend never uses the ref parser Jest cannot load.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;
let dana: DemoUser;
let client: WiseClient;

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", DATE_TIME);
      ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      return ajv;
    },
  });
  await api.init();
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
  dana = sandbox.scaUsers[0]!;
  client = new WiseClient({ baseUrl: sandbox.url });
});

afterAll(async () => {
  client?.shutdown();
  await sandbox?.close();
});

afterEach(() => {
  sandbox.store.reset();
});

const session = (user: DemoUser): WiseSession => createSession(client, user.token);
const cardOf = (user: DemoUser, type: "PHYSICAL" | "VIRTUAL_NON_UPGRADEABLE" = "VIRTUAL_NON_UPGRADEABLE"): CardRecord =>
  sandbox.store.cards.cardsOfProfile(user.personalProfileId).find((c) => c.program.cardType === type)!;

async function raw(method: string, url: string, token: string, headers: Record<string, string>, body?: unknown) {
  const res = await fetch(`${sandbox.url}${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

function expectValidRequest(requestPath: string, headers: Record<string, string>, body: unknown, operationId: string): void {
  const result = api.validateRequest(
    { method: "POST", path: requestPath, headers: { "content-type": "application/json", ...headers }, body: JSON.parse(stringifyWiseJson(body)) },
    operationId,
  );
  expect({ operationId, errors: result.errors ?? [] }).toEqual({ operationId, errors: [] });
}

async function wiseError(promise: Promise<unknown>): Promise<WiseApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WiseApiError);
  return error as WiseApiError;
}

/** A card order of the user's personal profile, put straight into the program (the order routes are another part's). */
function placeOrder(user: DemoUser, status: CardOrderRecord["status"], cardToken: string | null = null): CardOrderRecord {
  const id = sandbox.store.cards.newOrderId();
  const order: CardOrderRecord = {
    id,
    profileId: user.personalProfileId,
    userId: user.userId,
    clientId: "sandbox-client",
    program: { name: "VISA_DEBIT_CONSUMER_GB_1", scheme: "VISA", defaultCurrency: "GBP", cardType: "PHYSICAL" },
    address: null,
    cardToken,
    replacesCard: null,
    creationMs: Date.now(),
    modificationMs: Date.now(),
    status,
    cardHolderName: "Alice Martin",
    phoneNumber: "+447700900001",
    lifetimeLimit: null,
    deliveryEstimateMs: null,
    deliveryOption: "POSTAL_SERVICE_STANDARD",
    deliveryVendor: null,
    trackingUrl: null,
    trackingNumber: null,
  };
  sandbox.store.cards.orders.set(id, order);
  return order;
}

describe("sensitive card details", () => {
  it("publishes the twcard RSA key, version 1, as the spec describes", async () => {
    const res = await raw("GET", "/twcard-data/v1/clientSideEncryption/fetchEncryptingKey", alice.token, {});
    expect(res.status).toBe(200);
    expectValid(JSON.parse(res.text), "cardEncryptionKeyGet", 200);
    const key = await getCardEncryptionKey(session(alice));
    expect(key.version).toBe(1);
    expect(Buffer.from(key.key, "base64").length).toBeGreaterThan(250);
  });

  it("answers the card's number, CVV2, expiry and name sealed for the client's AES key alone", async () => {
    const card = cardOf(alice);
    const key = await getCardEncryptionKey(session(alice));
    const request = sealRequest(key.key);
    const body = { keyVersion: 1, encryptedPayload: request.encryptedPayload };
    expectValidRequest("/twcard-data/v1/sensitive-card-data/details", { "x-tw-twcard-card-token": card.token }, body, "cardSensitiveDetailsGet");
    const sealed = await getCardSensitiveDetails(session(alice), card.token, body);
    // What travels holds nothing of the card in the clear.
    expect(sealed).not.toContain(card.secrets.pan);
    expect(sealed.split(".")).toHaveLength(5);
    const details = await openAnswer(sealed, request.aesKey);
    const expiry = new Date(card.expiryDate);
    expect(details).toEqual({
      nonce: request.nonce,
      pan: card.secrets.pan,
      cvv2: card.secrets.cvv2,
      expiryDate: `${String(expiry.getUTCMonth() + 1).padStart(2, "0")}/${String(expiry.getUTCFullYear() % 100)}`,
      cardholderName: card.cardHolderName,
    });
    expectValid(details, "cardSensitiveDetailsGet", 200);
    expect(details.pan!.endsWith(card.lastFourDigits)).toBe(true);
    // Another AES key cannot open it.
    await expect(openAnswer(sealed, sealRequest(key.key).aesKey)).rejects.toThrow();
  });

  it("answers the PIN sealed the same way, for a FROZEN card too", async () => {
    const card = cardOf(alice);
    card.status = "FROZEN";
    const key = await getCardEncryptionKey(session(alice));
    const request = sealRequest(key.key);
    const pin = await openAnswer(await getCardPin(session(alice), card.token, { keyVersion: 1, encryptedPayload: request.encryptedPayload }), request.aesKey);
    expect(pin).toEqual({ nonce: request.nonce, pin: card.secrets.pin });
    expectValid(pin, "cardPinGet", 200);
  });

  it("refuses a card that is not ACTIVE or FROZEN (403), someone else's card (403), an unknown one (404)", async () => {
    const key = await getCardEncryptionKey(session(alice));
    const body = { keyVersion: 1, encryptedPayload: sealRequest(key.key).encryptedPayload };
    const card = cardOf(alice);
    for (const status of ["BLOCKED", "INACTIVE", "EXPIRED", "PURGED", "PARTNER_SUSPENDED"] as const) {
      card.status = status;
      expect((await wiseError(getCardSensitiveDetails(session(alice), card.token, body))).status).toBe(403);
      expect((await wiseError(getCardPin(session(alice), card.token, body))).status).toBe(403);
    }
    card.status = "ACTIVE";
    expect((await wiseError(getCardSensitiveDetails(session(bob), card.token, body))).status).toBe(403);
    expect((await wiseError(getCardSensitiveDetails(session(alice), "00000000-0000-4000-8000-000000000000", body))).status).toBe(404);
  });

  it("refuses what is not a JWE for its key: 400, and nothing of the card in the answer", async () => {
    const card = cardOf(alice);
    const key = await getCardEncryptionKey(session(alice));
    const good = sealRequest(key.key).encryptedPayload;
    const [header, wrapped, iv, ciphertext, tag] = good.split(".") as [string, string, string, string, string];
    const oaepHeader = Buffer.from(JSON.stringify({ alg: "RSA-OAEP-256", enc: "A256GCM" })).toString("base64url");
    const flipped = `${ciphertext.slice(0, -2)}${ciphertext.endsWith("A") ? "B" : "A"}${ciphertext.slice(-1)}`;
    for (const encryptedPayload of [
      "not a jwe",
      [oaepHeader, wrapped, iv, ciphertext, tag].join("."),
      [header, wrapped, iv, flipped, tag].join("."),
      [header, "AAAA", iv, ciphertext, tag].join("."),
    ]) {
      const res = await raw("POST", "/twcard-data/v1/sensitive-card-data/details", alice.token, { "x-tw-twcard-card-token": card.token }, { keyVersion: 1, encryptedPayload });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).errors[0].code).toBe("jose.decryption.failed");
      expect(res.text).not.toContain(card.secrets.pan);
    }
    const wrongVersion = await raw(
      "POST",
      "/twcard-data/v1/sensitive-card-data/details",
      alice.token,
      { "x-tw-twcard-card-token": card.token },
      { keyVersion: 2, encryptedPayload: good },
    );
    expect(wrongVersion.status).toBe(400);
    const noHeader = await raw("POST", "/twcard-data/v1/sensitive-card-data/details", alice.token, {}, { keyVersion: 1, encryptedPayload: good });
    expect(noHeader.status).toBe(400);
  });

  it("asks dana for SCA, tied to one card: a token cleared for the details of her card reveals them once", async () => {
    const card = cardOf(dana);
    const key = await getCardEncryptionKey(session(dana));
    const request = sealRequest(key.key);
    const body = { keyVersion: 1, encryptedPayload: request.encryptedPayload };
    const refused = await wiseError(getCardSensitiveDetails(session(dana), card.token, body));
    expect(refused.kind).toBe("SCA_REQUIRED");
    const ott = refused.oneTimeToken!;
    expect(refused.challenge?.actionType).toBe("CARD__SENSITIVE_DETAILS");
    // Cleared (as scaPinVerify would), it passes once.
    sandbox.store.sca.otts.get(ott)!.passed.add("PIN");
    const details = await openAnswer(await getCardSensitiveDetails(session(dana), card.token, body, ott), request.aesKey);
    expect(details.pan).toBe(card.secrets.pan);
    expect((await wiseError(getCardSensitiveDetails(session(dana), card.token, body, ott))).kind).toBe("SCA_REQUIRED");
    // A token cleared for the details does not reveal the PIN.
    const again = await wiseError(getCardSensitiveDetails(session(dana), card.token, body));
    sandbox.store.sca.otts.get(again.oneTimeToken!)!.passed.add("PIN");
    expect((await wiseError(getCardPin(session(dana), card.token, body, again.oneTimeToken!))).kind).toBe("SCA_REQUIRED");
  });
});

describe("preset PIN", () => {
  it("decrypts the chosen PIN and keeps it on the order and on the card made from it", async () => {
    const key = await getCardEncryptionKey(session(alice));
    const order = placeOrder(alice, "PLACED");
    const body = { keyVersion: 1, encryptedPayload: sealRequest(key.key, { pin: "8642" }).encryptedPayload };
    expectValidRequest("/twcard-data/v1/sensitive-card-data/preset-pin", { "x-tw-twcard-order-id": String(order.id) }, body, "cardOrderPresetPin");
    expect(await presetCardOrderPin(session(alice), order.id, body)).toBe(String(order.id));
    expect(order.presetPin).toBe("8642");
    const res = await raw("POST", "/twcard-data/v1/sensitive-card-data/preset-pin", alice.token, { "x-tw-twcard-order-id": String(order.id) }, body);
    expectValid(JSON.parse(res.text), "cardOrderPresetPin", 200);
    expect(res.text).not.toContain("8642");

    const card = cardOf(alice, "PHYSICAL");
    const issued = placeOrder(alice, "CARD_DETAILS_CREATED", card.token);
    await presetCardOrderPin(session(alice), issued.id, { keyVersion: 1, encryptedPayload: sealRequest(key.key, { pin: "9753" }).encryptedPayload });
    expect(card.secrets.pin).toBe("9753");
    const request = sealRequest(key.key);
    expect(await openAnswer(await getCardPin(session(alice), card.token, { keyVersion: 1, encryptedPayload: request.encryptedPayload }), request.aesKey)).toMatchObject({
      pin: "9753",
    });
  });

  it("refuses a PIN that is not four digits, an order past production, someone else's order; nothing changes", async () => {
    const key = await getCardEncryptionKey(session(alice));
    const order = placeOrder(alice, "PLACED");
    const seal = (content: Record<string, unknown>) => ({ keyVersion: 1, encryptedPayload: sealRequest(key.key, content).encryptedPayload });
    expect((await wiseError(presetCardOrderPin(session(alice), order.id, seal({ pin: "12a4" })))).status).toBe(400);
    expect((await wiseError(presetCardOrderPin(session(alice), order.id, seal({ pin: "12345" })))).status).toBe(400);
    expect((await wiseError(presetCardOrderPin(session(bob), order.id, seal({ pin: "1111" })))).status).toBe(403);
    expect((await wiseError(presetCardOrderPin(session(alice), 99_999_999, seal({ pin: "1111" })))).status).toBe(404);
    expect(order.presetPin ?? null).toBeNull();
    const produced = placeOrder(alice, "PRODUCED");
    expect((await wiseError(presetCardOrderPin(session(alice), produced.id, seal({ pin: "1111" })))).status).toBe(422);
    expect(produced.presetPin ?? null).toBeNull();
  });
});

describe("wallet payment tokens", () => {
  it("lists a card's tokens by wallet, never deactivated ones; activation approves or declines a token waiting for it, once", async () => {
    const card = cardOf(alice, "PHYSICAL");
    const profileId = alice.personalProfileId;
    const res = await raw("POST", `/v3/spend/profiles/${profileId}/cards/${card.token}/payment-tokens`, alice.token, {}, { walletNames: ["APPLE_PAY", "GOOGLE_PAY"] });
    expectValid(JSON.parse(res.text), "pushProvisioningPaymentTokensList", 200);
    const tokens = await listPaymentTokens(session(alice), profileId, card.token, ["APPLE_PAY", "GOOGLE_PAY"]);
    expect(tokens.map((t) => [t.walletName, t.provisioningStatus])).toEqual([
      ["APPLE_PAY", "ACTIVE"],
      ["GOOGLE_PAY", "INACTIVE"],
    ]);
    expect((await listPaymentTokens(session(alice), profileId, card.token, ["APPLE_PAY"])).map((t) => t.walletName)).toEqual(["APPLE_PAY"]);
    const waiting = tokens[1]!.paymentTokenUniqueReference;
    expectValidRequest(
      `/v3/spend/profiles/${profileId}/cards/${card.token}/payment-tokens/${waiting}/activation`,
      {},
      { activation: "APPROVE" },
      "digitalWalletActivatePaymentToken",
    );
    await activatePaymentToken(session(alice), profileId, card.token, waiting, "APPROVE");
    await activatePaymentToken(session(alice), profileId, card.token, waiting, "APPROVE");
    expect((await listPaymentTokens(session(alice), profileId, card.token, ["GOOGLE_PAY"]))[0]!.provisioningStatus).toBe("ACTIVE");
    // An ACTIVE token cannot be declined; a declined one disappears from the list.
    expect((await wiseError(activatePaymentToken(session(alice), profileId, card.token, waiting, "DECLINE"))).status).toBe(400);
    sandbox.store.cardSecure.tokensOf(card.token)[1]!.provisioningStatus = "INACTIVE";
    await activatePaymentToken(session(alice), profileId, card.token, waiting, "DECLINE");
    expect(await listPaymentTokens(session(alice), profileId, card.token, ["GOOGLE_PAY"])).toEqual([]);
    expect((await wiseError(activatePaymentToken(session(alice), profileId, card.token, waiting, "APPROVE"))).status).toBe(404);
    expect((await wiseError(listPaymentTokens(session(bob), profileId, card.token, []))).status).toBe(403);
  });
});

describe("push provisioning", () => {
  it("gives Google Pay an opaque card only Google's key opens, and the wallet an ACTIVE token (one per device)", async () => {
    const card = cardOf(alice);
    const body = { clientDeviceId: "ed6abb56323ba656521ac476", clientWalletAccountId: "walletid" };
    expectValidRequest("/twcard-data/v1/push-provisioning/encrypted-payload/google-pay", { "x-tw-twcard-card-token": card.token }, body, "pushProvisioningGooglePayGet");
    const payload = await getGooglePayPayload(session(alice), card.token, body);
    expect(payload).toMatchObject({ cardNetwork: "CARD_NETWORK_VISA", tokenServiceProvider: "TOKEN_PROVIDER_VISA", cardLastDigits: card.lastFourDigits });
    expect(JSON.stringify(payload)).not.toContain(card.secrets.pan);
    const { plaintext } = await compactDecrypt(payload.opaquePaymentCard, walletProviderKey("GOOGLE_PAY").privateKey);
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toMatchObject({ pan: card.secrets.pan, clientDeviceId: body.clientDeviceId });
    const res = await raw("POST", "/twcard-data/v1/push-provisioning/encrypted-payload/google-pay", alice.token, { "x-tw-twcard-card-token": card.token }, body);
    expectValid(JSON.parse(res.text), "pushProvisioningGooglePayGet", 200);
    const tokens = await listPaymentTokens(session(alice), alice.personalProfileId, card.token, ["GOOGLE_PAY"]);
    expect(tokens.map((t) => t.provisioningStatus)).toEqual(["ACTIVE"]);
  });

  it("gives Apple Pay pass data encrypted for Apple; refuses bad certificates and a frozen card", async () => {
    const card = cardOf(alice);
    const body = { certificates: ["MIICpTCCAkqgAwIBAgIIBw==", "MIICpTCCAYmgAwIBAgIIXw=="], nonce: "a1b2c3d4e5f6", nonceSignature: "f6e5d4c3b2a1" };
    expectValidRequest("/twcard-data/v1/push-provisioning/encrypted-payload/apple-pay", { "x-tw-twcard-card-token": card.token }, body, "pushProvisioningApplePayGet");
    const payload = await getApplePayPayload(session(alice), card.token, body);
    expectValid(payload, "pushProvisioningApplePayGet", 200);
    const { plaintext } = await compactDecrypt(Buffer.from(payload.encryptedPassData, "base64").toString(), walletProviderKey("APPLE_PAY").privateKey);
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toMatchObject({ pan: card.secrets.pan, nonce: body.nonce });
    expect((await wiseError(getApplePayPayload(session(alice), card.token, { ...body, nonce: "not hex" }))).status).toBe(400);
    expect((await wiseError(getApplePayPayload(session(alice), card.token, { ...body, certificates: [] }))).status).toBe(400);
    card.status = "FROZEN";
    expect((await wiseError(getApplePayPayload(session(alice), card.token, body))).status).toBe(403);
  });
});

describe("3D Secure challenges", () => {
  const challengeInput = { amount: "100.00", currency: "EUR", merchantName: "Cards API BBT", merchantCountry: "AD", merchantUrl: "http://intrepid-fav.net" };

  it("records the first result only; a repeat succeeds without effect; an expired challenge is 400", async () => {
    const card = cardOf(alice);
    const challenge = await simulateThreeDsChallenge(session(alice), alice.personalProfileId, card.token, challengeInput);
    expect(challenge).toMatchObject({ cardToken: card.token, amount: { value: "100.00", currency: "EUR" }, challengeMethod: "PUSH", challengeExpiresAfter: 300, result: null });
    const result = { transactionReference: challenge.transactionReference, challengeStatus: "APPROVED" as const };
    expectValidRequest(`/v3/spend/profiles/${alice.personalProfileId}/3dsecure/challenge-result`, {}, result, "3dsChallengeResultPost");
    await postThreeDsChallengeResult(session(alice), alice.personalProfileId, result);
    await postThreeDsChallengeResult(session(alice), alice.personalProfileId, { ...result, challengeStatus: "REJECTED" });
    expect(sandbox.store.cardSecure.challenges.get(challenge.transactionReference)!.result).toBe("APPROVED");

    const late = await simulateThreeDsChallenge(session(alice), alice.personalProfileId, card.token, { ...challengeInput, expiresAfterSeconds: 1 });
    sandbox.store.cardSecure.challenges.get(late.transactionReference)!.expiresMs = Date.now() - 1;
    const expired = await wiseError(
      postThreeDsChallengeResult(session(alice), alice.personalProfileId, { transactionReference: late.transactionReference, challengeStatus: "APPROVED" }),
    );
    expect(expired.status).toBe(400);
    expect(sandbox.store.cardSecure.challenges.get(late.transactionReference)!.result).toBeNull();
    expect((await wiseError(postThreeDsChallengeResult(session(bob), bob.personalProfileId, result))).status).toBe(404);
  });

  it("sends cards#3ds-challenge with the challenge's reference, amount, merchant and expiry", async () => {
    const receiver = await startWebhookReceiver();
    try {
      sandbox.store.webhooks.add({
        id: crypto.randomUUID(),
        name: "3ds",
        triggerOn: "cards#3ds-challenge",
        delivery: { version: "2.0.0", url: receiver.url },
        scope: { domain: "application", id: sandbox.client.id },
        createdBy: { type: "user", id: String(alice.userId) },
        createdAt: new Date().toISOString(),
      });
      const card = cardOf(alice);
      const challenge = await simulateThreeDsChallenge(session(alice), alice.personalProfileId, card.token, challengeInput);
      await receiver.waitFor(1);
      const event = JSON.parse(receiver.received[0]!.body) as { event_type: string; data: any };
      expect(event.event_type).toBe("cards#3ds-challenge");
      expect(event.data).toMatchObject({
        challenge_expires_after: 300,
        challenge_method: "PUSH",
        resource: { card_token: card.token, profile_id: alice.personalProfileId, type: "card" },
        transaction: { reference: challenge.transactionReference, channel: "browser", merchant: { name: "Cards API BBT", country: "AD", url: "http://intrepid-fav.net" } },
      });
      expect(receiver.received[0]!.body).toContain('"money_value":{"currency":"EUR","value":100}');
    } finally {
      await receiver.close();
    }
  });

  it("asks dana for SCA before recording her answer", async () => {
    const card = cardOf(dana);
    const challenge = await simulateThreeDsChallenge(session(dana), dana.personalProfileId, card.token, challengeInput);
    const result = { transactionReference: challenge.transactionReference, challengeStatus: "REJECTED" as const };
    const refused = await wiseError(postThreeDsChallengeResult(session(dana), dana.personalProfileId, result));
    expect(refused.kind).toBe("SCA_REQUIRED");
    expect(sandbox.store.cardSecure.challenges.get(challenge.transactionReference)!.result).toBeNull();
    sandbox.store.sca.otts.get(refused.oneTimeToken!)!.passed.add("PIN");
    await postThreeDsChallengeResult(session(dana), dana.personalProfileId, result, refused.oneTimeToken!);
    expect(sandbox.store.cardSecure.challenges.get(challenge.transactionReference)!.result).toBe("REJECTED");
  });

  it("refuses a bad simulation body and a card that is not active", async () => {
    const card = cardOf(alice);
    for (const bad of [
      { ...challengeInput, amount: "-1" },
      { ...challengeInput, currency: "XXX" },
      { ...challengeInput, amount: "1.001" },
      { ...challengeInput, merchantName: " " },
    ]) {
      expect((await wiseError(simulateThreeDsChallenge(session(alice), alice.personalProfileId, card.token, bad))).status).toBe(400);
    }
    card.status = "FROZEN";
    expect((await wiseError(simulateThreeDsChallenge(session(alice), alice.personalProfileId, card.token, challengeInput))).status).toBe(403);
    expect(sandbox.store.cardSecure.challenges.size).toBe(0);
  });
});
