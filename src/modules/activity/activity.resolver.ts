import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { connectionOf } from "../../common/connection.js";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { PrefetchWithProfile } from "../profile/profile.prefetch.js";
import { ActivityConnection } from "./activity.connection.js";
import { ActivityResourceType } from "./activity.enums.js";
import { toActivity } from "./activity.mapper.js";
import { activityList, ActivityListArgs } from "./activity.paging.js";
import { Activity, ActivityResource } from "./activity.type.js";
import { Node } from "../../common/node/node.interface.js";
import { isWiseError } from "../../common/errors.js";
import { fetchTransferNode } from "../transfer/transfer.node.js";
import { toTransfer } from "../transfer/transfer.mapper.js";

@Resolver(() => Profile)
export class ProfileActivitiesResolver {
  @FieldResolver(() => ActivityConnection, {
    nullable: true,
    description:
      "The profile's activity feed, newest first, as a Relay connection over Wise's activity cursor; null (with an error) when Wise could not be read, leaving the rest of the answer intact.",
  })
  @PrefetchWithProfile((ctx: Context, profileId: number, args: ActivityListArgs) => ctx.loaders.pages.load(activityList, profileId, args))
  async activities(@Root() profile: Profile, @Ctx() ctx: Context, @Args() args: ActivityListArgs): Promise<ActivityConnection> {
    const page = await ctx.loaders.pages.load(activityList, profile.wiseId, args);
    const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: toActivity(profile.wiseId, edge.node) }));
    return connectionOf(ActivityConnection, edges, page.hasNextPage, args.after);
  }
}

@Resolver(() => Activity)
export class ActivityResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile whose feed this activity belongs to." })
  async profile(@Root() activity: Activity, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(activity.profileId));
  }
}

/** Resource types that are Node types of this API, and how to load them. */
const RESOURCE_NODES: Partial<Record<ActivityResourceType, (ctx: Context, resource: ActivityResource) => Promise<Node>>> = {
  // Through the feed's loader: the transfers of a page of activities come from one list call.
  [ActivityResourceType.TRANSFER]: async (ctx, resource) =>
    resource.profileId !== undefined && resource.activityAt
      ? toTransfer(await ctx.loaders.feedTransfer.load({ profileId: resource.profileId, transferId: Number(resource.wiseId), at: resource.activityAt.getTime() }))
      : fetchTransferNode(ctx, resource.wiseId),
};

@Resolver(() => ActivityResource)
export class ActivityResourceResolver {
  @FieldResolver(() => Node, {
    nullable: true,
    description: "The resource as an object of this API (a Transfer), where it is one and still exists; null for resource types this API does not expose.",
  })
  async node(@Root() resource: ActivityResource, @Ctx() ctx: Context): Promise<Node | null> {
    const load = RESOURCE_NODES[resource.type];
    if (!load || !/^\d{1,16}$/.test(resource.wiseId)) return null;
    try {
      return await load(ctx, resource);
    } catch (error) {
      if (isWiseError(error) && (error.status === 404 || error.status === 403)) return null;
      throw error;
    }
  }
}
