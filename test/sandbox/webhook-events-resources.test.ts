// The webhooks the sandbox's other resources raise, received by a real HTTP receiver: account
// details orders moving and payments received and returned, a batch group's direct-debit
// payment initiation and its balance funding, a profile's verification completing, KYC reviews
// changing state, and a hold limit breach opening and closing. Each in Wise's shape, signed, once
// per change, and nothing for a refused request.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import Big from "big.js";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import { startWebhookReceiver, type Received, type WebhookReceiver } from "../helpers/sandbox-event-receiver.js";

type Json = any;

let sandbox: RunningSandbox;
let receiver: WebhookReceiver;
let alice: DemoUser;

const SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice] = sandbox.users as [DemoUser];
  receiver = await startWebhookReceiver(sandbox);
});

afterAll(async () => {
  await receiver?.close();
  await sandbox?.close();
});

interface Res {
  status: number;
  body: Json;
}

async function api(method: string, path: string, body?: unknown, token = alice.token, headers: Record<string, string> = {}): Promise<Res> {
  const form = body instanceof FormData;
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined || form ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? undefined : parse(text, null, (n: string) => (/^-?\d+$/.test(n) ? Number(n) : n)) };
}

const pid = () => alice.personalProfileId;

function subscribeOnly(...specs: Array<[eventType: string, scope: { profileId?: number; version?: string }]>) {
  sandbox.store.webhooks.subscriptions.clear();
  return specs.map(([eventType, scope]) => receiver.subscribe(eventType, scope));
}

const envelope = (subscriptionId: string, eventType: string, data: unknown, version = "2.0.0") => ({
  data,
  subscription_id: subscriptionId,
  event_type: eventType,
  schema_version: version,
  sent_at: expect.stringMatching(version.startsWith("4.") ? MILLIS : SECONDS),
});

const allSigned = (list: Received[]) => expect(list.every((r) => r.signatureValid)).toBe(true);

describe("account details", () => {
  it("an order raises account-details-order#order-state-change at each move, issued at DONE", async () => {
    const [sub] = subscribeOnly(["account-details-order#order-state-change", {}]);
    const created = await api("POST", `/v1/profiles/${pid()}/account-details-orders`, { currency: "USD" });
    expect(created.status).toBe(200);
    // Ordering is the customer's own act, answered at once: only Wise's moves are told.
    expect(receiver.raisedCount()).toBe(0);
    const order = sandbox.store.accountDetailsOrders.find((o) => o.profileId === pid() && o.currency === "USD")!;
    for (let i = 0; i < 3; i++) expect((await api("POST", `/v1/simulation/profiles/${pid()}/account-details-orders/USD/next`)).status).toBe(200);
    // No open order left: refused, and nothing raised.
    expect((await api("POST", `/v1/simulation/profiles/${pid()}/account-details-orders/USD/next`)).status).toBe(422);
    const got = await receiver.settle();
    allSigned(got);
    const data = (status: string, requirements: Array<[string, string]>) =>
      envelope(sub!.id, "account-details-order#order-state-change", {
        creation_time: expect.stringMatching(SECONDS),
        currency: "USD",
        is_account_details_issued: status === "DONE",
        modification_time: expect.stringMatching(SECONDS),
        order_id: String(order.id),
        order_status: status,
        profile_id: pid(),
        requirements: requirements.map(([type, s]) => ({ status: s, type })),
      });
    expect(got.map((r) => r.envelope)).toEqual([
      data("PENDING_TW", [
        ["VERIFICATION", "PENDING_TW"],
        ["TOP_UP", "DONE"],
      ]),
      data("REQUIREMENTS_FULFILLED", [
        ["VERIFICATION", "DONE"],
        ["TOP_UP", "DONE"],
      ]),
      data("DONE", [
        ["VERIFICATION", "DONE"],
        ["TOP_UP", "DONE"],
      ]),
    ]);
  });

  it("a payment received raises the balance's events then account-details-payment#state-change COMPLETED; its return REFUNDED, once", async () => {
    const [payment2, payment4] = subscribeOnly(
      ["account-details-payment#state-change", { profileId: pid() }],
      ["account-details-payment#state-change", { version: "4.0.0" }],
      ["balances#update", { profileId: pid() }],
      ["balances#credit", { profileId: pid() }],
    );
    const received = await api("POST", `/v1/simulation/profiles/${pid()}/account-details/payments`, { currency: "GBP", amount: "125.40", senderName: "Acme Ltd" });
    expect(received.status).toBe(201);
    let got = await receiver.settle();
    allSigned(got);
    expect(got.map((r) => r.eventType)).toEqual(["balances#update", "balances#credit", "account-details-payment#state-change", "account-details-payment#state-change"]);
    const paymentData = (state: string, previous: string | null) => ({
      resource: { id: received.body.balanceId, profile_id: pid(), type: "balance-account" },
      account_details_id: String(received.body.accountDetailsId),
      target_account_id: String(received.body.balanceId),
      transfer: { id: received.body.id, type: "credit", amount: "125.4", currency: "GBP" },
      sender: { name: "Acme Ltd", account_number: "12345678", bank_code: "TESTBANK", address: "Test Address" },
      current_state: state,
      previous_state: previous,
      occurred_at: expect.stringMatching(SECONDS),
    });
    const bySubscription = (list: Received[], id: string) => list.find((r) => r.subscriptionId === id)!.envelope;
    expect(bySubscription(got, payment2!.id)).toEqual(envelope(payment2!.id, "account-details-payment#state-change", paymentData("COMPLETED", null)));
    expect(bySubscription(got, payment4!.id)).toEqual(
      envelope(payment4!.id, "account-details-payment#state-change", { ...paymentData("COMPLETED", null), occurred_at: expect.stringMatching(MILLIS) }, "4.0.0"),
    );

    const returnPath = `/v1/profiles/${pid()}/account-details/payments/${received.body.id}/returns`;
    expect((await api("POST", returnPath, { reason: "CUSTOMER_REQUEST" })).status).toBe(201);
    got = await receiver.settle();
    expect(got.map((r) => [r.eventType, r.envelope.data.transaction_type ?? r.envelope.data.current_state])).toEqual([
      ["balances#update", "debit"],
      ["account-details-payment#state-change", "REFUNDED"],
      ["account-details-payment#state-change", "REFUNDED"],
    ]);
    expect(bySubscription(got, payment2!.id)).toEqual(envelope(payment2!.id, "account-details-payment#state-change", paymentData("REFUNDED", "COMPLETED")));
    // Returned already: refused, nothing raised.
    expect((await api("POST", returnPath, { reason: "CUSTOMER_REQUEST" })).status).toBe(400);
    expect(receiver.raisedCount()).toBe(0);
  });
});

