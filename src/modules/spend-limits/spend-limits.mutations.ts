import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation, type MutationCall } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { deleteCardSpendLimit, updateCardSpendLimits, updateProfileSpendLimits, type CardSpendLimitGranularity, type SpendLimitAmount } from "../../wise/endpoints/spend-limits.js";
import type { WiseCardSpendLimits } from "../../wise/schemas/spend-limits.js";
import { splitCardKey } from "../card/card.mapper.js";
import { limitAmountError, spendLimitField } from "./spend-limit-input.js";
import { CardSpendLimitRemoveInput, CardSpendLimitsUpdateInput, ProfileSpendLimitsUpdateInput } from "./spend-limits.inputs.js";
import { toProfileSpendLimits } from "./spend-limits.mapper.js";
import { CardSpendLimitsPayload, ProfileSpendLimitsUpdatePayload } from "./spend-limits.payloads.js";
import { cardSpendLimits } from "./spend-limits.resolver.js";
import { SpendLimitGranularity } from "./spend-limits.enums.js";

const profileIdOf = (id: string) => Number(parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
const cardOf = (id: string) => splitCardKey(parseGlobalIdOf(id, ["Card"], "input.cardId").key);

const GRANULARITIES: ReadonlyArray<[CardSpendLimitGranularity, SpendLimitGranularity]> = [
  ["transaction", SpendLimitGranularity.TRANSACTION],
  ["daily", SpendLimitGranularity.DAILY],
  ["monthly", SpendLimitGranularity.MONTHLY],
  ["lifetime", SpendLimitGranularity.LIFETIME],
];

/** How a card call's refusals read: a card of another user reads as not found, like an unknown one (as Card reads do). */
const CARD_CALL: MutationCall<WiseCardSpendLimits> = {
  fields: spendLimitField,
  notFoundField: ["input", "cardId"],
  statusAsUserError: { 403: { code: UserErrorCode.NOT_FOUND, message: "The card was not found.", field: ["input", "cardId"] } },
};

function cardPayload(spendLimits: CardSpendLimitsPayload["spendLimits"], userErrors: UserError[]): CardSpendLimitsPayload {
  return Object.assign(new CardSpendLimitsPayload(), { spendLimits, userErrors });
}

/** After a change: the card's answer primed, the profile's read as usual; the card's full list. */
async function afterCardChange(ctx: Context, profileId: number, cardToken: string, wise: WiseCardSpendLimits): Promise<CardSpendLimitsPayload> {
  ctx.loaders.cardSpendLimits.clear({ profileId, cardToken }).prime({ profileId, cardToken }, wise);
  return cardPayload(await cardSpendLimits(ctx, profileId, cardToken), []);
}

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
    ctx.loaders.profileSpendLimits.clear(profileId).prime(profileId, result.value);
    return done(toProfileSpendLimits(result.value), []);
  }

  @Mutation(() => CardSpendLimitsPayload, {
    description:
      "Sets some of a card's own limits (per payment, daily, monthly, lifetime); those left out stay as they are. Each is zero or more, in the card's billing currency; the profile's limits still apply on top. Setting the same limits again changes nothing.",
  })
  async cardSpendLimitsUpdate(
    @Arg("input", () => CardSpendLimitsUpdateInput, { description: "The card and the limits to set (at least one)." }) input: CardSpendLimitsUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<CardSpendLimitsPayload> {
    const { profileId, cardToken } = cardOf(input.cardId);
    const limits: Partial<Record<CardSpendLimitGranularity, SpendLimitAmount>> = {};
    const refused: UserError[] = [];
    for (const [granularity] of GRANULARITIES) {
      const amount = input[granularity];
      if (!amount) continue;
      const problem = limitAmountError(amount, ["input", granularity]);
      if (problem) refused.push(problem);
      limits[granularity] = amount;
    }
    if (Object.keys(limits).length === 0) refused.push(UserError.of(UserErrorCode.REQUIRED, "Give at least one limit to set: transaction, daily, monthly or lifetime.", ["input"]));
    if (refused.length > 0) return cardPayload(null, refused);

    const result = await runMutation(() => updateCardSpendLimits(ctx.wise(), profileId, cardToken, limits), CARD_CALL);
    if ("userErrors" in result) return cardPayload(null, result.userErrors);
    return afterCardChange(ctx, profileId, cardToken, result.value);
  }

  @Mutation(() => CardSpendLimitsPayload, {
    description: "Removes one of a card's own limits; the card's other limits and its profile's stay. Removing a limit the card does not have changes nothing.",
  })
  async cardSpendLimitRemove(
    @Arg("input", () => CardSpendLimitRemoveInput, { description: "The card and the limit to remove." }) input: CardSpendLimitRemoveInput,
    @Ctx() ctx: Context,
  ): Promise<CardSpendLimitsPayload> {
    const { profileId, cardToken } = cardOf(input.cardId);
    const granularity = GRANULARITIES.find(([, ours]) => ours === input.granularity)![0];
    const result = await runMutation(() => deleteCardSpendLimit(ctx.wise(), profileId, cardToken, granularity), CARD_CALL);
    if ("userErrors" in result) return cardPayload(null, result.userErrors);
    return afterCardChange(ctx, profileId, cardToken, result.value);
  }
}
