import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import { BusinessProfile } from "../profile/business-profile.type.js";
import { Profile } from "../profile/profile.interface.js";
import { BankTransferVerification } from "./bank-transfer-verification.type.js";
import { BusinessRepresentative } from "./business-representative.type.js";
import { toBankTransferVerifications, toBusinessRepresentative } from "./profile-write.mapper.js";

/** The most source currencies one bankTransferVerification read may name. */
export const MAX_VERIFICATION_CURRENCIES = 20;

@Resolver(() => BusinessProfile)
export class BusinessRepresentativeResolver {
  @FieldResolver(() => BusinessRepresentative, {
    nullable: true,
    description: "The person who acts for the business at Wise; null (with an error) when Wise could not be read.",
  })
  async businessRepresentative(@Root() profile: BusinessProfile, @Ctx() ctx: Context): Promise<BusinessRepresentative> {
    return toBusinessRepresentative(await ctx.loaders.businessRepresentativeByProfile.load(profile.wiseId));
  }
}

@Resolver(() => Profile)
export class BankTransferVerificationResolver {
  @FieldResolver(() => [BankTransferVerification], {
    nullable: true,
    description:
      "For each source currency (once each, in alphabetical order), whether the profile is verified enough for its bank-transfer payments to go through without verification holding them; null (with an error) when Wise could not be read.",
  })
  async bankTransferVerification(
    @Root() profile: Profile,
    @Arg("sourceCurrencies", () => [CurrencyCodeScalar], { description: `The source currencies to check (1 to ${MAX_VERIFICATION_CURRENCIES}).` }) sourceCurrencies: string[],
    @Ctx() ctx: Context,
  ): Promise<BankTransferVerification[]> {
    const currencies = [...new Set(sourceCurrencies)].sort();
    if (currencies.length === 0 || currencies.length > MAX_VERIFICATION_CURRENCIES) {
      throw badUserInput(`Name between 1 and ${MAX_VERIFICATION_CURRENCIES} source currencies.`, "sourceCurrencies");
    }
    return toBankTransferVerifications(await ctx.loaders.bankTransferVerification.load({ profileId: profile.wiseId, currencies }));
  }
}