describe("batch groups", () => {
  const groups = () => `/v3/profiles/${pid()}/batch-groups`;

  async function groupWithTransfers(currency: string, amounts: string[]): Promise<Json> {
    const group = (await api("POST", groups(), { sourceCurrency: currency, name: "Run" })).body;
    const recipient = [...sandbox.store.recipients.values()].find((r) => r.profileId === pid() && r.currency === "EUR" && r.type === "iban" && r.active)!;
    for (const amount of amounts) {
      const quote = await api("POST", `/v3/profiles/${pid()}/quotes`, { sourceCurrency: currency, targetCurrency: "EUR", sourceAmount: amount, preferredPayIn: "BALANCE" });
      const added = await api("POST", `${groups()}/${group.id}/transfers`, {
        targetAccount: recipient.id,
        quoteUuid: quote.body.id,
        customerTransactionId: randomUUID(),
        details: { reference: "Pay" },
      });
      expect(added.status).toBe(200);
    }
    expect((await api("PATCH", `${groups()}/${group.id}`, { status: "COMPLETED", version: amounts.length })).status).toBe(200);
    return group;
  }

  it("a direct-debit payment initiation raises batch-payment-initiations#state-change (NEW), once", async () => {
    const group = await groupWithTransfers("CAD", ["70.00"]);
    const [sub] = subscribeOnly(["batch-payment-initiations#state-change", {}]);
    const path = `/v1/profiles/${pid()}/batch-groups/${group.id}/payment-initiations`;
    const initiated = await api("POST", path, { type: "DIRECT_DEBIT", accountId: 4 });
    expect(initiated.status).toBe(200);
    const got = await receiver.settle();
    allSigned(got);
    expect(got.map((r) => r.envelope)).toEqual([
      envelope(sub!.id, "batch-payment-initiations#state-change", {
        resource: { id: initiated.body.id, batchGroupId: group.id, profileId: pid() },
        previousStatus: null,
        currentStatus: "NEW",
        occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/),
        returnCode: null,
      }),
    ]);
    // A second initiation of a funded group is refused: nothing raised.
    expect((await api("POST", path, { type: "DIRECT_DEBIT", accountId: 4 })).status).toBe(409);
    expect(receiver.raisedCount()).toBe(0);
  });

  it("funding a group from the balance raises one balances#update for the total, then each transfer's processing", async () => {
    const group = await groupWithTransfers("GBP", ["30.00", "45.50"]);
    subscribeOnly(["balances#update", { profileId: pid() }], ["transfers#state-change", { profileId: pid() }]);
    const funded = await api("POST", `/v3/profiles/${pid()}/batch-payments/${group.id}/payments`, { type: "BALANCE" });
    expect(funded.status).toBe(200);
    const got = await receiver.settle();
    const total = sandbox.store.batchGroups.get(group.id)!.funding as { amount: string };
    expect(got.map((r) => [r.eventType, r.envelope.data.transaction_type ?? r.envelope.data.current_state])).toEqual([
      ["balances#update", "debit"],
      ["transfers#state-change", "processing"],
      ["transfers#state-change", "processing"],
    ]);
    expect(new Big(got[0]!.envelope.data.amount).eq(total.amount)).toBe(true);
  });
});

