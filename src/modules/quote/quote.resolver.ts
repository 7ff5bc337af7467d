import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { toRecipient } from "../recipient/recipient.mapper.js";
import { Recipient } from "../recipient/recipient.type.js";
import { Quote } from "./quote.type.js";

@Resolver(() => Quote)
export class QuoteResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile the quote was made for." })
  async profile(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(quote.profileId));
  }

  @FieldResolver(() => Recipient, { nullable: true, description: "The recipient attached to the quote, once there is one." })
  async recipient(@Root() quote: Quote, @Ctx() ctx: Context): Promise<Recipient | null> {
    return quote.recipientId === null ? null : toRecipient(await ctx.loaders.recipientById.load(quote.recipientId));
  }
}
