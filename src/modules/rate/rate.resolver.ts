import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { CurrencyCodeScalar, DateTimeScalar } from "../../common/scalars/index.js";
import { parseWiseTime } from "../../common/time.js";
import type { Context } from "../../context/context.js";
import { getRate } from "../../wise/endpoints/rates.js";
import type { WiseRate } from "../../wise/schemas/rate.js";
import { intervalMs, RateInterval } from "./rate-interval.enum.js";
import { Rate } from "./rate.type.js";

/** The most points one history may return; a wider range needs a coarser interval. */
const MAX_HISTORY_POINTS = 1_000;

function toRate(wise: WiseRate): Rate {
  return Object.assign(new Rate(), { source: wise.source, target: wise.target, rate: wise.rate, time: parseWiseTime(wise.time) });
}

@Resolver(() => Rate)
export class RateResolver {
  @Query(() => Rate, { nullable: true, description: "The mid-market rate from `source` to `target`, now or at a past moment." })
  async rate(
    @Arg("source", () => CurrencyCodeScalar, { description: "The currency to convert from." }) source: string,
    @Arg("target", () => CurrencyCodeScalar, { description: "The currency to convert to." }) target: string,
    @Arg("at", () => DateTimeScalar, { nullable: true, description: "The moment to read the rate at; now when omitted." }) at: Date | null,
    @Ctx() ctx: Context,
  ): Promise<Rate | null> {
    if (at && at.getTime() > Date.now() + 60_000) throw badUserInput('Argument "at" must not be in the future.', "at");
    const wise = ctx.wise();
    // The current rate is kept briefly, a past one for longer: the same for every caller.
    const key = `rate:${source}:${target}:${at ? at.getTime() : "now"}`;
    const ttl = at ? ctx.reference.ttls.pastRate : ctx.reference.ttls.currentRate;
    const rates = await ctx.reference.get(key, ttl, () => getRate(wise, source, target, at ?? undefined));
    return rates[0] ? toRate(rates[0]) : null;
  }

  @Query(() => [Rate], {
    nullable: true,
    description: "The rate from `source` to `target` over a time range, one point per interval, oldest first; null (with an error) when Wise could not be read.",
  })
  async rateHistory(
    @Arg("source", () => CurrencyCodeScalar, { description: "The currency to convert from." }) source: string,
    @Arg("target", () => CurrencyCodeScalar, { description: "The currency to convert to." }) target: string,
    @Arg("from", () => DateTimeScalar, { description: "Start of the range (inclusive)." }) from: Date,
    @Arg("to", () => DateTimeScalar, { description: "End of the range (inclusive)." }) to: Date,
    @Arg("interval", () => RateInterval, { defaultValue: RateInterval.DAY, description: "Spacing of the points; a day by default." })
    interval: RateInterval,
    @Ctx() ctx: Context,
  ): Promise<Rate[]> {
    if (from > to) throw badUserInput('Argument "from" must not be later than "to".', "from");
    if ((to.getTime() - from.getTime()) / intervalMs[interval] > MAX_HISTORY_POINTS) {
      throw badUserInput(`A rate history may hold at most ${MAX_HISTORY_POINTS} points; narrow the range or use a coarser interval.`, "interval");
    }
    const rates = await ctx.loaders.rateHistory.load({ source, target, from, to, group: interval.toLowerCase() as "day" | "hour" | "minute" });
    return rates.map(toRate).sort((a, b) => a.time.getTime() - b.time.getTime());
  }
}