describe("profiles and KYC", () => {
  const basic = () => `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`;

  /** A user the partner signed up, with a personal profile made through the API (unverified), and their token. */
  async function newProfile(email: string): Promise<{ token: string; profileId: number }> {
    const registrationCode = "r".repeat(40);
    const token = async (body: string) =>
      (
        (await (
          await fetch(`${sandbox.url}/oauth/token`, { method: "POST", headers: { authorization: basic(), "content-type": "application/x-www-form-urlencoded" }, body })
        ).json()) as { access_token: string }
      ).access_token;
    const partner = await token("grant_type=client_credentials");
    expect((await api("POST", "/v1/user/signup/registration_code", { email, registrationCode }, partner)).status).toBe(200);
    const user = await token(new URLSearchParams({ grant_type: "registration_code", client_id: sandbox.client.id, email, registration_code: registrationCode }).toString());
    const created = await api(
      "POST",
      "/v2/profiles/personal-profile",
      {
        firstName: "Oliver",
        lastName: "Wilson",
        address: { addressFirstLine: "50 Sunflower Ave", city: "Phoenix", countryIso3Code: "usa", postCode: "10025", stateCode: "AZ" },
        nationality: "usa",
        dateOfBirth: "1977-07-01",
        contactDetails: { email, phoneNumber: "+14085550123" },
        occupations: [{ code: "Software Engineer", format: "FREE_FORM" }],
      },
      user,
    );
    expect(created.status).toBe(200);
    return { token: user, profileId: created.body.id };
  }

  function documentForm(documentType: string): FormData {
    const form = new FormData();
    form.append("files", new Blob([PNG], { type: "image/png" }), "proof.png");
    form.append("documentType", documentType);
    return form;
  }

  it("completing additional verification raises profiles#verification-state-change (verified) once", async () => {
    const { token, profileId } = await newProfile("verify-me@example.com");
    const [sub] = subscribeOnly(["profiles#verification-state-change", {}]);
    const evidences = `/v5/profiles/${profileId}/additional-verification/upload-evidences`;
    expect((await api("POST", evidences, { accountPurpose: "GAMBLING" }, token)).status).toBe(400);
    const answered = await api(
      "POST",
      evidences,
      { accountPurpose: "INVESTING", yearlyAnticipatedVolume: "0_2350", mainSourceOfIncome: "SALARY", annualIncome: "0_11500", intendedCountries: ["GBR"] },
      token,
    );
    expect(answered.status).toBe(207);
    expect((await api("POST", `/v3/profiles/${profileId}/verification-status/upload-document`, documentForm("SOURCE_OF_WEALTH"), token)).status).toBe(204);
    expect(receiver.raisedCount()).toBe(0);
    expect((await api("POST", `/v3/profiles/${profileId}/verification-status/upload-document`, documentForm("ID_PROOF"), token)).status).toBe(204);
    const got = await receiver.settle();
    allSigned(got);
    expect(got.map((r) => r.envelope)).toEqual([
      envelope(sub!.id, "profiles#verification-state-change", {
        resource: { type: "profile", id: profileId },
        current_state: "verified",
        occurred_at: expect.stringMatching(SECONDS),
      }),
    ]);
    // Verified already: more documents change nothing that is told.
    expect((await api("POST", `/v3/profiles/${profileId}/verification-status/upload-document`, documentForm("ADDRESS_PROOF"), token)).status).toBe(204);
    expect(receiver.raisedCount()).toBe(0);
  });

  it("a KYC review raises kyc-reviews#state-change when Wise assesses it and when every requirement is in review", async () => {
    const [sub] = subscribeOnly(["kyc-reviews#state-change", {}]);
    const created = await api("POST", `/v1/profiles/${pid()}/kyc-reviews`, { type: "PROACTIVE_SEND_MONEY" });
    expect(created.status).toBe(202);
    const review = sandbox.store.kycReviews.get(created.body.id)!;
    let got = await receiver.settle();
    const data = (state: string) => ({
      resource: {
        id: review.id,
        state,
        profileId: pid(),
        requiredBy: null,
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/),
        updatedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/),
        triggerReferences: [{ type: "PROACTIVE_SEND_MONEY", triggerData: {} }],
      },
    });
    expect(got.map((r) => r.envelope)).toEqual([envelope(sub!.id, "kyc-reviews#state-change", data("WAITING_CUSTOMER_INPUT"))]);
    const submit = (key: string, payload: unknown, file = false) => {
      const form = new FormData();
      form.append("submissionData", JSON.stringify({ data: payload, version: "V1", kycReviewId: review.id }));
      if (file) form.append("files", new Blob([PNG], { type: "image/png" }), "passport.png");
      return api("POST", `/v2/profiles/${pid()}/kyc-requirements/${key}`, form);
    };
    expect((await submit("ACCOUNT_PURPOSE", { accountPurpose: "GAMBLING" })).status).toBe(400);
    expect((await submit("ACCOUNT_PURPOSE", { accountPurpose: "INVESTING" })).status).toBe(202);
    expect(receiver.raisedCount()).toBe(0);
    expect((await submit("ID_DOCUMENT", {}, true)).status).toBe(202);
    got = await receiver.settle();
    allSigned(got);
    expect(got.map((r) => r.envelope)).toEqual([envelope(sub!.id, "kyc-reviews#state-change", data("PROCESSING"))]);
  });
});

