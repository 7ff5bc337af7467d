import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { toGlobalId } from "graphql-relay";
import {
  DirectDebitAccountCreateDocument,
  DirectDebitAccountsDocument,
  ProfileBalancesDocument,
  QuoteCreateDocument,
  TransferCancelDocument,
  TransferCreateDocument,
  TransferDepositDetailsDocument,
  TransferFundDocument,
  TransferSimulateDepositDocument,
  TransferSimulateDocument,
} from "../generated/graphql.js";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, newKey, newTransfer, personalProfileId } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  await h.close();
});

const DETAILS_ROUTE = "GET /v1/profiles/:profileId/transfers/:transferId/deposit-details/bank-transfer";
const DEPOSIT_ROUTE = "POST /v1/simulation/transfers/:transferId/deposit";

/** A GBP -> EUR transfer priced for payment by bank transfer, not yet paid. */
async function bankTransferTransfer(sourceAmount = "250.00") {
  const quoted = await h.request(QuoteCreateDocument, {
    input: { profileId: personalProfileId(h), sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount, preferredPayIn: "BANK_TRANSFER" },
  });
  const quote = quoted.body.data!.quoteCreate.quote!;
  const recipient = await eurRecipient(h);
  const created = await h.request(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey(), reference: "Rent" } });
  const transfer = created.body.data!.transferCreate.transfer!;
  return { quote, transfer };
}

async function balanceAmounts(): Promise<string[]> {
  const response = await h.request(ProfileBalancesDocument, { id: personalProfileId(h) });
  return response.body.data!.profile!.balances!.map((b) => `${b.currency}:${b.amount.amount}`);
}

async function routeCount(route: string): Promise<number> {
  return (await h.stats()).routes[route] ?? 0;
}

