import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { idempotencyKeyReused } from "../../common/mutation-errors.js";
import { parseGlobalIdOf, parseQuoteId } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { cancelTransfer, createTransfer, fundTransfer, simulateTransfer, type WiseSimulatedStatus } from "../../wise/endpoints/transfers.js";
import type { WisePayment, WiseTransfer } from "../../wise/schemas/transfer.js";
import { TransferCancelInput, TransferCreateInput, TransferFundInput, TransferSimulateInput } from "./transfer.inputs.js";
import { toTransfer } from "./transfer.mapper.js";
import { transferDifferences, transferFields } from "./transfer.request.js";
import { TransferCancelPayload, TransferCreatePayload, TransferFundPayload, TransferSimulatePayload } from "./transfer.payloads.js";
import { transferProfileId } from "./transfer.resolver.js";
import { AWAITING_FUNDS, CLOSED } from "./transfer-status.enum.js";
import { MovesMoney } from "../../common/moves-money.js";
import { badScaToken } from "../../common/sca/sca-challenge.mapper.js";
import type { ScaChallenge } from "../../common/sca/sca-challenge.type.js";

/** Reads a transfer afresh (not from the request's cache): used to reconcile after a fault. */
async function freshTransfer(ctx: Context, transferId: number): Promise<WiseTransfer> {
  ctx.loaders.transferById.clear(transferId);
  return ctx.loaders.transferById.load(transferId);
}

