import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { toGlobalId } from "graphql-relay";
import {
  BatchGroupCancelDocument,
  BatchGroupCompleteDocument,
  BatchGroupCreateDocument,
  BatchGroupFundDocument,
  BatchGroupPaymentInitiationCreateDocument,
  BatchGroupPaymentInitiationDocument,
  BatchGroupTransferCreateDocument,
  BatchGroupTransfersDocument,
  BulkSettlementCreateDocument,
  ProfileBalancesDocument,
  ProfileBatchGroupDocument,
  QuoteCreateDocument,
  RecipientCreateDocument,
  ScaPinVerifyDocument,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, newKey, newTransfer, personalProfileId, VALID_ANSWERS } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  // The breaker would (rightly) open after the injected faults; it has tests of its own.
  h = await startHarness({ client: { timeouts: { connect: 500, response: 700, request: 1_500 }, breaker: { volumeThreshold: 1_000 } } });
});
afterEach(() => {
  h.sandbox.faults.clear();
});
afterAll(async () => {
  await h.close();
});

const FUND = "POST /v3/profiles/:profileId/batch-payments/:batchGroupId/payments";
const ADD = "POST /v3/profiles/:profileId/batch-groups/:batchGroupId/transfers";

async function gbpBalance(): Promise<string> {
  const response = await h.request(ProfileBalancesDocument, { id: personalProfileId(h), types: ["STANDARD"] });
  return response.body.data!.profile!.balances!.find((b) => b.currency === "GBP")!.amount.amount;
}

async function createGroup(name = "Payroll June", currency = "GBP") {
  const payload = (await h.request(BatchGroupCreateDocument, { input: { profileId: personalProfileId(h), currency, name } })).body.data!.batchGroupCreate;
  expect(payload.userErrors).toEqual([]);
  return payload.batchGroup!;
}

async function addTransfer(groupId: string, sourceAmount: string, idempotencyKey = newKey()) {
  const [quote, recipient] = await Promise.all([gbpToEurQuote(h, sourceAmount), eurRecipient(h)]);
  const payload = (
    await h.request(BatchGroupTransferCreateDocument, { input: { batchGroupId: groupId, quoteId: quote.id, recipientId: recipient.id, idempotencyKey, reference: "Salary" } })
  ).body.data!.batchGroupTransferCreate;
  expect(payload.userErrors).toEqual([]);
  return { ...payload, quote, recipient, idempotencyKey };
}

