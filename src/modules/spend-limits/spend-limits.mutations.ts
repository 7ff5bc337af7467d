import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import type { UserError } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { updateProfileSpendLimits } from "../../wise/endpoints/spend-limits.js";
import { limitAmountError, spendLimitField } from "./spend-limit-input.js";
import { ProfileSpendLimitsUpdateInput } from "./spend-limits.inputs.js";
import { toProfileSpendLimits } from "./spend-limits.mapper.js";
import { ProfileSpendLimitsUpdatePayload } from "./spend-limits.payloads.js";

const profileIdOf = (id: string) => Number(parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);

@Resolver()
export class SpendLimitMutations {
  @Mutation(() => ProfileSpendLimitsUpdatePayload, {
    description:
      "Sets a profile's daily and monthly limit of one kind of spending (purchases or cash withdrawals), for all its cards. Each is zero or more, at most Wise's maximum, in the profile's limit currency. Setting the same limits again changes nothing.",
  })
  async profileSpendLimitsUpdate(
    @Arg("input", () => ProfileSpendLimitsUpdateInput, { description: "The profile, the kind of spending and both limits." }) input: ProfileSpendLimitsUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ProfileSpendLimitsUpdatePayload> {
    const profileId = profileIdOf(input.profileId);
    const done = (spendLimits: ProfileSpendLimitsUpdatePayload["spendLimits"], userErrors: UserError[]) =>
      Object.assign(new ProfileSpendLimitsUpdatePayload(), { spendLimits, userErrors });
    const refused = [limitAmountError(input.daily, ["input", "daily"]), limitAmountError(input.monthly, ["input", "monthly"])].filter((e) => e !== null);
    if (refused.length > 0) return done(null, refused);

    const result = await runMutation(() => updateProfileSpendLimits(ctx.wise(), profileId, input.transactionType, input.daily, input.monthly), {
      fields: spendLimitField,
      notFoundField: ["input", "profileId"],
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.profileSpendLimits.prime(profileId, result.value);
    return done(toProfileSpendLimits(result.value), []);
  }
}
