// Card transaction disputes through GraphQL over HTTP against the sandbox: the reasons, the
// dispute flow from a reason to its form, an evidence file uploaded as a multipart request and
// submitted with the dispute, Profile.disputes and node(id:), withdrawal (and withdrawing again),
// exact amounts, bad uploads refused with nothing stored, and bob kept out of alice's disputes.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { print } from "graphql";
import { toGlobalId } from "graphql-relay";
import {
  CardSimulateAuthorisationDocument,
  DisputeEvidenceUploadDocument,
  DisputeFlowStepDocument,
  DisputeNodeDocument,
  DisputeReasonsDocument,
  DisputeSubmitDocument,
  DisputeTransactionDocument,
  DisputeWithdrawDocument,
  ProfileDisputesDocument,
  type DisputeSubmitInput,
} from "../generated/graphql.js";
import { addCardTransaction } from "../helpers/dispute-fixtures.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);
const MAX_FILE_BYTES = 64 * 1024;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ server: { uploads: { maxFileBytes: MAX_FILE_BYTES, maxFiles: 3, allowedTypes: ["image/jpeg", "image/png", "application/pdf"] } } });
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});

const store = () => h.sandbox.store;
const alicePid = () => h.alice.personalProfileId;
/** A new card transaction of alice's (or bob's) personal profile, as its CardTransaction global id. */
function cardTransaction(owner: "alice" | "bob" = "alice", state?: "COMPLETED" | "IN_PROGRESS") {
  const profileId = owner === "alice" ? alicePid() : h.bob.personalProfileId;
  const tx = addCardTransaction(store(), profileId, { state });
  return { id: toGlobalId("CardTransaction", `${profileId}:${tx.id}`), wiseId: tx.id };
}

async function calls(route: string, run: () => Promise<unknown>): Promise<number> {
  const before = (await h.stats()).routes[route] ?? 0;
  await run();
  return ((await h.stats()).routes[route] ?? 0) - before;
}

