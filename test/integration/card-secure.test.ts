// A card's secrets and wallets through GraphQL over HTTP against the embedded sandbox. The
// sensitive details and PIN are asked for as a client does (its own AES key wrapped with Wise's
// key, test/helpers/card-jwe.ts) and opened here, on the client's side, to the sandbox card's own
// number; the server passes sealed JWEs on and refuses an answer holding card data in the clear.
// Neither the server's log nor any GraphQL answer of this file holds a card number, CVV or PIN.
// Also: dana's SCA before a reveal, preset PINs, wallet tokens, push provisioning, 3DS results.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { toGlobalId } from "graphql-relay";
import {
  CardEncryptionKeyDocument,
  CardOrderPinSetDocument,
  CardPaymentTokenActivateDocument,
  CardPaymentTokensDocument,
  CardPinRevealDocument,
  CardPushProvisioningApplePayDocument,
  CardPushProvisioningGooglePayDocument,
  CardSensitiveDetailsRevealDocument,
  CardSimulateThreeDsChallengeDocument,
  CardThreeDsChallengeResultDocument,
  ScaPinVerifyDocument,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type GraphQLResponse, type Harness } from "../helpers/harness.js";
import { openAnswer, sealRequest } from "../helpers/card-jwe.js";
import type { DemoUser } from "../../src/sandbox/index.js";
import type { CardOrderRecord, CardRecord } from "../../src/sandbox/api/card/model.js";

let h: Harness;
let dana: DemoUser;
/** Every GraphQL answer of this file, searched for card data at the end. */
const answers: string[] = [];

beforeAll(async () => {
  h = await startHarness();
  dana = h.sandbox.scaUsers[0]!;
});
afterAll(async () => {
  await h.close();
});

async function send<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables, token?: string): Promise<GraphQLResponse<TData>> {
  const response = await h.request(document, variables, token === undefined ? {} : { token });
  answers.push(response.text);
  return response;
}

const cardOf = (user: DemoUser, type: "PHYSICAL" | "VIRTUAL_NON_UPGRADEABLE" = "VIRTUAL_NON_UPGRADEABLE"): CardRecord =>
  h.sandbox.store.cards.cardsOfProfile(user.personalProfileId).find((c) => c.program.cardType === type)!;
const cardId = (card: CardRecord) => toGlobalId("Card", `${card.profileId}:${card.token}`);
const profileId = (user: DemoUser) => toGlobalId("PersonalProfile", String(user.personalProfileId));
/** Every card whose data this file revealed or set, searched for in the log and the answers. */
const revealed = new Set<CardRecord>();

async function wiseKey(token?: string): Promise<{ version: number; key: string }> {
  const res = await send(CardEncryptionKeyDocument, {}, token);
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.cardEncryptionKey;
}

const twcardCalls = async (route: string) => (await h.stats()).routes[route] ?? 0;

