// `npm start` (the bundle) with WISE_SCA_PRIVATE_KEY: it prints each demo user's PIN and OTP,
// hands the embedded sandbox the key's public half, and dana's funding then needs no challenge.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { generateKeyPairSync } from "node:crypto";
import { print } from "graphql";
import { toGlobalId } from "graphql-relay";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { QuoteCreateDocument, RecipientCreateDocument, ScaTransferFundDocument, TransferCreateDocument } from "../generated/graphql.js";
import { startServerProcess, type ServerProcess } from "../helpers/server-process.js";
import { newKey, VALID_ANSWERS } from "../helpers/money.js";

const DANA_TOKEN = "da4a0e5a-d0b0-4c0d-8e00-000000000003";
const DANA_PROFILE = toGlobalId("PersonalProfile", "41000031");

let server: ServerProcess;
beforeAll(async () => {
  const key = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ type: "pkcs8", format: "pem" }).toString();
  server = await startServerProcess({ WISE_SCA_PRIVATE_KEY: key });
});
afterAll(async () => {
  server.kill();
  await server.exited;
});

async function send<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${DANA_TOKEN}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data: TData; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

describe("npm start with WISE_SCA_PRIVATE_KEY", () => {
  it("prints the demo PINs and OTPs, and funds dana's transfer with no challenge", async () => {
    const { stdout } = server.output();
    expect(stdout).toMatch(/dana: Bearer da4a0e5a-\S+ {2}\(SCA PIN 1234, OTP 111111; funding asks for SCA\)/);
    expect(stdout).toMatch(/alice: Bearer \S+ {2}\(SCA PIN 1234, OTP 111111\)/);
    expect(stdout).toContain("WISE_SCA_PRIVATE_KEY is set");

    const quote = (
      await send(QuoteCreateDocument, { input: { profileId: DANA_PROFILE, sourceCurrency: "EUR", targetCurrency: "GBP", sourceAmount: "15.00", preferredPayIn: "BALANCE" } })
    ).quoteCreate.quote!;
    const recipient = (
      await send(RecipientCreateDocument, {
        input: { profileId: DANA_PROFILE, currency: "GBP", type: "sort_code", accountHolderName: "Grace Hopper", details: VALID_ANSWERS.sort_code },
      })
    ).recipientCreate.recipient!;
    const transfer = (await send(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey() } })).transferCreate.transfer!;
    const funded = (await send(ScaTransferFundDocument, { input: { transferId: transfer.id } })).transferFund;
    expect(funded.userErrors).toEqual([]);
    expect(funded.scaChallenge).toBeNull();
    expect(funded.transfer!.status).toBe("PROCESSING");
  });
});
