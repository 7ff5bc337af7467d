import { Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context/context.js";
import { listCurrencies } from "../../wise/endpoints/currencies.js";
import { Currency } from "./currency.type.js";

@Resolver(() => Currency)
export class CurrencyResolver {
  @Query(() => [Currency], { nullable: true, description: "Every currency Wise supports; null (with an error) when Wise could not be read." })
  async currencies(@Ctx() ctx: Context): Promise<Currency[]> {
    const wise = ctx.wise();
    const currencies = await ctx.reference.get("currencies", ctx.reference.ttls.currencies, () => listCurrencies(wise));
    return currencies.map((c) =>
      Object.assign(new Currency(), {
        code: c.code,
        symbol: c.symbol ?? null,
        name: c.name ?? null,
        countryKeywords: c.countryKeywords ?? [],
        supportsDecimals: c.supportsDecimals ?? true,
      }),
    );
  }
}
