import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { TransferCancelDocument, TransferDeliveryEstimateDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { newTransfer } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function estimateOf(id: string, token = h.alice.token) {
  return h.request(TransferDeliveryEstimateDocument, { id }, { token });
}

describe("Transfer.deliveryEstimate", () => {
  it("is Wise's estimate, the same instant the transfer's quote promised", async () => {
    const { transfer } = await newTransfer(h);
    const response = await estimateOf(transfer.id);
    expect(response.body.errors).toBeUndefined();
    const node = response.body.data!.node as { deliveryEstimate: string | null; quote: { selectedPaymentOption: { payIn: string; estimatedDelivery: string } } };
    const rest = await h.rest<{ estimatedDeliveryDate: string }>(`/v1/delivery-estimates/${transfer.wiseId}`, h.alice.token);
    expect(node.deliveryEstimate).toBe(new Date(rest.estimatedDeliveryDate.replace("+0000", "Z")).toISOString());
    expect(Date.parse(node.deliveryEstimate!)).toBeGreaterThan(Date.now());
    // The estimate is counted from today while the transfer waits, so it equals the quote's on the day it is made.
    const quoted = node.quote.selectedPaymentOption;
    expect(quoted.payIn).toBe("BALANCE");
    if (new Date().toISOString().slice(0, 10) === new Date(transfer.createdAt).toISOString().slice(0, 10)) {
      expect(node.deliveryEstimate).toBe(new Date(quoted.estimatedDelivery).toISOString());
    }
  });

  it("is null once the transfer is cancelled: that money will not arrive", async () => {
    const { transfer } = await newTransfer(h);
    const cancelled = (await h.request(TransferCancelDocument, { input: { transferId: transfer.id } })).body.data!.transferCancel;
    expect(cancelled.userErrors).toEqual([]);
    const response = await estimateOf(transfer.id);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data!.node).toMatchObject({ status: "CANCELLED", deliveryEstimate: null });
  });

  it("is not readable by another user", async () => {
    const { transfer } = await newTransfer(h);
    const response = await estimateOf(transfer.id, h.bob.token);
    expect(response.body.data?.node ?? null).toBeNull();
    expect(response.text).not.toContain('"deliveryEstimate"');
  });
});
