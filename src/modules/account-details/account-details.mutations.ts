import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { MovesMoney } from "../../common/moves-money.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createAccountDetailsOrder, createBankDetails, returnAccountDetailsPayment } from "../../wise/endpoints/account-details.js";
import { BankAccountDetailsCreateInput, BankAccountDetailsOrderCreateInput, BankAccountDetailsPaymentReturnInput } from "./account-details.inputs.js";
import { toBankAccountDetailsOrder } from "./account-details.mapper.js";
import { BankAccountDetailsCreatePayload, BankAccountDetailsOrderCreatePayload, BankAccountDetailsPaymentReturnPayload } from "./account-details.payloads.js";

const profileOf = (id: string, argument: string) => Number(parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], argument).key);

@Resolver()
export class AccountDetailsMutations {
  @Mutation(() => BankAccountDetailsOrderCreatePayload, {
    description:
      "Orders bank details in a currency the profile holds a balance in. The order then waits on its requirements (Profile.bankAccountDetailsOrders); once DONE, the details show on the balance (Balance.bankDetails). Asked again while an order of the currency is open, Wise answers that order: nothing is ordered twice.",
  })
  async bankAccountDetailsOrderCreate(
    @Arg("input", () => BankAccountDetailsOrderCreateInput, { description: "The profile and the currency." }) input: BankAccountDetailsOrderCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BankAccountDetailsOrderCreatePayload> {
    const profileId = profileOf(input.profileId, "input.profileId");
    const done = (order: BankAccountDetailsOrderCreatePayload["order"], userErrors: UserError[]) =>
      Object.assign(new BankAccountDetailsOrderCreatePayload(), { order, userErrors });
    const result = await runMutation(() => createAccountDetailsOrder(ctx.wise(), profileId, input.currency.toUpperCase()), {
      fields: (path) => (path === "currency" ? ["input", "currency"] : null),
      notFoundField: ["input", "profileId"],
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.accountDetailsByProfile.clear(profileId);
    return done(toBankAccountDetailsOrder(result.value), []);
  }

  @Mutation(() => BankAccountDetailsCreatePayload, {
    description: "Issues bank details on a standard balance at once, without an order (Wise enables this for some partners only).",
  })
  async bankAccountDetailsCreate(
    @Arg("input", () => BankAccountDetailsCreateInput, { description: "The balance." }) input: BankAccountDetailsCreateInput,
    @Ctx() ctx: Context,
  ): Promise<BankAccountDetailsCreatePayload> {
    const [profileId, balanceId] = parseGlobalIdOf(input.balanceId, ["Balance"], "input.balanceId").key.split(":").map(Number);
    const result = await runMutation(() => createBankDetails(ctx.wise(), profileId, balanceId), {
      fields: (path) => (path === "targetAccountId" ? ["input", "balanceId"] : null),
      notFoundField: ["input", "balanceId"],
    });
    if ("userErrors" in result) return Object.assign(new BankAccountDetailsCreatePayload(), { userErrors: result.userErrors });
    ctx.loaders.accountDetailsByProfile.clear(profileId);
    return Object.assign(new BankAccountDetailsCreatePayload(), { issued: { profileId, currency: result.value.currency.toUpperCase() }, userErrors: [] });
  }

  @MovesMoney()
  @Mutation(() => BankAccountDetailsPaymentReturnPayload, {
    description:
      "Sends a payment received through bank details back to its sender, out of the balance it was paid into. It carries no idempotency key: after a lost answer, check the balance before trying again.",
  })
  async bankAccountDetailsPaymentReturn(
    @Arg("input", () => BankAccountDetailsPaymentReturnInput, { description: "The profile, the payment and the reason." }) input: BankAccountDetailsPaymentReturnInput,
    @Ctx() ctx: Context,
  ): Promise<BankAccountDetailsPaymentReturnPayload> {
    const profileId = profileOf(input.profileId, "input.profileId");
    const done = (returnId: string | null, userErrors: UserError[]) => Object.assign(new BankAccountDetailsPaymentReturnPayload(), { returnId, userErrors });
    if (!Number.isSafeInteger(input.paymentId) || input.paymentId < 1)
      return done(null, [UserError.of(UserErrorCode.INVALID, "paymentId must be a positive Wise id.", ["input", "paymentId"])]);
    const result = await runMutation(() => returnAccountDetailsPayment(ctx.wise(), profileId, input.paymentId, input.reason ?? null), {
      // Wise's refusals here name no field: a missing Swift reason, a payment already returned.
      fields: () => null,
      notFoundField: ["input", "paymentId"],
    });
    if ("userErrors" in result)
      return done(
        null,
        result.userErrors.map((e) => (e.field === null && /reason/i.test(e.message) ? UserError.of(e.code, e.message, ["input", "reason"]) : e)),
      );
    ctx.loaders.balancesByProfile.clearAll();
    ctx.loaders.balanceById.clearAll();
    return done(result.value, []);
  }
}