@Resolver()
export class TransferMutations {
  @MovesMoney()
  @Mutation(() => TransferCreatePayload, {
    description:
      "Creates a transfer from a quote to a recipient. Safe to repeat: the same idempotencyKey always resolves to the same single transfer; the same key with another quote, recipient or reference answers IDEMPOTENCY_KEY_REUSED and does nothing. When Wise's answer is lost, userErrors holds OUTCOME_UNKNOWN: repeat with the same key.",
  })
  async transferCreate(
    @Arg("input", () => TransferCreateInput, { description: "The quote, the recipient, the idempotency key and the reference." }) input: TransferCreateInput,
    @Ctx() ctx: Context,
  ): Promise<TransferCreatePayload> {
    const { profileId, quoteId } = parseQuoteId(input.quoteId, "input.quoteId");
    const recipientId = Number(parseGlobalIdOf(input.recipientId, ["Recipient"], "input.recipientId").key);
    const request = {
      targetAccount: recipientId,
      quoteUuid: quoteId,
      customerTransactionId: input.idempotencyKey.toLowerCase(),
      details: { reference: input.reference ?? undefined, transferPurpose: input.transferPurpose ?? undefined, sourceOfFunds: input.sourceOfFunds ?? undefined },
    };
    const done = (transfer: WiseTransfer | null, userErrors: UserError[]) =>
      Object.assign(new TransferCreatePayload(), { transfer: transfer && toTransfer(transfer, profileId), idempotencyKey: request.customerTransactionId, userErrors });

    // Wise deduplicates on customerTransactionId, so after a lost answer one more call with the
    // same key is safe: it returns the transfer already made, or makes the only one.
    const result = await runMutation(() => createTransfer(ctx.wise(), request), {
      fields: transferFields,
      notFoundField: ["input", "quoteId"],
      unknownOutcome: { what: "transfer", idempotencyKey: request.customerTransactionId },
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    // For a key it already holds, Wise returns that earlier transfer, whatever this body says.
    const differing = transferDifferences(result.value, request);
    if (differing.length > 0) return done(null, [idempotencyKeyReused("transfer", differing)]);
    ctx.loaders.transferById.prime(result.value.id, result.value);
    return done(result.value, []);
  }

  @Mutation(() => TransferCancelPayload, { description: "Cancels a transfer that has not been sent yet. Once Wise has sent it, userErrors says NOT_ALLOWED." })
  async transferCancel(
    @Arg("input", () => TransferCancelInput, { description: "The transfer to cancel." }) input: TransferCancelInput,
    @Ctx() ctx: Context,
  ): Promise<TransferCancelPayload> {
    const transferId = Number(parseGlobalIdOf(input.transferId, ["Transfer"], "input.transferId").key);
    const result = await runMutation(() => cancelTransfer(ctx.wise(), transferId), { fields: () => ["input", "transferId"], notFoundField: ["input", "transferId"] });
    if ("userErrors" in result) return Object.assign(new TransferCancelPayload(), { transfer: null, userErrors: result.userErrors });
    ctx.loaders.transferById.clear(transferId).prime(transferId, result.value);
    return Object.assign(new TransferCancelPayload(), { transfer: toTransfer(result.value), userErrors: [] });
  }

  @MovesMoney()
  @Mutation(() => TransferFundPayload, {
    description:
      "Pays a transfer from the profile's balance in its source currency. Safe to repeat, also concurrently: a transfer already paid (by an earlier or a concurrent call) is returned as it is, without userErrors, and never paid twice. Where Wise asks for strong customer authentication, userErrors holds SCA_REQUIRED and scaChallenge the challenge: clear it, then repeat with input.scaToken.",
  })
  async transferFund(@Arg("input", () => TransferFundInput, { description: "The transfer to fund." }) input: TransferFundInput, @Ctx() ctx: Context): Promise<TransferFundPayload> {
    const transferId = Number(parseGlobalIdOf(input.transferId, ["Transfer"], "input.transferId").key);
    const done = (transfer: WiseTransfer | null, userErrors: UserError[], scaChallenge: ScaChallenge | null = null) =>
      Object.assign(new TransferFundPayload(), { known: transfer && toTransfer(transfer), paidTransferId: null, balanceTransactionId: null, scaChallenge, userErrors });
    const scaToken = input.scaToken ?? undefined;
    const badToken = scaToken === undefined ? null : badScaToken(scaToken, ["input", "scaToken"]);
    if (badToken) return done(null, [badToken]);

    const before = await runMutation(() => freshTransfer(ctx, transferId), { notFoundField: ["input", "transferId"] });
    if ("userErrors" in before) return done(null, before.userErrors);
    const transfer = before.value;
    // Wise has no idempotency key for payments, so the transfer's own state is the guard.
    if (CLOSED.has(transfer.status))
      return done(transfer, [UserError.of(UserErrorCode.NOT_ALLOWED, `The transfer is ${transfer.status} and cannot be funded.`, ["input", "transferId"])]);
    if (!AWAITING_FUNDS.has(transfer.status)) return done(transfer, []);

    const profileId = await transferProfileId(toTransfer(transfer), ctx);
    if (profileId === null) return done(transfer, [UserError.of(UserErrorCode.NOT_FOUND, "The transfer's profile was not found.", ["input", "transferId"])]);
    // A signed payment's answer is checked with Wise's key: it is fetched before paying, so failing
    // to get it pays nothing and is a plain error, not an unknown outcome.
    if (ctx.wise().jwsSigner) await ctx.wiseKeys().signingKey();
    const payment = await runMutation(() => fundTransfer(ctx.wise(), ctx.wiseKeys(), profileId, transferId, scaToken), {
      fields: () => ["input", "transferId"],
      // Never pay again blindly: a lost answer is settled by reading the transfer below.
      unknownOutcome: { what: "payment" },
      refusal: paymentRefusal,
    });
    if ("userErrors" in payment) {
      // The transfer's state tells what happened: after a lost answer, a transfer that moved on was
      // paid; after a refusal, one that is now paid means a concurrent call paid it first. Either
      // way the caller's intent is met, and the answer is the one a repeat gets.
      const after = await freshTransfer(ctx, transferId).catch(() => null);
      const lost = payment.userErrors.some((error) => error.code === UserErrorCode.OUTCOME_UNKNOWN);
      if (after && !AWAITING_FUNDS.has(after.status) && (lost || !CLOSED.has(after.status))) return done(after, []);
      return done(after ?? transfer, payment.userErrors, payment.scaChallenge ?? null);
    }
    // Paid: the transfer is read by its own field, so a failed read cannot hide the payment.
    ctx.loaders.transferById.clear(transferId);
    return Object.assign(new TransferFundPayload(), {
      known: null,
      paidTransferId: transferId,
      balanceTransactionId: payment.value.balanceTransactionId ?? null,
      scaChallenge: null,
      userErrors: [],
    });
  }
}

@Resolver()
export class TransferSimulationMutations {
  @Mutation(() => TransferSimulatePayload, {
    description: "Wise sandbox only: moves a funded transfer to its next state through Wise's simulation API, to test a flow end to end. Real Wise refuses it.",
  })
  async transferSimulate(
    @Arg("input", () => TransferSimulateInput, { description: "The transfer and the state to move it to." }) input: TransferSimulateInput,
    @Ctx() ctx: Context,
  ): Promise<TransferSimulatePayload> {
    const transferId = Number(parseGlobalIdOf(input.transferId, ["Transfer"], "input.transferId").key);
    const status = input.status.toLowerCase() as WiseSimulatedStatus;
    const result = await runMutation(() => simulateTransfer(ctx.wise(), transferId, status), { fields: () => ["input", "status"], notFoundField: ["input", "transferId"] });
    if ("userErrors" in result) return Object.assign(new TransferSimulatePayload(), { transfer: null, userErrors: result.userErrors });
    // The simulation answers with the transfer as it was; read it back in its new state.
    return Object.assign(new TransferSimulatePayload(), { transfer: toTransfer(await freshTransfer(ctx, transferId)), userErrors: [] });
  }
}

const PAYMENT_MESSAGES: Record<string, string> = {
  "transfer.insufficient_funds": "The balance does not hold enough money to pay this transfer.",
  "balance.payment-option-unavailable": "The profile has no balance in the transfer's source currency.",
};

/** Wise's payment result `{status: REJECTED, errorCode}` as the refusal it is; null when paid. */
function paymentRefusal(payment: WisePayment): { code: string; message: string } | null {
  if (payment.status === "COMPLETED") return null;
  const code = payment.errorCode ?? "REJECTED";
  return { code, message: payment.errorMessage ?? PAYMENT_MESSAGES[code] ?? "Wise rejected the payment." };
}
