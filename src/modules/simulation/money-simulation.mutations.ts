import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { amountProblem } from "../../common/amount-input.js";
import { Money } from "../../common/money.type.js";
import { MovesMoney } from "../../common/moves-money.js";
import { sameNames } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { simulateBalanceTopUp, simulateBankTransactionImport, simulateSwiftIn, type WiseSwiftInRequest } from "../../wise/endpoints/simulations.js";
import type { WiseBalance } from "../../wise/schemas/balance.js";
import { toBalance } from "../balance/balance.mapper.js";
import type { Balance } from "../balance/balance.type.js";
import { BalanceSimulateTopUpInput, BankTransactionImportSimulateInput, SwiftInSimulateInput } from "./simulation.inputs.js";
import { BalanceSimulateTopUpPayload, BankTransactionImportSimulatePayload, SwiftInSimulatePayload } from "./simulation.payloads.js";
import { SwiftInMessage } from "./simulation.types.js";
import { pointUnpathedAt } from "./unpathed-errors.js";

// Each of these credits a balance, and Wise takes no idempotency key for any of them: a repeat
// credits again. So a lost answer is never sent again: it is OUTCOME_UNKNOWN, and the caller
// reads the balance before trying again.

const profileOf = (id: string) => Number(parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
const invalidAmount = (problem: string) => [UserError.of(UserErrorCode.INVALID, problem, ["input", "amount"])];

/** The profile's STANDARD balance in a currency, read afresh after money arrived; null if it cannot be read. */
async function creditedBalance(ctx: Context, profileId: number, currency: string): Promise<Balance | null> {
  ctx.loaders.balancesByProfile.clearAll();
  ctx.loaders.balanceById.clearAll();
  try {
    const balances: WiseBalance[] = await ctx.loaders.balancesByProfile.load({ profileId, types: ["STANDARD"] });
    const balance = balances.find((b) => b.currency === currency);
    return balance === undefined ? null : toBalance(profileId, balance);
  } catch {
    return null;
  }
}

/** Sandbox-only simulations of money arriving, left out of the schema served for a real Wise. */
@Resolver()
export class MoneySimulationMutations {
  @MovesMoney()
  @Mutation(() => BalanceSimulateTopUpPayload, {
    description:
      "Wise sandbox only: money added to a balance (by card, or by bank transfer), so that it can pay transfers. Each call adds again: after OUTCOME_UNKNOWN, read the balance before trying again.",
  })
  async balanceSimulateTopUp(
    @Arg("input", () => BalanceSimulateTopUpInput, { description: "The balance, the amount and how it arrives." }) input: BalanceSimulateTopUpInput,
    @Ctx() ctx: Context,
  ): Promise<BalanceSimulateTopUpPayload> {
    const [profileId, balanceId] = parseGlobalIdOf(input.balanceId, ["Balance"], "input.balanceId").key.split(":").map(Number);
    const done = (balance: Balance | null, balanceTransactionId: number | null, userErrors: UserError[]) =>
      Object.assign(new BalanceSimulateTopUpPayload(), { balance, balanceTransactionId, userErrors });
    // The balance's currency is the top-up's; reading it also refuses someone else's balance before any money moves.
    const current = await runMutation(() => ctx.loaders.balanceById.load({ profileId, balanceId }), { notFoundField: ["input", "balanceId"] });
    if ("userErrors" in current) return done(null, null, current.userErrors);
    const currency = current.value.currency;
    const problem = amountProblem(input.amount, currency);
    if (problem) return done(null, null, invalidAmount(problem));
    const result = await runMutation(() => simulateBalanceTopUp(ctx.wise(), { profileId, balanceId, currency, amount: input.amount, channel: input.channel }), {
      fields: sameNames(["amount", "channel"], { balanceId: "balanceId", currency: "balanceId", profileId: "balanceId" }),
      notFoundField: ["input", "balanceId"],
      unknownOutcome: { what: "top-up" },
    });
    if ("userErrors" in result) return done(null, null, result.userErrors);
    return done(await creditedBalance(ctx, profileId, currency), result.value.transactionId, []);
  }

  @MovesMoney()
  @Mutation(() => BankTransactionImportSimulatePayload, {
    description:
      "Wise sandbox only: a bank transfer in USD, EUR or GBP arrives through the profile's issued bank details and is credited to their balance. Each call is a new payment: after OUTCOME_UNKNOWN, read the balance before trying again.",
  })
  async bankTransactionImportSimulate(
    @Arg("input", () => BankTransactionImportSimulateInput, { description: "The profile, currency and amount." }) input: BankTransactionImportSimulateInput,
    @Ctx() ctx: Context,
  ): Promise<BankTransactionImportSimulatePayload> {
    const profileId = profileOf(input.profileId);
    const currency = input.currency.toUpperCase();
    const done = (balance: Balance | null, userErrors: UserError[]) => Object.assign(new BankTransactionImportSimulatePayload(), { balance, userErrors });
    const problem = amountProblem(input.amount, currency);
    if (problem) return done(null, invalidAmount(problem));
    const result = await runMutation(() => simulateBankTransactionImport(ctx.wise(), profileId, { currency, amount: input.amount }), {
      notFoundField: ["input", "profileId"],
      unknownOutcome: { what: "bank transaction import" },
    });
    // The amount was checked above, so what Wise refuses is the currency (no details in it, or not one it imports).
    if ("userErrors" in result) return done(null, pointUnpathedAt(result.userErrors, ["input", "currency"]));
    return done(await creditedBalance(ctx, profileId, currency), []);
  }

  @MovesMoney()
  @Mutation(() => SwiftInSimulatePayload, {
    description:
      "Wise sandbox only: a Swift payment arrives through the profile's issued bank details and is credited to their balance; swift-in#credit subscribers hear of it. Each call is a new payment: after OUTCOME_UNKNOWN, read the balance before trying again.",
  })
  async swiftInSimulate(
    @Arg("input", () => SwiftInSimulateInput, { description: "The payment as the Swift message carries it." }) input: SwiftInSimulateInput,
    @Ctx() ctx: Context,
  ): Promise<SwiftInSimulatePayload> {
    const profileId = profileOf(input.profileId);
    const currency = input.currency.toUpperCase();
    const done = (swiftMessage: SwiftInMessage | null, balance: Balance | null, userErrors: UserError[]) =>
      Object.assign(new SwiftInSimulatePayload(), { swiftMessage, balance, userErrors });
    const problem = amountProblem(input.amount, currency);
    if (problem) return done(null, null, invalidAmount(problem));
    const { profileId: _profile, currency: _currency, ...rest } = input;
    const request: WiseSwiftInRequest = {
      ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined && value !== null)),
      currencyCode: currency,
      amount: input.amount,
    };
    const result = await runMutation(() => simulateSwiftIn(ctx.wise(), profileId, request), {
      fields: sameNames(["amount", "charges", "previousInstructingAgents", "beneficiaryAddress", "senderAddress"], { currencyCode: "currency" }),
      notFoundField: ["input", "profileId"],
      unknownOutcome: { what: "Swift payment" },
    });
    if ("userErrors" in result) return done(null, null, result.userErrors);
    const message = result.value;
    const swiftMessage = Object.assign(new SwiftInMessage(), {
      messageId: String(message.id),
      uetr: message.uetr,
      state: message.state,
      amount: Money.of(message.amount, message.currency),
      processedAt: message.processTime ? new Date(message.processTime) : null,
    });
    return done(swiftMessage, await creditedBalance(ctx, profileId, currency), []);
  }
}
