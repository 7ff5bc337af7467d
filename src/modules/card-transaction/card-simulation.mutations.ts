import Big from "big.js";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { amountProblem } from "../../common/amount-input.js";
import { MovesMoney } from "../../common/moves-money.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import {
  listSimulatedCardTransactions,
  simulateCardAuthorisation,
  simulateCardClearing,
  simulateCardReversal,
  type WiseCardFollowUpRequest,
} from "../../wise/endpoints/card-transactions.js";
import type { WiseCardSimulationAnswer, WiseCardTransaction } from "../../wise/schemas/card-transaction.js";
import type { WiseSession } from "../../wise/session.js";
import { CardSimulateAuthorisationInput, CardSimulateClearingInput, CardSimulateReversalInput } from "./card-simulation.inputs.js";
import { CardSimulateAuthorisationPayload, CardSimulateSettlementPayload } from "./card-simulation.payloads.js";
import { splitCardKey } from "../card/card.mapper.js";
import { toCardTransaction } from "./card-transaction.mapper.js";
import type { CardTransaction } from "./card-transaction.type.js";
import { oneAtATime, simulationReferencesOf } from "./simulation-references.js";

// None of these takes an idempotency key: each one sent again is another authorisation, clearing
// or reversal. A lost answer is OUTCOME_UNKNOWN; read the card's transactions before trying again.
// Wise's answers carry the card's PAN, PIN and CVVs in `reference`: it stays on the server
// (simulation-references.ts), and no field of these payloads is read from it.

/** How many of the card's newest simulated transactions are looked at to find the one just made. */
const CANDIDATES = 5;

const invalid = (message: string, field: string) => [UserError.of(UserErrorCode.INVALID, message, ["input", field])];

/** Wise's simulation `error` text, with anything that looks like a card number taken out. */
const safeText = (text: string) => text.replace(/\d[\d ]{10,}\d/g, "[redacted]");

function cardOf(id: string): { profileId: number; cardToken: string } {
  const { profileId, cardToken } = splitCardKey(parseGlobalIdOf(id, ["Card"], "input.cardId").key);
  return { profileId, cardToken: cardToken.toLowerCase() };
}

function transactionOf(id: string): { profileId: number; transactionId: number } {
  const [profileId, transactionId] = parseGlobalIdOf(id, ["CardTransaction"], "input.transactionId").key.split(":").map(Number);
  return { profileId, transactionId };
}

/** The simulation type that repeats a transaction's: what clearing and reversal must send. */
function simulationTypeOf(transaction: WiseCardTransaction): string {
  if (transaction.type === "REFUND") return "REFUND";
  if (transaction.type === "CASH_WITHDRAWAL") return "CASH_WITHDRAWAL";
  return "GOODS_AND_SERVICES";
}

/**
 * The transaction an authorisation just made: the newest of the card's simulated transactions
 * whose amount is the one asked (and, when approved, whose approval code is the reference's).
 * Authorisations of one card run one at a time here, so only a simulation from elsewhere at the
 * same instant could be mistaken for it.
 */
async function madeBy(wise: WiseSession, ctx: Context, card: { profileId: number; cardToken: string }, input: CardSimulateAuthorisationInput, answer: WiseCardSimulationAnswer) {
  const approval = typeof answer.reference?.authorizationIdResponse === "string" ? answer.reference.authorizationIdResponse : null;
  const rows = await listSimulatedCardTransactions(wise, card.profileId, card.cardToken, CANDIDATES);
  for (const row of rows) {
    const transaction = await ctx.loaders.cardTransactionById.load({ profileId: card.profileId, transactionId: row.transactionId });
    const sameAmount = transaction.transactionAmount.currency === input.currency && new Big(transaction.transactionAmount.amount).abs().eq(input.amount);
    const sameApproval = transaction.state === "DECLINED" || approval === null || transaction.approvalCode === approval;
    if (sameAmount && sameApproval) return transaction;
  }
  return null;
}

