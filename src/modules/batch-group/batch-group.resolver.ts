import { Arg, Args, ArgsType, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { connectionOf } from "../../common/connection.js";
import { cursorCodec, isIntIn } from "../../common/cursor.js";
import { PageArgs, pageSize } from "../../common/page-args.js";
import { SafeIntScalar, UUIDScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { TransferConnection } from "../transfer/transfer.connection.js";
import { toTransfer } from "../transfer/transfer.mapper.js";
import { toBatchGroup, toPaymentInitiation } from "./batch-group.mapper.js";
import { BatchGroup, BatchGroupPaymentInitiation } from "./batch-group.type.js";

/** The paging arguments of `BatchGroup.transfers`. */
@ArgsType()
export class BatchGroupTransferArgs extends PageArgs("transfers") {}

/** A group holds at most 1,000 transfers: no cursor points further. */
const MAX_TRANSFERS = 1000;

/** A cursor is the position just after its transfer in the group's list. */
const transferCursor = cursorCodec((fields) => (isIntIn(fields.o, 0, MAX_TRANSFERS) ? { o: fields.o } : null));

@Resolver(() => Profile)
export class ProfileBatchGroupResolver {
  @FieldResolver(() => BatchGroup, {
    nullable: true,
    description: "One of the profile's batch groups, by Wise's id (Wise lists none); null (with a NOT_FOUND error) when the profile has no such group.",
  })
  async batchGroup(
    @Root() profile: Profile,
    @Arg("id", () => UUIDScalar, { description: "Wise's id of the group (BatchGroup.wiseId)." }) id: string,
    @Ctx() ctx: Context,
  ): Promise<BatchGroup> {
    return toBatchGroup(profile.wiseId, await ctx.loaders.batchGroupById.load({ profileId: profile.wiseId, batchGroupId: id.toLowerCase() }));
  }
}

@Resolver(() => BatchGroup)
export class BatchGroupResolver {
  @FieldResolver(() => TransferConnection, {
    nullable: true,
    description: "The group's transfers in the order they were added, as a Relay connection; each page reads its transfers from Wise (one call per transfer).",
  })
  async transfers(@Root() group: BatchGroup, @Ctx() ctx: Context, @Args() args: BatchGroupTransferArgs): Promise<TransferConnection> {
    const first = pageSize(args.first);
    const start = args.after === null || args.after === undefined ? 0 : transferCursor.decode(args.after, group.wiseId).o;
    const ids = group.transferIds.slice(start, start + first);
    const transfers = await Promise.all(ids.map((id) => ctx.loaders.transferById.load(id)));
    const edges = transfers.map((transfer, index) => ({ cursor: transferCursor.encode(group.wiseId, { o: start + index + 1 }), node: toTransfer(transfer, group.profileId) }));
    return connectionOf(TransferConnection, edges, start + ids.length < group.transferIds.length, args.after);
  }

  @FieldResolver(() => Profile, { nullable: true, description: "The profile the group's transfers are sent from." })
  async profile(@Root() group: BatchGroup, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(group.profileId));
  }

  @FieldResolver(() => BatchGroupPaymentInitiation, {
    nullable: true,
    description: "A direct-debit payment of this group, by Wise's id; null (with a NOT_FOUND error) when the group has no such payment.",
  })
  async paymentInitiation(
    @Root() group: BatchGroup,
    @Arg("wiseId", () => SafeIntScalar, { description: "Wise's id of the payment initiation (BatchGroupPaymentInitiation.wiseId)." }) wiseId: number,
    @Ctx() ctx: Context,
  ): Promise<BatchGroupPaymentInitiation> {
    return toPaymentInitiation(await ctx.loaders.paymentInitiationById.load({ profileId: group.profileId, batchGroupId: group.wiseId, paymentInitiationId: wiseId }));
  }
}