describe("paying a transfer by bank transfer", () => {
  it("shows where to send the money while the transfer waits, and the transfer does not move", async () => {
    const { transfer } = await bankTransferTransfer();
    const response = await h.request(TransferDepositDetailsDocument, { id: transfer.id });
    expect(response.body.errors).toBeUndefined();
    const node = response.body.data!.node as {
      status: string;
      depositDetails: Record<string, unknown> & { accountDetails: Array<Record<string, string | null>> };
      payments: unknown[];
    };
    expect(node.status).toBe("INCOMING_PAYMENT_WAITING");
    expect(node.payments).toEqual([]);
    expect(node.depositDetails).toMatchObject({ currency: "GBP", bankAccountType: "RECIPIENT", wiseCompanyName: "Wise Payments Limited" });
    expect(node.depositDetails.accountDetails.map((d) => d.type)).toEqual(["sortCode", "accountNumber", "recipientName"]);
    expect(node.depositDetails.accountDetails[0]).toEqual({
      type: "sortCode",
      label: "Sort code",
      value: "231470",
      formattedValue: "23-14-70",
      description: "UK bank code of the receiving bank",
    });
    // Reading the details asks Wise once and leaves the transfer waiting.
    expect(await routeCount(DETAILS_ROUTE)).toBe(1);
    const again = await h.request(TransferDepositDetailsDocument, { id: transfer.id });
    expect((again.body.data!.node as { status: string }).status).toBe("INCOMING_PAYMENT_WAITING");
  });

  it("moves the transfer to PROCESSING exactly once when the deposit arrives; a repeat counts nothing", async () => {
    const { quote, transfer } = await bankTransferTransfer("250.00");
    const balancesBefore = await balanceAmounts();

    const arrived = (await h.request(TransferSimulateDepositDocument, { input: { transferId: transfer.id } })).body.data!.transferSimulateDeposit;
    expect(arrived.userErrors).toEqual([]);
    expect(arrived.transfer).toEqual({ id: transfer.id, status: "PROCESSING" });

    const after = await h.request(TransferDepositDetailsDocument, { id: transfer.id });
    const node = after.body.data!.node as { status: string; depositDetails: unknown; payments: Array<{ method: string; amount: { amount: string; currency: string } }> };
    expect(node.status).toBe("PROCESSING");
    // No details once paid: showing them would invite a second payment. No Wise call for them either.
    expect(node.depositDetails).toBeNull();
    expect(await routeCount(DETAILS_ROUTE)).toBe(0);
    // One payment, by bank transfer, of exactly what the bank-transfer quote asked for.
    expect(node.payments).toEqual([{ method: "BANK_TRANSFER", amount: { amount: "250.00", currency: "GBP" } }]);
    expect(quote.sourceAmount).toEqual({ amount: "250.00", currency: "GBP" });
    // The money went to the transfer, not to a balance.
    expect(await balanceAmounts()).toEqual(balancesBefore);

    const repeated = (await h.request(TransferSimulateDepositDocument, { input: { transferId: transfer.id } })).body.data!.transferSimulateDeposit;
    expect(repeated.transfer).toBeNull();
    expect(repeated.userErrors).toHaveLength(1);
    expect(repeated.userErrors[0]).toMatchObject({ code: "NOT_ALLOWED", field: ["input", "transferId"] });
    const payments = (await h.request(TransferDepositDetailsDocument, { id: transfer.id })).body.data!.node as { status: string; payments: unknown[] };
    expect(payments.status).toBe("PROCESSING");
    expect(payments.payments).toHaveLength(1);
    expect(await balanceAmounts()).toEqual(balancesBefore);
    expect(await routeCount(DEPOSIT_ROUTE)).toBe(2);

    // Paying it from the balance now pays nothing: it is already paid.
    const fund = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(fund.userErrors).toEqual([]);
    expect(fund.balanceTransactionId).toBeNull();
    expect(await balanceAmounts()).toEqual(balancesBefore);

    // From here it follows Wise's usual steps.
    const step = (await h.request(TransferSimulateDocument, { input: { transferId: transfer.id, status: "FUNDS_CONVERTED" } })).body.data!.transferSimulate;
    expect(step.userErrors).toEqual([]);
    expect(step.transfer?.status).toBe("FUNDS_CONVERTED");
  });

  it("does not count a deposit for a transfer already paid from the balance, nor for a cancelled one", async () => {
    const { transfer } = await newTransfer(h);
    expect((await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund.userErrors).toEqual([]);
    const balances = await balanceAmounts();
    const paid = (await h.request(TransferSimulateDepositDocument, { input: { transferId: transfer.id } })).body.data!.transferSimulateDeposit;
    expect(paid.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    expect(await balanceAmounts()).toEqual(balances);

    const { transfer: other } = await bankTransferTransfer();
    const cancelled = (await h.request(TransferCancelDocument, { input: { transferId: other.id } })).body.data!.transferCancel;
    expect(cancelled.transfer?.status).toBe("CANCELLED");
    const late = (await h.request(TransferSimulateDepositDocument, { input: { transferId: other.id } })).body.data!.transferSimulateDeposit;
    expect(late.userErrors.map((e) => e.code)).toEqual(["NOT_ALLOWED"]);
    const details = (await h.request(TransferDepositDetailsDocument, { id: other.id })).body.data!.node as { status: string; depositDetails: unknown };
    expect(details).toMatchObject({ status: "CANCELLED", depositDetails: null });
  });

  it("answers a forged transfer id as BAD_USER_INPUT without calling Wise", async () => {
    const response = await h.request(TransferSimulateDepositDocument, { input: { transferId: "not-an-id" } });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(await routeCount(DEPOSIT_ROUTE)).toBe(0);
  });

  it("is refused for another user's transfer, which stays waiting", async () => {
    const { transfer } = await bankTransferTransfer();
    const response = await h.request(TransferSimulateDepositDocument, { input: { transferId: transfer.id } }, { token: h.bob.token });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const node = (await h.request(TransferDepositDetailsDocument, { id: transfer.id })).body.data!.node as { status: string };
    expect(node.status).toBe("INCOMING_PAYMENT_WAITING");
  });
});

describe("deposit details amounts", () => {
  it("keep the currency's scale: the bank-transfer price is paid to the cent", async () => {
    const { transfer } = await bankTransferTransfer("99.99");
    await h.request(TransferSimulateDepositDocument, { input: { transferId: transfer.id } });
    const node = (await h.request(TransferDepositDetailsDocument, { id: transfer.id })).body.data!.node as {
      sourceAmount: { amount: string };
      payments: Array<{ amount: { amount: string } }>;
    };
    expect(node.payments[0]!.amount.amount).toBe("99.99");
    // sourceAmount is what is converted: the payment less Wise's fee.
    expect(new Big(node.sourceAmount.amount).lt("99.99")).toBe(true);
  });
});

describe("direct debit accounts", () => {
  const business = () => toGlobalId("BusinessProfile", String(h.alice.businessProfileId));
  const ach = (accountNumber: string) => ({ profileId: business(), type: "ACH" as const, routingNumber: "026073150", accountNumber, accountType: "CHECKING" as const });

  it("registers accounts and lists them as a connection that pages to its end", async () => {
    const made: number[] = [];
    for (const accountNumber of ["12345678", "23456789", "34567890"]) {
      const created = (await h.request(DirectDebitAccountCreateDocument, { input: ach(accountNumber) })).body.data!.directDebitAccountCreate;
      expect(created.userErrors).toEqual([]);
      expect(created.directDebitAccount).toMatchObject({ type: "ACH", currency: "USD", routingNumber: "026073150", accountNumber, accountType: "CHECKING" });
      made.push(created.directDebitAccount!.wiseId);
    }
    const seen: number[] = [];
    const page = async (after: string | null) => {
      const response = await h.request(DirectDebitAccountsDocument, { id: business(), type: "ACH", first: 2, after });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.profile!.directDebitAccounts!;
    };
    let connection = await page(null);
    seen.push(...connection.nodes.map((n) => n.wiseId));
    expect(connection.pageInfo.hasNextPage).toBe(true);
    connection = await page(connection.pageInfo.endCursor!);
    seen.push(...connection.nodes.map((n) => n.wiseId));
    expect(connection.pageInfo.hasNextPage).toBe(false);
    expect(seen).toEqual(made);
    const eft = await h.request(DirectDebitAccountsDocument, { id: business(), type: "EFT", first: 10 });
    expect(eft.body.data!.profile!.directDebitAccounts!.nodes).toEqual([]);
  });

  it("refuses a routing or account number that cannot be right, with no Wise call and nothing created", async () => {
    const before = await routeCount("POST /v1/profiles/:profileId/direct-debit-accounts");
    const bad = (await h.request(DirectDebitAccountCreateDocument, { input: { ...ach("12"), routingNumber: "12345" } })).body.data!.directDebitAccountCreate;
    expect(bad.directDebitAccount).toBeNull();
    expect(bad.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["INVALID", ["input", "routingNumber"]],
      ["INVALID", ["input", "accountNumber"]],
    ]);
    expect(await routeCount("POST /v1/profiles/:profileId/direct-debit-accounts")).toBe(before);
    // A well-formed routing number whose ABA checksum fails is Wise's to refuse: a userError on the field.
    const checksum = (await h.request(DirectDebitAccountCreateDocument, { input: { ...ach("12345678"), routingNumber: "123456789" } })).body.data!.directDebitAccountCreate;
    expect(checksum.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "routingNumber"] })]);
    expect(h.sandbox.store.funding.directDebitAccounts.size).toBe(0);
  });

  it("is refused for another user's profile", async () => {
    const response = await h.request(DirectDebitAccountCreateDocument, { input: ach("12345678") }, { token: h.bob.token });
    expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(h.sandbox.store.funding.directDebitAccounts.size).toBe(0);
  });
});

describe("transferSimulateDeposit outside a sandbox", () => {
  it("is not in the schema served for real Wise, nor are its input and payload types", async () => {
    const real = await createSubgraphSchema({ sandboxOnlyFields: false });
    expect(real.getMutationType()!.getFields().transferSimulateDeposit).toBeUndefined();
    expect(real.getType("TransferSimulateDepositPayload")).toBeUndefined();
    expect(real.getType("TransferSimulateDepositInput")).toBeUndefined();
    // The rest of funding is Wise's and stays.
    expect(real.getMutationType()!.getFields().directDebitAccountCreate).toBeDefined();
    expect(real.getType("DepositDetails")).toBeDefined();
  });
});
