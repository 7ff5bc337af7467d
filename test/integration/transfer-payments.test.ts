import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { TransferCancelDocument, TransferFundDocument, TransferPaymentsDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { newTransfer } from "../helpers/money.js";

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

const ROUTE = "GET /v1/transfers/:transferId/payments";

async function paymentsOf(id: string, token = h.alice.token) {
  return h.request(TransferPaymentsDocument, { id }, { token });
}

describe("Transfer.payments", () => {
  it("is empty while the transfer waits to be paid", async () => {
    const { transfer } = await newTransfer(h);
    const response = await paymentsOf(transfer.id);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.node).toMatchObject({ status: "INCOMING_PAYMENT_WAITING", payments: [] });
  });

  it("lists the balance payment once funded: the exact amount debited, in the source currency", async () => {
    const { transfer } = await newTransfer(h, "123.45");
    const funded = (await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund;
    expect(funded.userErrors).toEqual([]);
    const fundedTransfer = funded.transfer!;
    const response = await paymentsOf(transfer.id);
    expect(response.body.errors).toBeUndefined();
    const node = response.body.data!.node as {
      payments: Array<{ wiseId: number; method: string; amount: { amount: string; currency: string }; createdAt: string; updatedAt: string | null }>;
    };
    expect(node.payments).toHaveLength(1);
    const [payment] = node.payments;
    expect(payment.method).toBe("BALANCE");
    expect(payment.amount.currency).toBe("GBP");
    // The amount is a decimal string at GBP's scale, equal to what Wise says it paid.
    expect(payment.amount.amount).toMatch(/^\d+\.\d{2}$/);
    const rest = await h.rest<Array<{ id: number; amount: number; timeCreated: string }>>(`/v1/transfers/${fundedTransfer.wiseId}/payments`, h.alice.token);
    expect(rest).toHaveLength(1);
    expect(payment.wiseId).toBe(rest[0].id);
    expect(new Big(payment.amount.amount).eq(new Big(String(rest[0].amount)))).toBe(true);
    expect(payment.createdAt).toBe(new Date(rest[0].timeCreated).toISOString());
    // Funding debited sourceValue plus the fee: the payment is not the bare sourceValue.
    expect(new Big(payment.amount.amount).gt(new Big(fundedTransfer.sourceAmount.amount))).toBe(true);
  });

  it("keeps the payment after the funded transfer is cancelled and refunded", async () => {
    const { transfer } = await newTransfer(h);
    expect((await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund.userErrors).toEqual([]);
    const cancelled = (await h.request(TransferCancelDocument, { input: { transferId: transfer.id } })).body.data!.transferCancel;
    const response = await paymentsOf(transfer.id);
    expect(response.body.errors).toBeUndefined();
    const node = response.body.data!.node as { status: string; payments: unknown[] };
    if (cancelled.userErrors.length === 0) expect(node.status).toBe("CANCELLED");
    expect(node.payments).toHaveLength(1);
  });

  it("asks Wise once per transfer in a request, even when asked twice", async () => {
    const { transfer } = await newTransfer(h);
    const before = (await h.stats()).routes[ROUTE] ?? 0;
    const res = await h.raw(
      JSON.stringify({
        query: `query($id: ID!) { a: node(id: $id) { ... on Transfer { payments { wiseId } } } b: node(id: $id) { ... on Transfer { payments { method } } } }`,
        variables: { id: transfer.id },
      }),
      { token: h.alice.token },
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).errors).toBeUndefined();
    expect(((await h.stats()).routes[ROUTE] ?? 0) - before).toBe(1);
  });

  it("is not readable by another user", async () => {
    const { transfer } = await newTransfer(h);
    const response = await paymentsOf(transfer.id, h.bob.token);
    expect(response.body.data?.node ?? null).toBeNull();
    expect(response.text).not.toContain('"payments"');
  });
});