/** A completed GBP group of transfers of these amounts. */
async function completedGroup(amounts: string[]) {
  const group = await createGroup();
  for (const amount of amounts) await addTransfer(group.id, amount);
  const completed = (await h.request(BatchGroupCompleteDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupComplete;
  expect(completed.userErrors).toEqual([]);
  return completed.batchGroup!;
}

const routeCount = async (route: string) => (await h.stats()).routes[route] ?? 0;

describe("a batch payout", () => {
  it("creates a group, adds transfers, completes it, funds it with one exact debit of its total, and lists its transfers", async () => {
    const group = await createGroup();
    expect(group).toMatchObject({ name: "Payroll June", status: "NEW", currency: "GBP", transferCount: 0, total: null, payInDetails: [] });
    const added = [await addTransfer(group.id, "100.00"), await addTransfer(group.id, "250.00"), await addTransfer(group.id, "40.55")];
    expect(added.map((a) => a.transfer!.status)).toEqual(["INCOMING_PAYMENT_WAITING", "INCOMING_PAYMENT_WAITING", "INCOMING_PAYMENT_WAITING"]);
    expect(added[2].batchGroup).toMatchObject({ transferCount: 3, status: "NEW" });

    const completed = (await h.request(BatchGroupCompleteDocument, { input: { batchGroupId: group.id, version: added[2].batchGroup!.version } })).body.data!.batchGroupComplete;
    expect(completed.userErrors).toEqual([]);
    // The quotes are SOURCE quotes, fees included: the group's total is their sum, exactly.
    expect(completed.batchGroup).toMatchObject({ status: "COMPLETED", transferCount: 3, total: { amount: "390.55", currency: "GBP" } });
    expect(completed.batchGroup!.payInDetails).toEqual([
      expect.objectContaining({
        type: "bank_transfer",
        amount: { amount: "390.55", currency: "GBP" },
        reference: expect.stringMatching(/^B\d+$/),
        accountNumber: expect.any(String),
      }),
    ]);

    const before = await gbpBalance();
    const funded = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupFund;
    expect(funded.userErrors).toEqual([]);
    expect(funded.batchGroup).toMatchObject({ status: "COMPLETED", total: { amount: "390.55", currency: "GBP" } });
    expect(await gbpBalance()).toBe(new Big(before).minus("390.55").toFixed(2));

    // Funding again pays nothing more and is no error.
    const payments = await routeCount(FUND);
    const again = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupFund;
    expect(again.userErrors).toEqual([]);
    expect(await routeCount(FUND)).toBe(payments);
    expect(await gbpBalance()).toBe(new Big(before).minus("390.55").toFixed(2));

    // The group's transfers, paid, page by page to the end; their amounts add up to the total with the fees.
    const first = (await h.request(BatchGroupTransfersDocument, { id: group.id, first: 2 })).body.data!.node;
    if (first?.__typename !== "BatchGroup") throw new Error("not a batch group");
    expect(first.transfers!.edges.map((e) => e.node.id)).toEqual(added.slice(0, 2).map((a) => a.transfer!.id));
    expect(first.transfers!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = (await h.request(BatchGroupTransfersDocument, { id: group.id, first: 2, after: first.transfers!.pageInfo.endCursor })).body.data!.node;
    if (rest?.__typename !== "BatchGroup") throw new Error("not a batch group");
    expect(rest.transfers!.edges.map((e) => e.node.id)).toEqual([added[2].transfer!.id]);
    expect(rest.transfers!.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...first.transfers!.edges, ...rest.transfers!.edges].map((e) => e.node.status)).toEqual(["PROCESSING", "PROCESSING", "PROCESSING"]);
  });

  it("reads a group through its profile and through node, and refuses a cursor of another group", async () => {
    const group = await createGroup("Lookup");
    const other = await createGroup("Other");
    const viaProfile = (await h.request(ProfileBatchGroupDocument, { profileId: personalProfileId(h), id: group.wiseId })).body.data!.profile!.batchGroup;
    expect(viaProfile).toMatchObject({ id: group.id, name: "Lookup", status: "NEW" });
    await addTransfer(group.id, "10.00");
    await addTransfer(group.id, "11.00");
    const page = (await h.request(BatchGroupTransfersDocument, { id: group.id, first: 1 })).body.data!.node;
    if (page?.__typename !== "BatchGroup") throw new Error("not a batch group");
    const forged = await h.request(BatchGroupTransfersDocument, { id: other.id, first: 1, after: page.transfers!.pageInfo.endCursor });
    expect(errorCodes(forged)).toEqual(["BAD_USER_INPUT"]);
    const missing = await h.request(ProfileBatchGroupDocument, { profileId: personalProfileId(h), id: "00000000-0000-4000-8000-000000000000" });
    expect(missing.body.data!.profile!.batchGroup).toBeNull();
    expect(errorCodes(missing)).toEqual(["NOT_FOUND"]);
  });
});

describe("bad input changes nothing", () => {
  it("a blank or long name is a userError, with no Wise call", async () => {
    const calls = (await h.stats()).total;
    for (const name of ["  ", "x".repeat(101)]) {
      const payload = (await h.request(BatchGroupCreateDocument, { input: { profileId: personalProfileId(h), currency: "GBP", name } })).body.data!.batchGroupCreate;
      expect(payload).toEqual({ batchGroup: null, userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "name"] })] });
    }
    expect((await h.stats()).total).toBe(calls);
  });

  it("a quote in another currency, or of another profile, adds nothing", async () => {
    const group = await createGroup();
    const recipient = await eurRecipient(h);
    const usd = (await h.request(QuoteCreateDocument, { input: { profileId: personalProfileId(h), sourceCurrency: "CAD", targetCurrency: "EUR", sourceAmount: "50.00" } })).body
      .data!.quoteCreate.quote!;
    const wrongCurrency = (
      await h.request(BatchGroupTransferCreateDocument, { input: { batchGroupId: group.id, quoteId: usd.id, recipientId: recipient.id, idempotencyKey: newKey() } })
    ).body.data!.batchGroupTransferCreate;
    expect(wrongCurrency.transfer).toBeNull();
    expect(wrongCurrency.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "quoteId"] })]);
    expect(wrongCurrency.batchGroup).toMatchObject({ transferCount: 0, version: group.version });

    const business = toGlobalId("BusinessProfile", String(h.alice.businessProfileId));
    const otherProfile = (await h.request(QuoteCreateDocument, { input: { profileId: business, sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: "50.00" } })).body.data!
      .quoteCreate.quote!;
    const adds = await routeCount(ADD);
    const wrongProfile = (
      await h.request(BatchGroupTransferCreateDocument, { input: { batchGroupId: group.id, quoteId: otherProfile.id, recipientId: recipient.id, idempotencyKey: newKey() } })
    ).body.data!.batchGroupTransferCreate;
    expect(wrongProfile.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "quoteId"] })]);
    expect(await routeCount(ADD)).toBe(adds);
  });

  it("the same idempotency key adds one transfer; with another quote it is IDEMPOTENCY_KEY_REUSED", async () => {
    const group = await createGroup();
    const first = await addTransfer(group.id, "20.00");
    const repeat = (
      await h.request(BatchGroupTransferCreateDocument, {
        input: { batchGroupId: group.id, quoteId: first.quote.id, recipientId: first.recipient.id, idempotencyKey: first.idempotencyKey, reference: "Salary" },
      })
    ).body.data!.batchGroupTransferCreate;
    expect(repeat.userErrors).toEqual([]);
    expect(repeat.transfer!.id).toBe(first.transfer!.id);
    const quote = await gbpToEurQuote(h, "21.00");
    const reused = (
      await h.request(BatchGroupTransferCreateDocument, {
        input: { batchGroupId: group.id, quoteId: quote.id, recipientId: first.recipient.id, idempotencyKey: first.idempotencyKey },
      })
    ).body.data!.batchGroupTransferCreate;
    expect(reused.transfer).toBeNull();
    expect(reused.userErrors.map((e) => e.code)).toEqual(["IDEMPOTENCY_KEY_REUSED"]);
    expect(reused.batchGroup!.transferCount).toBe(1);
  });

  it("a stale version, a closed group and an unpaid NEW group are refused without a change", async () => {
    const group = await createGroup();
    const added = await addTransfer(group.id, "30.00");
    const stale = (await h.request(BatchGroupCompleteDocument, { input: { batchGroupId: group.id, version: group.version } })).body.data!.batchGroupComplete;
    expect(stale.userErrors).toEqual([expect.objectContaining({ code: "NOT_ALLOWED", field: ["input", "version"] })]);
    expect(stale.batchGroup).toMatchObject({ status: "NEW", version: added.batchGroup!.version });

    const payments = await routeCount(FUND);
    const early = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupFund;
    expect(early.userErrors).toEqual([expect.objectContaining({ code: "NOT_ALLOWED", field: ["input", "batchGroupId"] })]);
    expect(await routeCount(FUND)).toBe(payments);

    await h.request(BatchGroupCompleteDocument, { input: { batchGroupId: group.id } });
    const repeat = (await h.request(BatchGroupCompleteDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupComplete;
    expect(repeat.userErrors).toEqual([]);
    const [quote, recipient] = await Promise.all([gbpToEurQuote(h, "5.00"), eurRecipient(h)]);
    const late = (await h.request(BatchGroupTransferCreateDocument, { input: { batchGroupId: group.id, quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey() } }))
      .body.data!.batchGroupTransferCreate;
    expect(late.userErrors).toEqual([expect.objectContaining({ code: "NOT_ALLOWED" })]);
    expect(late.batchGroup).toMatchObject({ status: "COMPLETED", transferCount: 1 });
  });

  it("a group the balance cannot pay is INSUFFICIENT_FUNDS and debits nothing", async () => {
    const before = new Big(await gbpBalance());
    const amount = before.plus("1000").toFixed(2);
    const group = await completedGroup([amount]);
    const funded = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupFund;
    expect(funded.userErrors.map((e) => e.code)).toEqual(["INSUFFICIENT_FUNDS"]);
    expect(await gbpBalance()).toBe(before.toFixed(2));
  });
});

