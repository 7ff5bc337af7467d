// GET /v1/rates: current rate (no time params), one historic point (?time=), or a
// series (?from=&to=&group=day|hour|minute), always as an array of
// {rate, source, target, time}. Without source/target every pair is returned.
// Values come from the deterministic model in market.ts; "now" is the sandbox clock,
// truncated to the minute. Bad parameters answer 400 with a Spring-style body.

import { floorToMinute, DAY_MS, HOUR_MS, isRateCurrency, midRate, MINUTE_MS, RATE_CURRENCIES } from "../../market.js";
import { doubleText, rateTime } from "../../format.js";
import { dec, rawJson, springError, toJson } from "../../http.js";
import { parseInstant } from "../../params.js";
import type { Ctx, RouteDef } from "../../route.js";

const GROUPS: Readonly<Record<string, number>> = { day: DAY_MS, hour: HOUR_MS, minute: MINUTE_MS };

/** Longest series served in one response. */
export const MAX_SERIES_POINTS = 10_000;

/** Earliest instant the model serves (older requests are rejected). */
const EARLIEST_MS = Date.UTC(2000, 0, 1);

function invalid(message: string): never {
  throw springError(400, "Bad Request", message, null);
}

function currencyParam(ctx: Ctx, name: "source" | "target"): string | null {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return null;
  const code = raw.trim().toUpperCase();
  if (!isRateCurrency(code)) invalid(`Unsupported currency '${raw}' for parameter '${name}'`);
  return code;
}

function instantParam(ctx: Ctx, name: string, dateOnly: boolean): number | null {
  const raw = ctx.query.get(name);
  if (raw === null || raw === "") return null;
  const ms = parseInstant(raw, { dateOnly });
  if (ms === null) invalid(`Invalid value '${raw}' for parameter '${name}'`);
  if (ms < EARLIEST_MS) invalid(`No rates before 2000-01-01 (parameter '${name}')`);
  return ms;
}

function rateEntry(source: string, target: string, ms: number) {
  return { rate: dec(doubleText(midRate(source, target, ms))), source, target, time: rateTime(ms) };
}

function pairs(source: string | null, target: string | null): [string, string][] {
  const out: [string, string][] = [];
  for (const s of source === null ? RATE_CURRENCIES : [source]) {
    for (const t of target === null ? RATE_CURRENCIES : [target]) {
      if (s !== t || (source !== null && target !== null)) out.push([s, t]);
    }
  }
  return out;
}

// All pairs at the current minute is the heaviest answer; keep the last one.
let lastAll: { minute: number; body: string } | null = null;

function allPairsNow(minuteMs: number): string {
  if (lastAll?.minute !== minuteMs) {
    lastAll = { minute: minuteMs, body: toJson(pairs(null, null).map(([s, t]) => rateEntry(s, t, minuteMs))) };
  }
  return lastAll.body;
}

export const rateRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/rates",
    handler: (ctx) => {
      const source = currencyParam(ctx, "source");
      const target = currencyParam(ctx, "target");
      const now = floorToMinute(ctx.now());
      const time = instantParam(ctx, "time", false);
      const from = instantParam(ctx, "from", true);
      const to = instantParam(ctx, "to", true);
      const groupRaw = ctx.query.get("group");

      if (from === null && to === null) {
        if (groupRaw !== null && groupRaw !== "") invalid("Parameter 'group' requires 'from' and 'to'");
        if (time === null) {
          if (source === null && target === null) return rawJson(allPairsNow(now));
          return rawJson(toJson(pairs(source, target).map(([s, t]) => rateEntry(s, t, now))));
        }
        // Historic point: the rate of the minute containing `time` (future times get the current rate).
        const at = Math.min(floorToMinute(time), now);
        return rawJson(toJson(pairs(source, target).map(([s, t]) => rateEntry(s, t, at))));
      }

      // Series.
      if (time !== null) invalid("Parameter 'time' cannot be combined with 'from'/'to'");
      if (from === null || to === null) invalid("Both 'from' and 'to' are required for a rate history");
      if (source === null || target === null) invalid("Both 'source' and 'target' are required for a rate history");
      const group = groupRaw === null || groupRaw === "" ? "day" : groupRaw;
      const step = GROUPS[group];
      if (step === undefined) invalid(`Invalid value '${groupRaw}' for parameter 'group' (day, hour or minute)`);
      if (from > to) invalid("'from' must not be after 'to'");
      // One point per bucket (UTC day/hour/minute) touched by [from, to], stamped at the bucket start.
      const first = Math.floor(from / step) * step;
      const last = Math.floor(Math.min(to, now) / step) * step;
      const count = last >= first ? (last - first) / step + 1 : 0;
      if (count > MAX_SERIES_POINTS) invalid(`Too many data points (${count}); narrow the period or use a larger group`);
      const series = Array.from({ length: count }, (_, i) => rateEntry(source, target, first + i * step));
      return rawJson(toJson(series));
    },
  },
];
