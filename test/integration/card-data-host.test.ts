// The card data calls go to Wise's card data host (the client's twcardBaseUrl), every other call
// to the API host; an SCA refusal on the card data host has its challenge read on the API host,
// where Wise serves one-time tokens. Two sandboxes stand for the two hosts.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { CardEncryptionKeyDocument, CardSensitiveDetailsRevealDocument } from "../generated/graphql.js";
import { startHarness, type Harness, type SandboxStats } from "../helpers/harness.js";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { sealRequest } from "../helpers/card-jwe.js";

let twcard: RunningSandbox;
let h: Harness;

beforeAll(async () => {
  twcard = await startSandbox({ port: 0 });
  h = await startHarness({ client: { twcardBaseUrl: twcard.url } });
});
afterAll(async () => {
  await h.close();
  await twcard.close();
});

const stats = async (url: string) => (await (await fetch(`${url}/__sandbox/stats`)).json()) as SandboxStats;

describe("the card data host", () => {
  it("serves the key and the sealed details; the API host serves the one-time token's status", async () => {
    const key = (await h.request(CardEncryptionKeyDocument, {})).body.data!.cardEncryptionKey;
    const dana = h.sandbox.scaUsers[0]!;
    const card = twcard.store.cards.cardsOfProfile(dana.personalProfileId)[0]!;
    const res = await h.request(
      CardSensitiveDetailsRevealDocument,
      { input: { cardId: toGlobalId("Card", `${card.profileId}:${card.token}`), keyVersion: key.version, encryptedPayload: sealRequest(key.key).encryptedPayload } },
      { token: dana.token },
    );
    expect(res.body.data!.cardSensitiveDetailsReveal.userErrors.map((e) => e.code)).toEqual(["SCA_REQUIRED"]);
    const [cardHost, apiHost] = [await stats(twcard.url), await stats(h.sandbox.url)];
    expect(cardHost.routes).toEqual({
      "GET /twcard-data/v1/clientSideEncryption/fetchEncryptingKey": 1,
      "POST /twcard-data/v1/sensitive-card-data/details": 1,
    });
    expect(apiHost.routes).toEqual({ "GET /v1/one-time-token/status": 1 });
  });
});
