import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { parseQuoteId } from "../../common/node/global-id.js";
import type { Context } from "../../context/context.js";
import { WiseApiError } from "../../wise/errors.js";
import { Recipient } from "../recipient/recipient.type.js";
import { toCompatible, toIncompatible } from "./recipient-compatibility.mapper.js";
import { RecipientCompatibility } from "./recipient-compatibility.type.js";

@Resolver(() => Recipient)
export class RecipientCompatibilityResolver {
  @FieldResolver(() => RecipientCompatibility, {
    description:
      "Whether this recipient can receive the transfer the given quote prices, as Wise checks it before a transfer is created (currency, profile, address, bank checks). Changes nothing. Lets a screen mark which of a profile's recipients can be paid with the quote the sender chose.",
  })
  async compatibility(
    @Root() recipient: Recipient,
    @Arg("quoteId", () => ID, { description: "The global id of the quote (of the same profile) the transfer would use." }) quoteId: string,
    @Ctx() ctx: Context,
  ): Promise<RecipientCompatibility> {
    const quote = parseQuoteId(quoteId, "quoteId");
    try {
      return toCompatible(await ctx.loaders.recipientCompatibility.load({ recipientId: recipient.wiseId, quoteId: quote.quoteId }));
    } catch (error) {
      // Wise answers an incompatible pair with 422 and its reasons: an answer, not a failure.
      if (error instanceof WiseApiError && error.kind === "HTTP" && error.status === 422) return toIncompatible(error.details);
      throw error;
    }
  }
}