/** disputeEvidenceUpload as a GraphQL multipart request. */
async function uploadEvidence(file: { bytes: Buffer; type: string; name: string }, profileId = personalProfileId(h), token = h.alice.token) {
  const form = new FormData();
  form.append("operations", JSON.stringify({ query: print(DisputeEvidenceUploadDocument), variables: { input: { profileId, file: null } } }));
  form.append("map", JSON.stringify({ 0: ["variables.input.file"] }));
  form.append("0", new Blob([file.bytes], { type: file.type }), file.name);
  const response = await fetch(h.url, { method: "POST", headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" }, body: form });
  return (await response.json()) as {
    data?: { disputeEvidenceUpload: { fileId: string | null; userErrors: { code: string; field: string[] | null; message: string }[] } } | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

function wrongAmount(transactionId: string, charged: unknown = { value: "50.10", currency: "GBP" }): DisputeSubmitInput {
  return {
    transactionIds: [transactionId],
    scheme: "VISA" as DisputeSubmitInput["scheme"],
    reason: "WRONG_AMOUNT",
    email: "support@partner.example",
    answers: { charged, expected: { value: "5.01", currency: "GBP" }, details: "Charged ten times the price" },
    allAnswered: true,
    filesUploaded: true,
  };
}

async function submitted(input: DisputeSubmitInput, token?: string) {
  const res = await h.request(DisputeSubmitDocument, { input }, { token });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.disputeSubmit.userErrors).toEqual([]);
  return res.body.data!.disputeSubmit;
}

describe("disputes", () => {
  it("lists the reasons, UNAUTHORIZED with its four sub-options", async () => {
    const res = await h.request(DisputeReasonsDocument, { profileId: personalProfileId(h) });
    expect(res.body.errors).toBeUndefined();
    const reasons = res.body.data!.disputeReasons!;
    expect(reasons.map((r) => r.code)).toEqual(["ATM_DISPENSED_NO_FUNDS", "WRONG_AMOUNT", "TROUBLE_WITH_GOODS_SERVICES", "MERCHANT_CHARGED_AGAIN", "NO_REFUND", "UNAUTHORIZED"]);
    expect(reasons[1]).toMatchObject({ code: "WRONG_AMOUNT", isFraud: false, supportsMultipleTransactions: false, subOptions: [] });
    expect(reasons[5]!.subOptions.map((r) => [r.code, r.isFraud, r.supportsMultipleTransactions])).toEqual([
      ["UNEXPECTEDLY_CHARGED_AGAIN", false, false],
      ["UNWANTED_SUBSCRIPTION", false, false],
      ["CARD_POSSESSION", true, true],
      ["CARD_NO_POSSESSION", true, true],
    ]);
  });

  it("walks the flow from a reason's decision to its form, then submits it with an uploaded receipt", async () => {
    // A real (simulated) card payment, still held: the dispute waits for it to be spent.
    const card = store().cards.cardsOfProfile(alicePid())[0]!;
    const paid = await h.request(CardSimulateAuthorisationDocument, { input: { cardId: toGlobalId("Card", `${alicePid()}:${card.token}`), amount: "23.40", currency: "GBP" } });
    expect(paid.body.errors).toBeUndefined();
    const tx = { id: paid.body.data!.cardSimulateAuthorisation.transaction!.id, wiseId: paid.body.data!.cardSimulateAuthorisation.transaction!.wiseId };
    const decision = await h.request(DisputeFlowStepDocument, { input: { transactionIds: [tx.id], scheme: "VISA" as never, reason: "TROUBLE_WITH_GOODS_SERVICES" } });
    expect(decision.body.errors).toBeUndefined();
    const step = decision.body.data!.disputeFlowStep;
    expect(step).toMatchObject({ key: "TROUBLE_WITH_GOODS_SERVICES", kind: "DECISION", fields: [], submitReason: null });
    expect(step.options.map((o) => o.reason)).toEqual(["NEVER_ARRIVED", "NOT_AS_DESCRIBED", "SCAM"]);
    expect(step.options[0]).toMatchObject({
      title: "I never got the goods or service I ordered",
      description: "Choose this if the order was cancelled or never arrived",
      disabled: false,
    });

    const formRes = await h.request(DisputeFlowStepDocument, {
      input: { transactionIds: [tx.id], scheme: "VISA" as never, reason: "NEVER_ARRIVED", email: "support@partner.example" },
    });
    const form = formRes.body.data!.disputeFlowStep;
    expect(form).toMatchObject({ kind: "FORM", submitReason: "NEVER_ARRIVED", options: [] });
    expect(form.fields.map((f) => [f.key, f.type, f.required])).toEqual([
      ["expectedDate", "DATE", true],
      ["contactedMerchant", "BOOLEAN", true],
      ["details", "TEXT", true],
      ["receipt", "FILE", true],
    ]);
    // The step stays whole for Wise's Dynamic Flow framework.
    expect((form.json as { schemas: unknown[] }).schemas).toHaveLength(1);

    const uploaded = await uploadEvidence({ bytes: PNG, type: "image/png", name: "order.png" });
    expect(uploaded.data!.disputeEvidenceUpload.userErrors).toEqual([]);
    const fileId = uploaded.data!.disputeEvidenceUpload.fileId!;
    expect(store().disputes.files.get(fileId)).toMatchObject({ profileId: alicePid(), name: "order.png", type: "image/png", size: PNG.length });

    const payload = await submitted({
      transactionIds: [tx.id],
      scheme: "VISA" as never,
      reason: form.submitReason!,
      email: "support@partner.example",
      answers: { expectedDate: "2026-11-20", contactedMerchant: true, details: "The parcel never came" },
      files: [{ key: "receipt", fileId }],
      allAnswered: true,
      filesUploaded: true,
    });
    expect(payload.finalStep).toMatchObject({ key: "final", kind: "FINAL", title: "Done!" });
    expect(payload.finalStep!.message).toContain("pre-authorised right now");
    expect(payload.disputes).toHaveLength(1);
    const dispute = payload.disputes![0]!;
    expect(dispute).toMatchObject({
      transactionWiseId: tx.wiseId,
      reason: "NEVER_ARRIVED",
      status: "ACTIVE",
      subStatus: "SUBMITTED",
      statusMessage: "Submitted",
      canWithdraw: true,
      createdBy: String(store().profiles.get(alicePid())!.userId),
      profile: { id: personalProfileId(h) },
    });
    expect(store().disputes.disputes.get(dispute.wiseId)).toMatchObject({ files: { receipt: fileId }, email: "support@partner.example" });

    const node = await h.request(DisputeNodeDocument, { id: dispute.id });
    expect(node.body.data?.node).toEqual({ __typename: "Dispute", ...dispute });
    // The dispute leads to its transaction, and the transaction to its disputes.
    const linked = await h.request(DisputeTransactionDocument, { id: dispute.id });
    expect(linked.body.errors).toBeUndefined();
    expect(linked.body.data?.node).toEqual({
      id: dispute.id,
      transaction: { id: tx.id, wiseId: tx.wiseId, state: "IN_PROGRESS", disputes: [{ id: dispute.id, status: "ACTIVE", subStatus: "SUBMITTED" }] },
    });
  });

  it("sends amounts exactly, refuses a float amount without calling Wise, and shows Wise's refusals as userErrors on the input", async () => {
    const tx = cardTransaction();
    const float = await calls("POST /v3/spend/profiles/:profileId/dispute-form/flows/:scheme/:reason", async () => {
      const res = await h.request(DisputeSubmitDocument, { input: wrongAmount(tx.id, { value: 50.1, currency: "GBP" }) });
      expect(res.body.data!.disputeSubmit.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "answers", "charged"] })]);
    });
    expect(float).toBe(0);

    const missing = await h.request(DisputeSubmitDocument, { input: { ...wrongAmount(tx.id), answers: { charged: { value: "50.10", currency: "GBP" } }, allAnswered: false } });
    expect(missing.body.data!.disputeSubmit.userErrors.map((e) => [e.code, e.field])).toEqual([
      ["REQUIRED", ["input", "answers", "expected"]],
      ["REQUIRED", ["input", "answers", "details"]],
      ["INVALID", ["input", "allAnswered"]],
    ]);
    expect(missing.body.data!.disputeSubmit).toMatchObject({ finalStep: null, disputes: [] });
    expect(store().disputes.disputes.size).toBe(0);

    const payload = await submitted(wrongAmount(tx.id));
    const stored = store().disputes.disputes.get(payload.disputes![0]!.wiseId)!;
    expect(stored.form).toEqual({ charged: { value: "50.10", currency: "GBP" }, expected: { value: "5.01", currency: "GBP" }, details: "Charged ten times the price" });

    // One active dispute per transaction: a second is NOT_ALLOWED and changes nothing.
    const again = await h.request(DisputeSubmitDocument, { input: wrongAmount(tx.id) });
    expect(again.body.data!.disputeSubmit.userErrors).toEqual([expect.objectContaining({ code: "NOT_ALLOWED", field: ["input", "transactionIds"] })]);
    expect(store().disputes.disputes.size).toBe(1);
  });

  it("refuses malformed input before any call: a reason that is not a code, transactions of two profiles or named twice, an id of another type", async () => {
    const tx = cardTransaction();
    const bobs = cardTransaction("bob");
    const stepCalls = await calls("POST /v3/spend/profiles/:profileId/dispute-form/flows/step/:scheme/:reason", async () => {
      const step = (input: { transactionIds: string[]; reason: string }) => h.request(DisputeFlowStepDocument, { input: { ...input, scheme: "VISA" as never } });
      expect(errorCodes(await step({ transactionIds: [tx.id], reason: "../../disputes" }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await step({ transactionIds: [tx.id, bobs.id], reason: "CARD_POSSESSION" }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await step({ transactionIds: [tx.id, tx.id], reason: "CARD_POSSESSION" }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await step({ transactionIds: [personalProfileId(h)], reason: "WRONG_AMOUNT" }))).toEqual(["BAD_USER_INPUT"]);
      expect(errorCodes(await step({ transactionIds: [], reason: "WRONG_AMOUNT" }))).toEqual(["BAD_USER_INPUT"]);
    });
    expect(stepCalls).toBe(0);
    const withdraw = await h.request(DisputeWithdrawDocument, { input: { disputeId: tx.id } });
    expect(errorCodes(withdraw)).toEqual(["BAD_USER_INPUT"]);
  });

  it("lists the profile's disputes in pages, filtered by status and transaction", async () => {
    const txs = [cardTransaction(), cardTransaction(), cardTransaction()];
    for (const tx of txs) await submitted(wrongAmount(tx.id));
    const first = await h.request(ProfileDisputesDocument, { id: personalProfileId(h), first: 2 });
    expect(first.body.errors).toBeUndefined();
    const page = first.body.data!.profile!.disputes!;
    expect(page.edges.map((e) => e.node.transactionWiseId)).toEqual([txs[0]!.wiseId, txs[1]!.wiseId]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await h.request(ProfileDisputesDocument, { id: personalProfileId(h), first: 2, after: page.pageInfo.endCursor });
    expect(second.body.data!.profile!.disputes!.edges.map((e) => e.node.transactionWiseId)).toEqual([txs[2]!.wiseId]);
    expect(second.body.data!.profile!.disputes!.pageInfo.hasNextPage).toBe(false);

    const one = await h.request(ProfileDisputesDocument, { id: personalProfileId(h), transactionId: txs[1]!.id });
    expect(one.body.data!.profile!.disputes!.edges.map((e) => e.node.transactionWiseId)).toEqual([txs[1]!.wiseId]);
    const closed = await h.request(ProfileDisputesDocument, { id: personalProfileId(h), status: "CLOSED" as never });
    expect(closed.body.data!.profile!.disputes!.edges).toEqual([]);
    // A cursor of another list, or a transaction of another profile, is refused before any call.
    const wrongCursor = await h.request(ProfileDisputesDocument, { id: personalProfileId(h), status: "ACTIVE" as never, after: page.pageInfo.endCursor });
    expect(errorCodes(wrongCursor)).toEqual(["BAD_USER_INPUT"]);
    const bobsTx = cardTransaction("bob");
    expect(errorCodes(await h.request(ProfileDisputesDocument, { id: personalProfileId(h), transactionId: bobsTx.id }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("withdraws a dispute once; withdrawing it again is NOT_ALLOWED and changes nothing", async () => {
    const tx = cardTransaction();
    const dispute = (await submitted(wrongAmount(tx.id))).disputes![0]!;
    const withdrawn = await h.request(DisputeWithdrawDocument, { input: { disputeId: dispute.id } });
    expect(withdrawn.body.errors).toBeUndefined();
    expect(withdrawn.body.data!.disputeWithdraw).toMatchObject({
      dispute: { id: dispute.id, status: "CLOSED", subStatus: "WITHDRAWN", statusMessage: "Withdrawn", canWithdraw: false },
      userErrors: [],
    });
    const lastUpdatedAt = withdrawn.body.data!.disputeWithdraw.dispute!.lastUpdatedAt;

    const again = await h.request(DisputeWithdrawDocument, { input: { disputeId: dispute.id } });
    expect(again.body.data!.disputeWithdraw).toMatchObject({ dispute: null, userErrors: [expect.objectContaining({ code: "NOT_ALLOWED", field: ["input", "disputeId"] })] });
    const node = await h.request(DisputeNodeDocument, { id: dispute.id });
    expect(node.body.data?.node).toMatchObject({ status: "CLOSED", subStatus: "WITHDRAWN", lastUpdatedAt });
  });

  it("keeps bob out of alice's disputes: he cannot see, submit, read the flow of, or withdraw them", async () => {
    const tx = cardTransaction();
    const dispute = (await submitted(wrongAmount(tx.id))).disputes![0]!;
    const bob = { token: h.bob.token };
    const node = await h.request(DisputeNodeDocument, { id: dispute.id }, bob);
    expect(node.body.data?.node ?? null).toBeNull();
    expect(errorCodes(node)).toEqual(["FORBIDDEN"]);
    const withdraw = await h.request(DisputeWithdrawDocument, { input: { disputeId: dispute.id } }, bob);
    expect(errorCodes(withdraw)).toEqual(["FORBIDDEN"]);
    expect(store().disputes.disputes.get(dispute.wiseId)).toMatchObject({ status: "ACTIVE", subStatus: "SUBMITTED" });

    const other = cardTransaction();
    expect(errorCodes(await h.request(DisputeSubmitDocument, { input: wrongAmount(other.id) }, bob))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await h.request(DisputeFlowStepDocument, { input: { transactionIds: [other.id], scheme: "VISA" as never, reason: "WRONG_AMOUNT" } }, bob))).toEqual([
      "FORBIDDEN",
    ]);
    expect(errorCodes(await h.request(DisputeReasonsDocument, { profileId: personalProfileId(h) }, bob))).toEqual(["FORBIDDEN"]);
    const bobsList = await h.request(ProfileDisputesDocument, { id: toGlobalId("PersonalProfile", String(h.bob.personalProfileId)) }, bob);
    expect(bobsList.body.data!.profile!.disputes!.edges).toEqual([]);
    expect(store().disputes.disputes.size).toBe(1);

    // Bob's own transaction named on alice's profile is not found there.
    const bobsTx = addCardTransaction(store(), h.bob.personalProfileId);
    const forged = toGlobalId("CardTransaction", `${alicePid()}:${bobsTx.id}`);
    const res = await h.request(DisputeSubmitDocument, { input: { ...wrongAmount(forged), scheme: "MASTERCARD" as never } });
    expect(res.body.data!.disputeSubmit.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND", field: ["input", "transactionIds"] })]);
    expect(store().disputes.disputes.size).toBe(1);
  });

  it.each([
    ["a PNG whose content is not a PNG", { bytes: Buffer.from("<html>not an image</html>"), type: "image/png", name: "fake.png" }, "UNSUPPORTED_FILE_TYPE"],
    ["a type not allowed", { bytes: Buffer.from("hello"), type: "text/plain", name: "notes.txt" }, "UNSUPPORTED_FILE_TYPE"],
    ["an empty file", { bytes: Buffer.alloc(0), type: "application/pdf", name: "empty.pdf" }, "INVALID"],
    ["a file over the size limit", { bytes: Buffer.concat([PNG, Buffer.alloc(MAX_FILE_BYTES, 1)]), type: "image/png", name: "big.png" }, "FILE_TOO_LARGE"],
  ])("refuses %s; nothing reaches Wise and nothing is stored", async (_name, file, code) => {
    const sent = await calls("POST /v4/spend/profiles/:profileId/dispute-form/file", async () => {
      const res = await uploadEvidence(file);
      expect(res.data!.disputeEvidenceUpload).toEqual({ fileId: null, userErrors: [expect.objectContaining({ code, field: ["input", "file"] })] });
    });
    expect(sent).toBe(0);
    expect(store().disputes.files.size).toBe(0);
  });

  it("a file for another user's profile is FORBIDDEN and stored nowhere", async () => {
    const res = await uploadEvidence({ bytes: PNG, type: "image/png", name: "r.png" }, personalProfileId(h), h.bob.token);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN"]);
    expect(store().disputes.files.size).toBe(0);
  });
});
