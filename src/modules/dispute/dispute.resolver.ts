import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { connectionOf } from "../../common/connection.js";
import { cursorCodec, isIntIn } from "../../common/cursor.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { PageArgs, pageSize } from "../../common/page-args.js";
import type { Context } from "../../context/context.js";
import { DISPUTE_PAGE_SIZE } from "../../wise/endpoints/disputes.js";
import { toCardTransaction } from "../card-transaction/card-transaction.mapper.js";
import { CardTransaction } from "../card-transaction/card-transaction.type.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { parseCardTransactionId, parseDisputedTransactions } from "./card-transaction-ids.js";
import { DisputeStatus } from "./dispute.enums.js";
import { DisputeFlowStepInput } from "./dispute.inputs.js";
import { toDispute, toDisputeFlowStep, toDisputeReason } from "./dispute.mapper.js";
import { DisputeSubmitPayload } from "./dispute.payloads.js";
import { Dispute, DisputeConnection, DisputeFlowStep, DisputeReason } from "./dispute.type.js";

/** Cursors of a dispute list: the index of the last dispute served. */
const disputeCursor = cursorCodec((fields) => (isIntIn(fields.i, 0, 1_000_000) ? { i: fields.i } : null));

@ArgsType()
class DisputeListArgs extends PageArgs("disputes") {
  @Field(() => DisputeStatus, { nullable: true, description: "Only disputes with this status (ACTIVE or CLOSED)." })
  status?: DisputeStatus | null;

  @Field(() => ID, { nullable: true, description: "Only disputes of this CardTransaction (of the same profile)." })
  transactionId?: string | null;
}

@Resolver(() => Profile)
export class ProfileDisputesResolver {
  @FieldResolver(() => DisputeConnection, {
    nullable: true,
    description: "The profile's card transaction disputes, oldest first; null (with an error) when Wise could not be read.",
  })
  async disputes(@Root() profile: Profile, @Args(() => DisputeListArgs) args: DisputeListArgs, @Ctx() ctx: Context): Promise<DisputeConnection> {
    if (args.status === DisputeStatus.UNKNOWN) throw badUserInput('Argument "status" must be ACTIVE or CLOSED.', "status");
    const status = args.status ?? undefined;
    let transactionId: number | undefined;
    if (args.transactionId) {
      const ref = parseCardTransactionId(args.transactionId, "transactionId");
      if (ref.profileId !== profile.wiseId) throw badUserInput('Argument "transactionId" must be a CardTransaction of this profile.', "transactionId");
      transactionId = ref.transactionId;
    }
    const scope = `disputes:${profile.wiseId}:${status ?? ""}:${transactionId ?? ""}`;
    const size = pageSize(args.first);
    const start = args.after ? disputeCursor.decode(args.after, scope).i + 1 : 0;
    // Wise pages by number, 100 a page: the page asked for spans at most two of Wise's.
    const pageNumber = Math.floor(start / DISPUTE_PAGE_SIZE) + 1;
    const key = { profileId: profile.wiseId, status, transactionId };
    const first = await ctx.loaders.disputePages.load({ ...key, pageNumber });
    let items = first.disputes;
    const offset = start - (pageNumber - 1) * DISPUTE_PAGE_SIZE;
    if (offset + size > items.length && first.totalCount > pageNumber * DISPUTE_PAGE_SIZE) {
      items = [...items, ...(await ctx.loaders.disputePages.load({ ...key, pageNumber: pageNumber + 1 })).disputes];
    }
    const slice = items.slice(offset, offset + size);
    const edges = slice.map((dispute, index) => ({ cursor: disputeCursor.encode(scope, { i: start + index }), node: toDispute(profile.wiseId, dispute) }));
    return connectionOf(DisputeConnection, edges, start + slice.length < first.totalCount, args.after);
  }
}

@Resolver(() => Dispute)
export class DisputeResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile whose card transaction is disputed." })
  async profile(@Root() dispute: Dispute, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(dispute.profileWiseId));
  }

  @FieldResolver(() => CardTransaction, { nullable: true, description: "The disputed card transaction; null (with an error) when Wise could not be read." })
  async transaction(@Root() dispute: Dispute, @Ctx() ctx: Context): Promise<CardTransaction> {
    const profileId = dispute.profileWiseId;
    return toCardTransaction(profileId, await ctx.loaders.cardTransactionById.load({ profileId, transactionId: dispute.transactionWiseId }));
  }

  @Query(() => [DisputeReason], {
    nullable: true,
    description:
      "The reasons a card transaction dispute can give (the same for Visa and Mastercard); a reason with subOptions is disputed as one of them. Null (with an error) when Wise could not be read.",
  })
  async disputeReasons(
    @Arg("profileId", () => ID, { description: "The PersonalProfile or BusinessProfile whose card transaction is disputed." }) profileId: string,
    @Ctx() ctx: Context,
  ): Promise<DisputeReason[]> {
    const { key } = parseGlobalIdOf(profileId, ["PersonalProfile", "BusinessProfile"], "profileId");
    return (await ctx.loaders.disputeReasons.load(Number(key))).map(toDisputeReason);
  }

  @Query(() => DisputeFlowStep, {
    description:
      "A step of Wise's dispute flow for a reason: a DECISION between more precise reasons (ask again with the chosen option's reason) or the reason's FORM (its questions and evidence files; then disputeSubmit). Changes nothing at Wise.",
  })
  async disputeFlowStep(
    @Arg("input", () => DisputeFlowStepInput, { description: "The transactions, their card's network and the reason." }) input: DisputeFlowStepInput,
    @Ctx() ctx: Context,
  ): Promise<DisputeFlowStep> {
    const { profileId, transactionIds } = parseDisputedTransactions(input.transactionIds, "input.transactionIds");
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(input.reason)) throw badUserInput('Argument "input.reason" is not a dispute reason code.', "input.reason");
    const step = await ctx.loaders.disputeFlowSteps.load({ profileId, scheme: input.scheme, reason: input.reason, transactionIds, email: input.email ?? null });
    return toDisputeFlowStep(step);
  }
}

@Resolver(() => CardTransaction)
export class CardTransactionDisputesResolver {
  @FieldResolver(() => [Dispute], {
    nullable: true,
    description: "The transaction's disputes, oldest first (at most one ACTIVE at a time); null (with an error) when Wise could not be read.",
  })
  async disputes(@Root() transaction: CardTransaction, @Ctx() ctx: Context): Promise<Dispute[]> {
    const profileId = transaction.profileId;
    const page = await ctx.loaders.disputePages.load({ profileId, transactionId: transaction.wiseId, pageNumber: 1 });
    return page.disputes.map((dispute) => toDispute(profileId, dispute));
  }
}

@Resolver(() => DisputeSubmitPayload)
export class DisputeSubmitPayloadResolver {
  // A field of its own, so that a failed read nulls only this field: the submission stands.
  @FieldResolver(() => [Dispute], {
    nullable: true,
    description: "The disputes the submission made, one per transaction; empty when nothing was submitted; null (with an error) when Wise could not be read.",
  })
  async disputes(@Root() payload: DisputeSubmitPayload, @Ctx() ctx: Context): Promise<Dispute[]> {
    if (!payload.submitted) return [];
    const { profileId, transactionIds } = payload.submitted;
    const pages = await Promise.all(transactionIds.map((transactionId) => ctx.loaders.disputePages.load({ profileId, status: "ACTIVE", transactionId, pageNumber: 1 })));
    // A transaction has one active dispute at a time: the one just made.
    return pages.flatMap((page) => page.disputes.slice(-1)).map((dispute) => toDispute(profileId, dispute));
  }
}
