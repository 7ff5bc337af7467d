import { Ctx, FieldResolver, Resolver } from "type-graphql";
import type { Context } from "../../context/context.js";
import { Card } from "../card/card.type.js";
import { applicationSpendControlRules } from "./spend-control.reader.js";
import { SpendControlRule } from "./spend-control.type.js";

@Resolver(() => Card)
export class CardSpendControlsResolver {
  @FieldResolver(() => [SpendControlRule], {
    nullable: true,
    description:
      "The spend controls this card's payments must satisfy: the application's applied rules, which Wise applies to every card of the application alike. Read with the server's client credentials (any caller may see them; only the partner backend may change them); null with a FORBIDDEN error when the server has none.",
  })
  async spendControls(@Ctx() ctx: Context): Promise<SpendControlRule[]> {
    return (await applicationSpendControlRules(ctx, ctx.partner())).filter((rule) => rule.applied);
  }
}