describe("money moves once", () => {
  it("twelve concurrent fundings debit the group's total once, and every answer carries the group", async () => {
    const group = await completedGroup(["15.00", "16.00"]);
    const before = await gbpBalance();
    const answers = await Promise.all(Array.from({ length: 12 }, () => h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id } })));
    for (const answer of answers) expect(answer.body.data!.batchGroupFund).toMatchObject({ userErrors: [], batchGroup: { id: group.id } });
    expect(await gbpBalance()).toBe(new Big(before).minus("31.00").toFixed(2));
  });

  it("a funding whose answer is lost is read back, not paid again", async () => {
    const group = await completedGroup(["17.00"]);
    const before = await gbpBalance();
    h.sandbox.faults.add({ route: FUND, fault: { type: "reset-after" }, times: 1 });
    const funded = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupFund;
    expect(funded.userErrors).toEqual([]);
    expect(await gbpBalance()).toBe(new Big(before).minus("17.00").toFixed(2));
    expect(h.sandbox.faults.applied).toBeGreaterThan(0);
  });

  it("a cancelled group cancels its transfers; a paid group cannot be cancelled", async () => {
    const group = await createGroup();
    const added = await addTransfer(group.id, "12.00");
    const cancelled = (await h.request(BatchGroupCancelDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupCancel;
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.batchGroup!.status).toMatch(/^(MARKED_FOR_CANCELLATION|CANCELLED)$/);
    const after = (await h.request(BatchGroupTransfersDocument, { id: group.id, first: 5 })).body.data!.node;
    if (after?.__typename !== "BatchGroup") throw new Error("not a batch group");
    expect(after.status).toBe("CANCELLED");
    expect(after.transfers!.edges.map((e) => e.node.id)).toEqual([added.transfer!.id]);
    expect(after.transfers!.edges[0].node.status).toBe("CANCELLED");
    const again = (await h.request(BatchGroupCancelDocument, { input: { batchGroupId: group.id } })).body.data!.batchGroupCancel;
    expect(again.userErrors).toEqual([]);

    const paid = await completedGroup(["13.00"]);
    await h.request(BatchGroupFundDocument, { input: { batchGroupId: paid.id } });
    const refused = (await h.request(BatchGroupCancelDocument, { input: { batchGroupId: paid.id } })).body.data!.batchGroupCancel;
    expect(refused.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    expect(refused.batchGroup!.status).toBe("COMPLETED");
  });
});

