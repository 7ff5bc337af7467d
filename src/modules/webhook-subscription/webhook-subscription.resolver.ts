import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { UUIDScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import { getApplicationSubscription, getProfileSubscription, listApplicationSubscriptions } from "../../wise/endpoints/webhook-subscriptions.js";
import { Profile } from "../profile/profile.interface.js";
import { toWebhookSubscription } from "./webhook-subscription.mapper.js";
import { WebhookSubscription } from "./webhook-subscription.type.js";

/** A profile's Wise id from its global ID, naming the argument at fault. */
export const profileIdOf = (id: string, argument: string) => Number(parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], argument).key);

@Resolver(() => Profile)
export class ProfileWebhookSubscriptionsResolver {
  @FieldResolver(() => [WebhookSubscription], {
    nullable: true,
    description:
      "The profile's webhook subscriptions, oldest first: a plain list, since Wise does not page them (the embedded sandbox allows 100 per profile); null (with an error) when Wise could not be read.",
  })
  async webhookSubscriptions(@Root() profile: Profile, @Ctx() ctx: Context): Promise<WebhookSubscription[]> {
    return (await ctx.loaders.webhookSubscriptionsByProfile.load(profile.wiseId)).map(toWebhookSubscription);
  }
}

@Resolver()
export class WebhookSubscriptionQueries {
  @Query(() => [WebhookSubscription], {
    nullable: true,
    description:
      "Partner operation (the server's client credentials, from the partner's backend only): the application's webhook subscriptions, which receive the events of every profile it reaches. A profile's own are Profile.webhookSubscriptions.",
  })
  async webhookSubscriptions(@Ctx() ctx: Context): Promise<WebhookSubscription[]> {
    const partner = ctx.asPartnerBackend();
    return (await listApplicationSubscriptions(partner, ctx.partnerClientId())).map(toWebhookSubscription);
  }

  @Query(() => WebhookSubscription, {
    nullable: true,
    description:
      "One webhook subscription by its Wise id: a profile's with profileId (the caller's token), else the application's (partner backend only). Null with a NOT_FOUND error when there is none of that id there.",
  })
  async webhookSubscription(
    @Arg("id", () => UUIDScalar, { description: "Wise's id of the subscription." }) id: string,
    @Arg("profileId", () => ID, { nullable: true, description: "The global ID of the profile, for a profile subscription." }) profileId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<WebhookSubscription> {
    if (profileId) return toWebhookSubscription(await getProfileSubscription(ctx.wise(), profileIdOf(profileId, "profileId"), id));
    const partner = ctx.asPartnerBackend();
    return toWebhookSubscription(await getApplicationSubscription(partner, ctx.partnerClientId(), id));
  }
}
