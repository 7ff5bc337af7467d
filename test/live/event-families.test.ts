// Every event family's Subscription field, each fed a Wise event in the data shape Wise
// documents for its type, each carrying the changed object read from the sandbox with the
// subscriber's token (Transfer, Balance, Profile, MultiCurrencyAccount, KycReview, BatchGroup),
// and money as exact decimal strings.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "graphql";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eventually, personalProfile, subscribe, wiseEvent, wsClient, type SeededTransfer, type TestClient } from "./ws-clients.js";

let h: Harness;
let client: TestClient;
let profileId: string;
let wiseProfileId: number;
let transfer: SeededTransfer;
let balances: { id: string; wiseId: number; currency: string; amount: { amount: string } }[];

async function graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await h.request<T, Record<string, unknown>>(parse(query) as never, variables, { token: h.alice.token });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

/** Subscribes, publishes one event once the subscription is registered, and answers the one result. */
async function deliver(query: string, event: ReturnType<typeof wiseEvent>): Promise<Record<string, unknown>> {
  const before = h.server.subscriptions.size;
  const stream = subscribe(client.client, query, { p: profileId });
  await eventually(() => h.server.subscriptions.size === before + 1);
  await h.server.events.publish(event);
  const [result] = await stream.waitFor(1);
  stream.unsubscribe();
  await eventually(() => h.server.subscriptions.size === before);
  expect(result.errors).toBeUndefined();
  return result.data as Record<string, unknown>;
}

beforeAll(async () => {
  h = await startHarness();
  const profile = await personalProfile(h, h.alice.token);
  profileId = profile.id;
  transfer = profile.transfers[0];
  wiseProfileId = h.alice.personalProfileId;
  balances = (
    await graphql<{ profile: { balances: typeof balances } }>(
      `
        query ($id: ID!) {
          profile(id: $id) {
            balances {
              id
              wiseId
              currency
              amount {
                amount
              }
            }
          }
        }
      `,
      { id: profileId },
    )
  ).profile.balances;
  client = wsClient(h, h.alice.token);
});

afterAll(async () => {
  await client.dispose();
  await h.close();
});

describe("balance families", () => {
  it("balanceChanged from balances#update names the balance by id, with exact amounts", async () => {
    const balance = balances[0];
    const data = await deliver(
      `subscription($p: ID!) { balanceChanged(profileId: $p) { direction amount { amount currency } balanceAfter { amount } channel transferReference balance { id currency amount { amount } } } }`,
      wiseEvent(
        "balances#update",
        wiseProfileId,
        {
          resource: { id: 2, profile_id: wiseProfileId, type: "balance-account" },
          amount: 70.1,
          balance_id: balance.wiseId,
          channel_name: "TRANSFER",
          currency: balance.currency,
          occurred_at: "2023-03-08T14:55:38Z",
          post_transaction_balance_amount: 88.93,
          step_id: 1234567,
          transaction_type: "credit",
          transfer_reference: "BNK-1234567",
        },
        "3.0.0",
      ),
    );
    expect(data).toEqual({
      balanceChanged: {
        direction: "CREDIT",
        // Wise drops trailing zeros (70.1); the API writes the currency's minor units, as everywhere.
        amount: { amount: "70.10", currency: balance.currency },
        balanceAfter: { amount: "88.93" },
        channel: "TRANSFER",
        transferReference: "BNK-1234567",
        balance: { id: balance.id, currency: balance.currency, amount: { amount: balance.amount.amount } },
      },
    });
  });

  it("balanceChanged from balances#credit finds the balance by currency; `currency` narrows", async () => {
    const balance = balances[0];
    const data = await deliver(
      `subscription($p: ID!) { balanceChanged(profileId: $p, currency: "${balance.currency}") { direction amount { amount } balance { id } occurredAt } }`,
      wiseEvent("balances#credit", wiseProfileId, {
        resource: { type: "balance-account", id: 111, profile_id: wiseProfileId },
        transaction_type: "credit",
        amount: 0.1,
        currency: balance.currency,
        post_transaction_balance_amount: 2.34,
        occurred_at: "2020-01-01T12:34:56Z",
      }),
    );
    expect(data).toEqual({ balanceChanged: { direction: "CREDIT", amount: { amount: "0.10" }, balance: { id: balance.id }, occurredAt: "2020-01-01T12:34:56.000Z" } });
  });

  it("accountDetailsPaymentChanged carries the payment and its balance", async () => {
    const balance = balances[0];
    const data = await deliver(
      `subscription($p: ID!) { accountDetailsPaymentChanged(profileId: $p) { amount { amount currency } currentStatus previousStatus senderName balance { id } } }`,
      wiseEvent("account-details-payment#state-change", wiseProfileId, {
        account_details_id: "1",
        target_account_id: String(balance.wiseId),
        resource: { id: balance.wiseId, profile_id: wiseProfileId },
        transfer: { id: "36c3f762-560d-4f07-84f9-5d8a3cacabbb", type: "credit", amount: 1.23, currency: "EUR" },
        sender: { name: "Test Sender", account_number: "12345678", bank_code: "TESTBANK", address: "Test Address" },
        current_status: "PENDING",
        previous_status: null,
        occurred_at: "2024-01-01T12:34:56Z",
      }),
    );
    expect(data).toEqual({
      accountDetailsPaymentChanged: {
        amount: { amount: "1.23", currency: "EUR" },
        currentStatus: "PENDING",
        previousStatus: null,
        senderName: "Test Sender",
        balance: { id: balance.id },
      },
    });
  });
});

