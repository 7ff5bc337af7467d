import { z } from "zod";
import { route } from "../route.js";
import { wiseRate, type WiseRate } from "../schemas/rate.js";
import type { WiseSession } from "../session.js";

/** Granularity of a rate history, as Wise's `group` parameter names it. */
export type WiseRateGroup = "day" | "hour" | "minute";

const rates = z.array(wiseRate);

/** Formats a time as Wise's rate endpoint expects it (`2018-08-31T10:43:31+0000`). */
function rateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "+0000");
}

/**
 * `GET /v1/rates?source=&target=[&time=]`: the current rate, or the rate at one moment.
 * @wiseOperation GET /v1/rates
 */
export function getRate(wise: WiseSession, source: string, target: string, at?: Date): Promise<WiseRate[]> {
  return wise.call({
    method: "GET",
    route: route`/v1/rates`,

    searchParams: { source, target, time: at ? rateTime(at) : undefined },
    decoder: rates,
  });
}

/**
 * `GET /v1/rates?source=&target=&from=&to=&group=`: a rate series.
 * @wiseOperation GET /v1/rates
 */
export function getRateHistory(wise: WiseSession, args: { source: string; target: string; from: Date; to: Date; group: WiseRateGroup }): Promise<WiseRate[]> {
  return wise.call({
    method: "GET",
    route: route`/v1/rates`,

    searchParams: { source: args.source, target: args.target, from: rateTime(args.from), to: rateTime(args.to), group: args.group },
    decoder: rates,
  });
}
