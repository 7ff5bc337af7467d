import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { listPage, pageOfList } from "../../common/list-page.js";
import { badUserInput, isWiseError } from "../../common/errors.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import { Balance } from "../balance/balance.type.js";
import { BalanceType } from "../balance/balance.enums.js";
import { toBalance } from "../balance/balance.mapper.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { BankAccountDetailsStatus } from "./account-details.enums.js";
import { toBankAccountDetails, toBankAccountDetailsOrder, toEligibility, toMultiCurrencyAccount } from "./account-details.mapper.js";
import { BankAccountDetailsCreatePayload } from "./account-details.payloads.js";
import { BankAccountDetailsOrderListArgs } from "./bank-account-details-order.args.js";
import { BankAccountDetailsOrderConnection } from "./bank-account-details-order.type.js";
import { BankAccountDetails } from "./bank-account-details.type.js";
import { MultiCurrencyAccount, MultiCurrencyAccountEligibility } from "./multi-currency-account.type.js";

/** The profile's bank details, every currency. */
async function loadBankDetails(ctx: Context, profileId: number): Promise<BankAccountDetails[]> {
  return (await ctx.loaders.accountDetailsByProfile.load(profileId)).map((wise) => toBankAccountDetails(profileId, wise));
}

@Resolver(() => Profile)
export class ProfileAccountDetailsResolver {
  @FieldResolver(() => [BankAccountDetails], {
    nullable: true,
    description:
      "The profile's bank details to receive money, one entry per currency Wise offers them in: issued (ACTIVE, on a balance) or an example of what ordering gives (AVAILABLE). Null (with an error) when Wise could not be read.",
  })
  async bankAccountDetails(
    @Root() profile: Profile,
    @Ctx() ctx: Context,
    @Arg("status", () => BankAccountDetailsStatus, { nullable: true, description: "Only details in this status; all by default." }) status?: BankAccountDetailsStatus | null,
  ): Promise<BankAccountDetails[]> {
    const all = await loadBankDetails(ctx, profile.wiseId);
    return status ? all.filter((details) => details.status === status) : all;
  }

  @FieldResolver(() => BankAccountDetailsOrderConnection, {
    nullable: true,
    description: "The profile's orders for bank details in a currency, oldest first, as a Relay connection; null (with an error) when Wise could not be read.",
  })
  async bankAccountDetailsOrders(@Root() profile: Profile, @Ctx() ctx: Context, @Args() args: BankAccountDetailsOrderListArgs): Promise<BankAccountDetailsOrderConnection> {
    // Checked before the call: a bad page size or cursor costs no Wise call.
    const scope = `bank-account-details-orders:${profile.wiseId}:${args.currency}`;
    const page = listPage(scope, args);
    const orders = await ctx.loaders.accountDetailsOrders.load({ profileId: profile.wiseId, currency: args.currency });
    return pageOfList(BankAccountDetailsOrderConnection, orders, page, toBankAccountDetailsOrder);
  }

  @FieldResolver(() => MultiCurrencyAccount, {
    nullable: true,
    description: "The profile's multi-currency account; null while it has none (it comes with the first balance), or (with an error) when Wise could not be read.",
  })
  async multiCurrencyAccount(@Root() profile: Profile, @Ctx() ctx: Context): Promise<MultiCurrencyAccount | null> {
    try {
      return toMultiCurrencyAccount(await ctx.loaders.multiCurrencyAccountByProfile.load(profile.wiseId));
    } catch (error) {
      if (isWiseError(error) && error.status === 404) return null;
      throw error;
    }
  }

  @FieldResolver(() => MultiCurrencyAccountEligibility, {
    nullable: true,
    description: "Whether the profile may have a multi-currency account (also before it has one); null (with an error) when Wise could not be read.",
  })
  async multiCurrencyAccountEligibility(@Root() profile: Profile, @Ctx() ctx: Context): Promise<MultiCurrencyAccountEligibility> {
    return toEligibility(await ctx.loaders.mcaEligibility.load({ profileId: profile.wiseId }));
  }
}

