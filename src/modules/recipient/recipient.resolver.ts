import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { amountProblem } from "../../common/amount-input.js";
import { connectionOf } from "../../common/connection.js";
import { badUserInput } from "../../common/errors.js";
import { parseQuoteId } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { RecipientConnection } from "./recipient.connection.js";
import { RecipientRequirementsInput } from "./recipient.inputs.js";
import { RecipientCreatePayload } from "./recipient.payloads.js";
import { toRecipient } from "./recipient.mapper.js";
import { recipientList, RecipientListArgs } from "./recipient.paging.js";
import { ANSWER_KEY, nestAnswers } from "../../common/requirements/requirement-form.mapper.js";
import { toRequirement } from "./recipient-requirement.mapper.js";
import { RecipientRequirement } from "./recipient-requirement.type.js";
import { Recipient } from "./recipient.type.js";

@Resolver(() => Profile)
export class ProfileRecipientsResolver {
  @FieldResolver(() => RecipientConnection, {
    nullable: true,
    description:
      "The profile's recipients (active ones unless asked otherwise), oldest first unless `sort` says otherwise, as a Relay connection over Wise's seek position; null (with an error) when Wise could not be read.",
  })
  async recipients(@Root() profile: Profile, @Ctx() ctx: Context, @Args() args: RecipientListArgs): Promise<RecipientConnection> {
    const page = await ctx.loaders.pages.load(recipientList, profile.wiseId, args);
    const edges = page.edges.map((edge) => {
      ctx.loaders.recipientById.prime(edge.node.id, edge.node);
      return { cursor: edge.cursor, node: toRecipient(edge.node) };
    });
    return connectionOf(RecipientConnection, edges, page.hasNextPage, args.after);
  }
}

@Resolver(() => Recipient)
export class RecipientResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile that owns this recipient." })
  async profile(@Root() recipient: Recipient, @Ctx() ctx: Context): Promise<Profile | null> {
    return recipient.profileId === null ? null : toProfile(await ctx.loaders.profileById.load(recipient.profileId));
  }

  @Query(() => [RecipientRequirement], {
    description:
      "The forms Wise needs to create a recipient for a route: one per account type. Render a form from it; when a field with refreshRequirementsOnChange changes, ask again with the answers so far.",
  })
  async recipientRequirements(
    @Arg("input", () => RecipientRequirementsInput, { description: "The quote, or the currencies and amount, and any answers so far." }) input: RecipientRequirementsInput,
    @Ctx() ctx: Context,
  ): Promise<RecipientRequirement[]> {
    const answers = input.details ?? [];
    for (const [index, answer] of answers.entries()) {
      if (!ANSWER_KEY.test(answer.key)) throw badUserInput(`Field key "${answer.key.slice(0, 64)}" at details[${index}] is not a form key.`, "input.details");
    }
    const refresh = answers.length > 0 || input.type ? { ...(input.type ? { type: input.type } : {}), details: nestAnswers(answers) } : undefined;
    if (input.quoteId) {
      const { quoteId } = parseQuoteId(input.quoteId, "input.quoteId");
      return (await ctx.loaders.requirements.load({ quoteId, details: refresh })).map(toRequirement);
    }
    if (!input.sourceCurrency || !input.targetCurrency || !input.sourceAmount) {
      throw badUserInput("Give either quoteId, or sourceCurrency, targetCurrency and sourceAmount.", "input");
    }
    const problem = amountProblem(input.sourceAmount, input.sourceCurrency);
    if (problem) throw badUserInput(problem, "input.sourceAmount");
    const query = { source: input.sourceCurrency, target: input.targetCurrency, sourceAmount: input.sourceAmount };
    return (await ctx.loaders.requirements.load({ query, details: refresh })).map(toRequirement);
  }
}

@Resolver(() => RecipientCreatePayload)
export class RecipientCreatePayloadResolver {
  // Its own field (the v2 read-back after the create), so a failed read cannot hide the creation.
  @FieldResolver(() => Recipient, {
    nullable: true,
    description: "The new recipient; null when userErrors says why not, or (with an error) when Wise could not be read after creating it.",
  })
  async recipient(@Root() payload: RecipientCreatePayload, @Ctx() ctx: Context): Promise<Recipient | null> {
    if (payload.createdRecipientId === null) return null;
    return toRecipient(await ctx.loaders.recipientById.load(payload.createdRecipientId));
  }
}
