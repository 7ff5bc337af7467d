import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { Card } from "../card/card.type.js";
import { toCardPaymentToken } from "./card-secure.mapper.js";
import { CardPaymentToken } from "./card-secure.types.js";

@Resolver(() => Card)
export class CardPaymentTokensResolver {
  @FieldResolver(() => [CardPaymentToken], {
    description:
      "The card's wallet tokens (Apple Pay, Google Pay), deactivated ones left out: whether it is already in a wallet, and tokens waiting for cardPaymentTokenActivate. Wise's status may lag the wallet (after a phone reset, say): the wallet on the device has the last word.",
  })
  async paymentTokens(@Root() card: Card, @Ctx() ctx: Context): Promise<CardPaymentToken[]> {
    const tokens = await ctx.loaders.cardPaymentTokens.load({ profileId: card.profileId, cardToken: card.token });
    return tokens.map(toCardPaymentToken);
  }
}