@Resolver(() => MultiCurrencyAccount)
export class MultiCurrencyAccountResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile the account belongs to." })
  async profile(@Root() account: MultiCurrencyAccount, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(account.profileId));
  }

  @FieldResolver(() => MultiCurrencyAccountEligibility, {
    nullable: true,
    description: "Whether the profile is eligible, and for which account; null (with an error) when Wise could not be read.",
  })
  async eligibility(@Root() account: MultiCurrencyAccount, @Ctx() ctx: Context): Promise<MultiCurrencyAccountEligibility> {
    return toEligibility(await ctx.loaders.mcaEligibility.load({ profileId: account.profileId }));
  }

  @FieldResolver(() => [CurrencyCodeScalar], { nullable: true, description: "The currencies a balance can be opened in; null (with an error) when Wise could not be read." })
  async availableCurrencies(@Root() account: MultiCurrencyAccount, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.loaders.availableCurrenciesByProfile.load(account.profileId);
  }

  @FieldResolver(() => [CurrencyCodeScalar], {
    nullable: true,
    description: "The currencies Wise issues bank details in (open a balance in one, then order its details); null (with an error) when Wise could not be read.",
  })
  async bankDetailsCurrencies(@Root() account: MultiCurrencyAccount, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.loaders.payinCurrenciesByProfile.load(account.profileId);
  }

  @Query(() => MultiCurrencyAccountEligibility, { description: "Whether a customer living in a country (and, in the US, a state) may have a multi-currency account." })
  async multiCurrencyAccountEligibility(
    @Arg("country", { description: "The country, as an ISO 3166-1 alpha-2 code (`FR`)." }) country: string,
    @Arg("state", () => String, { nullable: true, description: "The state or province code; required for `US` (`CA`)." }) state: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<MultiCurrencyAccountEligibility> {
    if (!/^[A-Za-z]{2}$/.test(country)) throw badUserInput('Argument "country" must be a two-letter ISO 3166 code.', "country");
    if (state != null && !/^[A-Za-z0-9]{1,3}$/.test(state)) throw badUserInput('Argument "state" must be a state or province code.', "state");
    return toEligibility(await ctx.loaders.mcaEligibility.load({ country: country.toUpperCase(), state: state?.toUpperCase() ?? null }));
  }
}

@Resolver(() => Balance)
export class BalanceBankDetailsResolver {
  @FieldResolver(() => BankAccountDetails, {
    nullable: true,
    description: "The bank details issued on this balance, to receive money into it; null when it has none (a jar never has), or (with an error) when Wise could not be read.",
  })
  async bankDetails(@Root() balance: Balance, @Ctx() ctx: Context): Promise<BankAccountDetails | null> {
    if (balance.type !== BalanceType.STANDARD) return null;
    return (await loadBankDetails(ctx, balance.profileId)).find((details) => details.balanceWiseId === balance.wiseId) ?? null;
  }
}

@Resolver(() => BankAccountDetails)
export class BankAccountDetailsResolver {
  @FieldResolver(() => Balance, { nullable: true, description: "The balance the details pay into; null while they are only an example." })
  async balance(@Root() details: BankAccountDetails, @Ctx() ctx: Context): Promise<Balance | null> {
    if (details.balanceWiseId === null) return null;
    return toBalance(details.profileId, await ctx.loaders.balanceById.load({ profileId: details.profileId, balanceId: details.balanceWiseId }));
  }
}

@Resolver(() => BankAccountDetailsCreatePayload)
export class BankAccountDetailsCreatePayloadResolver {
  // A field of its own, so that a failed read nulls only this field: the details stand.
  @FieldResolver(() => BankAccountDetails, {
    nullable: true,
    description: "The issued details; null when nothing was issued, or (with an error) when Wise could not be read, though the details stand.",
  })
  async bankAccountDetails(@Root() payload: BankAccountDetailsCreatePayload, @Ctx() ctx: Context): Promise<BankAccountDetails | null> {
    if (!payload.issued) return null;
    const { profileId, currency } = payload.issued;
    return (await loadBankDetails(ctx, profileId)).find((details) => details.currency === currency && details.status === BankAccountDetailsStatus.ACTIVE) ?? null;
  }
}