describe("strong customer authentication", () => {
  it("a gated user's funding answers SCA_REQUIRED and pays nothing; with the cleared token it pays once", async () => {
    const dana = h.sandbox.scaUsers[0]!;
    const asDana = { token: dana.token };
    const profileId = toGlobalId("PersonalProfile", String(dana.personalProfileId));
    const eur = async () =>
      (await h.request(ProfileBalancesDocument, { id: profileId, types: ["STANDARD"] }, asDana)).body.data!.profile!.balances!.find((b) => b.currency === "EUR")!.amount.amount;
    const group = (await h.request(BatchGroupCreateDocument, { input: { profileId, currency: "EUR", name: "Rent" } }, asDana)).body.data!.batchGroupCreate.batchGroup!;
    const quote = (
      await h.request(QuoteCreateDocument, { input: { profileId, sourceCurrency: "EUR", targetCurrency: "GBP", sourceAmount: "70.00", preferredPayIn: "BALANCE" } }, asDana)
    ).body.data!.quoteCreate.quote!;
    const recipient = (
      await h.request(
        RecipientCreateDocument,
        { input: { profileId, currency: "GBP", type: "sort_code", accountHolderName: "Grace Hopper", details: VALID_ANSWERS.sort_code } },
        asDana,
      )
    ).body.data!.recipientCreate.recipient!;
    const added = (
      await h.request(BatchGroupTransferCreateDocument, { input: { batchGroupId: group.id, quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey() } }, asDana)
    ).body.data!.batchGroupTransferCreate;
    expect(added.userErrors).toEqual([]);
    expect((await h.request(BatchGroupCompleteDocument, { input: { batchGroupId: group.id } }, asDana)).body.data!.batchGroupComplete.userErrors).toEqual([]);
    const before = await eur();

    const refused = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id } }, asDana)).body.data!.batchGroupFund;
    expect(refused.userErrors.map((e) => e.code)).toEqual(["SCA_REQUIRED"]);
    const token = refused.scaChallenge!.oneTimeToken;
    expect(await eur()).toBe(before);
    const cleared = (await h.request(ScaPinVerifyDocument, { input: { profileId, oneTimeToken: token, pin: dana.pin } }, asDana)).body.data!.scaPinVerify;
    expect(cleared.userErrors).toEqual([]);
    const paid = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id, scaToken: token } }, asDana)).body.data!.batchGroupFund;
    expect(paid).toMatchObject({ userErrors: [], scaChallenge: null, batchGroup: { total: { amount: "70.00", currency: "EUR" } } });
    expect(await eur()).toBe(new Big(before).minus("70.00").toFixed(2));
    const again = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: group.id, scaToken: token } }, asDana)).body.data!.batchGroupFund;
    expect(again.userErrors).toEqual([]);
    expect(await eur()).toBe(new Big(before).minus("70.00").toFixed(2));
  });
});

