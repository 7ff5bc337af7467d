import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import {
  BalanceConvertDocument,
  ProfileBalancesDocument,
  QuoteCreateDocument,
  RecipientCreateDocument,
  TransferCreateDocument,
  TransferFundDocument,
} from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, newKey, newTransfer, personalProfileId, restTransfers, VALID_ANSWERS } from "../helpers/money.js";
import type { FaultSpec } from "../../src/sandbox/index.js";

let h: Harness;
beforeAll(async () => {
  // The breaker would (rightly) open after the repeated faults here; it has tests of its own.
  h = await startHarness({ client: { timeouts: { connect: 500, response: 700, request: 1_500 }, breaker: { volumeThreshold: 1_000 } } });
});
afterEach(() => {
  h.sandbox.faults.clear();
});
afterAll(async () => {
  await h.close();
});

const CREATE = "POST /v1/transfers";

async function transfersWithKey(key: string) {
  return (await restTransfers(h, h.alice.personalProfileId)).filter((t) => t.customerTransactionId === key);
}

async function createWith(quoteId: string, recipientId: string, idempotencyKey: string) {
  return (await h.request(TransferCreateDocument, { input: { quoteId, recipientId, idempotencyKey } })).body.data!.transferCreate;
}

async function balance(currency: string): Promise<string> {
  const balances = (await h.request(ProfileBalancesDocument, { id: personalProfileId(h), types: ["STANDARD"] })).body.data!.profile!.balances!;
  return balances.find((b) => b.currency === currency)!.amount.amount;
}

describe("transferCreate moves money at most once", () => {
  it.each<[string, FaultSpec["fault"]]>([
    ["the connection drops after Wise created it", { type: "reset-after" }],
    ["a gateway answers 502 after Wise created it", { type: "status", status: 502, runHandler: true }],
    ["the answer is cut short", { type: "truncate" }],
    ["the answer is not JSON", { type: "wrong-shape", body: "<html>oops" }],
  ])("when %s once: the safe same-key retry returns the one transfer", async (_name, fault) => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const key = newKey();
    h.sandbox.faults.add({ route: CREATE, fault, times: 1 });
    const payload = await createWith(quote.id, recipient.id, key);
    expect(payload.userErrors).toEqual([]);
    const rest = await transfersWithKey(key);
    expect(rest).toHaveLength(1);
    expect(payload.transfer?.wiseId).toBe(rest[0].id);
  });

  it("when every answer is lost: OUTCOME_UNKNOWN with the key, and the same call later resolves to the one transfer", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const key = newKey();
    h.sandbox.faults.add({ route: CREATE, fault: { type: "reset-after" } });
    const lost = await createWith(quote.id, recipient.id, key);
    expect(lost.transfer).toBeNull();
    expect(lost.idempotencyKey).toBe(key);
    expect(lost.userErrors.map((e) => e.code)).toEqual(["OUTCOME_UNKNOWN"]);
    expect(await transfersWithKey(key)).toHaveLength(1);

    h.sandbox.faults.clear();
    const again = await createWith(quote.id, recipient.id, key);
    expect(again.userErrors).toEqual([]);
    const rest = await transfersWithKey(key);
    expect(rest).toHaveLength(1);
    expect(again.transfer?.wiseId).toBe(rest[0].id);
  });

  it("when Wise hangs: OUTCOME_UNKNOWN within the timeout, and no second transfer", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const key = newKey();
    h.sandbox.faults.add({ route: CREATE, fault: { type: "hang" } });
    const lost = await createWith(quote.id, recipient.id, key);
    expect(lost.userErrors.map((e) => e.code)).toEqual(["OUTCOME_UNKNOWN"]);
    h.sandbox.faults.clear();
    const again = await createWith(quote.id, recipient.id, key);
    expect(again.transfer).not.toBeNull();
    expect(await transfersWithKey(key)).toHaveLength(1);
  });

  it("a clear refusal is not retried", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    await createWith(quote.id, recipient.id, newKey());
    const before = (await h.stats()).routes[CREATE];
    const refused = await createWith(quote.id, recipient.id, newKey());
    expect(refused.userErrors.map((e) => e.code)).toEqual(["QUOTE_ALREADY_USED"]);
    expect((await h.stats()).routes[CREATE]).toBe(before + 1);
  });

  it("20 concurrent calls with one key make one transfer", async () => {
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
    const key = newKey();
    const results = await Promise.all(Array.from({ length: 20 }, () => createWith(quote.id, recipient.id, key)));
    const ids = new Set(results.map((r) => r.transfer?.wiseId));
    expect(ids.size).toBe(1);
    expect(await transfersWithKey(key)).toHaveLength(1);
  });
});

