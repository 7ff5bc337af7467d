import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  BalanceConvertDocument,
  BalanceCreateDocument,
  BalanceDeleteDocument,
  ProfileBalancesDocument,
  QuoteCreateDocument,
  RecipientCreateDocument,
  RecipientDeleteDocument,
  TransferCancelDocument,
  TransferCreateDocument,
  TransferFundDocument,
  TransferSimulateDocument,
} from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, newKey, newTransfer, personalProfileId, restTransfers, VALID_ANSWERS } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const codes = (errors: Array<{ code: string; field?: string[] | null }>) => errors.map((e) => [e.code, e.field ?? null]);

describe("quoteCreate userErrors", () => {
  const base = () => ({ profileId: personalProfileId(h), sourceCurrency: "GBP", targetCurrency: "EUR" });

  it.each([
    ["both amounts", { sourceAmount: "10", targetAmount: "10" }, [["INVALID", ["input", "targetAmount"]]]],
    ["no amount", {}, [["REQUIRED", ["input", "sourceAmount"]]]],
    ["a zero amount", { sourceAmount: "0" }, [["INVALID", ["input", "sourceAmount"]]]],
    ["a negative amount", { targetAmount: "-5.00" }, [["INVALID", ["input", "targetAmount"]]]],
    ["20 decimal places", { sourceAmount: "10.12345678901234567890" }, [["INVALID", ["input", "sourceAmount"]]]],
    ["a fraction of a yen", { targetCurrency: "JPY", targetAmount: "1000.5" }, [["INVALID", ["input", "targetAmount"]]]],
    ["3 decimal places of euro", { targetAmount: "10.005" }, [["INVALID", ["input", "targetAmount"]]]],
  ])("%s, without calling Wise", async (_name, amounts, expected) => {
    await h.reset();
    const payload = (await h.request(QuoteCreateDocument, { input: { ...base(), ...amounts } })).body.data!.quoteCreate;
    expect(payload.quote).toBeNull();
    expect(codes(payload.userErrors)).toEqual(expected);
    expect((await h.stats()).total).toBe(0);
  });

  it("a yen amount with a fraction is refused, never rounded", async () => {
    await h.reset();
    const payload = (await h.request(QuoteCreateDocument, { input: { ...base(), sourceCurrency: "JPY", sourceAmount: "1000.5" } })).body.data!.quoteCreate;
    expect(payload.quote).toBeNull();
    expect(payload.userErrors).toEqual([
      {
        field: ["input", "sourceAmount"],
        code: "INVALID",
        message: '"1000.5" has more decimal places than JPY allows (none: whole units only). Amounts are never rounded: send the exact amount.',
      },
    ]);
    expect((await h.stats()).total).toBe(0);
  });

  it("trailing zeros are no extra precision: 1000.00 JPY is priced as 1000", async () => {
    const payload = (await h.request(QuoteCreateDocument, { input: { ...base(), sourceCurrency: "JPY", sourceAmount: "1000.00" } })).body.data!.quoteCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.quote?.sourceAmount).toEqual({ amount: "1000", currency: "JPY" });
  });

  it("an amount with all the decimals its currency has goes through unchanged", async () => {
    const payload = (await h.request(QuoteCreateDocument, { input: { ...base(), sourceAmount: "10.12" } })).body.data!.quoteCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.quote?.sourceAmount?.amount).toBe("10.12");
  });

  it("a currency Wise does not support", async () => {
    const payload = (await h.request(QuoteCreateDocument, { input: { ...base(), targetCurrency: "XXX", sourceAmount: "10" } })).body.data!.quoteCreate;
    expect(payload.quote).toBeNull();
    expect(payload.userErrors.length).toBeGreaterThan(0);
    expect(payload.userErrors[0].code).toBe("INVALID");
  });
});

