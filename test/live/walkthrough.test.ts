// The live-updates walkthrough end to end on one instance, with nothing published by hand: the
// embedded sandbox sends its signed webhooks to the server's /webhooks/wise (as `npm start` sets
// up), the server verifies them and a real graphql-ws client subscribed to one transfer receives
// each state of it once, in order, while GraphQL mutations fund and simulate it.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { TransferFundDocument, TransferSimulateDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { newTransfer, personalProfileId } from "../helpers/money.js";
import { eventually, subscribe, TRANSFER_STATE_CHANGED, wsClient } from "./ws-clients.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ webhooks: true });
});

afterAll(async () => {
  await h.close();
});

type BalanceChange = {
  balanceChanged: {
    direction: string;
    amount: { amount: string; currency: string };
    balanceAfter: { amount: string } | null;
    balance: { currency: string; amount: { amount: string } };
  };
};
type StateChange = { transferStateChanged: { previousStatus: string | null; currentStatus: string; transferId: string; transfer: { id: string; status: string } } };

describe("following a transfer live", () => {
  it("receives each state the sandbox's webhooks tell of, once, in order, with the transfer as it is then", async () => {
    const { transfer, quote } = await newTransfer(h, "30.00");
    const client = wsClient(h, h.alice.token);
    try {
      const stream = subscribe<StateChange>(client.client, TRANSFER_STATE_CHANGED, { profileId: personalProfileId(h), transferId: transfer.id });
      const balances = subscribe<BalanceChange>(
        client.client,
        `subscription($p: ID!) { balanceChanged(profileId: $p) { direction amount { amount currency } balanceAfter { amount } balance { currency amount { amount } } } }`,
        { p: personalProfileId(h) },
      );
      await eventually(() => h.server.subscriptions.size === 2);

      const funded = await h.request(TransferFundDocument, { input: { transferId: transfer.id } });
      expect(funded.body.data!.transferFund.userErrors).toEqual([]);
      const steps = ["PROCESSING", "FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT"] as const;
      for (const status of steps) {
        const simulated = await h.request(TransferSimulateDocument, { input: { transferId: transfer.id, status } });
        expect(simulated.body.data!.transferSimulate.userErrors).toEqual([]);
      }

      // Funding moved it to PROCESSING (one event); simulating PROCESSING again changed nothing.
      const results = await stream.waitFor(3, 15_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(stream.results).toHaveLength(3);
      expect(results.every((r) => r.errors === undefined)).toBe(true);
      expect(stream.results.map((r) => [r.data!.transferStateChanged.previousStatus, r.data!.transferStateChanged.currentStatus])).toEqual([
        ["INCOMING_PAYMENT_WAITING", "PROCESSING"],
        ["PROCESSING", "FUNDS_CONVERTED"],
        ["FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT"],
      ]);
      expect(stream.results.every((r) => r.data!.transferStateChanged.transferId === transfer.id)).toBe(true);
      // Each event's transfer is read from Wise when it is sent: the last one is where it ended.
      expect(stream.results.at(-1)!.data!.transferStateChanged.transfer).toEqual({ id: transfer.id, wiseId: transfer.wiseId, status: "OUTGOING_PAYMENT_SENT" });

      // The funding's debit, as balances#update told it, with the balance read from Wise after it.
      const [debit] = await balances.waitFor(1, 15_000);
      expect(debit.errors).toBeUndefined();
      const change = debit.data!.balanceChanged;
      expect(change).toMatchObject({ direction: "DEBIT", amount: { amount: quote.sourceAmount!.amount, currency: "GBP" }, balance: { currency: "GBP" } });
      expect(change.balance.amount.amount).toBe(change.balanceAfter!.amount);
    } finally {
      await client.dispose();
    }
  });
});
