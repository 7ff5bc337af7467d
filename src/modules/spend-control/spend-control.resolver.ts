import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context.js";
import { applicationSpendControlRules } from "./spend-control.reader.js";
import { SpendControlRule } from "./spend-control.type.js";

@Resolver()
export class SpendControlQueries {
  @Query(() => [SpendControlRule], {
    nullable: true,
    description:
      "Partner operation (the server's client credentials, from the partner's backend only): the application's spend-control rules, applied or not, oldest first. A plain list, since Wise does not page them (the embedded sandbox holds 100 per application).",
  })
  async spendControlRules(@Ctx() ctx: Context): Promise<SpendControlRule[]> {
    return applicationSpendControlRules(ctx, ctx.asPartnerBackend());
  }

  @Query(() => [SpendControlRule], {
    nullable: true,
    description: "Partner operation (partner backend only): the application's applied spend-control rules, oldest first: the ones every authorisation of its cards must satisfy.",
  })
  async appliedSpendControlRules(@Ctx() ctx: Context): Promise<SpendControlRule[]> {
    return (await applicationSpendControlRules(ctx, ctx.asPartnerBackend())).filter((rule) => rule.applied);
  }
}