describe("transferFund pays at most once", () => {
  const PAY = "POST /v3/profiles/:profileId/transfers/:transferId/payments";

  it("when the answer is lost after paying, it reads the transfer and reports success; a repeat pays nothing more", async () => {
    const { transfer, quote } = await newTransfer(h, "40.00");
    const before = await balance("GBP");
    h.sandbox.faults.add({ route: PAY, fault: { type: "reset-after" } });
    const funded = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(funded.userErrors).toEqual([]);
    expect(funded.transfer?.status).toBe("PROCESSING");
    h.sandbox.faults.clear();
    const again = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(again.userErrors).toEqual([]);
    expect(new Big(before).minus(await balance("GBP")).toFixed()).toBe(new Big(quote.sourceAmount!.amount).toFixed());
    expect((await h.stats()).routes[PAY]).toBeGreaterThanOrEqual(1);
  });

  it("when the transfer cannot be read after paying, the payment still shows: only `transfer` is null, with its error", async () => {
    const { transfer, quote } = await newTransfer(h, "15.00");
    const before = await balance("GBP");
    const paymentsSoFar = (await h.stats()).routes[PAY] ?? 0;
    h.sandbox.faults.add({ route: PAY, fault: { type: "latency", ms: 300 } });
    const pending = h.request(TransferFundDocument, { input: { transferId: transfer.id } });
    // Once the payment is under way (and the transfer was read before it), reads of the transfer fail.
    while (((await h.stats()).routes[PAY] ?? 0) === paymentsSoFar) await new Promise((resolve) => setTimeout(resolve, 10));
    h.sandbox.faults.add({ route: "GET /v1/transfers/:transferId", fault: { type: "status", status: 500 } });
    const answer = await pending;
    const payload = answer.body.data!.transferFund;
    expect(payload.userErrors).toEqual([]);
    expect(payload.balanceTransactionId).toEqual(expect.any(Number));
    expect(payload.transfer).toBeNull();
    expect(answer.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["transferFund", "transfer"], "UPSTREAM_UNAVAILABLE"]]);
    expect(new Big(before).minus(await balance("GBP")).toFixed()).toBe(new Big(quote.sourceAmount!.amount).toFixed());
  });

  it("when the payment may not have happened, it says OUTCOME_UNKNOWN and never pays twice", async () => {
    const { transfer, quote } = await newTransfer(h, "30.00");
    const before = await balance("GBP");
    h.sandbox.faults.add({ route: PAY, fault: { type: "status", status: 504 } });
    const lost = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(lost.userErrors.map((e) => e.code)).toEqual(["OUTCOME_UNKNOWN"]);
    expect(await balance("GBP")).toBe(before);
    h.sandbox.faults.clear();
    const retried = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(retried.userErrors).toEqual([]);
    const third = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(third.userErrors).toEqual([]);
    expect(new Big(before).minus(await balance("GBP")).toFixed()).toBe(new Big(quote.sourceAmount!.amount).toFixed());
  });
});

describe("recipientCreate", () => {
  it("when the new recipient cannot be read back, the creation still shows: only `recipient` is null, with its error", async () => {
    const before = h.sandbox.store.recipients.size;
    h.sandbox.faults.add({ route: "GET /v2/accounts/:accountId", fault: { type: "status", status: 500 } });
    const response = await h.request(RecipientCreateDocument, {
      input: { profileId: personalProfileId(h), currency: "EUR", type: "iban", accountHolderName: "Max Mustermann", details: VALID_ANSWERS.iban },
    });
    const payload = response.body.data!.recipientCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.recipient).toBeNull();
    expect(response.body.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([[["recipientCreate", "recipient"], "UPSTREAM_UNAVAILABLE"]]);
    expect(h.sandbox.store.recipients.size).toBe(before + 1);
  });
});

describe("concurrent transferFund", () => {
  it("20 at once on one transfer: one debit, and every answer is the paid transfer without a userError", async () => {
    const { transfer, quote } = await newTransfer(h, "25.00");
    const before = await balance("GBP");
    const answers = await Promise.all(Array.from({ length: 20 }, () => h.request(TransferFundDocument, { input: { transferId: transfer.id } })));
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      const payload = answer.body.data!.transferFund;
      expect(payload.userErrors).toEqual([]);
      expect(payload.transfer).toMatchObject({ id: transfer.id, status: "PROCESSING" });
    }
    // Exactly one of them paid, and says with which balance transaction.
    expect(answers.filter((a) => a.body.data!.transferFund.balanceTransactionId !== null)).toHaveLength(1);
    expect(new Big(before).minus(await balance("GBP")).toFixed()).toBe(new Big(quote.sourceAmount!.amount).toFixed());
  });
});

describe("balanceConvert converts at most once", () => {
  it("OUTCOME_UNKNOWN when answers are lost, then the same key resolves to the one conversion", async () => {
    const quote = (
      await h.request(QuoteCreateDocument, {
        input: { profileId: personalProfileId(h), sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: "50.00", payOut: "BALANCE", preferredPayIn: "BALANCE" },
      })
    ).body.data!.quoteCreate.quote!;
    const [gbpBefore, eurBefore] = [await balance("GBP"), await balance("EUR")];
    const key = newKey();
    h.sandbox.faults.add({ route: "POST /v2/profiles/:profileId/balance-movements", fault: { type: "reset-after" } });
    const lost = (await h.request(BalanceConvertDocument, { input: { quoteId: quote.id, idempotencyKey: key } })).body.data!.balanceConvert;
    expect(lost.userErrors.map((e) => e.code)).toEqual(["OUTCOME_UNKNOWN"]);
    h.sandbox.faults.clear();
    const done = (await h.request(BalanceConvertDocument, { input: { quoteId: quote.id, idempotencyKey: key } })).body.data!.balanceConvert;
    expect(done.userErrors).toEqual([]);
    const repeat = (await h.request(BalanceConvertDocument, { input: { quoteId: quote.id, idempotencyKey: key } })).body.data!.balanceConvert;
    expect(repeat.conversion?.wiseId).toBe(done.conversion?.wiseId);
    expect(new Big(gbpBefore).minus(await balance("GBP")).toFixed()).toBe(new Big(done.conversion!.sourceAmount!.amount).toFixed());
    expect(new Big(await balance("EUR")).minus(eurBefore).toFixed()).toBe(new Big(done.conversion!.targetAmount!.amount).toFixed());
  });
});