describe("direct debit", () => {
  it("initiates one direct debit for a completed CAD group and reads it back; a second payment is refused", async () => {
    const cadGroup = (await h.request(BatchGroupCreateDocument, { input: { profileId: personalProfileId(h), currency: "CAD", name: "Vendors" } })).body.data!.batchGroupCreate
      .batchGroup!;
    const recipient = await eurRecipient(h);
    const quote = (await h.request(QuoteCreateDocument, { input: { profileId: personalProfileId(h), sourceCurrency: "CAD", targetCurrency: "EUR", sourceAmount: "80.00" } })).body
      .data!.quoteCreate.quote!;
    const added = (
      await h.request(BatchGroupTransferCreateDocument, { input: { batchGroupId: cadGroup.id, quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey() } })
    ).body.data!.batchGroupTransferCreate;
    expect(added.userErrors).toEqual([]);
    await h.request(BatchGroupCompleteDocument, { input: { batchGroupId: cadGroup.id } });

    const tooLong = (await h.request(BatchGroupPaymentInitiationCreateDocument, { input: { batchGroupId: cadGroup.id, directDebitAccountId: 7, reference: "ABCDEFGHIJK" } })).body
      .data!.batchGroupPaymentInitiationCreate;
    expect(tooLong.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "reference"] })]);

    const created = (await h.request(BatchGroupPaymentInitiationCreateDocument, { input: { batchGroupId: cadGroup.id, directDebitAccountId: 7, reference: "VENDORS6" } })).body
      .data!.batchGroupPaymentInitiationCreate;
    expect(created.userErrors).toEqual([]);
    expect(created.paymentInitiation).toMatchObject({ reference: "VENDORS6", status: "NEW", directDebitAccountId: 7, transferWiseId: null });
    const read = (await h.request(BatchGroupPaymentInitiationDocument, { id: cadGroup.id, wiseId: created.paymentInitiation!.wiseId })).body.data!.node;
    expect(read).toEqual({ paymentInitiation: { wiseId: created.paymentInitiation!.wiseId, reference: "VENDORS6", status: "NEW", directDebitAccountId: 7 } });

    const second = (await h.request(BatchGroupPaymentInitiationCreateDocument, { input: { batchGroupId: cadGroup.id, directDebitAccountId: 7 } })).body.data!
      .batchGroupPaymentInitiationCreate;
    expect(second.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    const fund = (await h.request(BatchGroupFundDocument, { input: { batchGroupId: cadGroup.id } })).body.data!.batchGroupFund;
    expect(fund.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
  });

  it("a GBP group cannot be paid by direct debit", async () => {
    const group = await completedGroup(["9.00"]);
    const refused = (await h.request(BatchGroupPaymentInitiationCreateDocument, { input: { batchGroupId: group.id, directDebitAccountId: 7 } })).body.data!
      .batchGroupPaymentInitiationCreate;
    expect(refused).toMatchObject({ paymentInitiation: null, userErrors: [expect.objectContaining({ code: "NOT_ALLOWED" })] });
  });
});

