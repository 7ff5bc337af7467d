// Wise's sandbox simulations through GraphQL over HTTP against the embedded sandbox: verification
// outcomes, KYC review decisions, and money arriving (top-up, bank-transaction import, Swift in),
// each read back through the ordinary fields, bad input refused before any Wise call, Wise's
// refusals as userErrors on input fields, someone else's objects FORBIDDEN, and none of them
// served for a real Wise.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { toGlobalId } from "graphql-relay";
import { createSubgraphSchema } from "../../src/federation/subgraph-schema.js";
import { moneyMovingMutations } from "../../src/common/moves-money.js";
import {
  BalanceSimulateTopUpDocument,
  BankTransactionImportSimulateDocument,
  KycReviewCreateDocument,
  KycReviewSimulateRequirementAddDocument,
  KycReviewSimulateRequirementSubmitDocument,
  KycReviewSimulateVerifyDocument,
  KycReviewSimulationRequirementsDocument,
  ProfileSimulateVerificationDocument,
  ProfilesSimulateVerificationDocument,
  SwiftInSimulateDocument,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});

const balanceRecord = (profileId: number, currency: string) =>
  [...h.sandbox.store.balances.values()].find((b) => b.profileId === profileId && b.currency === currency && b.type === "STANDARD")!;
const balanceGlobalId = (profileId: number, balanceId: number) => toGlobalId("Balance", `${profileId}:${balanceId}`);

/** Simulation calls made (the routes under /simulation/), from the sandbox's counters. */
async function simulationCalls(): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries((await h.stats()).routes).filter(([route]) => route.includes("/simulation/")));
}

describe("verification simulations", () => {
  it("profileSimulateVerification leaves nothing to provide; a repeat answers the same", async () => {
    const input = { profileId: personalProfileId(h) };
    for (let attempt = 0; attempt < 2; attempt++) {
      const res = await h.request(ProfileSimulateVerificationDocument, { input });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data!.profileSimulateVerification).toEqual({
        profile: { id: personalProfileId(h), verificationStatus: { requiredEvidenceKeys: [], complete: true } },
        userErrors: [],
      });
    }
    expect(await simulationCalls()).toEqual({ "POST /v1/simulation/profiles/:profileId/verifications": 2 });
  });

  it("profilesSimulateVerification verifies every profile of the caller; someone else's profile is FORBIDDEN and stays as it was", async () => {
    const forbidden = await h.request(ProfileSimulateVerificationDocument, { input: { profileId: toGlobalId("PersonalProfile", String(h.bob.personalProfileId)) } });
    expect(errorCodes(forbidden)).toEqual(["FORBIDDEN"]);
    expect(h.sandbox.store.verifications.get(h.bob.personalProfileId)?.required ?? ["untouched"]).not.toEqual([]);
    const res = await h.request(ProfilesSimulateVerificationDocument);
    expect(res.body.errors).toBeUndefined();
    const { profiles, userErrors } = res.body.data!.profilesSimulateVerification;
    expect(userErrors).toEqual([]);
    expect(profiles.map((p) => p.verificationStatus!.complete)).toEqual([true, true]);
    expect(profiles.map((p) => p.id).sort()).toEqual(
      [toGlobalId("PersonalProfile", String(h.alice.personalProfileId)), toGlobalId("BusinessProfile", String(h.alice.businessProfileId))].sort(),
    );
  });
});