/** Sandbox-only simulations of a card used at a merchant, left out of the schema served for a real Wise. */
@Resolver()
export class CardSimulationMutations {
  @MovesMoney()
  @Mutation(() => CardSimulateAuthorisationPayload, {
    description:
      "Wise sandbox only: a merchant asks to hold money on a card. Approved, the money is held on a balance (the transaction IN_PROGRESS); declined, the transaction says why. Each call is another authorisation: after OUTCOME_UNKNOWN, read the card's transactions before trying again.",
  })
  async cardSimulateAuthorisation(
    @Arg("input", () => CardSimulateAuthorisationInput, { description: "The card, the amount and where it is used." }) input: CardSimulateAuthorisationInput,
    @Ctx() ctx: Context,
  ): Promise<CardSimulateAuthorisationPayload> {
    const done = (transaction: CardTransaction | null, userErrors: UserError[]) =>
      Object.assign(new CardSimulateAuthorisationPayload(), { transaction, declineReason: transaction?.declineReason ?? null, userErrors });
    const card = cardOf(input.cardId);
    const currency = input.currency.toUpperCase();
    const problem = amountProblem(input.amount, currency);
    if (problem) return done(null, invalid(problem, "amount"));
    if (!/^\d{4}$/.test(input.mcc)) return done(null, invalid("mcc must be four digits.", "mcc"));
    const merchantCountry = input.merchantCountry?.toUpperCase() ?? null;
    if (merchantCountry !== null && !/^[A-Z]{2}$/.test(merchantCountry)) return done(null, invalid("merchantCountry must be an ISO 3166-1 alpha-2 code.", "merchantCountry"));
    const wise = ctx.wise();
    return oneAtATime(card.cardToken, async () => {
      const result = await runMutation(
        () =>
          simulateCardAuthorisation(wise, card.profileId, card.cardToken, {
            pos: input.pos,
            transactionType: input.transactionType,
            amount: { value: input.amount, currency },
            mcc: Number(input.mcc),
            ...(merchantCountry === null ? {} : { merchantCountry }),
          }),
        { notFoundField: ["input", "cardId"], unknownOutcome: { what: "card authorisation" } },
      );
      if ("userErrors" in result) return done(null, result.userErrors);
      const made = await madeBy(wise, ctx, card, { ...input, currency }, result.value);
      if (made === null) {
        return done(null, [
          UserError.of(UserErrorCode.OUTCOME_UNKNOWN, "Wise took the authorisation, but its transaction could not be told apart from others: read the card's transactions."),
        ]);
      }
      if (result.value.reference) simulationReferencesOf(ctx.reference).remember(card.profileId, card.cardToken, made.id, result.value.reference);
      return done(toCardTransaction(card.profileId, made), []);
    });
  }

  @MovesMoney()
  @Mutation(() => CardSimulateSettlementPayload, {
    description:
      "Wise sandbox only: the merchant captures an authorisation this server simulated: the held money is released and the captured amount taken (or, for a refund, credited), with a CARD statement line. Each call is another clearing: after OUTCOME_UNKNOWN, read the transaction before trying again.",
  })
  async cardSimulateClearing(
    @Arg("input", () => CardSimulateClearingInput, { description: "The transaction and the amount captured." }) input: CardSimulateClearingInput,
    @Ctx() ctx: Context,
  ): Promise<CardSimulateSettlementPayload> {
    return settle(ctx, input.transactionId, input.amount ?? null, "clearing");
  }

  @MovesMoney()
  @Mutation(() => CardSimulateSettlementPayload, {
    description:
      "Wise sandbox only: the merchant gives up an authorisation this server simulated, wholly (the transaction CANCELLED, the hold released) or down to a final amount. After OUTCOME_UNKNOWN, read the transaction before trying again.",
  })
  async cardSimulateReversal(
    @Arg("input", () => CardSimulateReversalInput, { description: "The transaction and what it is worth after the reversal." }) input: CardSimulateReversalInput,
    @Ctx() ctx: Context,
  ): Promise<CardSimulateSettlementPayload> {
    return settle(ctx, input.transactionId, input.finalAmount, "reversal");
  }
}

/** A clearing or reversal of a transaction this server authorised, sent with the reference it kept. */
async function settle(ctx: Context, id: string, amount: string | null, step: "clearing" | "reversal"): Promise<CardSimulateSettlementPayload> {
  const done = (transaction: CardTransaction | null, userErrors: UserError[]) => Object.assign(new CardSimulateSettlementPayload(), { transaction, userErrors });
  const { profileId, transactionId } = transactionOf(id);
  const current = await runMutation(() => ctx.loaders.cardTransactionById.load({ profileId, transactionId }), { notFoundField: ["input", "transactionId"] });
  if ("userErrors" in current) return done(null, current.userErrors);
  const transaction = current.value;
  const currency = transaction.transactionAmount.currency;
  const value = amount ?? new Big(transaction.transactionAmount.amount).abs().toFixed();
  const problem = step === "reversal" && new Big(value).eq(0) ? null : amountProblem(value, currency);
  if (problem) return done(null, invalid(problem, step === "clearing" ? "amount" : "finalAmount"));
  const reference = simulationReferencesOf(ctx.reference).referenceOf(profileId, transaction.cardToken, transactionId);
  if (reference === undefined) {
    return done(null, [
      UserError.of(UserErrorCode.NOT_ALLOWED, "This server did not simulate this authorisation (or has restarted since): only those it made can be cleared or reversed.", [
        "input",
        "transactionId",
      ]),
    ]);
  }
  const request: WiseCardFollowUpRequest = { amount: { value, currency }, transactionType: simulationTypeOf(transaction), ref: reference };
  const send = step === "clearing" ? simulateCardClearing : simulateCardReversal;
  const result = await runMutation(() => send(ctx.wise(), profileId, transaction.cardToken, request), {
    notFoundField: ["input", "transactionId"],
    unknownOutcome: { what: `card ${step}` },
  });
  if ("userErrors" in result) return done(null, result.userErrors);
  if (result.value.error) return done(null, [UserError.of(UserErrorCode.NOT_ALLOWED, safeText(result.value.error), ["input", "transactionId"])]);
  ctx.loaders.cardTransactionById.clear({ profileId, transactionId });
  ctx.loaders.balanceById.clearAll();
  ctx.loaders.balancesByProfile.clearAll();
  const after = await runMutation(() => ctx.loaders.cardTransactionById.load({ profileId, transactionId }), { notFoundField: ["input", "transactionId"] });
  if ("userErrors" in after) return done(null, after.userErrors);
  return done(toCardTransaction(profileId, after.value), []);
}
