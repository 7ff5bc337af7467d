import { registerEnumType } from "type-graphql";

export enum HoldLimitBreachState {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
}

registerEnumType(HoldLimitBreachState, {
  name: "HoldLimitBreachState",
  description: "Whether a hold limit breach still needs resolving.",
  valuesConfig: {
    OPEN: { description: "The profile holds more than its limit; the excess must leave." },
    CLOSED: { description: "Resolved." },
  },
});

export enum HoldLimitBreachClosingReason {
  AUTOMATICALLY_RESOLVED = "AUTOMATICALLY_RESOLVED",
  MANUALLY_RESOLVED = "MANUALLY_RESOLVED",
}

registerEnumType(HoldLimitBreachClosingReason, {
  name: "HoldLimitBreachClosingReason",
  description: "How a hold limit breach was resolved.",
  valuesConfig: {
    AUTOMATICALLY_RESOLVED: { description: "The holdings went back under the limit (money was spent or withdrawn)." },
    MANUALLY_RESOLVED: { description: "The excess was refunded to a recipient with holdLimitBreachClose." },
  },
});