describe("bulk settlement", () => {
  it("sends a journal of transfers once; a wrong amount or a repeat is a userError on the transfer", async () => {
    const { transfer } = await newTransfer(h, "60.00");
    const line = (sourceAmount: string) => ({
      transferId: transfer.id,
      date: "2025-06-30T10:00:00Z",
      sourceAmount,
      sourceCurrency: "GBP",
      customerName: "Alice Example",
      partnerReference: "P-1",
    });
    const journal = (sourceAmount: string) => ({ settlementReference: "TPFB0630", settlementDate: "2025-06-30T23:59:59Z", transfers: [line(sourceAmount)] });

    const badReference = (await h.request(BulkSettlementCreateDocument, { input: { ...journal("60.00"), settlementReference: "X1" } })).body.data!.bulkSettlementCreate;
    expect(badReference).toEqual({ accepted: false, transferCount: 0, userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "settlementReference"] })] });

    const wrong = (await h.request(BulkSettlementCreateDocument, { input: journal("59.99") })).body.data!.bulkSettlementCreate;
    expect(wrong.accepted).toBe(false);
    expect(wrong.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "transfers", "0", "sourceAmount"] })]);

    const sent = (await h.request(BulkSettlementCreateDocument, { input: journal("60.00") })).body.data!.bulkSettlementCreate;
    expect(sent).toEqual({ accepted: true, transferCount: 1, userErrors: [] });
    const repeat = (await h.request(BulkSettlementCreateDocument, { input: journal("60.00") })).body.data!.bulkSettlementCreate;
    expect(repeat.accepted).toBe(false);
    expect(repeat.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "transfers", "0", "transferId"] })]);
  });

  it("with a settlement currency every transfer needs its rate", async () => {
    const { transfer } = await newTransfer(h, "61.00");
    const input = {
      settlementReference: "TPFB0701",
      settlementDate: "2025-07-01T23:59:59Z",
      settlementCurrency: "USD",
      transfers: [{ transferId: transfer.id, date: "2025-07-01T10:00:00Z", sourceAmount: "61.00", sourceCurrency: "GBP", customerName: "Alice", partnerReference: "P-2" }],
    };
    const calls = (await h.stats()).total;
    const missing = (await h.request(BulkSettlementCreateDocument, { input })).body.data!.bulkSettlementCreate;
    expect(missing.userErrors).toEqual([expect.objectContaining({ code: "REQUIRED", field: ["input", "transfers", "0", "exchangeRate"] })]);
    expect((await h.stats()).total).toBe(calls);
    const sent = (await h.request(BulkSettlementCreateDocument, { input: { ...input, transfers: [{ ...input.transfers[0], exchangeRate: "1.27" }] } })).body.data!
      .bulkSettlementCreate;
    expect(sent).toEqual({ accepted: true, transferCount: 1, userErrors: [] });
  });
});

describe("bulk settlement is the partner backend's", () => {
  const SECRET = "partner-backend-secret-for-batch-tests";
  let partner: Harness;
  beforeAll(async () => {
    partner = await startHarness({ server: { partnerBackend: { secret: SECRET } } });
  });
  afterAll(async () => {
    await partner.close();
  });

  it("is FORBIDDEN without x-partner-secret, before any Wise call, and answers the backend that sends it", async () => {
    const { transfer } = await newTransfer(partner, "62.00");
    const input = {
      settlementReference: "TPFB0702",
      settlementDate: "2025-07-02T23:59:59Z",
      transfers: [{ transferId: transfer.id, date: "2025-07-02T10:00:00Z", sourceAmount: "62.00", sourceCurrency: "GBP", customerName: "Alice", partnerReference: "P-3" }],
    };
    const calls = (await partner.stats()).total;
    const refused = await partner.request(BulkSettlementCreateDocument, { input });
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    expect((await partner.stats()).total).toBe(calls);
    const sent = await partner.request(BulkSettlementCreateDocument, { input }, { headers: { "x-partner-secret": SECRET } });
    expect(sent.body.data!.bulkSettlementCreate).toEqual({ accepted: true, transferCount: 1, userErrors: [] });
  });
});
