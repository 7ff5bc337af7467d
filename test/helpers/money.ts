import { randomUUID } from "node:crypto";
import { toGlobalId } from "graphql-relay";
import { QuoteCreateDocument, RecipientCreateDocument, TransferCreateDocument, type RecipientFieldInput } from "../generated/graphql.js";
import type { Harness } from "./harness.js";

/** A fresh idempotency key, as a client makes once per intent. */
export const newKey = (): string => randomUUID();

/** Answers that pass Wise's validation for each account type the tests use. */
export const VALID_ANSWERS: Record<string, RecipientFieldInput[]> = {
  iban: [
    { key: "legalType", value: "PRIVATE" },
    { key: "IBAN", value: "DE89370400440532013000" },
  ],
  sort_code: [
    { key: "legalType", value: "PRIVATE" },
    { key: "sortCode", value: "231470" },
    { key: "accountNumber", value: "28821822" },
  ],
};

export function personalProfileId(h: Harness): string {
  return toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
}

/** A GBP -> EUR quote from alice's personal profile, paid from her balance. */
export async function gbpToEurQuote(h: Harness, sourceAmount = "100.00") {
  const response = await h.request(QuoteCreateDocument, {
    input: { profileId: personalProfileId(h), sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount, preferredPayIn: "BALANCE" },
  });
  const payload = response.body.data?.quoteCreate;
  if (!payload?.quote) throw new Error(`quoteCreate failed: ${response.text}`);
  return payload.quote;
}

/** A new EUR IBAN recipient for alice's personal profile. */
export async function eurRecipient(h: Harness, holder = "Max Mustermann") {
  const response = await h.request(RecipientCreateDocument, {
    input: { profileId: personalProfileId(h), currency: "EUR", type: "iban", accountHolderName: holder, details: VALID_ANSWERS.iban },
  });
  const payload = response.body.data?.recipientCreate;
  if (!payload?.recipient) throw new Error(`recipientCreate failed: ${response.text}`);
  return payload.recipient;
}

/** A new transfer of 100 GBP to a new EUR recipient, not yet funded. */
export async function newTransfer(h: Harness, sourceAmount = "100.00") {
  const [quote, recipient] = await Promise.all([gbpToEurQuote(h, sourceAmount), eurRecipient(h)]);
  const idempotencyKey = newKey();
  const response = await h.request(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey, reference: "Invoice 42" } });
  const payload = response.body.data?.transferCreate;
  if (!payload?.transfer) throw new Error(`transferCreate failed: ${response.text}`);
  return { transfer: payload.transfer, quote, recipient, idempotencyKey };
}

/** Every transfer Wise holds for a profile, read straight from the REST API. */
export async function restTransfers(h: Harness, profileId: number, extra = ""): Promise<Array<{ id: number; status: string; customerTransactionId: string; created: string }>> {
  const all: Array<{ id: number; status: string; customerTransactionId: string; created: string }> = [];
  for (let offset = 0; ; offset += 100) {
    const page = await h.rest<typeof all>(`/v1/transfers?profile=${profileId}&offset=${offset}&limit=100${extra}`, h.alice.token);
    all.push(...page);
    if (page.length < 100) return all;
  }
}