describe("KYC review simulations", () => {
  async function newReview(profileId: string) {
    const res = await h.request(KycReviewCreateDocument, { input: { profileId, type: "PROACTIVE_SEND_MONEY" } });
    expect(res.body.data!.kycReviewCreate.userErrors).toEqual([]);
    return res.body.data!.kycReviewCreate.kycReview!.id;
  }

  it("submit, reject, approve: the review follows its requirements to PASSED, and the simulation's list shows each state", async () => {
    const kycReviewId = await newReview(personalProfileId(h));
    const submit = async (requirement: string) =>
      (await h.request(KycReviewSimulateRequirementSubmitDocument, { input: { kycReviewId, requirement } })).body.data!.kycReviewSimulateRequirementSubmit;
    expect((await submit("ACCOUNT_PURPOSE")).kycReview!.status).toBe("WAITING_CUSTOMER_INPUT");
    const both = await submit("ID_DOCUMENT");
    expect(both).toEqual({
      kycReview: {
        id: kycReviewId,
        status: "PROCESSING",
        requirementGroups: [{ anyOf: [{ key: "ACCOUNT_PURPOSE", state: "IN_REVIEW" }] }, { anyOf: [{ key: "ID_DOCUMENT", state: "IN_REVIEW" }] }],
      },
      userErrors: [],
    });
    const again = await submit("ID_DOCUMENT");
    expect(again).toEqual({ kycReview: null, userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "requirement"] })] });

    const rejected = await h.request(KycReviewSimulateVerifyDocument, { input: { kycReviewId, action: "REJECT", requirements: ["ID_DOCUMENT"] } });
    expect(rejected.body.data!.kycReviewSimulateVerify.kycReview).toMatchObject({
      status: "WAITING_CUSTOMER_INPUT",
      requirementGroups: [{ anyOf: [{ key: "ACCOUNT_PURPOSE", state: "IN_REVIEW" }] }, { anyOf: [{ key: "ID_DOCUMENT", state: "NOT_PROVIDED" }] }],
    });
    const listed = await h.request(KycReviewSimulationRequirementsDocument, { kycReviewId });
    expect(listed.body.data!.kycReviewSimulationRequirements).toEqual([
      { key: "ACCOUNT_PURPOSE", state: "IN_REVIEW", description: null },
      { key: "ID_DOCUMENT", state: "REJECTED", description: null },
    ]);
    const approved = await h.request(KycReviewSimulateVerifyDocument, { input: { kycReviewId, action: "APPROVE" } });
    expect(approved.body.data!.kycReviewSimulateVerify).toEqual({ kycReview: { id: kycReviewId, status: "PASSED", requirementGroups: [] }, userErrors: [] });
  });

  it("refusals: a requirement not on the review, add on a personal profile, an unknown review; add on a business review asks BUSINESS_USE_CASE again", async () => {
    const kycReviewId = await newReview(personalProfileId(h));
    const missing = await h.request(KycReviewSimulateVerifyDocument, { input: { kycReviewId, action: "APPROVE", requirements: ["SOURCE_OF_FUNDS"] } });
    expect(missing.body.data!.kycReviewSimulateVerify).toEqual({
      kycReview: null,
      userErrors: [{ code: "INVALID", field: ["input", "requirements"], message: "Invalid request. KycRequirement {SOURCE_OF_FUNDS} was not found for KycReview" }],
    });
    const personal = await h.request(KycReviewSimulateRequirementAddDocument, { input: { kycReviewId } });
    expect(personal.body.data!.kycReviewSimulateRequirementAdd.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "kycReviewId"] })]);
    const unknownId = toGlobalId("KycReview", `${h.alice.personalProfileId}:${crypto.randomUUID()}`);
    const unknown = await h.request(KycReviewSimulateVerifyDocument, { input: { kycReviewId: unknownId, action: "APPROVE" } });
    expect(unknown.body.data!.kycReviewSimulateVerify.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "kycReviewId"] })]);
    const bobsReview = toGlobalId("KycReview", `${h.bob.personalProfileId}:${crypto.randomUUID()}`);
    expect(errorCodes(await h.request(KycReviewSimulateVerifyDocument, { input: { kycReviewId: bobsReview, action: "APPROVE" } }))).toEqual(["FORBIDDEN"]);

    const business = await newReview(toGlobalId("BusinessProfile", String(h.alice.businessProfileId)));
    await h.request(KycReviewSimulateVerifyDocument, { input: { kycReviewId: business, action: "APPROVE" } });
    const added = await h.request(KycReviewSimulateRequirementAddDocument, { input: { kycReviewId: business } });
    expect(added.body.data!.kycReviewSimulateRequirementAdd.kycReview).toEqual({
      id: business,
      status: "WAITING_CUSTOMER_INPUT",
      requirementGroups: [{ anyOf: [{ key: "BUSINESS_USE_CASE", state: "NOT_PROVIDED" }] }],
    });
  });
});

