import Big from "big.js";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { amountProblem } from "../../common/amount-input.js";
import { MovesMoney } from "../../common/moves-money.js";
import { idempotencyKeyReused, sameNames, type FieldMapper } from "../../common/mutation-errors.js";
import { parseGlobalIdOf, parseQuoteId, splitQuoteKey } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { badScaToken } from "../../common/sca/sca-challenge.mapper.js";
import type { ScaChallenge } from "../../common/sca/sca-challenge.type.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import type { BatchGroupKey } from "../../loaders/batch-group.loader.js";
import { createBatchGroup, createBatchGroupTransfer, createPaymentInitiation, fundBatchGroup, updateBatchGroupStatus } from "../../wise/endpoints/batch-groups.js";
import { createSettlementJournal, type WiseSettlementJournal } from "../../wise/endpoints/bulk-settlements.js";
import type { WiseBatchGroup } from "../../wise/schemas/batch-group.js";
import type { WiseTransfer } from "../../wise/schemas/transfer.js";
import { AWAITING_FUNDS, CLOSED } from "../transfer/transfer-status.enum.js";
import { toTransfer } from "../transfer/transfer.mapper.js";
import { transferDifferences, transferFields } from "../transfer/transfer.request.js";
import { BatchGroupStatus, CANCELLING } from "./batch-group.enums.js";
import {
  BatchGroupCreateInput,
  BatchGroupFundInput,
  BatchGroupPaymentInitiationCreateInput,
  BatchGroupStatusInput,
  BatchGroupTransferCreateInput,
  BulkSettlementCreateInput,
} from "./batch-group.inputs.js";
import { toBatchGroup, toPaymentInitiation } from "./batch-group.mapper.js";
import {
  BatchGroupCreatePayload,
  BatchGroupFundPayload,
  BatchGroupPaymentInitiationCreatePayload,
  BatchGroupStatusPayload,
  BatchGroupTransferCreatePayload,
  BulkSettlementCreatePayload,
} from "./batch-group.payloads.js";

const MAX_NAME_LENGTH = 100;
const MAX_REFERENCE_LENGTH = 10;
const MAX_SETTLED_TRANSFERS = 1000;
const SETTLEMENT_REFERENCE = /^TPFB.{1,6}$/;
const GROUP_FIELD = ["input", "batchGroupId"];

const invalid = (message: string, ...field: Array<string | number>) => UserError.of(UserErrorCode.INVALID, message, ["input", ...field.map(String)]);
const notAllowed = (message: string, field: string[] | null = GROUP_FIELD) => UserError.of(UserErrorCode.NOT_ALLOWED, message, field);

/** The profile and Wise id of a batch group, from its global ID. */
function groupKey(id: string): BatchGroupKey {
  const { profileId, quoteId } = splitQuoteKey(parseGlobalIdOf(id, ["BatchGroup"], "input.batchGroupId").key);
  return { profileId, batchGroupId: quoteId.toLowerCase() };
}

/** Reads a group afresh (not from the request's cache): its state guards every change. */
function freshGroup(ctx: Context, key: BatchGroupKey): Promise<WiseBatchGroup> {
  ctx.loaders.batchGroupById.clear(key);
  return ctx.loaders.batchGroupById.load(key);
}

/**
 * Whether the group's transfers were paid. Wise's group does not say; its transfers do, and a
 * group is paid all at once, so its first transfer that was not cancelled tells.
 */
async function groupPaid(ctx: Context, group: WiseBatchGroup): Promise<boolean> {
  for (const id of group.transferIds) {
    ctx.loaders.transferById.clear(id);
    const transfer = await ctx.loaders.transferById.load(id);
    if (!CLOSED.has(transfer.status)) return !AWAITING_FUNDS.has(transfer.status);
  }
  return false;
}

/** What a group in another status than COMPLETED cannot be paid for. */
function notPayable(group: WiseBatchGroup): UserError {
  return group.status === BatchGroupStatus.NEW
    ? notAllowed("The batch group is NEW: complete it (batchGroupComplete) before paying it.")
    : notAllowed(`The batch group is ${group.status} and cannot be paid.`);
}