describe("transfer families", () => {
  const resource = () => ({ type: "transfer", id: transfer.wiseId, profile_id: wiseProfileId, account_id: 333 });

  it("transferActiveCasesChanged", async () => {
    const data = await deliver(
      `subscription($p: ID!) { transferActiveCasesChanged(profileId: $p) { activeCases transfer { id } } }`,
      wiseEvent("transfers#active-cases", wiseProfileId, { resource: resource(), active_cases: ["deposit_amount_less_invoice"] }),
    );
    expect(data).toEqual({ transferActiveCasesChanged: { activeCases: ["deposit_amount_less_invoice"], transfer: { id: transfer.id } } });
  });

  it("transferPayoutFailed", async () => {
    const data = await deliver(
      `subscription($p: ID!) { transferPayoutFailed(profileId: $p) { failureCode failureDescription occurredAt transfer { id status } } }`,
      wiseEvent("transfers#payout-failure", wiseProfileId, {
        transfer_id: transfer.wiseId,
        profile_id: wiseProfileId,
        failure_reason_code: "WRONG_ID_NUMBER",
        failure_description: "Invalid recipient's ID document number",
        occurred_at: "2023-08-10T10:17:23.000+00:00",
      }),
    );
    expect(data).toEqual({
      transferPayoutFailed: {
        failureCode: "WRONG_ID_NUMBER",
        failureDescription: "Invalid recipient's ID document number",
        occurredAt: "2023-08-10T10:17:23.000Z",
        transfer: { id: transfer.id, status: transfer.status },
      },
    });
  });

  it("transferRefunded, with the refund exact", async () => {
    const data = await deliver(
      `subscription($p: ID!) { transferRefunded(profileId: $p) { refundAmount { amount currency } transfer { id } } }`,
      wiseEvent("transfers#refund", wiseProfileId, { resource: { ...resource(), refund_amount: 5000.07, refund_currency: "EUR" }, occurred_at: "2024-01-01T12:34:56Z" }, "1.0.0"),
    );
    expect(data).toEqual({ transferRefunded: { refundAmount: { amount: "5000.07", currency: "EUR" }, transfer: { id: transfer.id } } });
  });
});