describe("hold limits", () => {
  it("a top-up past the hold limit opens a breach (hold-limit-breach#update OPEN); refunding the excess closes it (CLOSED, MANUALLY_RESOLVED)", async () => {
    // Dana's business profile moved to Singapore (no Wise call moves a profile), with an SGD balance and recipient.
    const dana = sandbox.scaUsers[0]!;
    const profile = dana.businessProfileId;
    sandbox.store.addresses.get(sandbox.store.profiles.get(profile)!.addressId)!.country = "SG";
    expect((await api("POST", `/v4/profiles/${profile}/balances`, { currency: "SGD", type: "STANDARD" }, dana.token, { "x-idempotence-uuid": randomUUID() })).status).toBe(201);
    const balance = sandbox.store.balancesOf(profile).find((b) => b.currency === "SGD" && b.type === "STANDARD")!;
    const recipient = await api(
      "POST",
      "/v1/accounts",
      { currency: "SGD", type: "singapore_paynow", profile, accountHolderName: "Tan Ah Kow", details: { legalType: "PRIVATE", accountNumber: "+6587654321" } },
      dana.token,
    );
    expect(recipient.status).toBe(200);

    const [sub] = subscribeOnly(["hold-limit-breach#update", { profileId: profile, version: "4.0.0" }]);
    expect((await api("POST", "/v1/simulation/balance/topup", { profileId: profile, balanceId: balance.id, currency: "SGD", amount: 10000 }, dana.token)).status).toBe(200);
    let got = await receiver.settle();
    const breach = [...sandbox.store.funding.holdLimitBreaches.values()].find((b) => b.profileId === profile)!;
    const data = (state: string, closingReason: string | null) => ({
      resource: { type: "hold-limit-breach", hold_limit_breach_id: breach.id, profile_id: profile },
      amount: expect.anything(),
      currency: "SGD",
      state,
      closing_reason: closingReason,
      created_at: expect.stringMatching(SECONDS),
      updated_at: expect.stringMatching(SECONDS),
      occurred_at: expect.stringMatching(SECONDS),
    });
    expect(got.map((r) => r.envelope)).toEqual([envelope(sub!.id, "hold-limit-breach#update", data("OPEN", null), "4.0.0")]);
    expect(new Big(got[0]!.envelope.data.amount).eq(breach.amount)).toBe(true);
    // Reading the breaches again changes nothing that is told.
    expect((await api("POST", `/v1/profiles/${profile}/balances/hold-limit-breach?state=OPEN`, undefined, dana.token)).status).toBe(200);
    expect(receiver.raisedCount()).toBe(0);

    const close = `/v1/profiles/${profile}/balances/hold-limit-breach/${breach.id}`;
    expect((await api("POST", close, { targetRecipientId: recipient.body.id, state: "CLOSED" }, dana.token)).status).toBe(204);
    got = await receiver.settle();
    allSigned(got);
    expect(got.map((r) => r.envelope)).toEqual([envelope(sub!.id, "hold-limit-breach#update", data("CLOSED", "MANUALLY_RESOLVED"), "4.0.0")]);
    expect(breach.closingReason).toBe("MANUALLY_RESOLVED");
    // Closed already: refused, nothing raised.
    expect((await api("POST", close, { targetRecipientId: recipient.body.id, state: "CLOSED" }, dana.token)).status).toBe(422);
    expect(receiver.raisedCount()).toBe(0);
  });
});