@Resolver()
export class BatchGroupMutations {
  @Mutation(() => BatchGroupCreatePayload, {
    description: "Creates an empty batch group (NEW) for a profile and a currency. Wise takes no idempotency key here: after an error, look the group up before creating another.",
  })
  async batchGroupCreate(
    @Arg("input", () => BatchGroupCreateInput, { description: "The profile, currency and name of the group." }) input: BatchGroupCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BatchGroupCreatePayload> {
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    const done = (group: WiseBatchGroup | null, userErrors: UserError[]) =>
      Object.assign(new BatchGroupCreatePayload(), { batchGroup: group && toBatchGroup(profileId, group), userErrors });
    if (input.name.trim() === "" || input.name.length > MAX_NAME_LENGTH) return done(null, [invalid(`name must be 1 to ${MAX_NAME_LENGTH} characters long.`, "name")]);
    const result = await runMutation(() => createBatchGroup(ctx.wise(), profileId, { sourceCurrency: input.currency, name: input.name }), {
      fields: sameNames(["name"], { sourceCurrency: "currency" }),
      notFoundField: ["input", "profileId"],
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.batchGroupById.prime({ profileId, batchGroupId: result.value.id.toLowerCase() }, result.value);
    return done(result.value, []);
  }

  @MovesMoney()
  @Mutation(() => BatchGroupTransferCreatePayload, {
    description:
      "Adds a transfer to a NEW batch group, made from a quote and a recipient like transferCreate's (same checks, same userErrors). Safe to repeat: the same idempotencyKey always resolves to the same single transfer; the same key with another quote, recipient or reference answers IDEMPOTENCY_KEY_REUSED and adds nothing.",
  })
  async batchGroupTransferCreate(
    @Arg("input", () => BatchGroupTransferCreateInput, { description: "The group, the quote, the recipient, the idempotency key and the reference." })
    input: BatchGroupTransferCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BatchGroupTransferCreatePayload> {
    const key = groupKey(input.batchGroupId);
    const { profileId: quoteProfileId, quoteId } = parseQuoteId(input.quoteId, "input.quoteId");
    const recipientId = Number(parseGlobalIdOf(input.recipientId, ["Recipient"], "input.recipientId").key);
    const request = {
      targetAccount: recipientId,
      quoteUuid: quoteId,
      customerTransactionId: input.idempotencyKey.toLowerCase(),
      details: { reference: input.reference ?? undefined, transferPurpose: input.transferPurpose ?? undefined, sourceOfFunds: input.sourceOfFunds ?? undefined },
    };
    const done = async (transfer: WiseTransfer | null, userErrors: UserError[]) => {
      const group = await freshGroup(ctx, key).catch(() => null);
      return Object.assign(new BatchGroupTransferCreatePayload(), {
        transfer: transfer && toTransfer(transfer, key.profileId),
        batchGroup: group && toBatchGroup(key.profileId, group),
        idempotencyKey: request.customerTransactionId,
        userErrors,
      });
    };
    if (quoteProfileId !== key.profileId) return done(null, [invalid("The quote was made for another profile than the batch group's.", "quoteId")]);
    // Wise deduplicates on customerTransactionId, so after a lost answer one more call with the same key is safe.
    const result = await runMutation(() => createBatchGroupTransfer(ctx.wise(), key.profileId, key.batchGroupId, request), {
      fields: transferFields,
      notFoundField: GROUP_FIELD,
      unknownOutcome: { what: "transfer", idempotencyKey: request.customerTransactionId },
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    const differing = transferDifferences(result.value, request);
    if (differing.length > 0) return done(null, [idempotencyKeyReused("transfer", differing)]);
    ctx.loaders.transferById.prime(result.value.id, result.value);
    return done(result.value, []);
  }

  @Mutation(() => BatchGroupStatusPayload, {
    description:
      "Completes a NEW batch group: no transfer can be added any more, and it can be paid (batchGroupFund, or a bank transfer with its payInDetails). Safe to repeat: a completed group is returned as it is.",
  })
  async batchGroupComplete(
    @Arg("input", () => BatchGroupStatusInput, { description: "The group, and optionally the version it must still be at." }) input: BatchGroupStatusInput,
    @Ctx() ctx: Context,
  ): Promise<BatchGroupStatusPayload> {
    return changeStatus(ctx, input, "COMPLETED");
  }

  @Mutation(() => BatchGroupStatusPayload, {
    description:
      "Cancels a batch group that is not paid, and with it all its transfers; final. Safe to repeat: a group already cancelled (or being cancelled) is returned as it is. A paid group answers NOT_ALLOWED.",
  })
  async batchGroupCancel(
    @Arg("input", () => BatchGroupStatusInput, { description: "The group, and optionally the version it must still be at." }) input: BatchGroupStatusInput,
    @Ctx() ctx: Context,
  ): Promise<BatchGroupStatusPayload> {
    return changeStatus(ctx, input, "CANCELLED");
  }

  @MovesMoney()
  @Mutation(() => BatchGroupFundPayload, {
    description:
      "Pays every transfer of a completed batch group from the profile's balance in the group's currency: one debit of the group's total. Safe to repeat, also concurrently: a group already paid is returned as it is, without userErrors, and never paid twice. Where Wise asks for strong customer authentication, userErrors holds SCA_REQUIRED and scaChallenge the challenge: clear it, then repeat with input.scaToken.",
  })
  async batchGroupFund(
    @Arg("input", () => BatchGroupFundInput, { description: "The group to pay." }) input: BatchGroupFundInput,
    @Ctx() ctx: Context,
  ): Promise<BatchGroupFundPayload> {
    const key = groupKey(input.batchGroupId);
    const done = (group: WiseBatchGroup | null, userErrors: UserError[], scaChallenge: ScaChallenge | null = null) =>
      Object.assign(new BatchGroupFundPayload(), { batchGroup: group && toBatchGroup(key.profileId, group), scaChallenge, userErrors });
    const scaToken = input.scaToken ?? undefined;
    const badToken = scaToken === undefined ? null : badScaToken(scaToken, ["input", "scaToken"]);
    if (badToken) return done(null, [badToken]);

    const before = await runMutation(() => freshGroup(ctx, key), { notFoundField: GROUP_FIELD });
    if ("userErrors" in before) return done(null, before.userErrors);
    const group = before.value;
    if (group.status !== BatchGroupStatus.COMPLETED) return done(group, [notPayable(group)]);
    // Wise has no idempotency key for payments, so the transfers' own state is the guard.
    if (await groupPaid(ctx, group)) return done(group, []);

    const payment = await runMutation(() => fundBatchGroup(ctx.wise(), key.profileId, key.batchGroupId, scaToken), {
      fields: () => GROUP_FIELD,
      notFoundField: GROUP_FIELD,
      // Never pay again blindly: a lost answer is settled by reading the transfers below.
      unknownOutcome: { what: "payment" },
    });
    if ("userErrors" in payment) {
      // After a lost answer or a refusal, paid transfers mean this call or a concurrent one paid:
      // the caller's intent is met, and the answer is the one a repeat gets.
      const after = await freshGroup(ctx, key).catch(() => null);
      if (payment.scaChallenge === undefined && after && (await groupPaid(ctx, after).catch(() => false))) return done(after, []);
      return done(after ?? group, payment.userErrors, payment.scaChallenge ?? null);
    }
    for (const id of group.transferIds) ctx.loaders.transferById.clear(id);
    return done(await freshGroup(ctx, key).catch(() => group), []);
  }

  @MovesMoney()
  @Mutation(() => BatchGroupPaymentInitiationCreatePayload, {
    description:
      "Pays a completed batch group by direct debit from a linked bank account (USD ACH, CAD EFT). A group is paid once: a group already paid, by balance or by direct debit, answers NOT_ALLOWED. Wise takes no idempotency key here: after OUTCOME_UNKNOWN, repeating answers NOT_ALLOWED if the first call went through. SCA as for batchGroupFund.",
  })
  async batchGroupPaymentInitiationCreate(
    @Arg("input", () => BatchGroupPaymentInitiationCreateInput, { description: "The group, the direct-debit account and the reference." })
    input: BatchGroupPaymentInitiationCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BatchGroupPaymentInitiationCreatePayload> {
    const key = groupKey(input.batchGroupId);
    const done = (paymentInitiation: ReturnType<typeof toPaymentInitiation> | null, userErrors: UserError[], scaChallenge: ScaChallenge | null = null) =>
      Object.assign(new BatchGroupPaymentInitiationCreatePayload(), { paymentInitiation, scaChallenge, userErrors });
    const scaToken = input.scaToken ?? undefined;
    const errors: UserError[] = [];
    const badToken = scaToken === undefined ? null : badScaToken(scaToken, ["input", "scaToken"]);
    if (badToken) errors.push(badToken);
    if (input.directDebitAccountId <= 0) errors.push(invalid("directDebitAccountId must be Wise's id of a direct-debit account.", "directDebitAccountId"));
    const reference = input.reference ?? undefined;
    if (reference !== undefined && (reference.trim() === "" || reference.length > MAX_REFERENCE_LENGTH)) {
      errors.push(invalid(`reference must be 1 to ${MAX_REFERENCE_LENGTH} characters long.`, "reference"));
    }
    if (errors.length > 0) return done(null, errors);
    const before = await runMutation(() => freshGroup(ctx, key), { notFoundField: GROUP_FIELD });
    if ("userErrors" in before) return done(null, before.userErrors);
    if (before.value.status !== BatchGroupStatus.COMPLETED) return done(null, [notPayable(before.value)]);
    const result = await runMutation(
      () =>
        createPaymentInitiation(
          ctx.wise(),
          key.profileId,
          key.batchGroupId,
          { accountId: input.directDebitAccountId, ...(reference === undefined ? {} : { reference }) },
          scaToken,
        ),
      {
        fields: sameNames(["reference"], { accountId: "directDebitAccountId" }),
        notFoundField: GROUP_FIELD,
        unknownOutcome: { what: "direct debit" },
      },
    );
    if ("userErrors" in result) return done(null, result.userErrors, result.scaChallenge ?? null);
    return done(toPaymentInitiation(result.value), []);
  }
}

/** Completes or cancels a group, guarded by its current state and version. */
async function changeStatus(ctx: Context, input: BatchGroupStatusInput, target: "COMPLETED" | "CANCELLED"): Promise<BatchGroupStatusPayload> {
  const key = groupKey(input.batchGroupId);
  const done = (group: WiseBatchGroup | null, userErrors: UserError[]) =>
    Object.assign(new BatchGroupStatusPayload(), { batchGroup: group && toBatchGroup(key.profileId, group), userErrors });
  const reached = (group: WiseBatchGroup) => (target === "COMPLETED" ? group.status === BatchGroupStatus.COMPLETED : CANCELLING.has(group.status as BatchGroupStatus));
  const before = await runMutation(() => freshGroup(ctx, key), { notFoundField: GROUP_FIELD });
  if ("userErrors" in before) return done(null, before.userErrors);
  const group = before.value;
  if (reached(group)) return done(group, []);
  const version = input.version ?? group.version;
  if (version !== group.version)
    return done(group, [notAllowed(`The batch group changed since version ${version} (it is at ${group.version}); read it again.`, ["input", "version"])]);
  const result = await runMutation(() => updateBatchGroupStatus(ctx.wise(), key.profileId, key.batchGroupId, target, version), {
    fields: (path) => (path === "version" ? ["input", "version"] : null),
    notFoundField: GROUP_FIELD,
    unknownOutcome: { what: target === "COMPLETED" ? "completion" : "cancellation" },
  });
  if ("userErrors" in result) {
    // After a lost answer (or a concurrent call), the group's status tells whether it happened.
    const after = await freshGroup(ctx, key).catch(() => null);
    if (after && reached(after)) return done(after, []);
    return done(after ?? group, result.userErrors);
  }
  ctx.loaders.batchGroupById.clear(key).prime(key, result.value);
  return done(result.value, []);
}

/** Wise's paths in a settlement journal (`transfers[2].sourceAmount`) as the input's. */
const settlementFields: FieldMapper = (wisePath) => {
  if (!wisePath) return null;
  const line = /^(transfers|refundedTransfers)\[(\d+)\]\.(\w+)$/.exec(wisePath);
  if (line) return ["input", line[1], line[2], line[3] === "id" ? "transferId" : line[3]];
  return ["settlementReference", "settlementDate", "settlementCurrency", "transfers", "balanceTransfer"].includes(wisePath) ? ["input", wisePath] : null;
};

@Resolver()
export class BulkSettlementMutations {
  @Mutation(() => BulkSettlementCreatePayload, {
    description:
      "Partner operation (the server's client credentials): sends Wise a settlement journal, the transfers one settlement payment covers. Wise takes all of it or none of it; a transfer is settled once, so a journal sent again is refused. Wise takes no idempotency key: after OUTCOME_UNKNOWN, repeating answers a userError on each transfer already settled. FORBIDDEN without PARTNER_SECRET.",
  })
  async bulkSettlementCreate(
    @Arg("input", () => BulkSettlementCreateInput, { description: "The journal: reference, date, currency, transfers and refunds." }) input: BulkSettlementCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BulkSettlementCreatePayload> {
    const partner = ctx.asPartnerBackend();
    const done = (accepted: boolean, userErrors: UserError[]) =>
      Object.assign(new BulkSettlementCreatePayload(), { accepted, transferCount: accepted ? input.transfers.length : 0, userErrors });
    const transferIds = input.transfers.map((t, i) => Number(parseGlobalIdOf(t.transferId, ["Transfer"], `input.transfers[${i}].transferId`).key));
    const refundIds = (input.refundedTransfers ?? []).map((t, i) => Number(parseGlobalIdOf(t.transferId, ["Transfer"], `input.refundedTransfers[${i}].transferId`).key));
    const errors: UserError[] = [];
    if (!SETTLEMENT_REFERENCE.test(input.settlementReference)) errors.push(invalid("settlementReference must be TPFB and 1 to 6 more characters.", "settlementReference"));
    if (input.transfers.length === 0 || input.transfers.length > MAX_SETTLED_TRANSFERS)
      errors.push(invalid(`A journal settles 1 to ${MAX_SETTLED_TRANSFERS} transfers.`, "transfers"));
    if (input.balanceTransfer && new Big(input.balanceTransfer).gt(0)) errors.push(invalid("balanceTransfer must be zero or negative.", "balanceTransfer"));
    input.transfers.forEach((t, i) => {
      const problem = amountProblem(t.sourceAmount, t.sourceCurrency);
      if (problem) errors.push(invalid(problem, "transfers", i, "sourceAmount"));
      if (t.customerName.trim() === "") errors.push(invalid("customerName must not be blank.", "transfers", i, "customerName"));
      if (t.partnerReference.trim() === "") errors.push(invalid("partnerReference must not be blank.", "transfers", i, "partnerReference"));
      if (input.settlementCurrency && !t.exchangeRate)
        errors.push(UserError.of(UserErrorCode.REQUIRED, "exchangeRate is required when the journal has a settlementCurrency.", ["input", "transfers", String(i), "exchangeRate"]));
      if (t.exchangeRate && !new Big(t.exchangeRate).gt(0)) errors.push(invalid("exchangeRate must be above zero.", "transfers", i, "exchangeRate"));
    });
    if (errors.length > 0) return done(false, errors);
    const journal: WiseSettlementJournal = {
      settlementReference: input.settlementReference,
      settlementDate: input.settlementDate.toISOString(),
      ...(input.settlementCurrency ? { settlementCurrency: input.settlementCurrency } : {}),
      transfers: input.transfers.map((t, i) => ({
        id: transferIds[i],
        date: t.date.toISOString(),
        sourceAmount: t.sourceAmount,
        sourceCurrency: t.sourceCurrency,
        customerName: t.customerName,
        partnerReference: t.partnerReference,
        ...(t.comment ? { comment: t.comment } : {}),
        ...(t.exchangeRate ? { exchangeRate: t.exchangeRate } : {}),
      })),
      ...(input.refundedTransfers
        ? {
            refundedTransfers: input.refundedTransfers.map((t, i) => ({
              id: refundIds[i],
              partnerReference: t.partnerReference,
              ...(t.exchangeRate ? { exchangeRate: t.exchangeRate } : {}),
            })),
          }
        : {}),
      ...(input.balanceTransfer ? { balanceTransfer: input.balanceTransfer } : {}),
    };
    const result = await runMutation(() => createSettlementJournal(partner, journal), { fields: settlementFields, unknownOutcome: { what: "settlement journal" } });
    if ("userErrors" in result) return done(false, result.userErrors);
    return done(true, []);
  }
}