describe("recipientCreate userErrors", () => {
  const input = (details: Array<{ key: string; value: string }>, accountHolderName = "Max Mustermann") => ({
    profileId: personalProfileId(h),
    currency: "EUR",
    type: "iban",
    accountHolderName,
    details,
  });

  it("an invalid IBAN points at the IBAN answer", async () => {
    const payload = (
      await h.request(RecipientCreateDocument, {
        input: input([
          { key: "legalType", value: "PRIVATE" },
          { key: "IBAN", value: "NOT-AN-IBAN" },
        ]),
      })
    ).body.data!.recipientCreate;
    expect(payload.recipient).toBeNull();
    expect(payload.userErrors.map((e) => e.field)).toContainEqual(["input", "details", "IBAN"]);
    expect(payload.userErrors.every((e) => e.code === "INVALID" || e.code === "REQUIRED")).toBe(true);
  });

  it("a missing required answer", async () => {
    const payload = (await h.request(RecipientCreateDocument, { input: input([{ key: "legalType", value: "PRIVATE" }]) })).body.data!.recipientCreate;
    expect(payload.recipient).toBeNull();
    expect(payload.userErrors.map((e) => e.field)).toContainEqual(["input", "details", "IBAN"]);
  });

  it("a personal name with one word", async () => {
    const payload = (await h.request(RecipientCreateDocument, { input: input(VALID_ANSWERS.iban, "Max") })).body.data!.recipientCreate;
    expect(payload.recipient).toBeNull();
    expect(payload.userErrors.map((e) => e.field)).toContainEqual(["input", "accountHolderName"]);
  });

  it("a form key that is not a key", async () => {
    await h.reset();
    const payload = (await h.request(RecipientCreateDocument, { input: input([{ key: "__proto__.polluted", value: "x" }]) })).body.data!.recipientCreate;
    expect(codes(payload.userErrors)).toEqual([["INVALID", ["input", "details"]]]);
    expect((await h.stats()).total).toBe(0);
  });

  it("deleting twice", async () => {
    const recipient = await eurRecipient(h);
    const first = (await h.request(RecipientDeleteDocument, { input: { recipientId: recipient.id } })).body.data!.recipientDelete;
    expect(first).toMatchObject({ userErrors: [], deletedRecipientId: recipient.id, recipient: { active: false } });
    const second = (await h.request(RecipientDeleteDocument, { input: { recipientId: recipient.id } })).body.data!.recipientDelete;
    expect(codes(second.userErrors)).toEqual([["NOT_ALLOWED", ["input", "recipientId"]]]);
  });
});

describe("transfer userErrors", () => {
  it("a quote backs only one transfer", async () => {
    const { quote, recipient } = await newTransfer(h);
    const payload = (await h.request(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey() } })).body.data!.transferCreate;
    expect(payload.transfer).toBeNull();
    expect(payload.userErrors.map((e) => e.code)).toEqual(["QUOTE_ALREADY_USED"]);
  });

  it("an expired quote", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    // Age the quote past its 30 minutes inside the sandbox rather than waiting for it.
    const record = h.sandbox.store.quotes.get(quote.wiseId)!;
    record.expirationMs = Date.now() - 1_000;
    const payload = (await h.request(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey() } })).body.data!.transferCreate;
    expect(payload.transfer).toBeNull();
    expect(payload.userErrors.map((e) => e.code)).toEqual(["QUOTE_EXPIRED"]);
  });

  it("an idempotency key reused for another quote", async () => {
    const { idempotencyKey, recipient } = await newTransfer(h);
    const other = await gbpToEurQuote(h, "12.00");
    const payload = (await h.request(TransferCreateDocument, { input: { quoteId: other.id, recipientId: recipient.id, idempotencyKey } })).body.data!.transferCreate;
    expect(payload.transfer).toBeNull();
    expect(payload.userErrors.map((e) => e.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
  });

  it("a recipient in another currency than the quote's target", async () => {
    const quote = await gbpToEurQuote(h);
    const gbp = (
      await h.request(RecipientCreateDocument, {
        input: { profileId: personalProfileId(h), currency: "GBP", type: "sort_code", accountHolderName: "Jane Doe", details: VALID_ANSWERS.sort_code },
      })
    ).body.data!.recipientCreate.recipient!;
    const payload = (await h.request(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: gbp.id, idempotencyKey: newKey() } })).body.data!.transferCreate;
    expect(payload.transfer).toBeNull();
    expect(payload.userErrors.length).toBeGreaterThan(0);
  });

  it("funding more than the balance holds", async () => {
    const { transfer } = await newTransfer(h, "9999999.00");
    const payload = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(codes(payload.userErrors)).toEqual([["INSUFFICIENT_FUNDS", ["input", "transferId"]]]);
    expect(payload.transfer?.status).toBe("INCOMING_PAYMENT_WAITING");
  });

  it("cancelling works before sending and is NOT_ALLOWED after", async () => {
    const { transfer } = await newTransfer(h);
    const cancelled = (await h.request(TransferCancelDocument, { input: { transferId: transfer.id } })).body.data!.transferCancel;
    expect(cancelled).toMatchObject({ userErrors: [], transfer: { status: "CANCELLED" } });
    const fundCancelled = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(fundCancelled.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);

    const sent = (await newTransfer(h)).transfer;
    await h.request(TransferFundDocument, { input: { transferId: sent.id } });
    for (const status of ["FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT"] as const) await h.request(TransferSimulateDocument, { input: { transferId: sent.id, status } });
    const refused = (await h.request(TransferCancelDocument, { input: { transferId: sent.id } })).body.data!.transferCancel;
    expect(refused.transfer).toBeNull();
    expect(refused.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
  });

  it("simulating out of order", async () => {
    const { transfer } = await newTransfer(h);
    const payload = (await h.request(TransferSimulateDocument, { input: { transferId: transfer.id, status: "OUTGOING_PAYMENT_SENT" } })).body.data!.transferSimulate;
    expect(payload.transfer).toBeNull();
    expect(payload.userErrors.length).toBe(1);
  });
});

