import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { connectionOf } from "../../common/connection.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { ActivityConnection } from "./activity.connection.js";
import { ActivityResourceType, ActivityStatus } from "./activity.enums.js";
import { toActivity } from "./activity.mapper.js";
import { loadActivityPage } from "./activity.paging.js";
import { Activity, ActivityResource } from "./activity.type.js";
import { Node } from "../../common/node/node.interface.js";
import { isWiseError } from "../../common/errors.js";
import { fetchTransferNode } from "../transfer/transfer.node.js";
import { toTransfer } from "../transfer/transfer.mapper.js";

@Resolver(() => Profile)
export class ProfileActivitiesResolver {
  @FieldResolver(() => ActivityConnection, {
    nullable: true,
    description: "The profile's activity feed, newest first, as a Relay connection over Wise's activity cursor; null (with an error) when Wise could not be read, leaving the rest of the answer intact.",
  })
  async activities(
    @Root() profile: Profile,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20, description: "How many activities to return, 1 to 100." }) first: number,
    @Arg("after", () => String, { nullable: true, description: "Return activities after this cursor (an `endCursor` or edge cursor of this same list)." })
    after: string | null,
    @Arg("status", () => ActivityStatus, { nullable: true, description: "Only activities in this status." }) status: ActivityStatus | null,
    @Arg("since", () => DateTimeScalar, { nullable: true, description: "Only activities created at or after this time." }) since: Date | null,
    @Arg("until", () => DateTimeScalar, { nullable: true, description: "Only activities created at or before this time." }) until: Date | null,
    @Arg("monetaryResourceType", () => ActivityResourceType, { nullable: true, description: "Only activities about this kind of resource." })
    monetaryResourceType: ActivityResourceType | null,
  ): Promise<ActivityConnection> {
    const page = await loadActivityPage(ctx, profile.wiseId, { first, after, status, since, until, monetaryResourceType });
    const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: toActivity(profile.wiseId, edge.activity) }));
    return connectionOf(ActivityConnection, edges, page.hasNextPage, after);
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
