import { registerEnumType } from "type-graphql";

export enum BalanceType {
  STANDARD = "STANDARD",
  SAVINGS = "SAVINGS",
}

registerEnumType(BalanceType, {
  name: "BalanceType",
  description: "The kind of a balance in a Wise multi-currency account.",
  valuesConfig: {
    STANDARD: { description: "The everyday balance of a currency; a profile has at most one per currency." },
    SAVINGS: { description: "A savings jar; a profile may have several in the same currency." },
  },
});

export enum BalanceInvestmentState {
  NOT_INVESTED = "NOT_INVESTED",
  INVESTED = "INVESTED",
  INVESTING = "INVESTING",
  DIVESTING = "DIVESTING",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BalanceInvestmentState, {
  name: "BalanceInvestmentState",
  description: "Whether the money of a balance is invested in assets.",
  valuesConfig: {
    NOT_INVESTED: { description: "Held as cash." },
    INVESTED: { description: "Invested in assets." },
    INVESTING: { description: "Being moved into assets." },
    DIVESTING: { description: "Being moved out of assets back to cash." },
    UNKNOWN: { description: "Wise did not say, or used a state this API does not know yet." },
  },
});