describe("balance userErrors", () => {
  it("a savings jar without a name, without calling Wise", async () => {
    await h.reset();
    const payload = (await h.request(BalanceCreateDocument, { input: { profileId: personalProfileId(h), currency: "EUR", type: "SAVINGS", idempotencyKey: newKey() } })).body.data!
      .balanceCreate;
    expect(codes(payload.userErrors)).toEqual([["REQUIRED", ["input", "name"]]]);
    expect((await h.stats()).total).toBe(0);
  });

  it("a second standard balance in the same currency", async () => {
    const payload = (await h.request(BalanceCreateDocument, { input: { profileId: personalProfileId(h), currency: "GBP", type: "STANDARD", idempotencyKey: newKey() } })).body.data!
      .balanceCreate;
    expect(payload.balance).toBeNull();
    expect(payload.userErrors.length).toBeGreaterThan(0);
  });

  it("closing a balance that is not empty", async () => {
    const balances = (await h.request(ProfileBalancesDocument, { id: personalProfileId(h), types: ["STANDARD"] })).body.data!.profile!.balances!;
    const funded = balances.find((b) => b.amount.amount !== "0" && !/^0(\.0+)?$/.test(b.amount.amount))!;
    const payload = (await h.request(BalanceDeleteDocument, { input: { balanceId: funded.id } })).body.data!.balanceDelete;
    expect(payload.deletedBalanceId).toBeNull();
    expect(payload.userErrors.length).toBe(1);
  });

  it("opening, repeating with the same key, and closing an empty balance", async () => {
    const idempotencyKey = newKey();
    const input = { profileId: toGlobalId("BusinessProfile", String(h.alice.businessProfileId)), currency: "SEK", type: "STANDARD" as const, idempotencyKey };
    const first = (await h.request(BalanceCreateDocument, { input })).body.data!.balanceCreate;
    expect(first.userErrors).toEqual([]);
    const again = (await h.request(BalanceCreateDocument, { input })).body.data!.balanceCreate;
    expect(again.balance?.id).toBe(first.balance?.id);
    const closed = (await h.request(BalanceDeleteDocument, { input: { balanceId: first.balance!.id } })).body.data!.balanceDelete;
    expect(closed).toEqual({ deletedBalanceId: first.balance!.id, userErrors: [] });
  });
});

