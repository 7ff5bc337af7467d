import { Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root } from "type-graphql";
import { PageArgs } from "../../common/page-args.js";
import { listPage, pageOfList } from "../../common/list-page.js";
import type { Context } from "../../context/context.js";
import { Profile } from "../profile/profile.interface.js";
import { TransferStatus } from "../transfer/transfer-status.enum.js";
import { Transfer } from "../transfer/transfer.type.js";
import { DepositDetails } from "./deposit-details.type.js";
import { DirectDebitAccountConnection } from "./direct-debit-account.type.js";
import { DIRECT_DEBIT_CURRENCY, DirectDebitType } from "./funding.enums.js";
import { toDepositDetails, toDirectDebitAccount } from "./funding.mapper.js";

@ArgsType()
class DirectDebitAccountArgs extends PageArgs("direct debit accounts") {
  @Field(() => DirectDebitType, { description: "The scheme to list (Wise lists one scheme, in its currency, at a time)." })
  type!: DirectDebitType;
}

/** The profile that owns a transfer: its business profile, or the user's personal one (as Transfer.profile reads it). */
async function transferProfileId(transfer: Transfer, ctx: Context): Promise<number | null> {
  if (transfer.profileId !== null) return transfer.profileId;
  const personal = (await ctx.loaders.profileList()).find((p) => p.type === "PERSONAL");
  return personal?.id ?? null;
}

@Resolver(() => Transfer)
export class TransferDepositDetailsResolver {
  @FieldResolver(() => DepositDetails, {
    nullable: true,
    description:
      "Where to send the money to pay this transfer by bank transfer, to show the sender. Only while the transfer waits for its money (null otherwise, without a Wise call): the transfer stays INCOMING_PAYMENT_WAITING until the money arrives, then moves to PROCESSING. Null (with an error) when Wise offers no bank transfer for the source currency.",
  })
  async depositDetails(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<DepositDetails | null> {
    // Details shown after the money arrived would invite a second payment.
    if (transfer.status !== TransferStatus.INCOMING_PAYMENT_WAITING) return null;
    const profileId = await transferProfileId(transfer, ctx);
    if (profileId === null) return null;
    return toDepositDetails(await ctx.loaders.depositDetailsByTransfer.load({ profileId, transferId: transfer.wiseId }));
  }
}

@Resolver(() => Profile)
export class ProfileDirectDebitAccountsResolver {
  @FieldResolver(() => DirectDebitAccountConnection, {
    nullable: true,
    description: "The profile's direct debit accounts of one scheme, in the order Wise lists them; null (with an error) when Wise could not be read.",
  })
  async directDebitAccounts(
    @Root() profile: Profile,
    @Args(() => DirectDebitAccountArgs) args: DirectDebitAccountArgs,
    @Ctx() ctx: Context,
  ): Promise<DirectDebitAccountConnection> {
    const currency = DIRECT_DEBIT_CURRENCY[args.type];
    const scope = `direct-debit-accounts:${profile.wiseId}:${args.type}`;
    const page = listPage(scope, args);
    const accounts = await ctx.loaders.directDebitAccounts.load({ profileId: profile.wiseId, type: args.type, currency });
    return pageOfList(DirectDebitAccountConnection, accounts, page, toDirectDebitAccount);
  }
}