describe("cardSensitiveDetailsReveal and cardPinReveal", () => {
  it("pass the client's sealed request to Wise and its sealed answer back: the client opens it to the card's number, CVV2, expiry and PIN", async () => {
    const card = cardOf(h.alice);
    revealed.add(card);
    const key = await wiseKey();
    expect(key.version).toBe(1);
    const request = sealRequest(key.key);
    const res = await send(CardSensitiveDetailsRevealDocument, { input: { cardId: cardId(card), keyVersion: key.version, encryptedPayload: request.encryptedPayload } });
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data!.cardSensitiveDetailsReveal;
    expect(payload.userErrors).toEqual([]);
    // Opened on the client's side only, with the client's key.
    const details = await openAnswer(payload.encryptedDetails!, request.aesKey);
    expect(details).toMatchObject({ nonce: request.nonce, pan: card.secrets.pan, cvv2: card.secrets.cvv2, cardholderName: card.cardHolderName });
    expect(details.pan!.slice(-4)).toBe(card.lastFourDigits);

    const pinRequest = sealRequest(key.key);
    const pin = await send(CardPinRevealDocument, { input: { cardId: cardId(card), keyVersion: 1, encryptedPayload: pinRequest.encryptedPayload } });
    expect(await openAnswer(pin.body.data!.cardPinReveal.encryptedPin!, pinRequest.aesKey)).toEqual({ nonce: pinRequest.nonce, pin: card.secrets.pin });
  });

  it("refuse a request that is not a JWE, or a bad key version, before calling Wise", async () => {
    const card = cardOf(h.alice);
    const before = await twcardCalls("POST /twcard-data/v1/sensitive-card-data/details");
    const res = await send(CardSensitiveDetailsRevealDocument, { input: { cardId: cardId(card), keyVersion: 0, encryptedPayload: `{"pan":"${card.secrets.pan}"}` } });
    expect(res.body.data!.cardSensitiveDetailsReveal).toEqual({
      encryptedDetails: null,
      scaChallenge: null,
      userErrors: [
        { field: ["input", "keyVersion"], message: "keyVersion must be the version of Wise's key (cardEncryptionKey.version).", code: "INVALID" },
        { field: ["input", "encryptedPayload"], message: "encryptedPayload must be a compact JWE (five base64url parts) made on the client with Wise's key.", code: "INVALID" },
      ],
    });
    // Nothing of the refused value comes back.
    expect(res.text).not.toContain(card.secrets.pan);
    expect(await twcardCalls("POST /twcard-data/v1/sensitive-card-data/details")).toBe(before);
    const forged = await send(CardSensitiveDetailsRevealDocument, { input: { cardId: "Q2FyZDox", keyVersion: 1, encryptedPayload: "a.b.c.d.e" } });
    expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
  });

  it("answer NOT_ALLOWED for a blocked card and INVALID for a JWE Wise cannot open", async () => {
    const card = cardOf(h.alice, "PHYSICAL");
    const key = await wiseKey();
    card.status = "BLOCKED";
    try {
      const blocked = await send(CardSensitiveDetailsRevealDocument, { input: { cardId: cardId(card), keyVersion: 1, encryptedPayload: sealRequest(key.key).encryptedPayload } });
      expect(blocked.body.data!.cardSensitiveDetailsReveal.userErrors).toEqual([
        { field: ["input", "cardId"], message: "Wise serves card data only for the caller's cards that are ACTIVE or FROZEN.", code: "NOT_ALLOWED" },
      ]);
    } finally {
      card.status = "ACTIVE";
    }
    const [header, , iv, ciphertext, tag] = sealRequest(key.key).encryptedPayload.split(".");
    const otherKey = sealRequest(key.key).encryptedPayload.split(".")[1];
    const mixed = await send(CardPinRevealDocument, { input: { cardId: cardId(card), keyVersion: 1, encryptedPayload: [header, otherKey, iv, ciphertext, tag].join(".") } });
    expect(mixed.body.data!.cardPinReveal.encryptedPin).toBeNull();
    expect(mixed.body.data!.cardPinReveal.userErrors).toMatchObject([{ field: ["input", "encryptedPayload"], code: "INVALID" }]);
  });

  it("drop an answer that holds card data in the clear: an error, nothing echoed, nothing logged", async () => {
    const card = cardOf(h.alice);
    const clear = { nonce: "33d51227-9ad6-4624-b4b7-7853b56076dd", pan: card.secrets.pan, cvv2: card.secrets.cvv2, expiryDate: "10/31", cardholderName: "Alice Martin" };
    const fault = h.sandbox.faults.add({ route: "POST /twcard-data/v1/sensitive-card-data/details", fault: { type: "wrong-shape", body: clear } });
    try {
      const key = await wiseKey();
      const res = await send(CardSensitiveDetailsRevealDocument, { input: { cardId: cardId(card), keyVersion: 1, encryptedPayload: sealRequest(key.key).encryptedPayload } });
      expect(errorCodes(res)).toEqual(["UPSTREAM_UNAVAILABLE"]);
      expect(res.body.data).toBeNull();
      expect(res.text).not.toContain(card.secrets.pan);
      expect(res.text).not.toContain("cvv2");
    } finally {
      h.sandbox.faults.remove(fault);
    }
  });

  it("ask dana for SCA first; once she clears it, the same sealed request reveals her card", async () => {
    const card = cardOf(dana);
    revealed.add(card);
    const key = await wiseKey(dana.token);
    const request = sealRequest(key.key);
    const input = { cardId: cardId(card), keyVersion: 1, encryptedPayload: request.encryptedPayload };
    const refused = (await send(CardSensitiveDetailsRevealDocument, { input }, dana.token)).body.data!.cardSensitiveDetailsReveal;
    expect(refused.encryptedDetails).toBeNull();
    expect(refused.userErrors.map((e) => e.code)).toEqual(["SCA_REQUIRED"]);
    expect(refused.scaChallenge).toMatchObject({ cleared: false, actionType: "CARD__SENSITIVE_DETAILS" });
    const ott = refused.scaChallenge!.oneTimeToken;
    const verified = await send(ScaPinVerifyDocument, { input: { profileId: profileId(dana), oneTimeToken: ott, pin: dana.pin } }, dana.token);
    expect(verified.body.data!.scaPinVerify.scaChallenge!.cleared).toBe(true);
    const answer = (await send(CardSensitiveDetailsRevealDocument, { input: { ...input, scaToken: ott } }, dana.token)).body.data!.cardSensitiveDetailsReveal;
    expect(answer.userErrors).toEqual([]);
    expect((await openAnswer(answer.encryptedDetails!, request.aesKey)).pan).toBe(card.secrets.pan);
  });
});