describe("profile families", () => {
  it("profileVerificationChanged carries the profile", async () => {
    const data = await deliver(
      `subscription($p: ID!) { profileVerificationChanged(profileId: $p) { currentState verified profile { id } } }`,
      wiseEvent("profiles#verification-state-change", wiseProfileId, {
        resource: { type: "profile", id: wiseProfileId },
        current_state: "verified",
        occurred_at: "2020-01-01T12:34:56Z",
      }),
    );
    expect(data).toEqual({ profileVerificationChanged: { currentState: "verified", verified: true, profile: { id: profileId } } });
  });

  it("balanceAccountStateChanged carries the multi-currency account", async () => {
    const { profile } = await graphql<{ profile: { multiCurrencyAccount: { id: string } | null } }>(
      `
        query ($id: ID!) {
          profile(id: $id) {
            multiCurrencyAccount {
              id
            }
          }
        }
      `,
      { id: profileId },
    );
    const data = await deliver(
      `subscription($p: ID!) { balanceAccountStateChanged(profileId: $p) { state account { id } } }`,
      wiseEvent("balances#account-state-change", wiseProfileId, {
        resource: { type: "balance-account", id: 123, profile_id: wiseProfileId, state: "INACTIVE" },
        occurred_at: "2020-01-01T12:34:56Z",
      }),
    );
    expect(data).toEqual({ balanceAccountStateChanged: { state: "INACTIVE", account: { id: profile.multiCurrencyAccount!.id } } });
  });

  it("kycReviewChanged carries the review", async () => {
    const created = await graphql<{ kycReviewCreate: { kycReview: { id: string; wiseId: string } } }>(
      `
        mutation ($input: KycReviewCreateInput!) {
          kycReviewCreate(input: $input) {
            kycReview {
              id
              wiseId
            }
          }
        }
      `,
      { input: { profileId, type: "PROACTIVE_SEND_MONEY" } },
    );
    const review = created.kycReviewCreate.kycReview;
    const data = await deliver(
      `subscription($p: ID!) { kycReviewChanged(profileId: $p) { state kycReview { id } } }`,
      wiseEvent("kyc-reviews#state-change", wiseProfileId, {
        resource: {
          id: review.wiseId,
          state: "WAITING_CUSTOMER_INPUT",
          profileId: wiseProfileId,
          createdAt: "2024-09-03T16:22:02.257725",
          updatedAt: "2024-09-03T16:29:41.147522",
        },
      }),
    );
    expect(data).toEqual({ kycReviewChanged: { state: "WAITING_CUSTOMER_INPUT", kycReview: { id: review.id } } });
  });

  it("batchPaymentInitiationChanged carries the batch group", async () => {
    const created = await graphql<{ batchGroupCreate: { batchGroup: { id: string; wiseId: string } } }>(
      `
        mutation ($input: BatchGroupCreateInput!) {
          batchGroupCreate(input: $input) {
            batchGroup {
              id
              wiseId
            }
          }
        }
      `,
      { input: { profileId, currency: "GBP", name: "Live updates" } },
    );
    const group = created.batchGroupCreate.batchGroup;
    const data = await deliver(
      `subscription($p: ID!) { batchPaymentInitiationChanged(profileId: $p) { paymentInitiationWiseId previousStatus currentStatus returnCode batchGroup { id } } }`,
      wiseEvent("batch-payment-initiations#state-change", wiseProfileId, {
        resource: { id: 12345, batchGroupId: group.wiseId, profileId: wiseProfileId },
        previousStatus: "NEW",
        newStatus: "PROCESSING",
        occurredAt: "2021-04-13T19:51:41.423404Z",
        returnCode: "200",
      }),
    );
    expect(data).toEqual({
      batchPaymentInitiationChanged: { paymentInitiationWiseId: 12345, previousStatus: "NEW", currentStatus: "PROCESSING", returnCode: "200", batchGroup: { id: group.id } },
    });
  });

  it("accountDetailsOrderChanged", async () => {
    const data = await deliver(
      `subscription($p: ID!) { accountDetailsOrderChanged(profileId: $p) { orderId currency status accountDetailsIssued requirements { type status } occurredAt } }`,
      wiseEvent("account-details-order#order-state-change", wiseProfileId, {
        creation_time: "2025-08-08T07:49:27Z",
        currency: "CAD",
        is_account_details_issued: false,
        modification_time: "2025-08-08T07:49:30Z",
        order_id: "01989c58-45e4-71dd-9373-7d999e992f99",
        order_status: "REQUIREMENTS_FULFILLED",
        profile_id: wiseProfileId,
        requirements: [{ status: "DONE", type: "VERIFICATION" }],
      }),
    );
    expect(data).toEqual({
      accountDetailsOrderChanged: {
        orderId: "01989c58-45e4-71dd-9373-7d999e992f99",
        currency: "CAD",
        status: "REQUIREMENTS_FULFILLED",
        accountDetailsIssued: false,
        requirements: [{ type: "VERIFICATION", status: "DONE" }],
        occurredAt: "2025-08-08T07:49:30.000Z",
      },
    });
  });

  it("swiftCreditReceived, with exact amounts", async () => {
    const data = await deliver(
      `subscription($p: ID!) { swiftCreditReceived(profileId: $p) { transferWiseId settledAmount { amount currency } instructedAmount { amount currency } reference senderName uetr } }`,
      wiseEvent(
        "swift-in#credit",
        wiseProfileId,
        {
          action: { type: "credit", id: 12345, profile_id: wiseProfileId, account_id: 333 },
          resource: {
            id: "55555",
            uetr: "f875814b-7d44-4d1b-a499-123456789abc",
            reference: "/RFB/BET072",
            sender: { name: "GEORGE SMITH" },
            exchange_rate: 0.8,
            instructed_amount: { value: 1000, currency: "USD" },
            settled_amount: { value: 786.54, currency: "GBP" },
          },
          occurred_at: "2024-01-01T12:34:56Z",
        },
        "3.0.0",
      ),
    );
    expect(data).toEqual({
      swiftCreditReceived: {
        transferWiseId: 12345,
        settledAmount: { amount: "786.54", currency: "GBP" },
        instructedAmount: { amount: "1000.00", currency: "USD" },
        reference: "/RFB/BET072",
        senderName: "GEORGE SMITH",
        uetr: "f875814b-7d44-4d1b-a499-123456789abc",
      },
    });
  });
});

describe("an event whose data is off Wise's shape", () => {
  it("is an error on that event; the subscription goes on", async () => {
    const before = h.server.subscriptions.size;
    const stream = subscribe(client.client, `subscription($p: ID!) { transferRefunded(profileId: $p) { transferId } }`, { p: profileId });
    await eventually(() => h.server.subscriptions.size === before + 1);
    await h.server.events.publish(wiseEvent("transfers#refund", wiseProfileId, { resource: { id: "not a number" } }));
    await h.server.events.publish(wiseEvent("transfers#refund", wiseProfileId, { resource: { type: "transfer", id: transfer.wiseId, profile_id: wiseProfileId } }));
    const [broken, fine] = await stream.waitFor(2);
    expect(broken.errors).toEqual([expect.objectContaining({ extensions: { code: "UPSTREAM_UNAVAILABLE" } })]);
    expect(fine.data).toEqual({ transferRefunded: { transferId: transfer.id } });
    stream.unsubscribe();
  });
});
