import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createDirectDebitAccount, simulateDeposit } from "../../wise/endpoints/funding.js";
import { toTransfer } from "../transfer/transfer.mapper.js";
import { DIRECT_DEBIT_CURRENCY } from "./funding.enums.js";
import { DirectDebitAccountCreateInput, TransferSimulateDepositInput } from "./funding.inputs.js";
import { toDirectDebitAccount } from "./funding.mapper.js";
import { DirectDebitAccountCreatePayload, TransferSimulateDepositPayload } from "./funding.payloads.js";

const ROUTING = { ACH: /^\d{9}$/, EFT: /^0?\d{8}$/ } as const;

/** Wise's paths in the direct debit account body, as input fields. */
const directDebitFields = (wisePath: string | null): string[] | null => {
  const head = wisePath?.split(/[/.]/).at(-1);
  const names: Record<string, string> = { routingNumber: "routingNumber", accountNumber: "accountNumber", accountType: "accountType", type: "type", currency: "type" };
  return head && names[head] ? ["input", names[head]] : null;
};

@Resolver()
export class FundingMutations {
  @Mutation(() => DirectDebitAccountCreatePayload, {
    description:
      "Registers an external bank account that Wise may pull money from by direct debit (ACH in USD, EFT in CAD), to fund a batch of transfers. Wise takes no idempotency key here, so when its answer is lost the call is not sent again: read Profile.directDebitAccounts before trying again.",
  })
  async directDebitAccountCreate(
    @Arg("input", () => DirectDebitAccountCreateInput, { description: "The profile, the scheme and the bank account." }) input: DirectDebitAccountCreateInput,
    @Ctx() ctx: Context,
  ): Promise<DirectDebitAccountCreatePayload> {
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    const done = (account: DirectDebitAccountCreatePayload["directDebitAccount"], userErrors: UserError[]) =>
      Object.assign(new DirectDebitAccountCreatePayload(), { directDebitAccount: account, userErrors });
    const routingNumber = input.routingNumber.trim();
    const accountNumber = input.accountNumber.trim();
    // What is plainly wrong is refused here, with no Wise call.
    const errors: UserError[] = [];
    if (!ROUTING[input.type].test(routingNumber)) {
      const shape = input.type === "ACH" ? "9 digits" : "the 3-digit institution number followed by the 5-digit transit number";
      errors.push(UserError.of(UserErrorCode.INVALID, `An ${input.type} routing number is ${shape}.`, ["input", "routingNumber"]));
    }
    if (!/^\d{4,17}$/.test(accountNumber)) errors.push(UserError.of(UserErrorCode.INVALID, "An account number is 4 to 17 digits.", ["input", "accountNumber"]));
    if (errors.length > 0) return done(null, errors);

    const request = { currency: DIRECT_DEBIT_CURRENCY[input.type], type: input.type, details: { routingNumber, accountNumber, accountType: input.accountType } };
    const result = await runMutation(() => createDirectDebitAccount(ctx.wise(), profileId, request), { fields: directDebitFields, notFoundField: ["input", "profileId"] });
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.directDebitAccounts.clearAll();
    return done(toDirectDebitAccount(result.value), []);
  }
}

@Resolver()
export class FundingSimulationMutations {
  @Mutation(() => TransferSimulateDepositPayload, {
    description:
      "Embedded sandbox only: the sender's bank transfer for this transfer arrives, so the transfer is paid by bank transfer and moves from INCOMING_PAYMENT_WAITING to PROCESSING. Counted once: a repeat, or a transfer already paid or no longer waiting, gets NOT_ALLOWED and changes nothing.",
  })
  async transferSimulateDeposit(
    @Arg("input", () => TransferSimulateDepositInput, { description: "The transfer whose deposit arrives." }) input: TransferSimulateDepositInput,
    @Ctx() ctx: Context,
  ): Promise<TransferSimulateDepositPayload> {
    const transferId = Number(parseGlobalIdOf(input.transferId, ["Transfer"], "input.transferId").key);
    const result = await runMutation(() => simulateDeposit(ctx.wise(), transferId), { fields: () => ["input", "transferId"], notFoundField: ["input", "transferId"] });
    if ("userErrors" in result) return Object.assign(new TransferSimulateDepositPayload(), { transfer: null, userErrors: result.userErrors });
    ctx.loaders.transferById.clear(transferId).prime(transferId, result.value);
    return Object.assign(new TransferSimulateDepositPayload(), { transfer: toTransfer(result.value), userErrors: [] });
  }
}