describe("cardOrderPinSet", () => {
  it("sets the PIN the client sealed; the card made from the order reveals it; refused once the card is produced", async () => {
    const card = cardOf(h.alice, "PHYSICAL");
    revealed.add(card);
    const place = (status: CardOrderRecord["status"], cardToken: string | null): CardOrderRecord => {
      const id = h.sandbox.store.cards.newOrderId();
      const order = {
        id,
        profileId: h.alice.personalProfileId,
        userId: h.alice.userId,
        clientId: "sandbox-client",
        program: card.program,
        address: null,
        cardToken,
        replacesCard: null,
        creationMs: Date.now(),
        modificationMs: Date.now(),
        status,
        cardHolderName: card.cardHolderName,
        phoneNumber: card.phoneNumber,
        lifetimeLimit: null,
        deliveryEstimateMs: null,
        deliveryOption: "POSTAL_SERVICE_STANDARD",
        deliveryVendor: null,
        trackingUrl: null,
        trackingNumber: null,
      } satisfies CardOrderRecord;
      h.sandbox.store.cards.orders.set(id, order);
      return order;
    };
    const order = place("CARD_DETAILS_CREATED", card.token);
    const key = await wiseKey();
    const orderId = toGlobalId("CardOrder", `${order.profileId}:${order.id}`);
    const set = await send(CardOrderPinSetDocument, { input: { cardOrderId: orderId, keyVersion: 1, encryptedPayload: sealRequest(key.key, { pin: "7913" }).encryptedPayload } });
    expect(set.body.data!.cardOrderPinSet).toEqual({ pinSet: true, userErrors: [] });
    const request = sealRequest(key.key);
    const pin = await send(CardPinRevealDocument, { input: { cardId: cardId(card), keyVersion: 1, encryptedPayload: request.encryptedPayload } });
    expect((await openAnswer(pin.body.data!.cardPinReveal.encryptedPin!, request.aesKey)).pin).toBe("7913");

    const produced = place("PRODUCED", null);
    const late = await send(CardOrderPinSetDocument, {
      input: {
        cardOrderId: toGlobalId("CardOrder", `${produced.profileId}:${produced.id}`),
        keyVersion: 1,
        encryptedPayload: sealRequest(key.key, { pin: "2468" }).encryptedPayload,
      },
    });
    expect(late.body.data!.cardOrderPinSet).toMatchObject({ pinSet: false, userErrors: [{ field: ["input", "cardOrderId"], code: "NOT_ALLOWED" }] });
    const badPin = await send(CardOrderPinSetDocument, { input: { cardOrderId: orderId, keyVersion: 1, encryptedPayload: sealRequest(key.key, { pin: "12" }).encryptedPayload } });
    expect(badPin.body.data!.cardOrderPinSet).toMatchObject({ pinSet: false, userErrors: [{ field: ["input", "encryptedPayload"], code: "INVALID" }] });
    expect(card.secrets.pin).toBe("7913");
  });
});