describe("money-moving simulations", () => {
  it("balanceSimulateTopUp adds the exact amount and answers the balance after; each call adds again", async () => {
    const record = balanceRecord(h.alice.personalProfileId, "GBP");
    const before = record.amount;
    const input = { balanceId: balanceGlobalId(h.alice.personalProfileId, record.id), amount: "10.05", channel: "TRANSFER" as const };
    const first = await h.request(BalanceSimulateTopUpDocument, { input });
    expect(first.body.errors).toBeUndefined();
    const payload = first.body.data!.balanceSimulateTopUp;
    expect(payload.userErrors).toEqual([]);
    expect(payload.balance).toEqual({ id: input.balanceId, currency: "GBP", amount: { amount: new Big(before).plus("10.05").toFixed(2), currency: "GBP" } });
    expect(h.sandbox.store.balanceTransactions.get(payload.balanceTransactionId!)).toMatchObject({ type: "DEPOSIT", amount: "10.05", description: "Topped up by bank transfer" });
    await h.request(BalanceSimulateTopUpDocument, { input });
    expect(record.amount).toBe(new Big(before).plus("20.10").toFixed(2));
  });

  it("balanceSimulateTopUp refuses an amount with too many decimals or none at all before any Wise top-up, and someone else's balance", async () => {
    const record = balanceRecord(h.alice.personalProfileId, "GBP");
    const before = record.amount;
    for (const amount of ["1.001", "0"]) {
      const res = await h.request(BalanceSimulateTopUpDocument, { input: { balanceId: balanceGlobalId(h.alice.personalProfileId, record.id), amount } });
      expect(res.body.data!.balanceSimulateTopUp).toEqual({
        balance: null,
        balanceTransactionId: null,
        userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "amount"] })],
      });
    }
    const bobs = balanceRecord(h.bob.personalProfileId, "USD");
    expect(errorCodes(await h.request(BalanceSimulateTopUpDocument, { input: { balanceId: balanceGlobalId(h.bob.personalProfileId, bobs.id), amount: "1" } }))).toEqual([
      "FORBIDDEN",
    ]);
    expect(record.amount).toBe(before);
    expect(await simulationCalls()).toEqual({});
  });

  it("bankTransactionImportSimulate credits the balance behind the bank details; no details or an unsupported currency is a userError on currency", async () => {
    const record = balanceRecord(h.alice.personalProfileId, "EUR");
    const before = record.amount;
    const res = await h.request(BankTransactionImportSimulateDocument, { input: { profileId: personalProfileId(h), currency: "EUR", amount: "2000.00" } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.bankTransactionImportSimulate).toEqual({
      balance: { id: balanceGlobalId(h.alice.personalProfileId, record.id), currency: "EUR", amount: { amount: new Big(before).plus(2000).toFixed(2), currency: "EUR" } },
      userErrors: [],
    });
    for (const currency of ["USD", "JPY"]) {
      const refused = await h.request(BankTransactionImportSimulateDocument, { input: { profileId: personalProfileId(h), currency, amount: "5" } });
      expect(refused.body.data!.bankTransactionImportSimulate).toEqual({ balance: null, userErrors: [expect.objectContaining({ code: "INVALID", field: ["input", "currency"] })] });
    }
    const precise = await h.request(BankTransactionImportSimulateDocument, { input: { profileId: personalProfileId(h), currency: "EUR", amount: "0.001" } });
    expect(precise.body.data!.bankTransactionImportSimulate.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "amount"] })]);
    expect(record.amount).toBe(new Big(before).plus(2000).toFixed(2));
    expect(await simulationCalls()).toEqual({ "POST /v1/simulation/profiles/:profileId/bank-transactions/import": 3 });
  });

  it("swiftInSimulate credits the amount that reached Wise and answers the logged message; Wise's refusals land on input fields", async () => {
    const record = balanceRecord(h.alice.personalProfileId, "GBP");
    const before = record.amount;
    const res = await h.request(SwiftInSimulateDocument, {
      input: {
        profileId: personalProfileId(h),
        currency: "GBP",
        amount: "250.75",
        senderName: "Jane Doe",
        senderBic: "DEUTDEDBFRA",
        senderAddress: { addressLine: "5678 Oak St", city: "Springfield", country: "US" },
        charges: [{ amount: "1.50", currency: "GBP", agent: "DEUTDEDBFRA" }],
        paymentReference: "Invoice 7",
      },
    });
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data!.swiftInSimulate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.swiftMessage).toEqual({
      messageId: expect.stringMatching(/^\d+$/),
      uetr: expect.stringMatching(/^[0-9a-f-]{36}$/),
      state: "RECEIVED",
      amount: { amount: "250.75", currency: "GBP" },
      processedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
    expect(payload.balance!.amount).toEqual({ amount: new Big(before).plus("250.75").toFixed(2), currency: "GBP" });
    expect([...h.sandbox.store.accountDetailsPayments.values()].at(-1)).toMatchObject({ channel: "SWIFT", senderName: "Jane Doe", amount: "250.75" });

    const tooMany = await h.request(SwiftInSimulateDocument, {
      input: { profileId: personalProfileId(h), currency: "GBP", amount: "1", previousInstructingAgents: ["A", "B", "C", "D"] },
    });
    expect(tooMany.body.data!.swiftInSimulate.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "previousInstructingAgents"] })]);
    const noDetails = await h.request(SwiftInSimulateDocument, { input: { profileId: personalProfileId(h), currency: "USD", amount: "1" } });
    expect(noDetails.body.data!.swiftInSimulate.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "currency"] })]);
    expect(record.amount).toBe(new Big(before).plus("250.75").toFixed(2));
  });

  it("one money move per operation holds for the simulations too", async () => {
    const res = await h.raw(
      JSON.stringify({
        query: `mutation($p: ID!) { a: bankTransactionImportSimulate(input: { profileId: $p, currency: "GBP", amount: "1" }) { userErrors { code } } b: swiftInSimulate(input: { profileId: $p, currency: "GBP", amount: "1" }) { userErrors { code } } }`,
        variables: { p: personalProfileId(h) },
      }),
    );
    expect(res.status).toBe(400);
    expect(await simulationCalls()).toEqual({});
  });
});

