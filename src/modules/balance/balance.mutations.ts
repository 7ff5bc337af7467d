import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import { idempotencyKeyReused, sameAmount, sameNames } from "../../common/mutation-errors.js";
import { parseGlobalIdOf, parseQuoteId } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { convertBalance, createBalance, deleteBalance } from "../../wise/endpoints/balance-changes.js";
import type { WiseBalance } from "../../wise/schemas/balance.js";
import type { WiseBalanceMovement } from "../../wise/schemas/balance-movement.js";
import type { WiseQuote } from "../../wise/schemas/quote.js";
import { BalanceConversion, BalanceMovementState } from "./balance-conversion.type.js";
import { BalanceType } from "./balance.enums.js";
import { BalanceConvertInput, BalanceCreateInput, BalanceDeleteInput } from "./balance.inputs.js";
import { toBalance } from "./balance.mapper.js";
import { BalanceConvertPayload, BalanceCreatePayload, BalanceDeletePayload } from "./balance.payloads.js";
import { MovesMoney } from "../../common/moves-money.js";

const balanceFields = sameNames(["currency", "type", "name"], { quoteId: "quoteId", profile: "profileId" });

function toConversion(movement: WiseBalanceMovement): BalanceConversion {
  const money = (m: { value: string; currency: string } | null | undefined) => (m ? Money.of(m.value, m.currency) : null);
  return Object.assign(new BalanceConversion(), {
    wiseId: movement.id,
    state: toEnum(BalanceMovementState, "BalanceMovementState", movement.state),
    sourceAmount: money(movement.sourceAmount),
    targetAmount: money(movement.targetAmount),
    rate: movement.rate ?? null,
    fees: (movement.feeAmounts ?? []).map((f) => Money.of(f.value, f.currency)),
    createdAt: parseOptionalWiseTime(movement.creationTime),
  });
}

@Resolver()
export class BalanceMutations {
  @Mutation(() => BalanceCreatePayload, {
    description:
      "Opens a balance (or savings jar) in a currency. Safe to repeat with the same idempotencyKey; the same key with another currency, type or jar name answers IDEMPOTENCY_KEY_REUSED and opens nothing.",
  })
  async balanceCreate(
    @Arg("input", () => BalanceCreateInput, { description: "The profile, currency, kind and idempotency key." }) input: BalanceCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BalanceCreatePayload> {
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    const done = (balance: BalanceCreatePayload["balance"], userErrors: UserError[]) => Object.assign(new BalanceCreatePayload(), { balance, userErrors });
    if (input.type === BalanceType.SAVINGS && !input.name?.trim()) return done(null, [UserError.of(UserErrorCode.REQUIRED, "A savings jar needs a name.", ["input", "name"])]);
    const key = input.idempotencyKey.toLowerCase();
    const result = await runMutation(() => createBalance(ctx.wise(), profileId, { currency: input.currency, type: input.type, name: input.name ?? undefined }, key), {
      fields: balanceFields,
      notFoundField: ["input", "profileId"],
      unknownOutcome: { what: "balance opening", idempotencyKey: key },
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    // For a key it already holds, Wise replays the earlier answer, whatever this body says.
    const differing = balanceDifferences(result.value, input);
    if (differing.length > 0) return done(null, [idempotencyKeyReused("balance", differing)]);
    ctx.loaders.balancesByProfile.clearAll();
    return done(toBalance(profileId, result.value), []);
  }

  @Mutation(() => BalanceDeletePayload, { description: "Closes an empty balance." })
  async balanceDelete(
    @Arg("input", () => BalanceDeleteInput, { description: "The balance to close." }) input: BalanceDeleteInput,
    @Ctx() ctx: Context,
  ): Promise<BalanceDeletePayload> {
    const [profileId, balanceId] = parseGlobalIdOf(input.balanceId, ["Balance"], "input.balanceId").key.split(":").map(Number);
    const result = await runMutation(() => deleteBalance(ctx.wise(), profileId, balanceId), { fields: () => ["input", "balanceId"], notFoundField: ["input", "balanceId"] });
    if ("userErrors" in result) return Object.assign(new BalanceDeletePayload(), { deletedBalanceId: null, userErrors: result.userErrors });
    ctx.loaders.balancesByProfile.clearAll();
    ctx.loaders.balanceById.clear({ profileId, balanceId });
    return Object.assign(new BalanceDeletePayload(), { deletedBalanceId: input.balanceId, userErrors: [] });
  }

  @MovesMoney()
  @Mutation(() => BalanceConvertPayload, {
    description:
      "Converts money between two of the profile's balances with a quote made with payOut BALANCE. Safe to repeat with the same idempotencyKey; the same key with another quote answers IDEMPOTENCY_KEY_REUSED and converts nothing.",
  })
  async balanceConvert(
    @Arg("input", () => BalanceConvertInput, { description: "The quote and the idempotency key." }) input: BalanceConvertInput,
    @Ctx() ctx: Context,
  ): Promise<BalanceConvertPayload> {
    const { profileId, quoteId } = parseQuoteId(input.quoteId, "input.quoteId");
    const key = input.idempotencyKey.toLowerCase();
    const done = (conversion: BalanceConversion | null, userErrors: UserError[]) =>
      Object.assign(new BalanceConvertPayload(), { conversion, profileId: conversion && profileId, idempotencyKey: key, userErrors });
    // Wise's answer for a key does not name the quote, so the quote is read first, to tell this
    // call's conversion from an earlier one made with the same key.
    const quote = await runMutation(() => ctx.loaders.quoteById.load({ profileId, quoteId }), { fields: balanceFields, notFoundField: ["input", "quoteId"] });
    if ("userErrors" in quote) return done(null, quote.userErrors);
    const result = await runMutation(() => convertBalance(ctx.wise(), profileId, quoteId, key), {
      fields: balanceFields,
      notFoundField: ["input", "quoteId"],
      unknownOutcome: { what: "conversion", idempotencyKey: key },
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    if (!conversionMatches(result.value, quote.value)) return done(null, [idempotencyKeyReused("conversion", ["quoteId"])]);
    ctx.loaders.balancesByProfile.clearAll();
    return done(toConversion(result.value), []);
  }
}

/** The inputs of balanceCreate that the balance Wise returned for the key does not match. */
function balanceDifferences(balance: WiseBalance, input: BalanceCreateInput): string[] {
  const differing: string[] = [];
  if (balance.currency.toUpperCase() !== input.currency.toUpperCase()) differing.push("currency");
  if (balance.type !== input.type) differing.push("type");
  else if (input.type === BalanceType.SAVINGS && (balance.name ?? "").trim() !== (input.name ?? "").trim()) differing.push("name");
  return differing;
}

/**
 * Whether the conversion Wise returned for the key is one this quote priced: same currencies and
 * the amount the quote was priced by (a quote holds only that one at top level). Only a clear
 * mismatch counts, so a first conversion is never mistaken for an earlier one.
 */
function conversionMatches(movement: WiseBalanceMovement, quote: WiseQuote): boolean {
  const { sourceAmount: source, targetAmount: target } = movement;
  if (source && source.currency.toUpperCase() !== quote.sourceCurrency.toUpperCase()) return false;
  if (target && target.currency.toUpperCase() !== quote.targetCurrency.toUpperCase()) return false;
  if (source && quote.sourceAmount != null && !sameAmount(source.value, quote.sourceAmount)) return false;
  if (target && quote.targetAmount != null && !sameAmount(target.value, quote.targetAmount)) return false;
  return true;
}