describe("wallets", () => {
  it("Card.paymentTokens lists the card's wallet tokens; cardPaymentTokenActivate approves the one waiting", async () => {
    const card = cardOf(h.alice, "PHYSICAL");
    const list = async () => {
      const res = await send(CardPaymentTokensDocument, { id: cardId(card) });
      expect(res.body.errors).toBeUndefined();
      return (res.body.data!.node as { paymentTokens: Array<{ wallet: string; status: string; paymentTokenUniqueReference: string }> }).paymentTokens;
    };
    const tokens = await list();
    expect(tokens.map((t) => [t.wallet, t.status])).toEqual([
      ["APPLE_PAY", "ACTIVE"],
      ["GOOGLE_PAY", "INACTIVE"],
    ]);
    const waiting = tokens[1]!.paymentTokenUniqueReference;
    const approved = await send(CardPaymentTokenActivateDocument, { input: { cardId: cardId(card), paymentTokenUniqueReference: waiting, activation: "APPROVE" } });
    expect(approved.body.data!.cardPaymentTokenActivate).toEqual({
      paymentToken: { wallet: "GOOGLE_PAY", paymentTokenUniqueReference: waiting, status: "ACTIVE" },
      userErrors: [],
    });
    const declined = await send(CardPaymentTokenActivateDocument, { input: { cardId: cardId(card), paymentTokenUniqueReference: waiting, activation: "DECLINE" } });
    expect(declined.body.data!.cardPaymentTokenActivate).toMatchObject({
      paymentToken: null,
      userErrors: [{ field: ["input", "paymentTokenUniqueReference"], code: "NOT_ALLOWED" }],
    });
    const unknown = await send(CardPaymentTokenActivateDocument, { input: { cardId: cardId(card), paymentTokenUniqueReference: "DNOPE", activation: "APPROVE" } });
    expect(unknown.body.data!.cardPaymentTokenActivate.userErrors).toMatchObject([{ field: ["input", "paymentTokenUniqueReference"], code: "NOT_FOUND" }]);
  });

  it("push provisioning hands over payloads encrypted for the wallet provider, and the wallet then lists the card", async () => {
    const card = cardOf(h.alice);
    const google = await send(CardPushProvisioningGooglePayDocument, {
      input: { cardId: cardId(card), clientDeviceId: "ed6abb56323ba656521ac476", clientWalletAccountId: "walletid" },
    });
    const googlePay = google.body.data!.cardPushProvisioningGooglePay.googlePay!;
    expect(googlePay).toMatchObject({ cardNetwork: "CARD_NETWORK_VISA", cardLastDigits: card.lastFourDigits, userAddress: { countryCode: "GB", name: card.cardHolderName } });
    expect(googlePay.opaquePaymentCard.split(".")).toHaveLength(5);
    const apple = await send(CardPushProvisioningApplePayDocument, {
      input: { cardId: cardId(card), certificates: ["MIICpTCCAkqgAwIBAgIIBw=="], nonce: "a1b2c3", nonceSignature: "f6e5d4" },
    });
    expect(Object.keys(apple.body.data!.cardPushProvisioningApplePay.applePay!)).toEqual(["encryptedPassData", "activationData", "ephemeralKey"]);
    const tokens = (await send(CardPaymentTokensDocument, { id: cardId(card) })).body.data!.node as { paymentTokens: Array<{ wallet: string; status: string }> };
    expect(tokens.paymentTokens.map((t) => [t.wallet, t.status]).sort()).toEqual([
      ["APPLE_PAY", "ACTIVE"],
      ["GOOGLE_PAY", "ACTIVE"],
    ]);
    const bad = await send(CardPushProvisioningApplePayDocument, { input: { cardId: cardId(card), certificates: [], nonce: "xyz", nonceSignature: "f6e5d4" } });
    expect(bad.body.data!.cardPushProvisioningApplePay.userErrors.map((e) => e.field)).toEqual([
      ["input", "certificates"],
      ["input", "nonce"],
    ]);
    card.status = "FROZEN";
    try {
      const frozen = await send(CardPushProvisioningGooglePayDocument, { input: { cardId: cardId(card), clientDeviceId: "d", clientWalletAccountId: "w" } });
      expect(frozen.body.data!.cardPushProvisioningGooglePay.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    } finally {
      card.status = "ACTIVE";
    }
  });
});

describe("3D Secure", () => {
  const simulate = (card: CardRecord, token?: string, expiresInSeconds?: number) =>
    send(
      CardSimulateThreeDsChallengeDocument,
      { input: { cardId: cardId(card), amount: "42.50", currency: "EUR", merchantName: "Cards API BBT", merchantCountry: "AD", expiresInSeconds } },
      token,
    );

  it("the first result counts, a repeat is accepted without effect, an expired challenge is NOT_ALLOWED", async () => {
    const card = cardOf(h.alice);
    const raised = (await simulate(card)).body.data!.cardSimulateThreeDsChallenge;
    expect(raised.userErrors).toEqual([]);
    const challenge = raised.challenge!;
    expect(challenge).toMatchObject({ amount: { amount: "42.50", currency: "EUR" }, merchant: { name: "Cards API BBT", country: "AD" }, channel: "browser" });
    expect(Date.parse(challenge.expiresAt) - Date.parse(challenge.occurredAt)).toBe(300_000);
    const answer = (result: "APPROVED" | "REJECTED", transactionReference = challenge.transactionReference) =>
      send(CardThreeDsChallengeResultDocument, { input: { profileId: profileId(h.alice), transactionReference, result } });
    expect((await answer("APPROVED")).body.data!.cardThreeDsChallengeResult).toEqual({ accepted: true, result: "APPROVED", scaChallenge: null, userErrors: [] });
    expect((await answer("REJECTED")).body.data!.cardThreeDsChallengeResult.accepted).toBe(true);
    expect(h.sandbox.store.cardSecure.challenges.get(challenge.transactionReference)!.result).toBe("APPROVED");

    const late = (await simulate(card, undefined, 1)).body.data!.cardSimulateThreeDsChallenge.challenge!;
    h.sandbox.store.cardSecure.challenges.get(late.transactionReference)!.expiresMs = Date.now() - 1;
    expect((await answer("APPROVED", late.transactionReference)).body.data!.cardThreeDsChallengeResult).toEqual({
      accepted: false,
      result: null,
      scaChallenge: null,
      userErrors: [{ field: ["input", "transactionReference"], message: "The 3D Secure challenge has expired: its result can no longer be given.", code: "NOT_ALLOWED" }],
    });
    expect((await answer("APPROVED", "999")).body.data!.cardThreeDsChallengeResult.userErrors).toMatchObject([{ code: "NOT_FOUND" }]);
  });

  it("asks dana for SCA before her answer is sent", async () => {
    const card = cardOf(dana);
    const challenge = (await simulate(card, dana.token)).body.data!.cardSimulateThreeDsChallenge.challenge!;
    const input = { profileId: profileId(dana), transactionReference: challenge.transactionReference, result: "REJECTED" as const };
    const refused = (await send(CardThreeDsChallengeResultDocument, { input }, dana.token)).body.data!.cardThreeDsChallengeResult;
    expect(refused).toMatchObject({ accepted: false, userErrors: [{ code: "SCA_REQUIRED" }], scaChallenge: { actionType: "CARD__3DS_CHALLENGE_RESULT" } });
    await send(ScaPinVerifyDocument, { input: { profileId: profileId(dana), oneTimeToken: refused.scaChallenge!.oneTimeToken, pin: dana.pin } }, dana.token);
    const done = (await send(CardThreeDsChallengeResultDocument, { input: { ...input, scaToken: refused.scaChallenge!.oneTimeToken } }, dana.token)).body.data!
      .cardThreeDsChallengeResult;
    expect(done).toMatchObject({ accepted: true, result: "REJECTED", userErrors: [] });
    expect(h.sandbox.store.cardSecure.challenges.get(challenge.transactionReference)!.result).toBe("REJECTED");
  });
});

describe("card data in the clear", () => {
  it("is in no GraphQL answer of this file and in no line the server logged", () => {
    expect(revealed.size).toBe(3);
    const dir = process.env.LOG_DIR;
    expect(dir).toBeTruthy();
    const lines = fs
      .readFileSync(path.join(dir!, `${process.pid}.log`), "utf8")
      .split("\n")
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    // The refused clear answer was logged as refused, without its content.
    expect(lines.some((line) => line.includes("card data answer refused") && line.includes('"clearCardData":true'))).toBe(true);
    const secrets = [...revealed].flatMap((card) => [card.secrets.pan, `"cvv2":"${card.secrets.cvv2}"`, `"pin":"${card.secrets.pin}"`]);
    const secretPattern = /"(pan|cvv2|pin)"\s*:/;
    expect(answers.length).toBeGreaterThan(20);
    expect(answers.filter((text) => secrets.some((s) => text.includes(s)) || secretPattern.test(text))).toEqual([]);
    expect(lines.filter((line) => secrets.some((s) => line.includes(s)) || secretPattern.test(line))).toEqual([]);
  });
});
