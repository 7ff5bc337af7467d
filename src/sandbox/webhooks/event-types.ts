// The event types a webhook subscription may name (`trigger_on`): which subscription level may
// receive each (profile, application), the schema versions it is sent in, and the shape of its
// `data` as Wise documents it, which test notifications fill with ids of 0, random UUIDs and
// the current time. Generated once from Wise's event-type examples; edit by hand from now on.

/** One event type Wise sends webhooks for. */
export interface WebhookEventType {
  /** Wise's name, e.g. "transfers#state-change". */
  name: string;
  /** Whether a profile subscription may receive it. */
  profile: boolean;
  /** Whether an application subscription may receive it. */
  application: boolean;
  /** The schema versions (`delivery.version`) it is sent in, oldest first. */
  versions: readonly string[];
  /** The shape of its `data` (schema of the first version; later ones differ only in timestamps). */
  sample: Readonly<Record<string, unknown>>;
}

export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = [
  {
    name: "transfers#state-change",
    profile: true,
    application: true,
    versions: ["2.0.0", "4.0.0"],
    sample: {
      resource: { type: "transfer", id: 111, profile_id: 222, account_id: 333 },
      current_state: "processing",
      previous_state: "incoming_payment_waiting",
      occurred_at: "2020-01-01T12:34:56Z",
    },
  },
  {
    name: "transfers#active-cases",
    profile: true,
    application: false,
    versions: ["2.0.0", "4.0.0"],
    sample: { resource: { type: "transfer", id: 111, profile_id: 222, account_id: 333 }, active_cases: ["deposit_amount_less_invoice"] },
  },
  {
    name: "account-details-payment#state-change",
    profile: true,
    application: true,
    versions: ["2.0.0", "4.0.0"],
    sample: {
      account_details_id: "1",
      target_account_id: "12345",
      resource: { id: 12345, profile_id: 1 },
      transfer: { id: "36c3f762-560d-4f07-84f9-5d8a3cacabbb", type: "credit", amount: 1.23, currency: "EUR" },
      sender: { name: "Test Sender", account_number: "12345678", bank_code: "TESTBANK", address: "Test Address" },
      current_status: "PENDING",
      previous_status: null,
      occurred_at: "2024-01-01T12:34:56Z",
    },
  },
  {
    name: "balances#credit",
    profile: true,
    application: false,
    versions: ["2.0.0"],
    sample: {
      resource: { type: "balance-account", id: 111, profile_id: 222 },
      transaction_type: "credit",
      amount: 1.23,
      currency: "EUR",
      post_transaction_balance_amount: 2.34,
      occurred_at: "2020-01-01T12:34:56Z",
    },
  },
  {
    name: "balances#update",
    profile: true,
    application: true,
    versions: ["3.0.0"],
    sample: {
      resource: { id: 2, profile_id: 2, type: "balance-account" },
      amount: 70,
      balance_id: 111,
      channel_name: "TRANSFER",
      currency: "GBP",
      occurred_at: "2023-03-08T14:55:38Z",
      post_transaction_balance_amount: 88.93,
      step_id: 1234567,
      transaction_type: "credit",
      transfer_reference: "BNK-1234567",
    },
  },
  {
    name: "balances#account-state-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: { resource: { type: "balance-account", id: 123, profile_id: 555, state: "INACTIVE" }, occurred_at: "2020-01-01T12:34:56Z" },
  },
  {
    name: "profiles#verification-state-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: { resource: { type: "profile", id: 111 }, current_state: "verified", occurred_at: "2020-01-01T12:34:56Z" },
  },
  {
    name: "batch-payment-initiations#state-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: { id: 12345, batchGroupId: "068e186d-9632-4937-b753-af3e53f4d0b0", profileId: 2 },
      previousStatus: "NEW",
      newStatus: "PROCESSING",
      occurredAt: "2021-04-13T19:51:41.423404Z",
      returnCode: "200",
    },
  },
  {
    name: "transfers#payout-failure",
    profile: true,
    application: true,
    versions: ["2.0.0"],
    sample: {
      transfer_id: 111,
      profile_id: 222,
      failure_reason_code: "WRONG_ID_NUMBER",
      failure_description: "Invalid recipient's ID document number",
      occurred_at: "2023-08-10T10:17:23.000+00:00",
    },
  },
  {
    name: "transfers#refund",
    profile: true,
    application: true,
    versions: ["1.0.0"],
    sample: { resource: { type: "transfer", id: 111, profile_id: 222, account_id: 333, refund_amount: 5000, refund_currency: "EUR" }, occurred_at: "2024-01-01T12:34:56Z" },
  },
  {
    name: "swift-in#credit",
    profile: true,
    application: true,
    versions: ["3.0.0"],
    sample: {
      action: { type: "credit", id: 12345, profile_id: 222, account_id: 333 },
      resource: {
        id: "55555",
        uetr: "f875814b-7d44-4d1b-a499-123456789abcde",
        reference: "/RFB/BET072",
        recipient: { name: "JOHN SMITH", address: "EVERGREEN AVE, 6, BRUSSELS, BE", account: "BE1234567891234" },
        sender: { name: "GEORGE SMITH", address: "EVERGREEN STREET, 10, BRUSSELS, BE", account: "EE947700771111111111", bank_code: { value: "ABNABE2AIDJ", type: "BIC" } },
        exchange_rate: 0.8,
        instructed_amount: { value: 1000, currency: "USD" },
        settled_amount: { value: 786.54, currency: "GBP" },
        fee: {
          wise: [{ type: "conversion", value: 2.76, currency: "GBP" }],
          correspondent: [
            { value: 4.5, currency: "USD" },
            { value: 2.1, currency: "GBP" },
            { value: 5, currency: "GBP" },
          ],
        },
        transaction_time: "2023-08-21T12:34:56Z",
      },
      occurred_at: "2023-08-21T12:34:56Z",
    },
  },
  {
    name: "cards#transaction-state-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: { profile_id: 123456, client_id: "your-bank", card_token: "136b29e4-7eab-4dac-a017-438d494ef6cb", card_last_digits: "1234", type: "card" },
      transaction_id: 12345,
      transaction_type: "CASH_WITHDRAWAL",
      is_debit: true,
      transaction_step_type: "CAPTURE",
      decline_reason: null,
      transaction_state: "COMPLETED",
      transaction_amount: { value: 100.0, currency: "EUR" },
      is_amount_confirmed: true,
      fees: [{ amount: 1.0, currency: "EUR", fee_type: "ATM_WITHDRAWAL" }],
      transaction_amount_with_fees: { value: 101.0, currency: "EUR" },
      billing_amount: { value: 100.0, currency: "EUR" },
      authorisation_method: "CHIP_AND_PIN",
      pin_validation_result: "ONLINE_PIN_VALIDATED",
      approval_code: "913647",
      purge_time: "2022-08-22T11:10:41Z",
      balance_transaction_id: 12345,
      balance_movements: [{ creation_time: "2024-12-02T04:17:40Z", balance_id: 123, type: "debit", amount: { currency: "AUD", value: 165.96 } }],
      debits: [
        {
          balance_id: 123,
          debited_amount: { value: 165.96, currency: "AUD" },
          for_amount: { value: 101.0, currency: "EUR" },
          rate: 0.61223252,
          fee: { value: 0.99, currency: "AUD" },
        },
      ],
      credit: null,
      merchant: {
        name: "Test Payment",
        location: { country: "France", city: "Rouen", postCode: "00000", state: null },
        category: { code: "6011", description: "6011 Z Member Financial Institution" },
      },
      arn: "04300014127798385983852",
      creation_time: "2022-08-15T11:10:41Z",
      occurred_at: "2022-08-15T11:10:41Z",
    },
  },
  {
    name: "profiles#cdd-check-state-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: { resource: { type: "profile", id: 111 }, current_state: "VERIFIED", required_evidences: [], occurred_at: "2020-01-01T12:34:56Z" },
  },
  {
    name: "cards#card-status-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: { profile_id: 123456, client_id: "your-bank", card_token: "ABCD-1234-ABCD-1234-ABCD", type: "card" },
      card_status: "FROZEN",
      changed_by: "internal_system",
      occurred_at: "2022-08-22T07:49:50Z",
    },
  },
  {
    name: "cards#card-order-status-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: {
        type: "card",
        profile_id: "123456",
        client_id: "your-bank",
        card_token: "35050a4a-9521-426e-8109-1396e3687a3e",
        card_program: "VISA_DEBIT_CONSUMER_UK_1_PHYSICAL_CARDS_API",
      },
      order_id: "1001L",
      order_status: "PRODUCED",
      delivery_vendor: "DHL",
      occurred_at: "2023-01-01T12:24:56Z",
    },
  },
  {
    name: "cards#card-production-status-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: { type: "card", profile_id: "123456", client_id: "your-bank", card_token: "35050a4a-9521-426e-8109-1396e3687a3e" },
      status: "PRODUCED",
      kiosk_id: "WIS00001",
      error_code: null,
      description: "Card produced",
      occurred_at: "2024-01-01T12:24:560Z",
    },
  },
  {
    name: "partner-support#case-changed",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: {
        case_id: 136,
        case_type: "GENERAL_ENQUIRY",
        details: { transfer_id: 12345678, user_id: 12345678, profile_id: 12345678 },
        status: "PENDING",
        type: "partner-support-case",
      },
      type: "NEW_CASE",
      occurred_at: "2023-06-23T09:45:34Z",
    },
  },
  {
    name: "transaction-disputes#update",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: { id: "39f893e3-4b0c-4850-9c5c-8cb8f4798a43", profile_id: 16605997, transaction_id: 4337, type: "transaction-dispute" },
      reason: "WRONG_AMOUNT",
      status: "CLOSED",
      sub_status: "WITHDRAWN",
      status_message: "Withdrawn",
      created_at: "2024-04-18T06:17:12Z",
      created_by: "6097861",
      can_withdraw: false,
      occurred_at: "2024-04-18T06:36:15Z",
    },
  },
  {
    name: "bulk-settlement#payment-received",
    profile: false,
    application: true,
    versions: ["2.0.0", "3.0.0"],
    sample: {
      resource: { settlement_reference: "TPFB1111111", source_currency: "GBP", source_amount: -100.1, target_amount: 100.1, amount_matched: true },
      occurred_at: "2024-04-18T06:36:15Z",
    },
  },
  {
    name: "users#state-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: { id: 1234, type: "user" },
      previous_state: "ACTIVE",
      current_state: "WITHDRAW_ONLY",
      deactivation_type: "ACCOUNT_SUSPENSION",
      deactivation_reason: "REQUESTED_BY_CUSTOMER_CS",
      occurred_at: "2020-01-01T12:34:567Z",
    },
  },
  {
    name: "kyc-reviews#state-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      resource: {
        id: "46e1a5c4-4a9b-4563-39d3-18174d3ac0f8",
        state: "WAITING_CUSTOMER_INPUT",
        profileId: 22016766,
        requiredBy: "2024-09-03T16:22:02.257725",
        createdAt: "2024-09-03T16:22:02.257725",
        updatedAt: "2024-09-03T16:29:41.147522",
        triggerReferences: [{ type: "QUOTE", triggerData: { id: "ba83s43a-f623-46f0-956d-196c13e2ab01" } }],
      },
    },
  },
  {
    name: "cards#3ds-challenge",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      challenge_expires_after: 300,
      challenge_method: "PUSH",
      occurred_at: "2024-09-05T06:47:15Z",
      resource: { card_token: "3ab81206-d258-4caf-cea5-60067ba82404", client_id: "tw-test-card-issuance", profile_id: 29751964, type: "card" },
      transaction: {
        channel: "browser",
        merchant: { category: null, country: "AD", name: "Cards API BBT", url: "http://intrepid-fav.net" },
        money_value: { currency: "EUR", value: 100 },
        reference: "148990660",
      },
    },
  },
  {
    name: "profiles#overdraft-limit-threshold",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: { resource: { type: "profile", id: 111 }, overdraft: { used: 12000, limit: 20000, currency: "EUR" } },
  },
  {
    name: "account-details-order#order-state-change",
    profile: false,
    application: true,
    versions: ["2.0.0"],
    sample: {
      creation_time: "2025-08-08T07:49:27Z",
      currency: "CAD",
      is_account_details_issued: false,
      modification_time: "2025-08-08T07:49:30Z",
      order_id: "01989c58-45e4-71dd-9373-7d999e992f99",
      order_status: "REQUIREMENTS_FULFILLED",
      profile_id: 28835473,
      requirements: [{ status: "DONE", type: "VERIFICATION" }],
    },
  },
];

const BY_NAME = new Map(WEBHOOK_EVENT_TYPES.map((type) => [type.name, type]));

/** The event type of this name, or undefined when Wise has none. */
export function webhookEventType(name: string): WebhookEventType | undefined {
  return BY_NAME.get(name);
}
