import { registerEnumType } from "type-graphql";

export enum RateInterval {
  DAY = "DAY",
  HOUR = "HOUR",
  MINUTE = "MINUTE",
}

registerEnumType(RateInterval, {
  name: "RateInterval",
  description: "The spacing of points in a rate history.",
  valuesConfig: {
    DAY: { description: "One rate per day." },
    HOUR: { description: "One rate per hour." },
    MINUTE: { description: "One rate per minute." },
  },
});

/** Milliseconds per interval, to bound the number of points a history may ask for. */
export const intervalMs: Record<RateInterval, number> = {
  [RateInterval.DAY]: 86_400_000,
  [RateInterval.HOUR]: 3_600_000,
  [RateInterval.MINUTE]: 60_000,
};