describe("served only for a Wise sandbox", () => {
  const FIELDS = [
    "profileSimulateVerification",
    "profilesSimulateVerification",
    "balanceSimulateTopUp",
    "bankTransactionImportSimulate",
    "swiftInSimulate",
    "kycReviewSimulateRequirementAdd",
    "kycReviewSimulateRequirementSubmit",
    "kycReviewSimulateVerify",
  ];

  it("none of the simulation fields, nor their types, is in the schema served for a real Wise; all are on a sandbox", async () => {
    const real = await createSubgraphSchema({ sandboxOnlyFields: false });
    const realMutations = Object.keys(real.getMutationType()!.getFields());
    for (const field of FIELDS) expect({ field, served: realMutations.includes(field) }).toEqual({ field, served: false });
    expect(real.getQueryType()!.getFields().kycReviewSimulationRequirements).toBeUndefined();
    for (const type of ["SwiftInSimulatePayload", "SwiftInMessage", "KycReviewSimulationRequirement", "BalanceTopUpChannel"]) expect(real.getType(type)).toBeUndefined();
    expect(moneyMovingMutations(real)).not.toContain("swiftInSimulate");

    const sandbox = await createSubgraphSchema();
    const sandboxMutations = Object.keys(sandbox.getMutationType()!.getFields());
    for (const field of FIELDS) expect(sandboxMutations).toContain(field);
    expect(sandbox.getQueryType()!.getFields().kycReviewSimulationRequirements).toBeDefined();
  });
});
