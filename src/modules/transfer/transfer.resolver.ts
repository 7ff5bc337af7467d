import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { connectionOf } from "../../common/connection.js";
import { isWiseError } from "../../common/errors.js";
import type { Context } from "../../context/context.js";
import { toBalance } from "../balance/balance.mapper.js";
import { Balance } from "../balance/balance.type.js";
import { BalanceType } from "../balance/balance.enums.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { PrefetchWithProfile } from "../profile/profile.prefetch.js";
import { toQuote } from "../quote/quote.mapper.js";
import { Quote } from "../quote/quote.type.js";
import { toRecipient } from "../recipient/recipient.mapper.js";
import { Recipient } from "../recipient/recipient.type.js";
import { TransferConnection } from "./transfer.connection.js";
import { toTransfer } from "./transfer.mapper.js";
import { transferList, TransferListArgs } from "./transfer.paging.js";
import { TransferFundPayload } from "./transfer.payloads.js";
import { Transfer } from "./transfer.type.js";

@Resolver(() => Profile)
export class ProfileTransfersResolver {
  @FieldResolver(() => TransferConnection, {
    nullable: true,
    description: "The profile's transfers, newest first, as a Relay connection over Wise's offset paging; null (with an error) when Wise could not be read.",
  })
  @PrefetchWithProfile((ctx: Context, profileId: number, args: TransferListArgs) => ctx.loaders.pages.load(transferList, profileId, args))
  async transfers(@Root() profile: Profile, @Ctx() ctx: Context, @Args() args: TransferListArgs): Promise<TransferConnection> {
    const page = await ctx.loaders.pages.load(transferList, profile.wiseId, args);
    const edges = page.edges.map((edge) => {
      ctx.loaders.transferById.prime(edge.node.id, edge.node);
      return { cursor: edge.cursor, node: toTransfer(edge.node, profile.wiseId) };
    });
    return connectionOf(TransferConnection, edges, page.hasNextPage, args.after);
  }
}

/** How long after its transfer a quote may still be readable at Wise, with a wide margin over Wise's ~48 h. */
export const QUOTE_RETENTION_MS = 7 * 24 * 3600_000;

/** The Wise id of the profile that owns a transfer: its business profile, or the user's personal one. */
export async function transferProfileId(transfer: Transfer, ctx: Context): Promise<number | null> {
  if (transfer.profileId !== null) return transfer.profileId;
  const personal = (await ctx.loaders.profileList()).find((p) => p.type === "PERSONAL");
  return personal?.id ?? null;
}

@Resolver(() => Transfer)
export class TransferResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile that sends the transfer." })
  async profile(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<Profile | null> {
    const profileId = await transferProfileId(transfer, ctx);
    return profileId === null ? null : toProfile(await ctx.loaders.profileById.load(profileId));
  }

  @FieldResolver(() => Recipient, { nullable: true, description: "The recipient the money goes to." })
  async recipient(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<Recipient | null> {
    return transfer.recipientId === null ? null : toRecipient(await ctx.loaders.recipientById.load(transfer.recipientId));
  }

  @FieldResolver(() => Quote, {
    nullable: true,
    description: "The quote that priced the transfer; null once Wise no longer keeps it (quotes are kept about 48 hours after expiry).",
  })
  async quote(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<Quote | null> {
    // A quote expires 30 minutes after it is made, before its transfer is, and Wise keeps it about
    // 48 hours after that: an older transfer's quote is known to be gone without asking Wise.
    if (transfer.quoteUuid === null || Date.now() - transfer.createdAt.getTime() > QUOTE_RETENTION_MS) return null;
    const profileId = await transferProfileId(transfer, ctx);
    if (profileId === null) return null;
    try {
      return toQuote(profileId, await ctx.loaders.quoteById.load({ profileId, quoteId: transfer.quoteUuid }));
    } catch (error) {
      // An old transfer's quote is gone at Wise: that is an absent value, not an error.
      if (isWiseError(error) && error.status === 404) return null;
      throw error;
    }
  }

  @FieldResolver(() => Balance, { nullable: true, description: "The profile's balance in the source currency, which funds the transfer when paid from balance." })
  async sourceBalance(@Root() transfer: Transfer, @Ctx() ctx: Context): Promise<Balance | null> {
    const profileId = await transferProfileId(transfer, ctx);
    if (profileId === null) return null;
    const balances = await ctx.loaders.balancesByProfile.load({ profileId, types: [BalanceType.STANDARD] });
    const balance = balances.find((b) => b.currency === transfer.sourceAmount.currency);
    return balance ? toBalance(profileId, balance) : null;
  }
}

@Resolver(() => TransferFundPayload)
export class TransferFundPayloadResolver {
  @FieldResolver(() => Transfer, {
    nullable: true,
    description: "The transfer after funding (PROCESSING once paid); null (with an error) when Wise could not be read after paying, though the payment stands.",
  })
  async transfer(@Root() payload: TransferFundPayload, @Ctx() ctx: Context): Promise<Transfer | null> {
    if (payload.paidTransferId === null) return payload.known;
    return toTransfer(await ctx.loaders.transferById.load(payload.paidTransferId));
  }
}