describe("an idempotency key belongs to one intent", () => {
  const reused = (errors: Array<{ code: string; field?: string[] | null }>) => expect(codes(errors)).toEqual([["IDEMPOTENCY_KEY_REUSED", ["input", "idempotencyKey"]]]);

  it("transferCreate: the same key with another reference or recipient is IDEMPOTENCY_KEY_REUSED, never the old transfer", async () => {
    const { transfer, quote, recipient, idempotencyKey } = await newTransfer(h);
    const other = await eurRecipient(h, "Erika Musterfrau");
    for (const input of [
      { quoteId: quote.id, recipientId: recipient.id, idempotencyKey, reference: "Invoice 43" },
      { quoteId: quote.id, recipientId: other.id, idempotencyKey, reference: "Invoice 42" },
    ]) {
      const payload = (await h.request(TransferCreateDocument, { input })).body.data!.transferCreate;
      expect(payload.transfer).toBeNull();
      reused(payload.userErrors);
    }
    // The genuine retry (same inputs, or no reference at all) still resolves to the one transfer.
    for (const reference of ["Invoice 42", null]) {
      const retry = (await h.request(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey, reference } })).body.data!.transferCreate;
      expect(retry.userErrors).toEqual([]);
      expect(retry.transfer?.id).toBe(transfer.id);
    }
    const withKey = (await restTransfers(h, h.alice.personalProfileId)).filter((t) => t.customerTransactionId === idempotencyKey);
    expect(withKey.map((t) => t.id)).toEqual([transfer.wiseId]);
  });

  it("balanceConvert: the same key with another quote is IDEMPOTENCY_KEY_REUSED, and the new quote stays unused", async () => {
    const convertQuote = async (sourceAmount: string) =>
      (
        await h.request(QuoteCreateDocument, {
          input: { profileId: personalProfileId(h), sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount, payOut: "BALANCE", preferredPayIn: "BALANCE" },
        })
      ).body.data!.quoteCreate.quote!;
    const [first, second] = [await convertQuote("30.00"), await convertQuote("20.00")];
    const idempotencyKey = newKey();
    const done = (await h.request(BalanceConvertDocument, { input: { quoteId: first.id, idempotencyKey } })).body.data!.balanceConvert;
    expect(done.userErrors).toEqual([]);
    const gbp = async () =>
      (await h.request(ProfileBalancesDocument, { id: personalProfileId(h), types: ["STANDARD"] })).body.data!.profile!.balances!.find((b) => b.currency === "GBP")!.amount.amount;
    const before = await gbp();

    const again = (await h.request(BalanceConvertDocument, { input: { quoteId: second.id, idempotencyKey } })).body.data!.balanceConvert;
    expect(again.conversion).toBeNull();
    expect(again.balances).toEqual([]);
    reused(again.userErrors);
    expect(await gbp()).toBe(before);
    expect(h.sandbox.store.quotes.get(second.wiseId)?.status).toBe("PENDING");
    // The same key with the same quote is the retry it always was.
    const retry = (await h.request(BalanceConvertDocument, { input: { quoteId: first.id, idempotencyKey } })).body.data!.balanceConvert;
    expect(retry.userErrors).toEqual([]);
    expect(retry.conversion?.wiseId).toBe(done.conversion?.wiseId);
  });

  it("balanceCreate: the same key with another currency, type or jar name is IDEMPOTENCY_KEY_REUSED", async () => {
    const profileId = toGlobalId("BusinessProfile", String(h.alice.businessProfileId));
    const idempotencyKey = newKey();
    const jar = { profileId, currency: "GBP", type: "SAVINGS" as const, name: "Holiday", idempotencyKey };
    const first = (await h.request(BalanceCreateDocument, { input: jar })).body.data!.balanceCreate;
    expect(first.userErrors).toEqual([]);
    const count = h.sandbox.store.balancesOf(h.alice.businessProfileId).length;
    for (const input of [
      { ...jar, currency: "NOK" },
      { ...jar, type: "STANDARD" as const, name: null },
      { ...jar, name: "Car" },
    ]) {
      const payload = (await h.request(BalanceCreateDocument, { input })).body.data!.balanceCreate;
      expect(payload.balance).toBeNull();
      reused(payload.userErrors);
    }
    expect(h.sandbox.store.balancesOf(h.alice.businessProfileId)).toHaveLength(count);
    const retry = (await h.request(BalanceCreateDocument, { input: jar })).body.data!.balanceCreate;
    expect(retry.balance?.id).toBe(first.balance?.id);
  });
});
