import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { amountProblem } from "../../common/amount-input.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { simulateAccountDetailsOrderStep, simulateAccountDetailsPayment } from "../../wise/endpoints/account-details.js";
import { BankAccountDetailsOrderSimulateInput, BankAccountDetailsPaymentSimulateInput } from "./account-details.inputs.js";
import { toBankAccountDetailsOrder } from "./account-details.mapper.js";
import { BankAccountDetailsOrderSimulatePayload, BankAccountDetailsPaymentSimulatePayload } from "./account-details.payloads.js";

const profileOf = (id: string) => Number(parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);

/** Sandbox-only steps of the bank details flow, left out of the schema served for a real Wise. */
@Resolver()
export class AccountDetailsSimulationMutations {
  @Mutation(() => BankAccountDetailsOrderSimulatePayload, {
    description:
      "Wise sandbox only: moves the open bank details order of a currency one step (PENDING_USER, PENDING_TW, REQUIREMENTS_FULFILLED, DONE), as the customer and Wise would; at DONE the details are issued.",
  })
  async bankAccountDetailsOrderSimulate(
    @Arg("input", () => BankAccountDetailsOrderSimulateInput, { description: "The profile and the currency." }) input: BankAccountDetailsOrderSimulateInput,
    @Ctx() ctx: Context,
  ): Promise<BankAccountDetailsOrderSimulatePayload> {
    const profileId = profileOf(input.profileId);
    const result = await runMutation(() => simulateAccountDetailsOrderStep(ctx.wise(), profileId, input.currency.toUpperCase()), {
      fields: () => ["input", "currency"],
      notFoundField: ["input", "profileId"],
    });
    if ("userErrors" in result) return Object.assign(new BankAccountDetailsOrderSimulatePayload(), { order: null, userErrors: result.userErrors });
    ctx.loaders.accountDetailsByProfile.clear(profileId);
    return Object.assign(new BankAccountDetailsOrderSimulatePayload(), { order: toBankAccountDetailsOrder(result.value), userErrors: [] });
  }

  @Mutation(() => BankAccountDetailsPaymentSimulatePayload, {
    description: "Wise sandbox only: a payment received through the profile's issued bank details, credited to the balance they belong to.",
  })
  async bankAccountDetailsPaymentSimulate(
    @Arg("input", () => BankAccountDetailsPaymentSimulateInput, { description: "The profile, currency, amount and sender." }) input: BankAccountDetailsPaymentSimulateInput,
    @Ctx() ctx: Context,
  ): Promise<BankAccountDetailsPaymentSimulatePayload> {
    const profileId = profileOf(input.profileId);
    const done = (paymentId: number | null, userErrors: UserError[]) => Object.assign(new BankAccountDetailsPaymentSimulatePayload(), { paymentId, userErrors });
    const problem = amountProblem(input.amount, input.currency);
    if (problem) return done(null, [UserError.of(UserErrorCode.INVALID, problem, ["input", "amount"])]);
    const payment = { currency: input.currency.toUpperCase(), amount: input.amount, senderName: input.senderName, channel: input.swift ? ("SWIFT" as const) : ("LOCAL" as const) };
    const result = await runMutation(() => simulateAccountDetailsPayment(ctx.wise(), profileId, payment), {
      fields: (path) => (path === "amount" || path === "currency" ? ["input", path] : null),
      notFoundField: ["input", "profileId"],
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.balancesByProfile.clearAll();
    ctx.loaders.balanceById.clearAll();
    return done(result.value, []);
  }
}
